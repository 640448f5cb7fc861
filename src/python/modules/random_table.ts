// The random module's core methods as a signature table. In CPython the module's functions are
// the methods of one hidden `random.Random()` (random.randint is Random().randint bound), so the
// table is Random's methods with CPython 3.11's signatures, bound to the module's generator or to
// an instance's. Random is a Python class, so call errors name `Random.randint()` and count self;
// random() and getrandbits() are C methods (METH_NOARGS, METH_O) with their own texts.
import { PyFloat, PyValue } from '../objects/core';
import { PyList } from '../objects/containers';
import { E, pyException, typeError, valueError, indexError } from '../exceptions';
import { unsupportedArgumentText } from '../../engine';
import { METH_NOARGS, method, MethodEntry } from '../bind';
import { methO } from '../builtins/c_messages';
import { indexValue, toIndex, toNumber } from '../runtime/numbers';
import { toArray } from '../runtime/iteration';
import { len } from '../runtime/truth';
import { getItem } from '../runtime/subscript';
import { pyHash } from '../runtime/numeric-hash';
import { PyInt } from '../runtime/ints';
import { intBinary } from '../runtime/int-arith';
import type { BinaryOpName } from '../host';
import type { MersenneTwister } from './random_mt';

// CPython's randrange in exact int arithmetic (ints of any size).
const op = (o: BinaryOpName, a: PyInt, b: PyInt) => intBinary(o, a, b) as PyInt;

function randrange(rng: MersenneTwister, startV: PyValue, stopV: PyValue, stepV: PyValue): PyInt {
  const start = indexValue(startV);
  if (stopV === null) {
    if (stepV !== 1) throw typeError('Missing a non-None stop argument');
    if (start <= 0) throw valueError('empty range for randrange()');
    return rng.randbelowInt(start);
  }
  const stop = indexValue(stopV);
  const step = indexValue(stepV);
  const width = op('-', stop, start);
  if (step === 1) {
    if (width <= 0) throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
    return op('+', start, rng.randbelowInt(width));
  }
  if (step === 0) throw valueError('zero step for randrange()');
  const n = step > 0 ? op('//', op('+', width, op('-', step, 1)), step) : op('//', op('+', width, op('+', step, 1)), step);
  if (n <= 0) throw valueError('empty range for randrange()');
  return op('+', start, op('*', step, rng.randbelowInt(n)));
}

function seed(rng: MersenneTwister, a: PyValue): void {
  if (a === null) rng.seedInt(Date.now());
  else if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') rng.seedInt(typeof a === 'boolean' ? +a : a);
  // CPython seeds other hashable values with hash(a) read as an unsigned 64-bit size_t.
  else if (a instanceof PyFloat) rng.seedInt(BigInt.asUintN(64, BigInt(pyHash(a))));
  else if (typeof a === 'string') {
    // CPython hashes str seeds with SHA-512; we only promise determinism for them.
    let h = 0n;
    for (const ch of a) h = (h * 1000003n + BigInt(ch.codePointAt(0)!)) & ((1n << 128n) - 1n);
    const key: number[] = [];
    for (let x = h; x > 0n; x >>= 32n) key.push(Number(x & 0xffffffffn));
    rng.initByArray(key.length ? key : [0]);
  } else throw typeError('The only supported seed types are: None, int, float, str, bytes, and bytearray.');
}

