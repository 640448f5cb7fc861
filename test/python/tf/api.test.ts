// The tf module as TF1 users see it from Python: reprs, shapes, names, sessions, scopes.
import { strict as assert } from 'assert';
import { py } from './layers/helpers';

describe('tf from Python', () => {
  it('prints TF1 reprs of tensors, variables, dtypes and shapes', () => {
    const out = py([
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float32, [None, 784])',
      'w = tf.Variable(tf.zeros([784, 10]))',
      'y = tf.matmul(x, w)',
      'print(repr(y)); print(y); print(repr(w))',
      'print(w.dtype, repr(w.dtype), y.dtype.name, w.dtype.base_dtype)',
      'print(y.shape, y.get_shape().as_list(), y.shape[1], int(y.shape[1]), y.shape.ndims)',
      'print(w.name, w.op.name, w.op.type, w.initializer.name, w.value().name)',
      'print(y.op.type, [t.name for t in y.op.inputs])',
    ]);
    assert.equal(out, [
      "<tf.Tensor 'MatMul:0' shape=(?, 10) dtype=float32>",
      'Tensor("MatMul:0", shape=(?, 10), dtype=float32)',
      "<tf.Variable 'Variable:0' shape=(784, 10) dtype=float32_ref>",
      "<dtype: 'float32_ref'> tf.float32_ref float32 <dtype: 'float32'>",
      '(?, 10) [None, 10] 10 10 2',
      'Variable:0 Variable VariableV2 Variable/Assign Variable/read:0',
      "MatMul ['Placeholder:0', 'Variable/read:0']",
      '',
    ].join('\n'));
  });

  it('names Python operators and scopes like TF1', () => {
    const out = py([
      'import tensorflow as tf',
      'a = tf.constant(1.0); b = tf.constant(2.0)',
      'print((a + b).name, (a * 2).name, (2 * a).op.inputs[0].name, (-a).name, (a / b).name)',
      'with tf.name_scope("hidden1") as scope:',
      '    v = tf.Variable(tf.zeros([2]), name="weights")',
      '    print(scope, v.name)',
      'with tf.name_scope("hidden1"):',
      '    print(tf.Variable(tf.zeros([2]), name="weights").name)',
      'with tf.variable_scope("layer"):',
      '    g = tf.get_variable("w", [3, 2], initializer=tf.zeros_initializer())',
      'print(g.name, g.shape)',
      'with tf.variable_scope("layer", reuse=True):',
      '    print(tf.get_variable("w") is g)',
      'try:',
      '    tf.get_variable("layer/w", [3, 2])',
      '    with tf.variable_scope("layer"):',
      '        tf.get_variable("w", [3, 2])',
      'except ValueError as e:',
      '    print(str(e).split(",")[0])',
    ]);
    assert.equal(out, [
      'add:0 mul:0 mul_1/x:0 Neg:0 truediv:0',
      'hidden1/ hidden1/weights:0',
      'hidden1_1/weights:0',
      'layer/w:0 (3, 2)',
      'True',
      'Variable layer/w already exists',
      '',
    ].join('\n'));
  });

  it('runs sessions: fetch structures, eval/run with a default session, InteractiveSession', () => {
    const out = py([
      'import tensorflow.compat.v1 as tf',
      'tf.disable_v2_behavior()',
      'a = tf.constant([1.0, 2.0]); b = a * 3',
      'with tf.Session() as sess:',
      '    r = sess.run({"a": a, "pair": (a, b)})',
      '    print(r["a"], r["pair"][1], type(r["pair"]).__name__)',
      '    print(b.eval(), tf.no_op().run())',
      '    print(sess.run(tf.reduce_sum(b)), type(sess.run(tf.reduce_sum(b))).__name__)',
      'isess = tf.InteractiveSession()',
      'print(tf.get_default_session() is isess, (a + 1).eval())',
      'isess.close()',
      'try:',
      '    b.eval()',
      'except ValueError as e:',
      '    print(str(e)[:45])',
    ]);
    assert.equal(out, [
      '[1. 2.] [3. 6.] tuple',
      '[3. 6.] None',
      '9.0 float32',
      'True [2. 3.]',
      'Cannot evaluate tensor using `eval()`: No def',
      '',
    ].join('\n'));
  });

  it('seeded random ops repeat in a fresh session; unseeded graph seed makes them deterministic', () => {
    const out = py([
      'import tensorflow as tf',
      'tf.set_random_seed(42)',
      'r = tf.random_normal([3])',
      'u = tf.random_uniform([2], 5, 6)',
      'with tf.Session() as s1:',
      '    a1 = s1.run(r); a2 = s1.run(r); ua = s1.run(u)',
      'with tf.Session() as s2:',
      '    b1 = s2.run(r)',
      'print((a1 == b1).all(), (a1 == a2).all(), bool(((ua >= 5) & (ua < 6)).all()))',
    ]);
    assert.equal(out, 'True False True\n');
  });
});
