// np.random: the legacy global RandomState functions and the RandomState class. Each numpy
// module instance (one per notebook session) owns its global state, so notebooks never share
// a random stream.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { PyModule } from '../../objects/callables';
import { HostObject, hostClass } from '../../host';
import { indexValue } from '../../runtime/numbers';
import { SSIZE_MAX } from '../../runtime/ints';
import { indexError, typeError, valueError } from '../../exceptions';
import { RandomState } from '../../../numpy/index';
import { NDArray, shapeSize } from '../../../engine';
import { PyNDArray } from './ndarray_object';
import { fromCore, toArrayLike, toNDArray } from './convert';
import { sizeArg } from './args';
import { constructorOf, method, MethodEntry, MethodTable } from '../../bind';
import { isRaggedError, PyObjectArray, raggedArray } from './object_array';
import { holdsText } from './string_array';
import { textArray } from './string_casts';

const optionalNumbers = (v: PyValue): number[] | null => (v === null ? null : Array.from(toNDArray(v).data as Float64Array, Number));

function seedValue(v: PyValue): number | null {
  if (v === null) return null;
  const n = indexValue(v);
  if (n < 0 || n > SSIZE_MAX) throw valueError('Seed must be between 0 and 2**32 - 1');
  return Number(n);
}

/** 0..n-1 in the order shuffle() puts n rows (the same draws as shuffling the rows themselves). */
function shuffledOrder(rs: RandomState, n: number): Float64Array {
  const order = NDArray.zeros('int64', [n]);
  (order.data as Float64Array).forEach((_, i, d) => { d[i] = i; });
  rs.shuffle(order);
  return order.data as Float64Array;
}

function shuffleInPlace(rs: RandomState, x: PyValue): void {
  if (x instanceof PyNDArray) { rs.shuffle(x.array); return; }
  if (x instanceof PyObjectArray) {
    if (x.shape.length === 0) throw typeError('len() of unsized object');
    const row = shapeSize(x.shape.slice(1)), before = x.items.slice();
    shuffledOrder(rs, x.shape[0]).forEach((from, to) => {
      for (let k = 0; k < row; k++) x.items[to * row + k] = before[from * row + k];
    });
    return;
  }
  if (x instanceof PyList) {
    // Shuffling positions 0..n-1 draws the same numbers as shuffling the list itself.
    const before = x.items.slice();
    x.items = Array.from(shuffledOrder(rs, x.items.length), i => before[i]);
    return;
  }
  throw typeError('shuffle() needs an ndarray or a list');
}

/** permutation(x): a permuted range for an int, else a shuffled copy of np.asarray(x) (objects too). */
function permutation(rs: RandomState, x: PyValue): PyValue {
  if (typeof x === 'number') return fromCore(rs.permutation(x));
  let objects = x instanceof PyObjectArray ? x : null;
  if (objects === null) {
    try {
      return fromCore(rs.permutation(toNDArray(x)));
    } catch (e) {
      if (!isRaggedError(e)) throw e;
      objects = raggedArray(x);
    }
  }
  if (objects.shape.length === 0) throw indexError('x must be an integer or at least 1-dimensional');
  return objects.getitem(fromCore(rs.permutation(objects.shape[0])));
}

/** choice's population when it is a string or object array, or a list of text (np.random.choice(words)). */
function choiceObjects(v: PyValue): PyObjectArray | null {
  if (v instanceof PyObjectArray) return v;
  if (!(v instanceof PyList || v instanceof PyTuple) || !holdsText(v)) return null;
  const t = textArray(v, null);
  return t instanceof PyObjectArray ? t : raggedArray(v);
}

const SIZE = { name: 'size', default: null, doc: 'None for one value, an int or a tuple for an array' } as const;
const arrayLike = (v: unknown) => toArrayLike(v as PyValue);
const sized = (name: string, doc: string, draw: (rs: RandomState, size: number | number[] | null) => unknown) =>
  method({ name: `np.random.${name}`, doc, params: [SIZE] }, (rs: RandomState, a) => fromCore(draw(rs, sizeArg(a.size as PyValue))));

/**
 * The legacy RandomState methods; np.random.<name> is the same method of the module's own
 * global RandomState, as in NumPy.
 */
