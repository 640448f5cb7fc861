// tf.layers naming, variables, collections, reuse and errors (TF 1.15 layers/base.py behaviour;
// see /work/shared/reference/tf1-layers-rnn-data.md §3.1–3.3).
import { strict as assert } from 'assert';
import { py, pyError, jsonLines } from './helpers';

const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';

describe('tf.layers: names, variables and collections', () => {
  it('default names come from the variable-scope counter: dense, dense_1, conv2d, conv2d_1; ops in the same scope', () => {
    const out = py(`${HEAD}
x = tf.placeholder(tf.float32, [None, 8, 8, 3])
h = tf.layers.conv2d(x, 4, 3, activation=tf.nn.relu)
h = tf.layers.conv2d(h, 5, (3, 3))
h = tf.layers.flatten(h)
a = tf.layers.dense(h, 7, activation=tf.nn.relu)
b = tf.layers.dense(a, 2)
for v in tf.global_variables(): print(v.name, v.get_shape().as_list())
print(a.name, b.name, h.get_shape().as_list())
print(sorted(o.name for o in tf.get_default_graph().get_operations() if o.name.startswith('dense/')))`);
    const lines = out.trim().split('\n');
    assert.deepEqual(lines.slice(0, 9), [
      'conv2d/kernel:0 [3, 3, 3, 4]', 'conv2d/bias:0 [4]', 'conv2d_1/kernel:0 [3, 3, 4, 5]', 'conv2d_1/bias:0 [5]',
      'dense/kernel:0 [80, 7]', 'dense/bias:0 [7]', 'dense_1/kernel:0 [7, 2]', 'dense_1/bias:0 [2]',
      'dense/Relu:0 dense_1/BiasAdd:0 [None, 80]',
    ]);
    for (const op of ['dense/MatMul', 'dense/BiasAdd', 'dense/Relu']) assert.ok(lines[9].includes(`'${op}'`), op);
  });

  it('default initializers: glorot-uniform kernels (within ±sqrt(6/(fan_in+fan_out)), spread out) and zero biases', () => {
    const [stats] = jsonLines(py(`${HEAD}
y = tf.layers.dense(tf.zeros([1, 300]), 200)
k, b = tf.global_variables()
sess = tf.Session(); sess.run(tf.global_variables_initializer())
kv, bv = sess.run([k, b])
print(json.dumps([float(np.abs(kv).max()), float(kv.std()), float(np.abs(bv).max())]))`)) as number[][];
    const limit = Math.sqrt(6 / 500);
    assert.ok(stats[0] <= limit && stats[0] > 0.95 * limit, `max |w| ${stats[0]} vs limit ${limit}`);
    assert.ok(Math.abs(stats[1] - limit / Math.sqrt(3)) < 0.03 * limit, `std ${stats[1]}`);
    assert.equal(stats[2], 0);
  });

  it("name='fc' names the scope; a second call without reuse fails in get_variable, reuse=True and AUTO_REUSE share", () => {
    const out = py(`${HEAD}
x = tf.placeholder(tf.float32, [None, 4])
a = tf.layers.dense(x, 3, name='fc')
b = tf.layers.dense(x, 3, name='fc', reuse=True)
c = tf.layers.dense(x, 3, name='fc', reuse=tf.AUTO_REUSE)
print([v.name for v in tf.global_variables()])
try:
    tf.layers.dense(x, 3, name='fc')
except ValueError as e:
    print(str(e).split('.')[0])`);
    assert.equal(out, "['fc/kernel:0', 'fc/bias:0']\nVariable fc/kernel already exists, disallowed\n");
  });

  it('a layer object called twice reuses its variables; a model function re-entered with reuse=True shares them', () => {
    const out = py(`${HEAD}
x = tf.placeholder(tf.float32, [None, 4])
layer = tf.layers.Dense(3, activation='relu')
y1, y2 = layer(x), layer(x)
print(len(tf.global_variables()), layer.name, [v.name for v in layer.trainable_variables], y2.name)
def model(inputs):
    h = tf.layers.dense(inputs, 5, activation=tf.nn.relu)
    return tf.layers.dense(h, 2)
with tf.variable_scope('model'):
    train_logits = model(x)
with tf.variable_scope('model', reuse=True):
    test_logits = model(x)
print([v.name for v in tf.global_variables()][2:])`);
    assert.equal(out, "2 dense ['dense/kernel:0', 'dense/bias:0'] dense/Relu_1:0\n['model/dense/kernel:0', 'model/dense/bias:0', 'model/dense_1/kernel:0', 'model/dense_1/bias:0']\n");
  });

  it('kernel_regularizer adds its loss to REGULARIZATION_LOSSES (not to the loss); use_bias=False; trainable=False', () => {
    const [names, value, ref, trainable] = jsonLines(py(`${HEAD}
x = tf.placeholder(tf.float32, [None, 4])
y = tf.layers.dense(x, 3, use_bias=False, kernel_regularizer=tf.contrib.layers.l2_regularizer(0.1))
z = tf.layers.dense(x, 2, trainable=False)
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(json.dumps([v.name for v in tf.global_variables()]))
sess = tf.Session(); sess.run(tf.global_variables_initializer())
print(json.dumps(float(sess.run(tf.losses.get_regularization_loss()))))
print(json.dumps(float(0.1 * (sess.run(tf.global_variables()[0]) ** 2).sum() / 2)))
print(json.dumps([v.name for v in tf.trainable_variables()]))`));
    assert.deepEqual(names, ['dense/kernel:0', 'dense_1/kernel:0', 'dense_1/bias:0']);
    assert.ok(Math.abs((value as number) - (ref as number)) < 1e-6 && (ref as number) > 0);
    assert.deepEqual(trainable, ['dense/kernel:0']);
  });

  it('batch_normalization variables: gamma and beta trainable, moving statistics only global', () => {
    const out = py(`${HEAD}
y = tf.layers.batch_normalization(tf.placeholder(tf.float32, [None, 4, 4, 3]), training=True)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([u.name for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
y2 = tf.layers.batch_normalization(tf.placeholder(tf.float32, [None, 3]))
print(len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)), y2.get_shape().as_list())`);
    assert.equal(out, [
      "['batch_normalization/gamma:0', 'batch_normalization/beta:0', 'batch_normalization/moving_mean:0', 'batch_normalization/moving_variance:0']",
      "['batch_normalization/gamma:0', 'batch_normalization/beta:0']",
      "['batch_normalization/AssignMovingAvg:0', 'batch_normalization/AssignMovingAvg_1:0']",
      '2 [None, 3]', '',
    ].join('\n'));
  });

  it('dropout: identity by default (training=False); with training=True keeps about 1-rate, scaled by 1/(1-rate); a bool tensor switches', () => {
    const [dflt, dropped, fed] = jsonLines(py(`${HEAD}
x = tf.ones([100, 100])
training = tf.placeholder(tf.bool, [])
sess = tf.Session()
print(json.dumps(sess.run(tf.layers.dropout(x, 0.3)).tolist() == sess.run(x).tolist()))
v = sess.run(tf.layers.dropout(x, rate=0.3, training=True))
print(json.dumps([float((v == 0).mean()), sorted(set(np.round(v.ravel().astype(np.float64), 5).tolist()))]))
t = tf.layers.Dropout(0.5)(x, training=training)
print(json.dumps([float((sess.run(t, {training: False}) == 0).mean()), float((sess.run(t, {training: True}) == 0).mean())]))`)) as unknown[];
    assert.equal(dflt, true);
    const [zeros, values] = dropped as [number, number[]];
    assert.ok(Math.abs(zeros - 0.3) < 0.03, `dropped ${zeros}`);
    assert.deepEqual(values, [0, 1.42857]);
    const [off, on] = fed as number[];
    assert.equal(off, 0);
    assert.ok(Math.abs(on - 0.5) < 0.03);
  });

  it('static shapes: flatten keeps known sizes, conv2d_transpose with an unknown batch, padding is case-insensitive', () => {
    const out = py(`${HEAD}
x = tf.placeholder(tf.float32, [None, 5, 6, 2])
print(tf.layers.flatten(x).get_shape().as_list())
print(tf.layers.conv2d_transpose(x, 4, 3, strides=2, padding='SaMe').get_shape().as_list())
print(tf.layers.conv2d_transpose(x, 4, 3, strides=2).get_shape().as_list())
print(tf.layers.max_pooling2d(x, 2, 2, padding='SAME').get_shape().as_list())
print(tf.layers.conv1d(tf.placeholder(tf.float32, [None, 10, 3]), 6, 3).get_shape().as_list())`);
    assert.equal(out, '[None, 60]\n[None, 10, 12, 4]\n[None, 11, 13, 4]\n[None, 3, 3, 2]\n[None, 8, 6]\n');
  });

  it('a user subclass of tf.layers.Layer builds its variables in its own scope', () => {
    const out = py(`${HEAD}
class Scale(tf.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight('w', [input_shape.as_list()[-1]], initializer=tf.ones_initializer())
        self.built = True
    def call(self, inputs):
        return inputs * self.w
y = Scale()(tf.constant([[1.0, 2.0]]))
sess = tf.Session(); sess.run(tf.global_variables_initializer())
print(tf.global_variables()[0].name, sess.run(y).tolist())`);
    assert.equal(out, 'scale/w:0 [[1.0, 2.0]]\n');
  });
});

