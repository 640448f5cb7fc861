// The array ops and functions added with the family's migration: reverse, reverse_sequence,
// gather_nd / scatter_nd, where(cond), boolean_mask, unique, linspace, float ranges, meshgrid,
// sequence_mask, matrix_transpose. Values against loops written here; gradients by finite
// differences; TF's error texts.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { run, runAll, iota, throwsOpError } from './helpers';

const f64 = (v: unknown) => tf.NDArray.from(v, 'float64');
const i32 = (v: unknown) => tf.NDArray.from(v, 'int32');

describe('array ops added by the migration', () => {
  beforeEach(() => clearDefaultGraphState());

  describe('tf.reverse (ReverseV2)', () => {
    it('reverses the given axes, negative ones too', () => {
      const x = iota([2, 3, 2]);
      const got = run(tf.reverse(tf.constant(x), [0, -1]));
      const want: number[][][] = [];
      for (let i = 0; i < 2; i++) {
        want.push([]);
        for (let j = 0; j < 3; j++) want[i].push([1, 0].map(k => (1 - i) * 6 + j * 2 + k));
      }
      assert.deepEqual(got.toNested(), want);
      assert.equal(tf.reverse(tf.constant(x), [1]).op.type, 'ReverseV2');
    });
    it('rejects an axis out of range with TF\'s text', () => {
      assert.throws(() => tf.reverse(tf.constant(iota([2, 2])), [2]), /'axis'\[0\] = 2 is out of valid range \[0, 1\]/);
    });
    it('gradient', () => checkGradient(x => tf.reverse(x, [1]), [randomArray([2, 3])]));
  });

  describe('tf.reverse_sequence', () => {
    it('reverses the first seq_lengths[b] steps of each batch row', () => {
      const x = iota([3, 4], 'int32');
      const got = run(tf.reverseSequence(tf.constant(x), [4, 2, 0], 1, 0)).toNested() as number[][];
      const want = [0, 1, 2].map(b => {
        const len = [4, 2, 0][b], row = [0, 1, 2, 3].map(j => b * 4 + j);
        return row.map((v, j) => (j < len ? row[len - 1 - j] : v));
      });
      assert.deepEqual(got, want);
    });
    it('batch axis 1, sequence axis 0', () => {
      const x = iota([3, 2], 'int32');
      assert.deepEqual(run(tf.reverseSequence(tf.constant(x), [3, 1], 0, 1)).toNested(), [[4, 1], [2, 3], [0, 5]]);
    });
    it('a length beyond the sequence axis is TF\'s InvalidArgumentError', () => {
      throwsOpError(() => run(tf.reverseSequence(tf.constant(iota([2, 3])), [4, 1], 1, 0)), 'seq_lens(0) > input.dims(1)');
    });
    it('gradient', () => checkGradient(x => tf.reverseSequence(x, tf.constant(tf.NDArray.from([2, 3], 'int64')), 1, 0), [randomArray([2, 3, 2])]));
  });

  describe('tf.gather_nd / tf.scatter_nd', () => {
    it('gather_nd picks elements or slices addressed by the last index axis', () => {
      const p = iota([3, 4]);
      assert.deepEqual(run(tf.gatherNd(tf.constant(p), [[0, 1], [2, 3]])).toNested(), [1, 11]);
      assert.deepEqual(run(tf.gatherNd(tf.constant(p), [[2], [0]])).toNested(), [[8, 9, 10, 11], [0, 1, 2, 3]]);
      const t = tf.gatherNd(tf.placeholder('float32', [3, 4]), tf.placeholder('int32', [5, 1]));
      assert.deepEqual(t.shape, [5, 4]);
    });
    it('gather_nd of an index outside params is TF\'s error', () => {
      throwsOpError(() => run(tf.gatherNd(tf.constant(iota([3, 4])), [[0, 1], [3, 0]])), 'indices[1] = [3, 0] does not index into param shape [3,4]');
    });
    it('scatter_nd sums updates into zeros, duplicates adding up', () => {
      const got = run(tf.scatterNd([[1], [3], [1]], tf.constant(f64([[1, 2], [3, 4], [10, 20]])), [4, 2]));
      assert.deepEqual(got.toNested(), [[0, 0], [11, 22], [0, 0], [3, 4]]);
    });
    it('gradients: gather_nd scatters back, scatter_nd gathers', () => {
      checkGradient(p => tf.gatherNd(p, tf.constant(i32([[0, 1], [2, 0], [0, 1]]))), [randomArray([3, 2])]);
      checkGradient(u => tf.scatterNd(tf.constant(i32([[2], [0]])), u, tf.constant(i32([3, 2]))), [randomArray([2, 2])]);
    });
  });

  describe('tf.where(condition) and tf.boolean_mask', () => {
    it('Where gives the int64 coordinates of true entries in row-major order', () => {
      const c = tf.constant(tf.NDArray.from([[true, false, true], [false, true, false]], 'bool'));
      const w = tf.where(c);
      assert.equal(w.dtype, 'int64');
      assert.deepEqual(w.shape, [null, 2]);
      assert.deepEqual(run(w).toNested(), [[0, 0], [0, 2], [1, 1]]);
    });
    it('boolean_mask keeps the masked entries; a 1-D mask keeps rows; axis moves the mask', () => {
      const x = iota([3, 2]);
      const mask = tf.constant(tf.NDArray.from([true, false, true], 'bool'));
      assert.deepEqual(run(tf.booleanMask(tf.constant(x), mask)).toNested(), [[0, 1], [4, 5]]);
      const m2 = tf.constant(tf.NDArray.from([[false, true], [true, true], [false, false]], 'bool'));
      assert.deepEqual(run(tf.booleanMask(tf.constant(x), m2)).toNested(), [1, 2, 3]);
      const cols = tf.constant(tf.NDArray.from([false, true], 'bool'));
      assert.deepEqual(run(tf.booleanMask(tf.constant(x), cols, undefined, 1)).toNested(), [[1], [3], [5]]);
    });
    it('boolean_mask with an unknown batch dim keeps the static trailing shape', () => {
      const x = tf.placeholder('float32', [null, 4]);
      const m = tf.placeholder('bool', [null]);
      const y = tf.booleanMask(x, m);
      assert.deepEqual(y.shape, [null, 4]);
      const got = run(y, [[x, iota([3, 4])], [m, tf.NDArray.from([false, true, true], 'bool')]]);
      assert.deepEqual(got.toNested(), [[4, 5, 6, 7], [8, 9, 10, 11]]);
    });
    it('a scalar mask is TF\'s ValueError', () => {
      assert.throws(() => tf.booleanMask(tf.constant(iota([2])), tf.constant(true)), /mask cannot be scalar\./);
    });
    it('boolean_mask gradient flows to the kept entries only', () =>
      checkGradient(x => tf.booleanMask(x, tf.constant(tf.NDArray.from([true, false, true], 'bool'))), [randomArray([3, 2])]));
  });

  describe('tf.unique', () => {
    it('values in order of first appearance and each entry\'s index', () => {
      const [y, idx] = tf.unique(tf.constant(tf.NDArray.from([1, 1, 2, 4, 4, 4, 7, 8, 8], 'int32')));
      const [yv, iv] = runAll([y, idx]);
      assert.deepEqual(yv.toNested(), [1, 2, 4, 7, 8]);
      assert.deepEqual(iv.toNested(), [0, 0, 1, 2, 2, 2, 3, 4, 4]);
      assert.equal(iv.dtype, 'int32');
      assert.equal(tf.unique(tf.constant([3, 1]), 'int64')[1].dtype, 'int64');
    });
    it('rejects a matrix with TF\'s shape error', () => {
      assert.throws(() => tf.unique(tf.constant(iota([2, 2]))), /Shape must be rank 1 but is rank 2/);
    });
  });

  describe('ranges', () => {
    it('linspace: num values from start to stop inclusive, in float32 arithmetic', () => {
      const got = run(tf.linspace(10, 13, 4));
      assert.deepEqual(got.toNested(), [10, 11, 12, 13]);
      const v = run(tf.linspace(0, 1, 7)).toNested() as number[];
      const step = Math.fround(1 / 6);
      assert.deepEqual(v, [0, 1, 2, 3, 4, 5, 6].map(i => Math.fround(Math.fround(step * i))));
      assert.deepEqual(tf.linspace(0, 1, 7).shape, [7]);
    });
    it('linspace of integers is TF\'s TypeError', () => {
      assert.throws(() => tf.linspace(tf.constant(0, 'int32'), tf.constant(3, 'int32'), 4), /Value passed to parameter 'start' has DataType int32 not in list of allowed values: bfloat16, float32, float64/);
    });
    it('range with a float delta accumulates in float32 like TF\'s kernel', () => {
      const r = tf.range(0, 1, 0.1);
      assert.equal(r.dtype, 'float32');
      const want: number[] = [];
      for (let v = 0, i = 0; i < 10; i++, v = Math.fround(v + Math.fround(0.1))) want.push(v);
      assert.deepEqual(run(r).toNested(), want);
      assert.equal(tf.range(1, 5, 1, 'float64').dtype, 'float64');
    });
    it('range casts integer arguments to the widest dtype given', () => {
      const r = tf.range(tf.constant(0, 'int32'), tf.constant(2.5, 'float64'), 1);
      assert.equal(r.dtype, 'float64');
      assert.deepEqual(run(r).toNested(), [0, 1, 2]);
    });
  });

  describe('composites', () => {
    it('meshgrid xy and ij against a loop', () => {
      const x = [1, 2, 3], y = [4, 5];
      const [X, Y] = runAll(tf.meshgrid([tf.constant(x), tf.constant(y)]));
      assert.deepEqual(X.toNested(), y.map(() => x));
      assert.deepEqual(Y.toNested(), y.map(v => x.map(() => v)));
      const [I, J] = runAll(tf.meshgrid([tf.constant(x), tf.constant(y)], 'ij'));
      assert.deepEqual(I.toNested(), x.map(v => y.map(() => v)));
      assert.deepEqual(J.toNested(), x.map(() => y));
      assert.throws(() => tf.meshgrid([tf.constant(x)], 'xz'), /indexing parameter must be either 'xy' or 'ij'/);
    });
    it('sequence_mask with and without maxlen', () => {
      assert.deepEqual(run(tf.sequenceMask(tf.constant(i32([1, 3, 2])), 5)).toNested(),
        [[true, false, false, false, false], [true, true, true, false, false], [true, true, false, false, false]]);
      const m = tf.sequenceMask(tf.constant(i32([1, 3])), null, 'float32');
      assert.equal(m.dtype, 'float32');
      assert.deepEqual(run(m).toNested(), [[1, 0, 0], [1, 1, 1]]);
    });
    it('matrix_transpose swaps the last two dims', () => {
      const x = iota([2, 2, 3]);
      const got = run(tf.matrixTranspose(tf.constant(x))).toNested() as number[][][];
      for (let b = 0; b < 2; b++) for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) assert.equal(got[b][i][j], b * 6 + j * 3 + i);
      assert.throws(() => tf.matrixTranspose(tf.constant([1, 2])), /Argument 'a' should be a \(batch\) matrix, with rank >= 2\.  Found: \(2,\)/);
    });
  });

  describe('auto-packing', () => {
    it('a list holding tensors converts through a Pack named after the argument (reshape to [batch, -1])', () => {
      const x = tf.placeholder('float32', [null, 2, 3]);
      const batch = tf.sliceHelper(tf.shape(x), 0);
      const y = tf.reshape(x, [batch, -1]);
      assert.equal(y.op.inputs[1].op.type, 'Pack');
      assert.equal(y.op.inputs[1].op.name, 'Reshape/shape');
      assert.deepEqual(run(y, [[x, iota([2, 2, 3])]]).shape, [2, 6]);
    });
  });
});
