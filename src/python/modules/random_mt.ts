// CPython's Mersenne Twister, bit for bit for integer seeds: MT19937 seeded through
// init_by_array, random() from two 32-bit draws, and _randbelow by rejection on getrandbits.
import { valueError } from '../exceptions';
import { PyInt, bitLength, normBig } from '../runtime/ints';

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

  /** getstate()'s middle item: the 624 words and the position, as CPython returns them. */
  words(): number[] { return [...this.mt, this.mti]; }
  setWords(words: number[]): void {
    if (words.length !== N + 1) throw valueError('state vector is the wrong size');
    this.mt.set(words.slice(0, N));
    this.mti = words[N];
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
