// The random module, bit-compatible with CPython for integer seeds: MT19937 seeded through
// init_by_array, random() from two 32-bit draws, and _randbelow by rejection on getrandbits.
import { PyFloat, PyValue } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { PyModule } from '../objects/callables';
import { typeError, valueError, indexError } from '../exceptions';
import { indexValue, toIndex, toNumber } from '../runtime/numbers';
import { toArray } from '../runtime/iteration';
import { len } from '../runtime/truth';
import { getItem } from '../runtime/subscript';
import { pyHash } from '../runtime/numeric-hash';
import { PyInt, bitLength, normBig } from '../runtime/ints';
import { intBinary } from '../runtime/int-arith';
import type { BinaryOpName } from '../host';
import { registerModule } from './registry';

const N = 624, M = 397;

export class MersenneTwister {
  private mt = new Uint32Array(N);
  private mti = N + 1;
  gaussNext: number | null = null;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1, j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this.gaussNext = null;
  }

  /** random.seed(n) for a non-negative integer: 32-bit words, least significant first. */
  seedInt(n: number | bigint): void {
    let big = typeof n === 'bigint' ? (n < 0n ? -n : n) : BigInt(Math.abs(Math.trunc(n)));
    const key: number[] = [];
    if (big === 0n) key.push(0);
    while (big > 0n) { key.push(Number(big & 0xffffffffn)); big >>= 32n; }
    this.initByArray(key);
  }

  genrand(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      if (this.mti === N + 1) this.initGenrand(5489);
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y = (y ^ ((y << 7) & 0x9d2c5680)) >>> 0;
    y = (y ^ ((y << 15) & 0xefc60000)) >>> 0;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.genrand() >>> 5, b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.genrand() >>> (32 - k);
    let result = 0, mult = 1;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      result += r * mult;
      mult *= 4294967296;
    }
    return result;
  }

  /** getrandbits(k) for any k: 32-bit words, least significant first, as CPython builds it. */
  getrandbitsInt(k: number): PyInt {
    if (k <= 53) return this.getrandbits(k);
    let result = 0n;
    for (let i = 0, left = k; left > 0; i++, left -= 32) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << BigInt(32 * i);
    }
    return normBig(result);
  }

  /** _randbelow(n) for an int of any size. */
  randbelowInt(n: PyInt): PyInt {
    if (typeof n === 'number') return this.randbelow(n);
    const k = bitLength(n);
    let r = this.getrandbitsInt(k);
    while (r >= n) r = this.getrandbitsInt(k);
    return r;
  }

  randbelow(n: number): number {
    if (n <= 0) return 0;
    const k = n.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }
}

function makeRandomModule(): PyModule {
  const rng = new MersenneTwister();
  rng.seedInt(Date.now());
  const m = new PyModule('random');
  // CPython's randrange in exact int arithmetic (ints of any size).
  const op = (o: BinaryOpName, a: PyInt, b: PyInt) => intBinary(o, a, b) as PyInt;
  const randrange = (args: PyValue[]): PyInt => {
    const start = indexValue(args[0]);
    if (args.length === 1) {
      if (start <= 0) throw valueError('empty range for randrange()');
      return rng.randbelowInt(start);
    }
    const stop = indexValue(args[1]);
    const step = args.length > 2 ? indexValue(args[2]) : 1;
    const width = op('-', stop, start);
    if (step === 1) {
      if (width <= 0) throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
      return op('+', start, rng.randbelowInt(width));
    }
    if (step === 0) throw valueError('zero step for randrange()');
    const n = step > 0 ? op('//', op('+', width, op('-', step, 1)), step) : op('//', op('+', width, op('+', step, 1)), step);
    if (n <= 0) throw valueError('empty range for randrange()');
    return op('+', start, op('*', step, rng.randbelowInt(n)));
  };
  m.def('seed', args => {
    const a = args[0];
    if (a === undefined || a === null) rng.seedInt(Date.now());
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
    return null;
  });
  m.def('random', () => new PyFloat(rng.random()));
  m.def('getrandbits', a => {
    const k = toIndex(a[0]);
    if (k < 0) throw valueError('number of bits must be non-negative');
    return rng.getrandbitsInt(k);
  });
  m.def('randrange', a => randrange(a));
  m.def('randint', a => randrange([a[0], op('+', indexValue(a[1]), 1)]));
  m.def('uniform', a => { const lo = toNumber(a[0]), hi = toNumber(a[1]); return new PyFloat(lo + (hi - lo) * rng.random()); });
  m.def('choice', a => {
    const n = len(a[0]);
    if (n === 0) throw indexError('Cannot choose from an empty sequence');
    return getItem(a[0], rng.randbelow(n));
  });
  m.def('shuffle', a => {
    const x = a[0];
    if (!(x instanceof PyList)) throw typeError('shuffle() needs a mutable sequence');
    const items = x.items;
    for (let i = items.length - 1; i > 0; i--) {
      const j = rng.randbelow(i + 1);
      const t = items[i]; items[i] = items[j]; items[j] = t;
    }
    return null;
  });
  m.def('sample', (a, kw) => {
    const population = toArray(a[0]);
    const k = toIndex(a[1] ?? kw?.get('k') ?? 0);
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
    return new PyList(result);
  });
  m.def('gauss', (a, kw) => {
    const mu = toNumber(a[0] ?? kw?.get('mu') ?? 0), sigma = toNumber(a[1] ?? kw?.get('sigma') ?? 1);
    let z = rng.gaussNext;
    rng.gaussNext = null;
    if (z === null) {
      const x2pi = rng.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2 * Math.log(1 - rng.random()));
      z = Math.cos(x2pi) * g2rad;
      rng.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return new PyFloat(mu + z * sigma);
  });
  m.def('normalvariate', (a, kw) => {
    const mu = toNumber(a[0] ?? kw?.get('mu') ?? 0), sigma = toNumber(a[1] ?? kw?.get('sigma') ?? 1);
    const NV = (4 * Math.exp(-0.5)) / Math.sqrt(2);
    let z: number;
    for (;;) {
      const u1 = rng.random();
      const u2 = 1 - rng.random();
      z = (NV * (u1 - 0.5)) / u2;
      if ((z * z) / 4 <= -Math.log(u2)) break;
    }
    return new PyFloat(mu + z * sigma);
  });
  m.def('expovariate', a => new PyFloat(-Math.log(1 - rng.random()) / toNumber(a[0])));
  m.def('choices', (a, kw) => {
    const population = toArray(a[0]);
    const k = toIndex(kw?.get('k') ?? 1);
    const weights = kw?.get('weights');
    const n = population.length;
    const out: PyValue[] = [];
    if (weights === undefined || weights === null) {
      for (let i = 0; i < k; i++) out.push(population[Math.floor(rng.random() * n)]);
    } else {
      const cum: number[] = [];
      let acc = 0;
      for (const w of toArray(weights)) { acc += toNumber(w); cum.push(acc); }
      for (let i = 0; i < k; i++) {
        const r = rng.random() * acc;
        let lo = 0, hi = n - 1;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (r < cum[mid]) hi = mid; else lo = mid + 1; }
        out.push(population[lo]);
      }
    }
    return new PyList(out);
  });
  void PyTuple;
  return m;
}

registerModule('random', () => makeRandomModule());
