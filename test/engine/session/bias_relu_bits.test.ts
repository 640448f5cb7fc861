// The fused bias + ReLU loop (biasReluF32, branch-free) against the loop as it was written:
// `v = fround(x + b); v < 0 ? 0 : v`, bit for bit over edge and random float32 bit patterns in
// x and b (±0, denormals, ±Infinity, NaNs; NaN only compared as NaN: V8's own NaN bits vary).
import { strict as assert } from 'assert';
import { biasReluF32, negativeMask } from '../../../src/engine/session/fusion';

const EDGES = [0, 0x80000000, 1, 0x80000001, 0x007fffff, 0x807fffff, 0x00800000, 0x3f800000, 0xbf800000, 0x7f7fffff,
  0xff7fffff, 0x7f800000, 0xff800000, 0x7f800001, 0xff800001, 0x7fc00000, 0xffc00000, 0x7fffffff, 0xffffffff, 0x80800000];
const isNaNBits = (b: number) => (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;

function patterns(n: number, seed: number, edgesFirst: number[] = []): Float32Array {
  const u = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    u[i] = i < edgesFirst.length ? edgesFirst[i] : (s & 7) === 0 ? EDGES[s % EDGES.length] : (s & 8) ? s : (s >>> 6) | (s & 0x80000000);
  }
  return new Float32Array(u.buffer);
}

function reference(x: Float32Array, b: Float32Array, o: Float32Array, c: number): void {
  for (let i = 0; i < x.length; i += c) for (let j = 0; j < c; j++) { const v = Math.fround(x[i + j] + b[j]); o[i + j] = v < 0 ? 0 : v; }
}

describe('fused bias + ReLU without branches', () => {
  it('masks exactly the negative floats', () => {
    for (const bits of EDGES) {
      const f = new Float32Array(new Uint32Array([bits]).buffer)[0];
      assert.equal(negativeMask(bits | 0) === 0, f < 0, `0x${bits.toString(16)}`);
    }
  });

  it('gives the branch\'s bits for every kind of sum', () => {
    const c = EDGES.length;
    // every x edge against every b edge first, then random patterns
    const xEdges: number[] = [];
    for (const e of EDGES) for (let j = 0; j < c; j++) xEdges.push(e);
    const x = patterns(c * 5003, 1, xEdges), b = patterns(c, 2, EDGES);
    const want = new Float32Array(x.length), got = new Float32Array(x.length).fill(3);
    reference(x, b, want, c);
    biasReluF32(x, b, got, c);
    const w = new Uint32Array(want.buffer), g = new Uint32Array(got.buffer);
    for (let i = 0; i < w.length; i++) {
      if (w[i] !== g[i] && !(isNaNBits(w[i]) && isNaNBits(g[i]))) assert.fail(`element ${i}: 0x${g[i].toString(16)}, the branch gives 0x${w[i].toString(16)}`);
    }
    assert.ok(want.some((v) => Object.is(v, -0)) && want.some((v) => v > 0) && want.some((v) => Object.is(v, 0)));
  });
});
