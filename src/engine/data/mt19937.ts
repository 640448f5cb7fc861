// The default shuffling generator: Mersenne Twister MT19937 seeded like numpy's legacy
// `RandomState(seed)` (init_genrand), with `permutation` drawn the way numpy's legacy `shuffle`
// draws (Fisher–Yates from the end, bounded ints by masked rejection). For 32-bit seeds this
// gives numpy's exact permutations, so `DataSet(seed=s)` batches match TF's for a fresh RandomState.
import { PermutationRng, RngFactory } from './permutation-rng';
import { valueError } from '../errors';

const N = 624;
const M = 397;

export class MT19937 implements PermutationRng {
  private readonly state = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw valueError(`Seed must be between 0 and 2**32 - 1, got ${seed}`);
    }
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev mod 2^32, split in 16-bit halves so no precision is lost in doubles.
      mt[i] = (((((prev & 0xffff0000) >>> 16) * 1812433253) << 16) + (prev & 0x0000ffff) * 1812433253 + i) >>> 0;
    }
  }

  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.state[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Uniform integer in [0, max], numpy's legacy `random_interval` (max < 2^32 here). */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1; mask |= mask >>> 2; mask |= mask >>> 4; mask |= mask >>> 8; mask |= mask >>> 16;
    mask >>>= 0;
    let value: number;
    do value = (this.nextUint32() & mask) >>> 0; while (value > max);
    return value;
  }

  permutation(n: number): Int32Array {
    const perm = new Int32Array(n);
    for (let i = 0; i < n; i++) perm[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.interval(i);
      const t = perm[i]; perm[i] = perm[j]; perm[j] = t;
    }
    return perm;
  }

  private twist(): void {
    const mt = this.state;
    for (let i = 0; i < N; i++) {
      const y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
      mt[i] = (mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
    }
    this.index = 0;
  }
}

/** Default factory: a fresh generator per DataSet; no seed means an unpredictable one, like TF. */
export const mt19937Factory: RngFactory = (seed) =>
  new MT19937(seed ?? Math.floor(Math.random() * 0x100000000));
