// tf.keras basics in TF 1.15 graph mode (reference §3.5): layer names unique per graph and
// independent of variable scopes, variables under the layer's name scope, the learning phase,
// Sequential as a callable, initializers/activations/regularizers, and what is not supported.
import { strict as assert } from 'assert';
import { py, pyError, jsonLines } from './helpers';

const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';

describe('tf.keras in graph mode', () => {
  it('names layers dense, dense_1 from construction, not from variable scopes; variables are dense/kernel:0', () => {
    const out = py(`${HEAD}
from tensorflow.keras.layers import Dense, Conv2D, MaxPool2D, Flatten
x = tf.placeholder(tf.float32, [None, 6, 6, 1])
first, second = Dense(4), Dense(2, activation='softmax')
print(first.name, second.name)
h = Conv2D(3, 3, activation='relu', input_shape=(6, 6, 1))(x)
h = MaxPool2D()(h)
h = Flatten()(h)
with tf.variable_scope('head'):
    y = second(first(h))
print([v.name for v in tf.global_variables()])
print(h.get_shape().as_list(), y.name, y.get_shape().as_list())`);
    assert.equal(out, [
      'dense dense_1',
      "['conv2d/kernel:0', 'conv2d/bias:0', 'head/dense/kernel:0', 'head/dense/bias:0', 'head/dense_1/kernel:0', 'head/dense_1/bias:0']",
      '[None, 12] head/dense_1/Softmax:0 [None, 2]', '',
    ].join('\n'));
  });

  it('Dropout follows the learning phase: identity by default, dropping when it is fed True or training=True', () => {
    const [plain, fed, explicit] = jsonLines(py(`${HEAD}
K = tf.keras.backend
x = tf.ones([50, 40])
y = tf.keras.layers.Dropout(0.5)(x)
z = tf.keras.layers.Dropout(0.5)(x, training=True)
sess = tf.Session()
print(json.dumps(float((sess.run(y) == 0).mean())))
print(json.dumps(float((sess.run(y, {K.learning_phase(): True}) == 0).mean())))
print(json.dumps(float((sess.run(z) == 0).mean())))`)) as number[];
    assert.equal(plain, 0);
    assert.ok(Math.abs(fed - 0.5) < 0.05, String(fed));
    assert.ok(Math.abs(explicit - 0.5) < 0.05, String(explicit));
  });

  it('Sequential applies its layers in its own name scope and trains with a tf.train optimizer', () => {
    const [names, losses] = jsonLines(py(`${HEAD}
np.random.seed(1)
xs = np.random.rand(100, 2).astype(np.float32)
ys = (xs[:, 0] > xs[:, 1]).astype(np.int64)
model = tf.keras.Sequential([tf.keras.layers.Dense(16, activation='relu', input_shape=(2,)), tf.keras.layers.Dense(2)])
x, y = tf.placeholder(tf.float32, [None, 2]), tf.placeholder(tf.int64, [None])
logits = model(x)
loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
print(json.dumps([v.name for v in model.trainable_variables]))
sess = tf.Session(); sess.run(tf.global_variables_initializer())
first = sess.run(loss, {x: xs, y: ys})
for _ in range(200): sess.run(train, {x: xs, y: ys})
print(json.dumps([float(first), float(sess.run(loss, {x: xs, y: ys}))]))`)) as [string[], number[]];
    assert.deepEqual(names, ['sequential/dense/kernel:0', 'sequential/dense/bias:0', 'sequential/dense_1/kernel:0', 'sequential/dense_1/bias:0']);
    assert.ok(losses[1] < 0.2 && losses[1] < losses[0] / 3, String(losses));
  });

  it('Keras training options Gradbook lacks raise NotImplementedError naming the argument', () => {
    assert.equal(pyError(`${HEAD}m = tf.keras.Sequential([tf.keras.layers.Dense(1)])\nm.compile(optimizer='sgd', loss='mse', loss_weights=[1.])`),
      "NotImplementedError: compile() argument 'loss_weights' is not supported by Gradbook");
    assert.match(pyError(`${HEAD}m = tf.keras.Sequential([tf.keras.layers.Dense(1)])\nm.save('m.h5')`), /^NotImplementedError: Model.save is not supported by Gradbook/);
  });

  it('initializers by name and object, Keras defaults (RandomNormal stddev 0.05), regularizers without the ½, activations', () => {
    const [stats, reg, acts, inputName] = jsonLines(py(`${HEAD}
I = tf.keras.initializers
a = tf.keras.layers.Dense(200, kernel_initializer='he_normal', bias_initializer=I.Constant(0.5))
ya = a(tf.zeros([1, 400]))
b = tf.keras.layers.Dense(300, kernel_initializer=I.RandomNormal())
yb = b(tf.zeros([1, 300]))
c = tf.keras.layers.Dense(2, kernel_initializer='ones', kernel_regularizer=tf.keras.regularizers.l2(0.01))
yc = c(tf.zeros([1, 3]))
sess = tf.Session(); sess.run(tf.global_variables_initializer())
ka, ba, kb = sess.run([a.kernel, a.bias, b.kernel])
print(json.dumps([float(ka.std()), float(ba.min()), float(kb.std())]))
print(json.dumps(float(sess.run(c.losses[0]))))
A = tf.keras.activations
print(json.dumps([float(v) for v in sess.run([A.relu(-1.0), A.get('sigmoid')(0.0), A.hard_sigmoid(1.0), A.linear(tf.constant(3.0))])]))
print(json.dumps(tf.keras.Input(shape=(3,)).name))`)) as unknown[];
    const [heStd, bias, normalStd] = stats as number[];
    // TF's core variance scaling widens the truncated normal so the samples' spread is sqrt(2/fan_in).
    const he = Math.sqrt(2 / 400);
    assert.ok(Math.abs(heStd - he) < 0.05 * he, `he_normal ${heStd} vs ${he}`);
    assert.equal(bias, 0.5);
    assert.ok(Math.abs(normalStd - 0.05) < 0.003, String(normalStd));
    assert.ok(Math.abs((reg as number) - 0.01 * 6) < 1e-7, String(reg));
    assert.deepEqual((acts as number[]).map(v => Math.round(v * 1e6) / 1e6), [0, 0.5, 0.7, 3]);
    assert.equal(inputName, 'input_1:0');
    assert.equal(pyError(`${HEAD}tf.keras.activations.get('swishy')`), 'ValueError: Unknown activation function:swishy');
  });
});