export const RANDOM_METHODS: readonly MethodEntry<RandomState>[] = [
  method({ name: 'np.random.seed', doc: 'Reseed the generator.', params: [{ name: 'seed', default: null }] },
    (rs: RandomState, a) => { rs.seed(seedValue(a.seed as PyValue)); return null; }),
  method({ name: 'np.random.rand', doc: 'Random values in a given shape, uniform over [0, 1).', varargs: 'args', varargsType: 'int', params: [] },
    (rs: RandomState, a) => fromCore(rs.rand(...a.args))),
  method({ name: 'np.random.randn', doc: 'Samples from the standard normal distribution in a given shape.', varargs: 'args', varargsType: 'int', params: [] },
    (rs: RandomState, a) => fromCore(rs.randn(...a.args))),
  sized('random', 'Return random floats in the half-open interval [0.0, 1.0).', (rs, size) => rs.random(size)),
  sized('random_sample', 'Return random floats in the half-open interval [0.0, 1.0).', (rs, size) => rs.random_sample(size)),
  sized('standard_normal', 'Draw samples from a standard Normal distribution (mean=0, stdev=1).', (rs, size) => rs.standard_normal(size)),
  method({
    name: 'np.random.randint', doc: 'Return random integers from low (inclusive) to high (exclusive).',
    params: [{ name: 'low', type: 'float' }, { name: 'high', default: null, type: 'float' }, SIZE, { name: 'dtype', default: { expr: 'int' }, type: 'npdtype' }],
  }, (rs: RandomState, a) => fromCore(rs.randint(a.low, a.high, sizeArg(a.size as PyValue), a.dtype ?? 'int64'))),
  method({
    name: 'np.random.choice', doc: 'Generates a random sample from a given 1-D array (or arange(a)).',
    params: [{ name: 'a' }, SIZE, { name: 'replace', default: true, type: 'flag' }, { name: 'p', default: null }],
  }, (rs: RandomState, a) => {
    const objects = choiceObjects(a.a as PyValue);
    if (objects) {
      // NumPy draws positions exactly as choice(len(a)) does, then indexes the array with them.
      if (objects.shape.length !== 1) throw valueError('a must be 1-dimensional');
      return objects.getitem(fromCore(rs.choice(objects.shape[0], sizeArg(a.size as PyValue), a.replace, optionalNumbers(a.p as PyValue))));
    }
    const pool = typeof a.a === 'number' ? a.a : toNDArray(a.a as PyValue);
    return fromCore(rs.choice(pool, sizeArg(a.size as PyValue), a.replace, optionalNumbers(a.p as PyValue)));
  }),
  method({ name: 'np.random.shuffle', doc: 'Modify a sequence in-place by shuffling its contents.', params: [{ name: 'x' }] },
    (rs: RandomState, a) => { shuffleInPlace(rs, a.x as PyValue); return null; }),
  method({ name: 'np.random.permutation', doc: 'Randomly permute a sequence, or return a permuted range.', params: [{ name: 'x' }] },
    (rs: RandomState, a) => permutation(rs, a.x as PyValue)),
  // normal, uniform and binomial take array-valued parameters, broadcast against size as NumPy does.
  method({
    name: 'np.random.normal', doc: 'Draw samples from a normal (Gaussian) distribution (legacy RandomState stream).',
    params: [{ name: 'loc', default: { float: 0 }, doc: 'float or array_like' }, { name: 'scale', default: { float: 1 }, doc: 'float or array_like' }, SIZE],
  }, (rs: RandomState, a) => fromCore(rs.normal(arrayLike(a.loc ?? 0), arrayLike(a.scale ?? 1), sizeArg(a.size as PyValue)))),
  method({
    name: 'np.random.uniform', doc: 'Draw samples from a uniform distribution over [low, high) (legacy RandomState stream).',
    params: [{ name: 'low', default: { float: 0 }, doc: 'float or array_like' }, { name: 'high', default: { float: 1 }, doc: 'float or array_like' }, SIZE],
  }, (rs: RandomState, a) => fromCore(rs.uniform(arrayLike(a.low ?? 0), arrayLike(a.high ?? 1), sizeArg(a.size as PyValue)))),
  method({
    name: 'np.random.binomial', doc: 'Draw samples from a binomial distribution (legacy RandomState stream, so seeded draws match NumPy).',
    params: [{ name: 'n', doc: 'int or array_like (floats truncate)' }, { name: 'p', doc: 'float or array_like in [0, 1]' }, SIZE],
  }, (rs: RandomState, a) => fromCore(rs.binomial(arrayLike(a.n), arrayLike(a.p), sizeArg(a.size as PyValue)))),
];
const METHODS = new MethodTable<RandomState>(RANDOM_METHODS, { functionNames: true });

export const RANDOM_STATE_CONSTRUCTOR = constructorOf({
  name: 'np.random.RandomState', doc: 'Container for the slow Mersenne Twister pseudo-random number generator.',
  params: [{ name: 'seed', default: null }],
}, a => new PyRandomState(new RandomState(seedValue(a.seed as PyValue) ?? undefined)));

export const randomStateClass = hostClass('RandomState', 'numpy.random');

export class PyRandomState extends HostObject {
  constructor(readonly state: RandomState) { super(); }
  override get type() { return randomStateClass; }
  override repr(): string { return 'RandomState(MT19937)'; }
  getattr(name: string): PyValue | undefined { return METHODS.get(this.state, name); }
}

randomStateClass.nativeNew = (_cls, args, kw) => RANDOM_STATE_CONSTRUCTOR.construct(args, kw);

export function createRandomModule(): PyModule {
  const state = new RandomState();
  const mod = new PyModule('numpy.random');
  for (const e of RANDOM_METHODS) {
    const name = e.signature.name.slice('np.random.'.length);
    mod.set(name, METHODS.get(state, name)!);
  }
  mod.set('RandomState', randomStateClass);
  return mod;
}
