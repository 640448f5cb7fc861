// The Mersenne Twister as NumPy's legacy RandomState drives it: seeded with init_genrand,
// 32-bit outputs, 53-bit doubles from two outputs, 64-bit values high word first.
const N = 624, M = 397;
const MATRIX_A = 0x9908b0df, UPPER = 0x80000000, LOWER = 0x7fffffff;

export class MT19937 {
  private readonly key = new Uint32Array(N);
  private pos = N;

  constructor(seed = 0) { this.seed(seed); }

  seed(seed: number): void {
    let s = seed >>> 0;
    for (let i = 0; i < N; i++) {
      this.key[i] = s;
      // 1812433253 * (s ^ (s >>> 30)) + i + 1, modulo 2^32
      s = (Math.imul(1812433253, (s ^ (s >>> 30)) >>> 0) + i + 1) >>> 0;
    }
    this.pos = N;
  }

  nextUint32(): number {
    if (this.pos >= N) this.generate();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5, b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  nextUint64(): bigint {
    const hi = BigInt(this.nextUint32());
    return (hi << 32n) | BigInt(this.nextUint32());
  }

  private generate(): void {
    const k = this.key;
    let i = 0;
    for (; i < N - M; i++) {
      const y = (k[i] & UPPER) | (k[i + 1] & LOWER);
      k[i] = k[i + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; i < N - 1; i++) {
      const y = (k[i] & UPPER) | (k[i + 1] & LOWER);
      k[i] = k[i + M - N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (k[N - 1] & UPPER) | (k[0] & LOWER);
    k[N - 1] = k[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.pos = 0;
  }
}
