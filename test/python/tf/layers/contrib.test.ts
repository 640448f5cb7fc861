// tf.contrib.layers and tf.contrib.framework (TF 1.15 contrib/layers/python/layers/*.py;
// reference §3.4), and the ImportError for every other tf.contrib package.
import { strict as assert } from 'assert';
import { py, pyError, jsonLines } from './helpers';

const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';

describe('tf.contrib.layers', () => {
  it('fully_connected and conv2d: weights/biases names, MODEL_VARIABLES, ReLU and SAME padding by default', () => {
    const out = py(`${HEAD}
x = tf.placeholder(tf.float32, [None, 6, 6, 2])
net = tf.contrib.layers.conv2d(x, 4, [3, 3])
net2 = tf.contrib.layers.conv2d(net, 3, 3, stride=2, activation_fn=None)
flat = tf.contrib.layers.flatten(net2)
fc = tf.contrib.layers.fully_connected(flat, 5)
out = tf.contrib.layers.fully_connected(fc, 2, activation_fn=None, scope='logits')
print([v.name for v in tf.global_variables()])
print(len(tf.get_collection(tf.GraphKeys.MODEL_VARIABLES)), len(tf.trainable_variables()))
print(net.name, net.get_shape().as_list(), net2.get_shape().as_list(), flat.name, flat.get_shape().as_list(), fc.name, out.name)
print(tf.contrib.layers.max_pool2d(x, [2, 2]).name, tf.contrib.layers.max_pool2d(x, 2, stride=1, padding='SAME').get_shape().as_list())`);
    assert.equal(out, [
      "['Conv/weights:0', 'Conv/biases:0', 'Conv_1/weights:0', 'Conv_1/biases:0', 'fully_connected/weights:0', 'fully_connected/biases:0', 'logits/weights:0', 'logits/biases:0']",
      '8 8',
      'Conv/Relu:0 [None, 6, 6, 4] [None, 3, 3, 3] Flatten/Reshape:0 [None, 27] fully_connected/Relu:0 logits/BiasAdd:0',
      'MaxPool2D/MaxPool:0 [None, 6, 6, 2]', '',
    ].join('\n'));
  });

  it('xavier_initializer: uniform within sqrt(6/(fan_in+fan_out)); variance_scaling_initializer: truncated normal with stddev sqrt(1.3·factor/n)', () => {
    const [xavier, scaled, conv] = jsonLines(py(`${HEAD}
L = tf.contrib.layers
a = tf.get_variable('a', [300, 200], initializer=L.xavier_initializer())
b = tf.get_variable('b', [400, 300], initializer=L.variance_scaling_initializer())
c = tf.get_variable('c', [5, 5, 4, 8], initializer=L.xavier_initializer_conv2d(uniform=True))
sess = tf.Session(); sess.run(tf.global_variables_initializer())
av, bv, cv = sess.run([a, b, c])
print(json.dumps([float(np.abs(av).max()), float(av.std())]))
print(json.dumps([float(bv.std()), float(np.abs(bv).max())]))
print(json.dumps(float(np.abs(cv).max())))`)) as [number[], number[], number];
    const lim = Math.sqrt(6 / 500);
    assert.ok(xavier[0] <= lim && xavier[0] > 0.95 * lim && Math.abs(xavier[1] - lim / Math.sqrt(3)) < 0.03 * lim, String(xavier));
    const sigma = Math.sqrt(1.3 * 2 / 400);
    // A normal truncated at two standard deviations has 0.8796 of their spread.
    assert.ok(Math.abs(scaled[0] - 0.87962566 * sigma) < 0.03 * sigma && scaled[1] <= 2 * sigma, String(scaled));
    const convLim = Math.sqrt(6 / (25 * 4 + 25 * 8));
    assert.ok(conv <= convLim && conv > 0.9 * convLim, `conv fans multiply by the receptive field: ${conv} vs ${convLim}`);
  });

  it("initializer errors are TF's", () => {
    assert.equal(pyError(`${HEAD}tf.contrib.layers.variance_scaling_initializer(mode='fan_in')`),
      "TypeError: ('Unknown mode %s [FAN_IN, FAN_OUT, FAN_AVG]', 'fan_in')");
    assert.equal(pyError(`${HEAD}tf.contrib.layers.xavier_initializer(dtype=tf.int32)`),
      'TypeError: Cannot create initializer for non-floating point type.');
    assert.equal(pyError(`${HEAD}tf.contrib.layers.fully_connected(tf.ones([2, 2]), 3.0)`),
      "ValueError: num_outputs type should be one of [<class 'int'>], got <class 'float'>.");
  });

  it('l1/l2/sum regularizers and apply_regularization: values, names, REGULARIZATION_LOSSES, errors', () => {
    const [values, names] = jsonLines(py(`${HEAD}
L = tf.contrib.layers
w = tf.constant([[1.0, -2.0], [3.0, -4.0]])
l1, l2 = L.l1_regularizer(0.5)(w), L.l2_regularizer(0.1)(w)
both = L.sum_regularizer([L.l1_regularizer(0.5), L.l2_regularizer(0.1), None])(w)
total = L.apply_regularization(L.l2_regularizer(0.1), [w, 2 * w])
sess = tf.Session()
print(json.dumps([float(v) for v in sess.run([l1, l2, both, total])]))
print(json.dumps([l1.name, l2.name, total.name, [t.name for t in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)]]))`)) as [number[], unknown[]];
    const expected = [0.5 * 10, 0.1 * 30 / 2, 5 + 1.5, 0.1 * 30 / 2 + 0.1 * 120 / 2];
    values.forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-5, `${i}: ${v} vs ${expected[i]}`));
    assert.deepEqual(names, ['l1_regularizer:0', 'l2_regularizer:0', 'get_regularization_penalty:0', ['get_regularization_penalty:0']]);
    assert.equal(pyError(`${HEAD}tf.contrib.layers.l2_regularizer(1)`), 'ValueError: scale cannot be an integer: 1');
    assert.equal(pyError(`${HEAD}tf.contrib.layers.l2_regularizer(-0.5)`), 'ValueError: Setting a scale less than 0 on a regularizer: -0.5.');
    assert.equal(pyError(`${HEAD}tf.contrib.layers.l1_regularizer(-0.5)`), 'ValueError: Setting a scale less than 0 on a regularizer: -0.5');
    assert.equal(pyError(`${HEAD}tf.contrib.layers.apply_regularization(tf.contrib.layers.l1_regularizer(0.1))`), 'ValueError: No weights to regularize.');
  });

  it('batch_norm: decay 0.999, no gamma, is_training=True by default; updates in UPDATE_OPS or in place with updates_collections=None', () => {
    const [names, collected, inPlace] = jsonLines(py(`${HEAD}
x = tf.constant(np.arange(24, dtype=np.float32).reshape(4, 6))
y = tf.contrib.layers.batch_norm(x)
print(json.dumps([v.name for v in tf.global_variables()]))
mean = tf.global_variables()[1]
sess = tf.Session(); sess.run(tf.global_variables_initializer())
sess.run(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
print(json.dumps(sess.run(mean).tolist()))
z = tf.contrib.layers.batch_norm(x, updates_collections=None, scope='inplace')
sess.run(tf.global_variables_initializer())
sess.run(z)
print(json.dumps([len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)), sess.run(tf.global_variables()[4]).tolist()]))`)) as unknown[][];
    assert.deepEqual(names, ['BatchNorm/beta:0', 'BatchNorm/moving_mean:0', 'BatchNorm/moving_variance:0']);
    const batchMean = [9, 10, 11, 12, 13, 14];
    (collected as number[]).forEach((m, i) => assert.ok(Math.abs(m - 0.001 * batchMean[i]) < 1e-6, `${m}`));
    assert.equal(inPlace[0], 2);
    (inPlace[1] as number[]).forEach((m, i) => assert.ok(Math.abs(m - 0.001 * batchMean[i]) < 1e-6, `in place ${m}`));
  });

  it('optimize_loss trains with an optimizer name, class or instance; learning rate variable; global step; summaries', () => {
    const [losses, names] = jsonLines(py(`${HEAD}
np.random.seed(0)
xs = np.random.rand(64, 3).astype(np.float32)
ys = xs.dot([[1.0], [-2.0], [0.5]]).astype(np.float32) + 0.3
x, y = tf.placeholder(tf.float32, [None, 3]), tf.placeholder(tf.float32, [None, 1])
pred = tf.contrib.layers.fully_connected(x, 1, activation_fn=None)
loss = tf.losses.mean_squared_error(y, pred)
step = tf.contrib.framework.get_or_create_global_step()
train = tf.contrib.layers.optimize_loss(loss, step, learning_rate=0.1, optimizer='Adam')
sess = tf.Session(); sess.run(tf.global_variables_initializer())
first = sess.run(train, {x: xs, y: ys})
for _ in range(300): last = sess.run(train, {x: xs, y: ys})
print(json.dumps([float(first), float(last), int(sess.run(step))]))
print(json.dumps([train.name, [v.name for v in tf.global_variables() if 'learning_rate' in v.name],
                  sorted(s.op.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES))]))`)) as unknown[][];
    const [first, last, step] = losses as number[];
    assert.ok(first > 0.1 && last < 1e-3, `loss ${first} → ${last}`);
    assert.equal(step, 301);
    assert.deepEqual(names, ['OptimizeLoss/control_dependency:0', ['OptimizeLoss/learning_rate:0'], ['OptimizeLoss/global_norm/gradient_norm', 'OptimizeLoss/loss']]);
    const out = py(`${HEAD}
w = tf.Variable(3.0)
loss = tf.square(w)
a = tf.contrib.layers.optimize_loss(loss, None, 0.25, tf.train.GradientDescentOptimizer, summaries=[])
b = tf.contrib.layers.optimize_loss(loss, None, None, tf.train.GradientDescentOptimizer(0.25), summaries=[], name='B')
sess = tf.Session(); sess.run(tf.global_variables_initializer())
sess.run(a); sess.run(b)
print(sess.run(w))`);
    assert.equal(out, '0.75\n');
    assert.equal(pyError(`${HEAD}w = tf.Variable(1.0)\ntf.contrib.layers.optimize_loss(w * w, None, 0.1, 'Adadelta')`),
      'ValueError: Optimizer name should be one of [Adagrad, Adam, Ftrl, Momentum, RMSProp, SGD], you provided Adadelta.');
    assert.equal(pyError(`${HEAD}w = tf.Variable(1.0)\ntf.contrib.layers.optimize_loss(w * w, None, 0.1, 'SGD', gradient_noise_scale=1.0)`),
      "NotImplementedError: optimize_loss() argument 'gradient_noise_scale' is not supported by Gradbook");
  });
});