function sample(rng: MersenneTwister, population: PyValue[], k: number): PyValue[] {
  const n = population.length;
  if (k < 0 || k > n) throw valueError('Sample larger than population or is negative');
  const result: PyValue[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
  if (n <= setsize) {
    const pool = population.slice();
    for (let i = 0; i < k; i++) {
      const j = rng.randbelow(n - i);
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = rng.randbelow(n);
      while (selected.has(j)) j = rng.randbelow(n);
      selected.add(j);
      result[i] = population[j];
    }
  }
  return result;
}

/** sample(..., counts=): CPython samples range(total) and maps back, i.e. the expanded population. */
function expandCounts(population: PyValue[], counts: PyValue): PyValue[] {
  const c = toArray(counts).map(x => toIndex(x));
  if (c.length !== population.length) throw valueError('The number of counts does not match the population');
  const out: PyValue[] = [];
  c.forEach((n, i) => { for (let j = 0; j < n; j++) out.push(population[i]); });
  if (out.length <= 0) throw valueError('Total of counts must be greater than zero');
  return out;
}

function choices(rng: MersenneTwister, population: PyValue[], weights: PyValue, cumWeights: PyValue, k: number): PyValue[] {
  const n = population.length;
  const out: PyValue[] = [];
  if (weights === null && cumWeights === null) {
    for (let i = 0; i < k; i++) out.push(population[Math.floor(rng.random() * n)]);
    return out;
  }
  if (weights !== null && cumWeights !== null) throw typeError('Cannot specify both weights and cumulative weights');
  let cum: number[];
  if (weights !== null) {
    let acc = 0;
    cum = toArray(weights).map(w => (acc += toNumber(w)));
  } else cum = toArray(cumWeights).map(w => toNumber(w));
  if (cum.length !== n) throw valueError('The number of weights does not match the population');
  const total = cum[n - 1];
  if (!(total > 0)) throw valueError('Total of weights must be greater than zero');
  for (let i = 0; i < k; i++) {
    const r = rng.random() * total;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (r < cum[mid]) hi = mid; else lo = mid + 1; }
    out.push(population[lo]);
  }
  return out;
}

