// A small, fast seeded generator (xoshiro128**) for random ops. TF's streams are not
// reproducible across implementations (tf1-semantics §1.8 [X]); what we keep is TF's seeding
// contract: the same (graph seed, op seed) gives the same sequence in every new session.
export class RandomGenerator {
  private a: number; private b: number; private c: number; private d: number;
  private spareNormal: number | null = null;
  constructor(seed: number, seed2: number) {
    // splitmix32 expands the two seeds into the 128-bit state.
    let s = (seed ^ Math.imul(seed2 ^ 0x9e3779b9, 0x85ebca6b)) >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next(); this.b = next(); this.c = next(); this.d = next() | 1;
  }
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a; this.d ^= this.b; this.b ^= this.c; this.a ^= this.d;
    this.c ^= t; this.d = rotl(this.d, 11);
    return result;
  }
  /** Uniform in [0, 1) with 32 random bits (plenty for float32 output). */
  uniform(): number { return this.nextUint32() / 4294967296; }
  /** Standard normal, Box–Muller with the second value cached. */
  normal(): number {
    if (this.spareNormal !== null) { const v = this.spareNormal; this.spareNormal = null; return v; }
    let u = 0;
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
}
function rotl(x: number, k: number): number { return (x << k) | (x >>> (32 - k)); }

/** A generator for an op run: seeded from its attrs, or from entropy when both seeds are 0. */
export function seededGenerator(seed: number, seed2: number): RandomGenerator {
  if (seed === 0 && seed2 === 0) return new RandomGenerator((Math.random() * 2 ** 32) >>> 0, (Math.random() * 2 ** 32) >>> 0);
  return new RandomGenerator(seed >>> 0, seed2 >>> 0);
}