describe('tf.contrib.framework', () => {
  it('arg_scope gives defaults to the contrib layer functions; explicit arguments win; only decorated functions', () => {
    const out = py(`${HEAD}
from tensorflow.contrib.framework import arg_scope
import tensorflow.contrib.layers as layers
x = tf.placeholder(tf.float32, [None, 4])
with arg_scope([layers.fully_connected], activation_fn=tf.nn.tanh, weights_regularizer=layers.l2_regularizer(0.1)):
    a = layers.fully_connected(x, 3)
    b = layers.fully_connected(x, 3, activation_fn=None)
c = layers.fully_connected(x, 3)
print(a.name, b.name, c.name, len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))`);
    assert.equal(out, 'fully_connected/Tanh:0 fully_connected_1/BiasAdd:0 fully_connected_2/Relu:0 2\n');
    assert.equal(pyError(`${HEAD}with tf.contrib.framework.arg_scope([tf.nn.relu], x=1): pass`),
      'ValueError: relu is not decorated with @add_arg_scope');
  });

  it('get_or_create_global_step and the variable helpers', () => {
    const out = py(`${HEAD}
step = tf.contrib.framework.get_or_create_global_step()
same = tf.contrib.framework.get_or_create_global_step()
with tf.variable_scope('enc'):
    tf.contrib.layers.fully_connected(tf.ones([2, 2]), 2)
F = tf.contrib.framework
print(step.name, step is same or step.name == same.name, [v.name for v in F.get_variables('enc')],
      [v.name for v in F.get_model_variables()], F.get_unique_variable('enc/fully_connected/biases').name,
      [v.name for v in F.get_variables_by_name('weights')])`);
    assert.equal(out, "global_step:0 True ['enc/fully_connected/weights:0', 'enc/fully_connected/biases:0'] ['enc/fully_connected/weights:0', 'enc/fully_connected/biases:0'] enc/fully_connected/biases:0 ['enc/fully_connected/weights:0']\n");
  });
});

