// tf.TensorArray in the engine: write/read/stack/unstack/gather/scatter/concat/split/size,
// TF's run-time error texts, shape inference, and gradients (finite differences) through the
// array both outside and inside a while loop (the dynamic_rnn pattern).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';

const i32 = (v: number) => tf.constant(v, 'int32');
const values = (t: tf.Tensor) => Array.from((new tf.Session().run(t) as tf.NDArray).numeric);
const shapeOf = (t: tf.Tensor) => (new tf.Session().run(t) as tf.NDArray).shape;

describe('control flow: TensorArray', () => {
  beforeEach(() => clearDefaultGraphState());

  it('writes, reads, stacks and reports its size', () => {
    const ta = new tf.TensorArray({ dtype: 'float32', size: 3 }).write(0, tf.constant([1, 2])).write(1, tf.constant([3, 4])).write(2, tf.constant([5, 6]));
    assert.deepEqual(values(ta.stack()), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(shapeOf(ta.stack()), [3, 2]);
    assert.deepEqual(ta.stack().shape, [null, 2]);
    assert.deepEqual(values(ta.read(1)), [3, 4]);
    assert.deepEqual(values(ta.size()), [3]);
    assert.equal(ta.handle.op.name, 'TensorArray');
  });

  it('unstacks, gathers, scatters, splits and concatenates', () => {
    const x = tf.constant(tf.NDArray.from([[1, 2], [3, 4], [5, 6]], 'float32'));
    const u = new tf.TensorArray({ dtype: 'float32', size: 3 }).unstack(x);
    assert.deepEqual(values(u.gather([2, 0])), [5, 6, 1, 2]);
    const s = new tf.TensorArray({ dtype: 'float32', size: 3 }).scatter([2, 0, 1], x);
    assert.deepEqual(values(s.stack()), [3, 4, 5, 6, 1, 2]);
    const sp = new tf.TensorArray({ dtype: 'float32', size: 2, inferShape: false }).split(x, tf.constant(tf.NDArray.from([1, 2], 'int64')));
    assert.deepEqual(shapeOf(sp.read(1)), [2, 2]);
    assert.deepEqual(values(sp.concat()), [1, 2, 3, 4, 5, 6]);
  });

  it('infers the element shape from writes and rejects an inconsistent one', () => {
    const ta = new tf.TensorArray({ dtype: 'float32', size: 2 }).write(0, tf.zeros([2, 3]));
    assert.deepEqual(ta.read(1).shape, [2, 3]);
    assert.throws(() => ta.write(1, tf.zeros([3])), (e: Error) => e.message === 'Inconsistent shapes: saw (3,) but expected (2, 3) ');
  });

  it('raises TF\'s run-time errors', () => {
    const ta = new tf.TensorArray({ dtype: 'float32', size: 2, tensorArrayName: 'foo' });
    assert.throws(() => values(ta.write(5, tf.constant(1)).flow), /TensorArray foo: Tried to write to index 5 but array is not resizeable and size is: 2/);
    const twice = ta.write(0, tf.constant(1)).write(0, tf.constant(2));
    assert.throws(() => values(twice.flow), /TensorArray foo: Could not write to TensorArray index 0 because it has already been written to\./);
    const w = ta.write(0, tf.constant(1));
    assert.throws(() => values(tf.add(w.read(0), w.read(0))), /Could not read index 0 twice because it was cleared after a previous read \(perhaps try setting clear_after_read = false\?\)/);
    assert.throws(() => values(w.read(7)), /Tried to read from index 7 but array size is: 2/);
    assert.deepEqual(values(new tf.TensorArray({ dtype: 'float32', size: 2, elementShape: [2] }).read(1)), [0, 0]);
    assert.throws(() => new tf.TensorArray({ dtype: 'float32' }), /Size must be provided if handle is not provided/);
  });

  it('grows when dynamic_size=True', () => {
    const ta = new tf.TensorArray({ dtype: 'int32', size: 0, dynamicSize: true });
    const [, out] = tf.whileLoop(([i]) => tf.less(i, 4), ([i, f]) => [tf.add(i, 1), ta.withFlow(f).write(i, tf.multiply(i, i)).flow], [i32(0), ta.flow]);
    assert.deepEqual(values(ta.withFlow(out).stack()), [0, 1, 4, 9]);
  });

  describe('gradients (finite differences)', () => {
    it('through unstack and read, and through split and concat', () => {
      checkGradient(x => {
        const ta = new tf.TensorArray({ dtype: 'float64', size: 3 }).unstack(x);
        return tf.add(tf.multiply(ta.read(0), ta.read(2)), tf.sin(ta.read(1)));
      }, [randomArray([3, 2])]);
      checkGradient(x => {
        const ta = new tf.TensorArray({ dtype: 'float64', size: 2, inferShape: false }).split(x, tf.constant(tf.NDArray.from([1, 2], 'int64')));
        return tf.square(ta.concat());
      }, [randomArray([3, 2])]);
    });

    it('through a loop that reads one array and writes another (dynamic_rnn\'s pattern)', () =>
      checkGradient((x, W) => {
        const input = new tf.TensorArray({ dtype: 'float64', size: 3 }).unstack(x);
        const output = new tf.TensorArray({ dtype: 'float64', size: 3 });
        const [, flow] = tf.whileLoop(([t]) => tf.less(t, 3), ([t, f, h]) => {
          const hn = tf.tanh(tf.add(tf.matmul(input.read(t), W), tf.matmul(h, W)));
          return [tf.add(t, 1), output.withFlow(f).write(t, hn).flow, hn];
        }, [i32(0), output.flow, tf.zeros([2, 2], 'float64')]);
        return output.withFlow(flow).stack();
      }, [randomArray([3, 2, 2]), randomArray([2, 2], -0.7, 0.7, 21)]));

    it('of a scatter followed by a gather', () =>
      checkGradient(x => new tf.TensorArray({ dtype: 'float64', size: 3 }).scatter([1, 2, 0], x).gather([0, 2]), [randomArray([3, 2])]));
  });
});
