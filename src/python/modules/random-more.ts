// What random.py adds beyond random_table.ts's core: getstate/setstate, randbytes and the
// distributions written as CPython's random.py computes them (so seeded draws match CPython),
// and the Random class (its own generator, the same method table).
import { nodeCrypto } from '../../shared/node_crypto';
import { PyFloat, PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { HostObject, hostClass } from '../host';
import { valueError } from '../exceptions';
import { argumentBinder, method, MethodEntry, MethodTable, PYTHON_METHOD_MESSAGES } from '../bind';
import { PyBytes } from '../runtime/bytes';
import { toArray } from '../runtime/iteration';
import { toIndex, toNumber } from '../runtime/numbers';
import { MersenneTwister } from './random_mt';
import { RANDOM_CORE_METHODS, normalvariate } from './random_table';

const LOG4 = Math.log(4), SG_MAGICCONST = 1 + Math.log(4.5), TWOPI = 2 * Math.PI;

function gammavariate(rng: MersenneTwister, alpha: number, beta: number): number {
  if (alpha <= 0 || beta <= 0) throw valueError('gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1) {
    const ainv = Math.sqrt(2 * alpha - 1), bbb = alpha - LOG4, ccc = alpha + ainv;
    for (;;) {
      const u1 = rng.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1 - rng.random();
      const v = Math.log(u1 / (1 - u1)) / ainv;
      const x = alpha * Math.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0 || r >= Math.log(z)) return x * beta;
    }
  }
  if (alpha === 1) return -Math.log(1 - rng.random()) * beta;
  let x: number;
  for (;;) {
    const u = rng.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1 ? p ** (1 / alpha) : -Math.log((b - p) / alpha);
    const u1 = rng.random();
    if (p > 1 ? u1 <= x ** (alpha - 1) : u1 <= Math.exp(-x)) break;
  }
  return x * beta;
}

const fl = (x: number) => new PyFloat(x);
const num = (v: unknown) => toNumber(v as PyValue);
const R = (name: string) => `random.Random.${name}`;
const P = (...names: string[]) => names.map(name => ({ name }));

