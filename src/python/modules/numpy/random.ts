// np.random: the legacy global RandomState functions and the RandomState class. Each numpy
// module instance (one per notebook session) owns its global state, so notebooks never share
// a random stream.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyList } from '../../objects/containers';
import { PyModule, PyBuiltin } from '../../objects/callables';
import { HostObject, hostClass } from '../../host';
import { indexValue, toIndex, toNumber } from '../../runtime/numbers';
import { SSIZE_MAX } from '../../runtime/ints';
import { typeError, valueError } from '../../exceptions';
import { RandomState } from '../../../numpy/index';
import { NDArray } from '../../../engine/ndarray';
import { PyNDArray } from './ndarray_object';
import { fromCore, toNDArray } from './convert';
import { dtypeArg } from './dtype_object';
import { flag, named, sizeArg } from './args';
import { randomFunctions } from './random_bound';

type Body = (rs: RandomState, args: PyValue[], kw: Kwargs) => PyValue;

const optionalNumbers = (v: PyValue | undefined): number[] | null => (v === undefined || v === null ? null : Array.from(toNDArray(v).data as Float64Array, Number));

function seedValue(v: PyValue | undefined): number | null {
  if (v === undefined || v === null) return null;
  const n = indexValue(v);
  if (n < 0 || n > SSIZE_MAX) throw valueError('Seed must be between 0 and 2**32 - 1');
  return Number(n);
}

function shuffleInPlace(rs: RandomState, x: PyValue): void {
  if (x instanceof PyNDArray) { rs.shuffle(x.array); return; }
  if (x instanceof PyList) {
    // Shuffling positions 0..n-1 draws the same numbers as shuffling the list itself.
    const order = NDArray.zeros('int64', [x.items.length]);
    (order.data as Float64Array).forEach((_, i, d) => { d[i] = i; });
    rs.shuffle(order);
    const before = x.items.slice();
    x.items = Array.from(order.data as Float64Array, i => before[i]);
    return;
  }
  throw typeError('shuffle() needs an ndarray or a list');
}

const RANDOM_FUNCTIONS: Record<string, Body> = {
  seed: (rs, args, kw) => { rs.seed(seedValue(named('seed', args, kw, ['seed'], 0).seed)); return null; },
  rand: (rs, args) => fromCore(rs.rand(...args.map(toIndex))),
  randn: (rs, args) => fromCore(rs.randn(...args.map(toIndex))),
  random: (rs, args, kw) => fromCore(rs.random(sizeArg(named('random', args, kw, ['size'], 0).size))),
  random_sample: (rs, args, kw) => fromCore(rs.random_sample(sizeArg(named('random_sample', args, kw, ['size'], 0).size))),
  standard_normal: (rs, args, kw) => fromCore(rs.standard_normal(sizeArg(named('standard_normal', args, kw, ['size'], 0).size))),
  randint: (rs, args, kw) => {
    const p = named('randint', args, kw, ['low', 'high', 'size', 'dtype'], 1);
    const high = p.high === undefined || p.high === null ? null : toNumber(p.high);
    return fromCore(rs.randint(toNumber(p.low!), high, sizeArg(p.size), dtypeArg(p.dtype) ?? 'int64'));
  },
  choice: (rs, args, kw) => {
    const p = named('choice', args, kw, ['a', 'size', 'replace', 'p'], 1);
    const a = typeof p.a === 'number' ? p.a : toNDArray(p.a!);
    return fromCore(rs.choice(a, sizeArg(p.size), flag(p.replace, true), optionalNumbers(p.p)));
  },
  shuffle: (rs, args) => { shuffleInPlace(rs, args[0] ?? null); return null; },
  permutation: (rs, args) => fromCore(rs.permutation(typeof args[0] === 'number' ? args[0] : toNDArray(args[0] ?? null))),
};

export const randomStateClass = hostClass('RandomState', 'numpy.random');

export class PyRandomState extends HostObject {
  private readonly bound: Map<string, PyBuiltin>;
  constructor(readonly state: RandomState) { super(); this.bound = randomFunctions(state); }
  override get type() { return randomStateClass; }
  override repr(): string { return 'RandomState(MT19937)'; }
  getattr(name: string): PyValue | undefined {
    if (this.bound.has(name)) return this.bound.get(name);
    const body = Object.hasOwn(RANDOM_FUNCTIONS, name) ? RANDOM_FUNCTIONS[name] : undefined;
    return body && new PyBuiltin(name, (args, kw) => body(this.state, args, kw));
  }
}

randomStateClass.nativeNew = (_cls, args, kw) => new PyRandomState(new RandomState(seedValue(named('RandomState', args, kw, ['seed'], 0).seed) ?? undefined));

export function createRandomModule(): PyModule {
  const state = new RandomState();
  const mod = new PyModule('numpy.random');
  for (const [name, body] of Object.entries(RANDOM_FUNCTIONS)) mod.def(name, (args, kw) => body(state, args, kw));
  for (const [name, f] of randomFunctions(state)) mod.set(name, f);
  mod.set('RandomState', randomStateClass);
  return mod;
}
