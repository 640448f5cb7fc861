// TopKV2 (tf.nn.top_k): values and indices against a sort written here (ties: lower index
// first), TF's errors, and the gradient (the values' gradient scattered to the chosen entries).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText } from './helpers';

function reference(rows: number[][], k: number): { values: number[]; indices: number[] } {
  const values: number[] = [], indices: number[] = [];
  for (const row of rows) {
    const order = row.map((_, j) => j).sort((a, b) => (row[b] - row[a]) || a - b).slice(0, k);
    for (const j of order) { indices.push(j); values.push(row[j]); }
  }
  return { values, indices };
}

describe('TopKV2 (tf.nn.top_k)', () => {
  beforeEach(() => clearDefaultGraphState());

  it('returns the k largest per row, largest first, ties by lower index', () => {
    const rows = [[3, 1, 3, 2, 5], [0, 0, -1, 4, 0], [2, 2, 2, 2, 2]];
    const [v, i] = tf.topK(tf.constant(rows, 'float64'), 3);
    assert.deepEqual(v.shape, [3, 3]);
    assert.equal(i.dtype, 'int32');
    const [vv, iv] = new tf.Session().run([v, i]) as tf.NDArray[];
    const want = reference(rows, 3);
    assert.deepEqual(Array.from(vv.numeric), want.values);
    assert.deepEqual(Array.from(iv.numeric), want.indices);
    assert.equal(v.name, 'TopKV2:0');
  });
  it('works on rank 3 and on k = 0 and a fed k', () => {
    const x = randomArray([2, 3, 6], -1, 1);
    const k = tf.placeholder('int32', []);
    const [v] = tf.topK(tf.constant(x), k);
    assert.deepEqual(v.shape, [2, 3, null]);
    const out = new tf.Session().run(v, [[k, tf.NDArray.scalar(2, 'int32')]]) as tf.NDArray;
    const rows = Array.from({ length: 6 }, (_, r) => Array.from(x.numeric.slice(r * 6, r * 6 + 6)));
    assert.deepEqual(Array.from(out.numeric), reference(rows, 2).values);
    assert.deepEqual((new tf.Session().run(tf.topK(tf.constant(x), 0)[0]) as tf.NDArray).shape, [2, 3, 0]);
  });
  it('TF errors: k beyond the last dimension, negative k, scalar input', () => {
    assertThrowsText(() => tf.topK(tf.constant([1, 2, 3], 'float32'), 5), 'ValueError',
      "input must have last dimension >= k = 5 but is 3 for 'TopKV2' (op: 'TopKV2') with input shapes: [3], [].");
    assertThrowsText(() => tf.topK(tf.constant([1, 2, 3], 'float32'), -1), 'ValueError', /^Dimension size, given by scalar input 1, must be non-negative but is -1/);
    assertThrowsText(() => tf.topK(tf.constant(1, 'float32'), 1), 'ValueError', /^Shape must be at least rank 1 but is rank 0/);
    const x = tf.placeholder('float32', [null, null]);
    const [v] = tf.topK(x, 4);
    assertThrowsText(() => new tf.Session().run(v, [[x, tf.NDArray.zeros('float32', [2, 3])]]), 'InvalidArgumentError',
      /^input must have at least k columns\. Had 3, needed 4/);
  });
  it('gradient (finite differences) scatters into the chosen entries', () => {
    checkGradient(x => tf.topK(x, 2)[0], [randomArray([3, 5], -1, 1, 11)]);
    checkGradient(x => tf.topK(x, 3)[0], [randomArray([2, 2, 4], -1, 1, 12)]);
  });
});
