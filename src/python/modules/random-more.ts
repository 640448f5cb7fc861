// What random.py adds beyond random.ts's core: the Random class (its own generator, the same
// methods), getstate/setstate, randbytes, and the distributions written as CPython's random.py
// computes them (so seeded draws match CPython).
import { randomBytes } from 'crypto';
import { PyFloat, PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, type NativeFn } from '../objects/callables';
import { PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { HostObject, hostClass } from '../host';
import { valueError } from '../exceptions';
import { parseArgs } from '../builtins/args';
import { PyBytes } from '../runtime/bytes';
import { toArray } from '../runtime/iteration';
import { toIndex, toNumber } from '../runtime/numbers';
import { MersenneTwister, installRandomFunctions, type FunctionTarget } from './random';

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

function normal(rng: MersenneTwister, mu: number, sigma: number): number {
  const NV = (4 * Math.exp(-0.5)) / Math.sqrt(2);
  for (;;) {
    const u1 = rng.random(), u2 = 1 - rng.random();
    const z = (NV * (u1 - 0.5)) / u2;
    if ((z * z) / 4 <= -Math.log(u2)) return mu + z * sigma;
  }
}

const fl = (x: number) => new PyFloat(x);
const arg = (a: PyValue[], kw: Kwargs, fn: string, names: string[], defaults: number[]) => {
  const v = parseArgs(fn, a, kw, names, names.length - defaults.length);
  return v.map((x, i) => (x === undefined ? defaults[i - (names.length - defaults.length)] : toNumber(x)));
};

export function installMoreRandom(m: FunctionTarget, rng: MersenneTwister): void {
  m.def('getstate', () => new PyTuple([3, new PyTuple(rng.words()), rng.gaussNext === null ? null : fl(rng.gaussNext)]));
  m.def('setstate', a => {
    const st = toArray(a[0] ?? null);
    if (st[0] !== 3) throw valueError(`state with version ${String(st[0])} passed to Random.setstate() of version 3`);
    rng.setWords(toArray(st[1]).map(x => Number(toIndex(x))));
    rng.gaussNext = st[2] === null ? null : toNumber(st[2]);
    return null;
  });
  m.def('randbytes', a => {
    const n = toIndex(a[0]);
    if (n < 0) throw valueError('negative argument not allowed');
    // CPython: getrandbits(n * 8).to_bytes(n, 'little').
    let bits = n ? BigInt(rng.getrandbitsInt(n * 8)) : 0n;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) { out[i] = Number(bits & 0xffn); bits >>= 8n; }
    return new PyBytes(out);
  });
  m.def('triangular', (a, kw) => {
    const [lowIn, highIn] = arg(a.slice(0, 2), kw && new Map([...kw].filter(([k]) => k !== 'mode')), 'triangular', ['low', 'high'], [0, 1]);
    const modeV = a[2] ?? kw?.get('mode') ?? null;
    let low = lowIn, high = highIn;
    let u = rng.random();
    let c: number;
    if (high === low) return fl(low);
    c = modeV === null ? 0.5 : (toNumber(modeV) - low) / (high - low);
    if (u > c) { u = 1 - u; c = 1 - c; [low, high] = [high, low]; }
    return fl(low + (high - low) * Math.sqrt(u * c));
  });
  m.def('lognormvariate', (a, kw) => { const [mu, sigma] = arg(a, kw, 'lognormvariate', ['mu', 'sigma'], []); return fl(Math.exp(normal(rng, mu, sigma))); });
  m.def('gammavariate', (a, kw) => { const [alpha, beta] = arg(a, kw, 'gammavariate', ['alpha', 'beta'], []); return fl(gammavariate(rng, alpha, beta)); });
  m.def('betavariate', (a, kw) => {
    const [alpha, beta] = arg(a, kw, 'betavariate', ['alpha', 'beta'], []);
    const y = gammavariate(rng, alpha, 1);
    return fl(y ? y / (y + gammavariate(rng, beta, 1)) : 0);
  });
  m.def('paretovariate', (a, kw) => { const [alpha] = arg(a, kw, 'paretovariate', ['alpha'], []); return fl((1 - rng.random()) ** (-1 / alpha)); });
  m.def('weibullvariate', (a, kw) => { const [alpha, beta] = arg(a, kw, 'weibullvariate', ['alpha', 'beta'], []); return fl(alpha * (-Math.log(1 - rng.random())) ** (1 / beta)); });
  m.def('vonmisesvariate', (a, kw) => {
    const [mu, kappa] = arg(a, kw, 'vonmisesvariate', ['mu', 'kappa'], []);
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
  });
}

/** random.Random(x=None): a generator of its own with every function of the module as a method. */
class PyRandom extends HostObject {
  readonly rng = new MersenneTwister();
  private readonly methods = new Map<string, NativeFn>();
  constructor(seed: PyValue) {
    super();
    const target: FunctionTarget = { def: (name, fn) => this.methods.set(name, fn) };
    installRandomFunctions(target, this.rng);
    installMoreRandom(target, this.rng);
    this.methods.get('seed')!(seed === undefined ? [] : [seed], null);
  }
  override get type(): PyClass { return randomClass; }
  override get pyTypeName(): string { return 'Random'; }
  getattr(name: string): PyValue | undefined {
    const fn = this.methods.get(name);
    return fn ? new PyBuiltin(name, fn) : undefined;
  }
}

export const randomClass = hostClass('Random', 'random');
randomClass.nativeNew = (_c, args, kw) => {
  const [x] = parseArgs('Random', args, kw, ['x'], 0);
  return new PyRandom(x ?? null);
};

/** random.SystemRandom: draws from the operating system, so it cannot be seeded. */
export const systemRandomClass = hostClass('SystemRandom', 'random');
systemRandomClass.nativeNew = () => {
  const r = new PyRandom(null);
  // Reseeding from OS entropy before each use is what makes its draws unpredictable.
  r.rng.initByArray(Array.from(new Uint32Array(randomBytes(2496).buffer)));
  return r;
};