describe('tf.contrib packages Gradbook does not have', () => {
  const text = (name: string) => `ImportError: tensorflow.contrib.${name} is not supported by Gradbook (supported tf.contrib packages: rnn, seq2seq, legacy_seq2seq, layers, framework, learn, estimator, losses, metrics)`;
  it('import tensorflow.contrib.slim and from tensorflow.contrib import opt raise ImportError naming the package', () => {
    assert.equal(pyError('import tensorflow.contrib.slim as slim'), text('slim'));
    assert.equal(pyError('from tensorflow.contrib import opt'), text('opt'));
    assert.equal(pyError('from tensorflow.contrib.factorization import KMeans'), text('factorization'));
  });
  it('reaching one as an attribute (tf.contrib.tensor_forest, or an unknown name) raises the same ImportError, not an AttributeError', () => {
    assert.equal(pyError('import tensorflow as tf\ntf.contrib.tensor_forest.python'), text('tensor_forest'));
    assert.equal(pyError('import tensorflow as tf\ntf.contrib.boosted_trees'), text('boosted_trees'));
    assert.equal(pyError('import tensorflow as tf\ntf.contrib.no_such_thing'), text('no_such_thing'));
    assert.equal(py('import tensorflow as tf\nprint(hasattr(tf.contrib, "__wrapped__"), hasattr(tf.contrib, "layers"))'), 'False True\n');
  });
  it('importing an unknown tensorflow.contrib module says there is no such module', () => {
    assert.equal(pyError('import tensorflow.contrib.no_such_thing'), "ModuleNotFoundError: No module named 'tensorflow.contrib.no_such_thing'");
  });
});
