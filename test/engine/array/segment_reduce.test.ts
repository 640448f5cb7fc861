// The segment reductions: the TF1 API guide's examples (segment_sum over [[1,2,3,4],[-1,-2,-3,-4],
// [5,6,7,8]] with ids [0,0,1] is [[0,0,0,0],[5,6,7,8]]), empty segments (0 for the sorted ops, the
// reduction's identity for the unsorted ones), TF's errors for unsorted or negative ids, the
// sparse (gathering) forms, and gradients by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';

const run = (t: tf.Tensor) => new tf.Session().run(t) as tf.NDArray;
const i32 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'int32'));
const f32 = (v: unknown) => tf.constant(tf.NDArray.from(v, 'float32'));
const C = [[1, 2, 3, 4], [-1, -2, -3, -4], [5, 6, 7, 8]];
const seg = (type: string, data: tf.Tensor, ids: number[]) => tf.makeOp1(type, [data, i32(ids)]);
const useg = (type: string, data: tf.Tensor, ids: number[], n: number) => tf.makeOp1(type, [data, i32(ids), i32(n)]);

describe('segment reductions', () => {
  beforeEach(() => clearDefaultGraphState());

  it('sorted reductions follow the API guide, with 0 in empty segments', () => {
    assert.deepEqual(run(seg('SegmentSum', i32(C), [0, 0, 1])).toNested(), [[0, 0, 0, 0], [5, 6, 7, 8]]);
    assert.deepEqual(run(seg('SegmentProd', i32(C), [0, 0, 1])).toNested(), [[-1, -4, -9, -16], [5, 6, 7, 8]]);
    assert.deepEqual(run(seg('SegmentMin', i32(C), [0, 0, 1])).toNested(), [[-1, -2, -3, -4], [5, 6, 7, 8]]);
    assert.deepEqual(run(seg('SegmentMax', i32(C), [0, 0, 1])).toNested(), [[1, 2, 3, 4], [5, 6, 7, 8]]);
    assert.deepEqual(run(seg('SegmentMean', f32(C), [0, 1, 1])).toNested(), [[1, 2, 3, 4], [2, 2, 2, 2]]);
    assert.deepEqual(run(seg('SegmentMax', f32([1, 2, 3]), [0, 2, 2])).toNested(), [1, 0, 3]);
    assert.deepEqual(seg('SegmentSum', f32(C), [0, 0, 1]).shape, [2, 4]);
  });

  it('unsorted reductions fill empty segments with the identity (lowest float32 for max)', () => {
    assert.deepEqual(run(useg('UnsortedSegmentMax', i32(C), [1, 0, 1], 2)).toNested(), [[-1, -2, -3, -4], [5, 6, 7, 8]]);
    assert.deepEqual(run(useg('UnsortedSegmentMin', i32([4, 2, 7]), [2, 2, 0], 4)).toNested(), [7, 2147483647, 2, 2147483647]);
    assert.deepEqual(run(useg('UnsortedSegmentProd', f32([2, 3, 4]), [1, 1, 1], 2)).toNested(), [1, 24]);
    assert.equal((run(useg('UnsortedSegmentMax', f32([1]), [1], 2)).toNested() as number[])[0], -3.4028234663852886e38);
  });

  it("raises TF's errors for ids out of order, negative or out of range", () => {
    assert.throws(() => run(seg('SegmentSum', f32([1, 2, 3]), [1, 0, 1])), /segment ids are not increasing/);
    assert.throws(() => run(seg('SegmentSum', f32([1, 2, 3]), [-1, 0, 1])), /segment ids must be >= 0/);
    assert.throws(() => run(useg('UnsortedSegmentMax', f32([1, 2]), [0, 3], 2)), /segment_ids\[1\] = 3 is out of range \[0, 2\)/);
  });

  it('sparse_segment_sum / mean gather the indexed rows first', () => {
    const s = tf.sparseSegmentReduce('sum', i32(C), i32([0, 1, 2]), i32([0, 0, 1]));
    assert.deepEqual(run(s).toNested(), [[0, 0, 0, 0], [5, 6, 7, 8]]);
    const m = tf.sparseSegmentReduce('mean', f32(C), i32([0, 2]), i32([0, 0]));
    assert.deepEqual(run(m).toNested(), [[3, 4, 5, 6]]);
  });

  // No empty segments here: their identity (±max float) would swamp the finite differences.
  it('gradients match finite differences (min/max route to the selected rows; zeros in products)', () => {
    for (const type of ['SegmentSum', 'SegmentMean', 'SegmentMin', 'SegmentMax', 'SegmentProd']) {
      checkGradient(x => seg(type, x, [0, 0, 1, 3]), [randomArray([4, 3])]);
    }
    for (const type of ['UnsortedSegmentMin', 'UnsortedSegmentMax', 'UnsortedSegmentProd']) {
      checkGradient(x => useg(type, x, [2, 0, 2, 1], 3), [randomArray([4, 2])]);
    }
    const withZero = tf.NDArray.from([[0, 2], [3, 0], [0.5, 4]], 'float64');
    checkGradient(x => useg('UnsortedSegmentProd', x, [0, 0, 1], 2), [withZero]);
    checkGradient(x => seg('SegmentProd', x, [0, 1, 1]), [withZero]);
  });
});
