// gatherRows (data/rows.ts) is numpy's `a[perm]` over the first axis. Short rows of 4-byte
// elements (next_batch's one-hot labels) take an int32-word copy (issue 15): it must give every
// element's exact bits (NaN payloads, -0) and agree with the generic loops for every dtype, row
// width and offset view.
import { strict as assert } from 'assert';
import { NDArray } from '../../../src/engine/ndarray';
import { gatherRows } from '../../../src/engine/data/rows';

/** `a[perm]` element by element, the reference. */
function naive(a: NDArray, perm: Int32Array): number[] {
  const w = a.shape[0] === 0 ? 0 : a.size / a.shape[0];
  const src = a.data as unknown as ArrayLike<number>;
  const out: number[] = [];
  for (const r of perm) for (let k = 0; k < w; k++) out.push(src[r * w + k]);
  return out;
}

describe('engine/data gatherRows', () => {
  const perm = Int32Array.from([3, 0, 7, 7, 2, 6, 1]);

  it('copies short float32 rows bit for bit (NaN payloads, -0, subnormals) in perm order', () => {
    const n = 8, w = 10;
    const bits = new Uint32Array(n * w);
    for (let i = 0; i < bits.length; i++) bits[i] = (i * 2654435761) >>> 0;
    bits[5] = 0x7fa00001; // a signalling NaN: a float copy through a double may quiet it
    bits[31] = 0x80000000; // -0
    bits[44] = 0x00000003; // subnormal
    const a = new NDArray('float32', [n, w], new Float32Array(bits.buffer));
    const got = gatherRows(a, perm);
    assert.deepEqual(got.shape, [perm.length, w]);
    const gotBits = new Uint32Array((got.data as Float32Array).buffer, (got.data as Float32Array).byteOffset, got.size);
    const want: number[] = [];
    for (const r of perm) for (let k = 0; k < w; k++) want.push(bits[r * w + k]);
    assert.deepEqual(Array.from(gotBits), want);
  });

  it('agrees with `a[perm]` for every dtype, for short and long rows, over views with an offset', () => {
    const makers: [string, (n: number) => NDArray['data']][] = [
      ['float32', (n) => new Float32Array(n).map((_, i) => i * 0.25 - 3)],
      ['int32', (n) => new Int32Array(n).map((_, i) => i * 7 - 100)],
      ['float64', (n) => new Float64Array(n).map((_, i) => i / 3)],
      ['uint8', (n) => new Uint8Array(n).map((_, i) => (i * 13) & 255)],
    ];
    for (const [dtype, make] of makers) {
      for (const w of [1, 3, 10, 63, 64, 100]) {
        const full = make(8 * w + 5) as unknown as Float32Array;
        for (const offset of [0, 1, 4]) {
          const data = full.subarray(offset, offset + 8 * w);
          const a = new NDArray(dtype as never, [8, w], data as never);
          const got = gatherRows(a, perm);
          assert.equal(got.dtype, dtype);
          assert.deepEqual(Array.from(got.data as unknown as ArrayLike<number>), naive(a, perm), `${dtype} w=${w} offset=${offset}`);
        }
      }
    }
  });
});
