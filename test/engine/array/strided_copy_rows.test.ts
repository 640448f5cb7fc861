// gatherStrided's row copies (stridedCopyTuning.rowCopies in kernels/array/strided_copy.ts):
// Slice, StridedSlice and Transpose give the same elements with `set` row copies on and off, for
// every dtype kind (float32, float64, int32, int64, bool, string), rows shorter and longer than
// the copy threshold, ranks 1-3, offsets, and steps other than 1 (which keep the loop); float32
// bits compared as bits, NaN, -0 and subnormals included. Also the LSTM's two slices of [32,156].
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { slice } from '../../../src/engine/ops/array/slice';
import { stridedSlice } from '../../../src/engine/ops/array/strided_slice';
import { transpose } from '../../../src/engine/ops/array/transpose';
import { stridedCopyTuning } from '../../../src/engine/kernels/array/strided_copy';

type Build = (x: tf.Tensor) => tf.Tensor;

function input(dtype: string, shape: number[]): tf.NDArray {
  const n = shape.reduce((p, d) => p * d, 1);
  if (dtype === 'string') return new tf.NDArray('string', shape, Array.from({ length: n }, (_, i) => `s${i}`) as never);
  const data = dtype === 'float32' ? new Float32Array(n) : dtype === 'float64' || dtype === 'int64' ? new Float64Array(n) : dtype === 'bool' ? new Uint8Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) data[i] = dtype === 'bool' ? i % 3 & 1 : dtype.startsWith('float') ? (i - n / 2) * 1.37e-3 * 2 ** (i % 7) : i * 7 - n;
  if (dtype === 'float32' && n > 4) { (data as Float32Array)[1] = NaN; (data as Float32Array)[2] = -0; (data as Float32Array)[3] = 1e-45; }
  return new tf.NDArray(dtype as never, shape, data as never);
}

function run(build: Build, x: tf.NDArray, rows: boolean): unknown[] {
  clearDefaultGraphState();
  const p = tf.placeholder(x.dtype as never, x.shape as number[]);
  const y = build(p);
  const saved = stridedCopyTuning.rowCopies;
  stridedCopyTuning.rowCopies = rows;
  try {
    const r = new tf.Session().run(y, [[p, x]]) as tf.NDArray;
    const d = r.data as ArrayLike<unknown>;
    return [r.shape, d instanceof Float32Array ? Array.from(new Uint32Array(d.buffer, d.byteOffset, d.length)) : Array.from(d)];
  } finally {
    stridedCopyTuning.rowCopies = saved;
  }
}

const cases: [string, number[], Build][] = [
  ['LSTM dx slice', [32, 156], x => slice(x, [0, 0], [32, 28])],
  ['LSTM dh slice', [32, 156], x => slice(x, [0, 28], [32, 128])],
  ['short rows', [6, 10], x => slice(x, [1, 2], [4, 5])],
  ['rank 1', [40], x => slice(x, [3], [30])],
  ['rank 3 inner block', [3, 5, 20], x => slice(x, [1, 1, 4], [2, 3, 12])],
  ['strided slice, step 1', [8, 30], x => stridedSlice(x, [2, 3], [7, 29])],
  ['strided slice, step 2', [8, 30], x => stridedSlice(x, [0, 1], [8, 29], [1, 2])],
  ['strided slice, reversed', [8, 30], x => stridedSlice(x, [7, 29], [0, 0], [-1, -1])],
  ['transpose', [12, 20], x => transpose(x, [1, 0])],
];

describe('strided copies by rows (set) against the element loop', () => {
  for (const [name, shape, build] of cases) {
    it(`${name}: the same elements for every dtype`, () => {
      for (const dtype of ['float32', 'float64', 'int32', 'int64', 'bool', 'string']) {
        const x = input(dtype, shape);
        assert.deepEqual(run(build, x, true), run(build, x, false), `${name} ${dtype}`);
      }
    });
  }
  it('the LSTM slices are the source rows', () => {
    const x = input('float32', [32, 156]);
    const [, bits] = run(x2 => slice(x2, [0, 28], [32, 128]), x, true) as [number[], number[]];
    const src = new Uint32Array((x.data as Float32Array).buffer);
    for (let r = 0; r < 32; r++) for (let c = 0; c < 128; c++) assert.equal(bits[r * 128 + c], src[r * 156 + 28 + c]);
  });
});