export const RANDOM_MORE_METHODS: readonly MethodEntry<MersenneTwister>[] = [
  method({ name: R('getstate'), doc: 'Return internal state; can be passed to setstate() later.', params: [] },
    (rng: MersenneTwister) => new PyTuple([3, new PyTuple(rng.words()), rng.gaussNext === null ? null : fl(rng.gaussNext)])),
  method({ name: R('setstate'), doc: 'Restore internal state from object returned by getstate().', params: P('state') }, (rng: MersenneTwister, a) => {
    const st = toArray(a.state as PyValue);
    if (st[0] !== 3) throw valueError(`state with version ${String(st[0])} passed to Random.setstate() of version 3`);
    rng.setWords(toArray(st[1]).map(x => Number(toIndex(x))));
    rng.gaussNext = st[2] === null ? null : toNumber(st[2]);
    return null;
  }),
  method({ name: R('randbytes'), doc: 'Generate n random bytes.', params: P('n') }, (rng: MersenneTwister, a) => {
    const n = toIndex(a.n as PyValue);
    if (n < 0) throw valueError('negative argument not allowed');
    // CPython: getrandbits(n * 8).to_bytes(n, 'little').
    let bits = n ? BigInt(rng.getrandbitsInt(n * 8)) : 0n;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) { out[i] = Number(bits & 0xffn); bits >>= 8n; }
    return new PyBytes(out);
  }),
  method({
    name: R('triangular'), doc: 'Triangular distribution: low <= result <= high, with the given mode (default: the midpoint).',
    params: [{ name: 'low', default: { float: 0 } }, { name: 'high', default: { float: 1 } }, { name: 'mode', default: null }],
  }, (rng: MersenneTwister, a) => {
    let low = num(a.low), high = num(a.high);
    let u = rng.random();
    if (high === low) return fl(low);
    let c = a.mode === null ? 0.5 : (num(a.mode) - low) / (high - low);
    if (u > c) { u = 1 - u; c = 1 - c; [low, high] = [high, low]; }
    return fl(low + (high - low) * Math.sqrt(u * c));
  }),
  method({ name: R('lognormvariate'), doc: 'Log normal distribution: the log is normal with mean mu and standard deviation sigma.', params: P('mu', 'sigma') },
    (rng: MersenneTwister, a) => fl(Math.exp(normalvariate(rng, num(a.mu), num(a.sigma))))),
  method({ name: R('gammavariate'), doc: 'Gamma distribution (not the gamma function); alpha > 0, beta > 0.', params: P('alpha', 'beta') },
    (rng: MersenneTwister, a) => fl(gammavariate(rng, num(a.alpha), num(a.beta)))),
  method({ name: R('betavariate'), doc: 'Beta distribution; alpha > 0, beta > 0; values between 0 and 1.', params: P('alpha', 'beta') }, (rng: MersenneTwister, a) => {
    const y = gammavariate(rng, num(a.alpha), 1);
    return fl(y ? y / (y + gammavariate(rng, num(a.beta), 1)) : 0);
  }),
  method({ name: R('paretovariate'), doc: 'Pareto distribution; alpha is the shape parameter.', params: P('alpha') },
    (rng: MersenneTwister, a) => fl((1 - rng.random()) ** (-1 / num(a.alpha)))),
  method({ name: R('weibullvariate'), doc: 'Weibull distribution; alpha is the scale parameter and beta the shape parameter.', params: P('alpha', 'beta') },
    (rng: MersenneTwister, a) => fl(num(a.alpha) * (-Math.log(1 - rng.random())) ** (1 / num(a.beta)))),
  method({ name: R('vonmisesvariate'), doc: 'Circular data distribution; mu is the mean angle, kappa the concentration.', params: P('mu', 'kappa') }, (rng: MersenneTwister, a) => {
    const mu = num(a.mu), kappa = num(a.kappa);
    if (kappa <= 1e-6) return fl(TWOPI * rng.random());
    const s = 0.5 / kappa, r = s + Math.sqrt(1 + s * s);
    let z: number;
    for (;;) {
      const u1 = rng.random();
      z = Math.cos(Math.PI * u1);
      const d = z / (r + z), u2 = rng.random();
      if (u2 < 1 - d * d || u2 <= (1 - d) * Math.exp(d)) break;
    }
    const q = 1 / r, f = (q + z) / (1 + q * z), u3 = rng.random();
    const mod = (x: number) => ((x % TWOPI) + TWOPI) % TWOPI;
    return fl(u3 > 0.5 ? mod(mu + Math.acos(f)) : mod(mu - Math.acos(f)));
  }),
];

/** Every method of random.Random, as the module functions and the instances bind them. */
export const RANDOM_METHODS: readonly MethodEntry<MersenneTwister>[] = [...RANDOM_CORE_METHODS, ...RANDOM_MORE_METHODS];
export const RANDOM_METHOD_TABLE = new MethodTable<MersenneTwister>(RANDOM_METHODS, { pythonClass: true });

/** random.Random's and random.SystemRandom's constructor (SystemRandom inherits Random.__init__). */
export const RANDOM_INIT_SIGNATURE = { name: 'random.Random', doc: 'Random number generator base class used by bound module functions.', params: [{ name: 'x', default: null }] } as const;
const bindInit = argumentBinder(RANDOM_INIT_SIGNATURE, PYTHON_METHOD_MESSAGES, 'Random.__init__');

/** random.Random(x=None): a generator of its own with every function of the module as a method. */
class PyRandom extends HostObject {
  readonly rng = new MersenneTwister();
  constructor(seed: PyValue, private readonly system = false) {
    super();
    RANDOM_METHOD_TABLE.call(this.rng, 'seed', [seed], null);
  }
  override get type(): PyClass { return this.system ? systemRandomClass : randomClass; }
  override get pyTypeName(): string { return this.system ? 'SystemRandom' : 'Random'; }
  getattr(name: string): PyValue | undefined { return RANDOM_METHOD_TABLE.get(this.rng, name); }
}

export const randomClass = hostClass('Random', 'random');
randomClass.nativeNew = (_c, args, kw) => new PyRandom(bindInit(args, kw).x as PyValue);

/** random.SystemRandom: draws from the operating system, so it cannot be seeded. */
export const systemRandomClass = hostClass('SystemRandom', 'random');
systemRandomClass.nativeNew = (_c, args, kw) => {
  bindInit(args, kw);
  const r = new PyRandom(null, true);
  // Reseeding from OS entropy before each use is what makes its draws unpredictable.
  r.rng.initByArray(Array.from(new Uint32Array(nodeCrypto().randomBytes(2496).buffer)));
  return r;
};

