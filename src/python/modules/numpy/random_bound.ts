// np.random functions bound from a signature table. The table is made per RandomState (each
// notebook's numpy module owns its global state; RandomState objects own theirs), so it is a
// function of the state; RANDOM_TABLE is the instance docs/API.md lists.
import type { PyValue } from '../../objects/core';
import { PyBuiltin } from '../../objects/callables';
import { entry, boundFunction, TableEntry } from '../../bind';
import { RandomState } from '../../../numpy/index';
import { fromCore, toArrayLike } from './convert';
import { sizeArg } from './args';

const arrayLike = (v: unknown) => toArrayLike(v as PyValue);
const size = (v: unknown) => sizeArg(v as PyValue);
const sizeParam = { name: 'size', default: null, doc: 'None (one value), an int or a shape' } as const;

export function randomTable(rs: RandomState): readonly TableEntry[] {
  return [
    entry({
      name: 'np.random.normal', doc: 'Draw samples from a normal (Gaussian) distribution (legacy RandomState stream).',
      params: [{ name: 'loc', default: { float: 0 }, doc: 'float or array_like' }, { name: 'scale', default: { float: 1 }, doc: 'float or array_like' }, sizeParam],
    }, a => fromCore(rs.normal(arrayLike(a.loc ?? 0), arrayLike(a.scale ?? 1), size(a.size)))),
    entry({
      name: 'np.random.uniform', doc: 'Draw samples from a uniform distribution over [low, high) (legacy RandomState stream).',
      params: [{ name: 'low', default: { float: 0 }, doc: 'float or array_like' }, { name: 'high', default: { float: 1 }, doc: 'float or array_like' }, sizeParam],
    }, a => fromCore(rs.uniform(arrayLike(a.low ?? 0), arrayLike(a.high ?? 1), size(a.size)))),
    entry({
      name: 'np.random.binomial', doc: 'Draw samples from a binomial distribution (legacy RandomState stream, so seeded draws match NumPy).',
      params: [{ name: 'n', doc: 'int or array_like (floats truncate)' }, { name: 'p', doc: 'float or array_like in [0, 1]' }, sizeParam],
    }, a => fromCore(rs.binomial(arrayLike(a.n), arrayLike(a.p), size(a.size)))),
  ];
}

/** The documented instance (its state is never drawn from). */
export const RANDOM_TABLE = randomTable(new RandomState(0));

/** name → callable for one state: module functions and RandomState methods. */
export function randomFunctions(rs: RandomState): Map<string, PyBuiltin> {
  const out = new Map<string, PyBuiltin>();
  for (const e of randomTable(rs)) {
    const name = e.signature.name.split('.').pop()!;
    out.set(name, new PyBuiltin(name, boundFunction(e), 'numpy.random'));
  }
  return out;
}