function gauss(rng: MersenneTwister, mu: number, sigma: number): number {
  let z = rng.gaussNext;
  rng.gaussNext = null;
  if (z === null) {
    const x2pi = rng.random() * 2 * Math.PI;
    const g2rad = Math.sqrt(-2 * Math.log(1 - rng.random()));
    z = Math.cos(x2pi) * g2rad;
    rng.gaussNext = Math.sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

/** Kinderman and Monahan's ratio method, as random.py's normalvariate. */
export function normalvariate(rng: MersenneTwister, mu: number, sigma: number): number {
  const NV = (4 * Math.exp(-0.5)) / Math.sqrt(2);
  for (;;) {
    const u1 = rng.random(), u2 = 1 - rng.random();
    const z = (NV * (u1 - 0.5)) / u2;
    if ((z * z) / 4 <= -Math.log(u2)) return mu + z * sigma;
  }
}

const R = (name: string) => `random.Random.${name}`;
const fl = (x: number) => new PyFloat(x);
const MU_SIGMA = [{ name: 'mu', default: { float: 0 } }, { name: 'sigma', default: { float: 1 } }] as const;

export const RANDOM_CORE_METHODS: readonly MethodEntry<MersenneTwister>[] = [
  method({
    name: R('seed'), doc: 'Initialize the random number generator (None: from the current time).',
    params: [{ name: 'a', default: null }, { name: 'version', default: 2, doc: 'changes only how str and bytes seeds are hashed' }],
  }, (rng: MersenneTwister, a) => {
    // version 1 differs from 2 only for str/bytes seeds, whose CPython hash Gradbook does not reproduce anyway.
    if (a.version !== 2 && typeof a.a === 'string') throw pyException(E.NotImplementedError, unsupportedArgumentText('Random.seed', 'version', 'only version 2 for str seeds'));
    seed(rng, a.a as PyValue);
    return null;
  }),
  method({ name: R('random'), doc: 'random() -> x in the interval [0, 1).', params: [] }, (rng: MersenneTwister) => fl(rng.random()), METH_NOARGS),
  method({ name: R('getrandbits'), doc: 'getrandbits(k) -> x.  Generates an int with k random bits.', params: [{ name: 'k', kind: 'positional' }] },
    (rng: MersenneTwister, a) => {
      const k = toIndex(a.k as PyValue);
      if (k < 0) throw valueError('number of bits must be non-negative');
      return rng.getrandbitsInt(k);
    }, methO()),
  method({ name: R('randrange'), doc: 'Choose a random item from range(start, stop[, step]).', params: [{ name: 'start' }, { name: 'stop', default: null }, { name: 'step', default: 1 }] },
    (rng: MersenneTwister, a) => randrange(rng, a.start as PyValue, a.stop as PyValue, a.step as PyValue)),
  method({ name: R('randint'), doc: 'Return random integer in range [a, b], including both end points.', params: [{ name: 'a' }, { name: 'b' }] },
    (rng: MersenneTwister, a) => randrange(rng, a.a as PyValue, op('+', indexValue(a.b as PyValue), 1), 1)),
  method({ name: R('uniform'), doc: 'Get a random number in the range [a, b) or [a, b] depending on rounding.', params: [{ name: 'a' }, { name: 'b' }] },
    (rng: MersenneTwister, a) => { const lo = toNumber(a.a as PyValue), hi = toNumber(a.b as PyValue); return fl(lo + (hi - lo) * rng.random()); }),
  method({ name: R('choice'), doc: 'Choose a random element from a non-empty sequence.', params: [{ name: 'seq' }] }, (rng: MersenneTwister, a) => {
    const n = len(a.seq as PyValue);
    if (n === 0) throw indexError('Cannot choose from an empty sequence');
    return getItem(a.seq as PyValue, rng.randbelow(n));
  }),
  method({ name: R('shuffle'), doc: 'Shuffle list x in place, and return None.', params: [{ name: 'x' }] }, (rng: MersenneTwister, a) => {
    const x = a.x;
    if (!(x instanceof PyList)) throw typeError('shuffle() needs a mutable sequence');
    const items = x.items;
    for (let i = items.length - 1; i > 0; i--) {
      const j = rng.randbelow(i + 1);
      const t = items[i]; items[i] = items[j]; items[j] = t;
    }
    return null;
  }),
  method({
    name: R('sample'), doc: 'Chooses k unique random elements from a population sequence.',
    params: [{ name: 'population' }, { name: 'k' }, { name: 'counts', default: null, kind: 'keyword' }],
  }, (rng: MersenneTwister, a) => {
    const population = toArray(a.population as PyValue);
    return new PyList(sample(rng, a.counts === null ? population : expandCounts(population, a.counts as PyValue), toIndex(a.k as PyValue)));
  }),
  method({
    name: R('choices'), doc: 'Return a k sized list of population elements chosen with replacement.',
    params: [{ name: 'population' }, { name: 'weights', default: null }, { name: 'cum_weights', default: null, kind: 'keyword' }, { name: 'k', default: 1, kind: 'keyword' }],
  }, (rng: MersenneTwister, a) => new PyList(choices(rng, toArray(a.population as PyValue), a.weights as PyValue, a.cum_weights as PyValue, toIndex(a.k as PyValue)))),
  method({ name: R('gauss'), doc: 'Gaussian distribution (faster than normalvariate, not thread-safe).', params: MU_SIGMA },
    (rng: MersenneTwister, a) => fl(gauss(rng, toNumber(a.mu as PyValue), toNumber(a.sigma as PyValue)))),
  method({ name: R('normalvariate'), doc: 'Normal distribution; mu is the mean, sigma the standard deviation.', params: MU_SIGMA },
    (rng: MersenneTwister, a) => fl(normalvariate(rng, toNumber(a.mu as PyValue), toNumber(a.sigma as PyValue)))),
  method({ name: R('expovariate'), doc: 'Exponential distribution; lambd is 1.0 divided by the desired mean.', params: [{ name: 'lambd' }] },
    (rng: MersenneTwister, a) => fl(-Math.log(1 - rng.random()) / toNumber(a.lambd as PyValue))),
];