describe('tf.layers: errors', () => {
  const x = 'x = tf.placeholder(tf.float32, [None, 8, 8, 3])\n';
  it("data_format='channels_first' reads the channels from axis 1 (values: channels_first.test.ts)", () => {
    const out = py(`${HEAD}${x}y = tf.layers.conv2d(x, 4, 3, data_format='channels_first')
print(tf.global_variables()[0].get_shape(), y.get_shape())`);
    assert.equal(out, '(3, 3, 8, 4) (?, 4, 6, 1)\n');
  });
  it('activity_regularizer and renorm are refused by name', () => {
    assert.equal(pyError(`${HEAD}tf.layers.dense(tf.ones([2, 2]), 3, activity_regularizer=tf.nn.l2_loss)`),
      "NotImplementedError: dense() argument 'activity_regularizer' is not supported by Gradbook: activity regularizers");
    assert.equal(pyError(`${HEAD}tf.layers.BatchNormalization(renorm=True)`),
      "NotImplementedError: BatchNormalization() argument 'renorm' is not supported by Gradbook: batch renormalization");
  });
  it("an unknown padding names the accepted values; a bad kernel_size says what it needs", () => {
    assert.equal(pyError(`${HEAD}${x}tf.layers.conv2d(x, 4, 3, padding='full')`),
      'ValueError: The `padding` argument must be one of "valid", "same" (or "causal", only for `Conv1D). Received: full');
    assert.equal(pyError(`${HEAD}${x}tf.layers.conv2d(x, 4, (3, 3, 3))`),
      'ValueError: The `kernel_size` argument must be a tuple of 2 integers. Received: (3, 3, 3)');
  });
  it('dense on an input whose last dimension is unknown', () => {
    assert.equal(pyError(`${HEAD}tf.layers.dense(tf.placeholder(tf.float32, [None, None]), 3)`),
      'ValueError: The last dimension of the inputs to `Dense` should be defined. Found `None`.');
  });
  it('pooling needs strides (no default in tf.layers)', () => {
    assert.equal(pyError(`${HEAD}${x}tf.layers.max_pooling2d(x, 2)`),
      "TypeError: max_pooling2d() missing 1 required positional argument: 'strides'");
  });
});
