// Methods and callables of tf host objects bound from signature tables (TF 1.15's parameter names
// and defaults): arguments they used to ignore now raise CPython's TypeError or, for an argument
// Gradbook does not implement, NotImplementedError naming it.
import assert from 'node:assert/strict';
import { run, errorOf } from '../helpers';

const out = (lines: string[]) => {
  const r = run(['import tensorflow as tf', ...lines].join('\n'));
  assert.ok(r.result.ok, r.stderr);
  return r.stdout;
};
const error = (lines: string[]) => {
  const e = errorOf(run(['import tensorflow as tf', ...lines].join('\n')).result);
  return `${e.ename}: ${e.evalue}`;
};

describe('tf host objects bound from signature tables', () => {
  it('TensorShape methods keep their results and take other= by keyword', () => {
    assert.equal(out([
      's = tf.TensorShape([None, 3])',
      'print(s.as_list(), s.is_fully_defined(), s.num_elements(), tf.TensorShape([2, 3]).num_elements())',
      'print(s.is_compatible_with(other=[4, 3]), s.is_compatible_with([4, 2]), s.merge_with(other=[4, None]).as_list())',
    ]), '[None, 3] False None 6\nTrue False [4, 3]\n');
  });

  it('TensorShape methods refuse extra arguments with CPython texts', () => {
    assert.equal(error(['tf.TensorShape([2]).as_list(1)']), 'TypeError: TensorShape.as_list() takes 1 positional argument but 2 were given');
    assert.equal(error(['tf.TensorShape([2]).merge_with()']), "TypeError: TensorShape.merge_with() missing 1 required positional argument: 'other'");
    assert.equal(error(['tf.TensorShape(None).as_list()']), 'ValueError: as_list() is not defined on an unknown TensorShape.');
  });

  it('Tensor and Operation methods bind feed_dict and session by keyword', () => {
    assert.equal(out([
      'x = tf.placeholder(tf.float32, [None])',
      'y = x * 2',
      'with tf.Session() as sess:',
      '    print(y.eval(feed_dict={x: [1, 2]}), y.eval(session=sess, feed_dict={x: [3]}))',
      '    print(y.get_shape(), [c.type for c in x.consumers()], x.op.get_attr(name="dtype"))',
      '    y.set_shape(shape=[2])',
      '    print(y.shape)',
    ]), "[2. 4.] [6.]\n(?,) ['Mul'] <dtype: 'float32'>\n(2,)\n");
  });

  it('Tensor.eval refuses an unknown keyword', () => {
    assert.equal(error(['x = tf.constant(1.0)', 'with tf.Session():', '    x.eval(feeds={})']), "TypeError: Tensor.eval() got an unexpected keyword argument 'feeds'");
  });

  it("Session.make_callable's callable takes run_metadata and refuses other keywords", () => {
    assert.equal(out([
      'x = tf.placeholder(tf.float32, [])',
      'with tf.Session() as sess:',
      '    f = sess.make_callable(x * 3, [x])',
      '    print(f(2.0), f(1.0, run_metadata=None), f.__name__)',
    ]), '6.0 3.0 _callable\n');
    assert.equal(error([
      'x = tf.placeholder(tf.float32, [])',
      'with tf.Session() as sess:',
      '    sess.make_callable(x, [x])(1.0, options=None)',
    ]), "TypeError: _callable() got an unexpected keyword argument 'options'");
  });

  it('tf.losses.Reduction.all and validate', () => {
    assert.equal(out(['print(len(tf.losses.Reduction.all()), tf.losses.Reduction.validate(key="weighted_sum"))']), '6 None\n');
    assert.equal(error(['tf.losses.Reduction.validate()']), "TypeError: validate() missing 1 required positional argument: 'key'");
  });

  it('OpError constructors bind as methods of a Python class', () => {
    assert.equal(error(["tf.errors.NotFoundError(None, None, 'm', 5)"]), 'TypeError: NotFoundError.__init__() takes 4 positional arguments but 5 were given');
    assert.equal(out(["print(tf.errors.UnknownError(None, None, 'u', error_code=7).error_code)"]), '7\n');
  });

  it('tf.gradients takes its TF 1.15 keywords', () => {
    assert.equal(out([
      'x = tf.constant(3.0)',
      'y = x * x',
      'g = tf.gradients(ys=y, xs=[x], gate_gradients=True, colocate_gradients_with_ops=True)',
      'with tf.Session() as sess:',
      '    print(sess.run(g), g[0].name.startswith("gradients/"))',
    ]), '[6.0] True\n');
    assert.equal(error(['tf.gradients(tf.constant(1.0))']), "TypeError: gradients() missing 1 required positional argument: 'xs'");
  });

  it('the runner threads are threading.Thread-like', () => {
    assert.equal(out([
      'q = tf.FIFOQueue(4, tf.float32)',
      'qr = tf.train.QueueRunner(q, [q.enqueue(1.0)])',
      'with tf.Session() as sess:',
      '    coord = tf.train.Coordinator()',
      '    threads = qr.create_threads(sess, coord=coord, start=True)',
      '    print(threads[0].is_alive(), threads[0].join(timeout=1))',
      '    coord.request_stop()',
      '    coord.join(threads)',
    ]), 'True None\n');
    assert.equal(error([
      'q = tf.FIFOQueue(4, tf.float32)',
      'qr = tf.train.QueueRunner(q, [q.enqueue(1.0)])',
      'with tf.Session() as sess:',
      '    qr.create_threads(sess, start=True)[0].is_alive(1)',
    ]), 'TypeError: Thread.is_alive() takes 1 positional argument but 2 were given');
  });
});
