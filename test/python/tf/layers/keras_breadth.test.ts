// tf.keras pieces the wave-12 corpus programs use: Sequential.predict_classes / predict_proba
// (Keras 2.2, TF 1.13 semantics), Embedding(input_length=) declaring a Sequential's input, the
// LSTM layer and the orthogonal initializer.
import { strict as assert } from 'assert';
import { py, pyError } from './helpers';

const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';

describe('tf.keras breadth (wave 12)', function () {
  this.timeout(120_000);

  it('predict_classes takes the argmax of a softmax output and thresholds one sigmoid unit at 0.5; predict_proba returns predict', () => {
    const out = py(`${HEAD}
m = tf.keras.Sequential([tf.keras.layers.Dense(3, input_dim=2, activation='softmax')])
m.set_weights([np.array([[1., 0., -1.], [0., 2., 0.]], 'float32'), np.zeros(3, 'float32')])
x = np.array([[3., 0.], [0., 3.], [-3., 0.]], 'float32')
b = tf.keras.Sequential([tf.keras.layers.Dense(1, input_dim=2, activation='sigmoid')])
b.set_weights([np.array([[1.], [0.]], 'float32'), np.zeros(1, 'float32')])
print(json.dumps([m.predict_classes(x).tolist(), str(m.predict_classes(x).dtype),
  b.predict_classes(x).tolist(), bool(np.allclose(m.predict_proba(x), m.predict(x)))]))`);
    assert.deepEqual(JSON.parse(out), [[0, 1, 2], 'int64', [[1], [0], [0]], true]);
  });

  it('LSTM follows the Keras 2.2 equations (gates i, f, c, o; hard_sigmoid; forget bias 1) and its recurrent kernel starts orthogonal', () => {
    const out = py(`${HEAD}
m = tf.keras.Sequential([tf.keras.layers.Embedding(20, 4, input_length=5), tf.keras.layers.LSTM(3),
                         tf.keras.layers.Dense(1, activation='sigmoid')])
ws = m.get_weights()
E, Kr, R, b, W, bd = ws
x = np.array([[1, 2, 3, 4, 5], [0, 0, 7, 8, 9]])
p = m.predict(x)
hs = lambda z: np.clip(0.2 * z + 0.5, 0, 1)
h = np.zeros((2, 3)); c = np.zeros((2, 3))
for t in range(5):
    z = E[x[:, t]].dot(Kr) + h.dot(R) + b
    c = hs(z[:, 3:6]) * c + hs(z[:, :3]) * np.tanh(z[:, 6:9])
    h = hs(z[:, 9:]) * np.tanh(c)
ref = 1 / (1 + np.exp(-(h.dot(W) + bd)))
seq = tf.keras.layers.LSTM(2, return_sequences=True)(tf.zeros([1, 4, 3]))
q = tf.keras.initializers.Orthogonal()([6, 2])
sess = tf.keras.backend.get_session()
sess.run(tf.global_variables_initializer())
qv = sess.run(q)
print(json.dumps([[w.name for w in m.weights], [list(w.shape) for w in ws], b.tolist(),
  bool(np.allclose(R.dot(R.T), np.eye(3), atol=1e-5)), bool(np.allclose(ref, p, atol=1e-5)),
  seq.get_shape().as_list(), bool(np.allclose(qv.T.dot(qv), np.eye(2), atol=1e-5)), m.count_params()]))`);
    assert.deepEqual(JSON.parse(out), [
      ['embedding/embeddings:0', 'lstm/kernel:0', 'lstm/recurrent_kernel:0', 'lstm/bias:0', 'dense/kernel:0', 'dense/bias:0'],
      [[20, 4], [4, 12], [3, 12], [12], [3, 1], [1]], [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0],
      true, true, [1, 4, 2], true, 180]);
  });

  it('LSTM options Gradbook lacks raise NotImplementedError naming them', () => {
    assert.match(pyError(`${HEAD}tf.keras.layers.LSTM(3, dropout=0.2)`), /NotImplementedError: LSTM\(\) argument 'dropout'/);
    assert.match(pyError(`${HEAD}tf.keras.layers.LSTM(3, return_state=True)`), /NotImplementedError: LSTM\(\) argument 'return_state'/);
  });

  it('pad_sequences pads and truncates at the front by default, at the back with post, with value and dtype', () => {
    const out = py(`${HEAD}from tensorflow.keras.preprocessing.sequence import pad_sequences
s = [[1, 2, 3], [4, 5, 6, 7, 8], []]
a = pad_sequences(s, maxlen=4)
b = pad_sequences(s, maxlen=4, padding='post', truncating='post', value=-1)
c = pad_sequences(s)
print(json.dumps([a.tolist(), str(a.dtype), b.tolist(), c.shape[1], str(pad_sequences(s, dtype='float32').dtype)]))`);
    assert.deepEqual(JSON.parse(out), [[[0, 1, 2, 3], [5, 6, 7, 8], [0, 0, 0, 0]], 'int32',
      [[1, 2, 3, -1], [4, 5, 6, 7], [-1, -1, -1, -1]], 5, 'float32']);
  });

  it('backend.function runs outputs from fed inputs in the Keras session; layer.input / output / get_weights / set_weights', () => {
    const out = py(`${HEAD}K = tf.keras.backend
m = tf.keras.Sequential([tf.keras.layers.InputLayer(input_shape=(3,)), tf.keras.layers.Dense(2, name='d1'),
                         tf.keras.layers.Dense(1, name='d2')])
m.compile('sgd', 'mse')
d1 = m.get_layer('d1')
d1.set_weights([np.array([[1., 0.], [0., 1.], [1., 1.]], 'float32'), np.array([0.5, -0.5], 'float32')])
f = K.function([m.layers[0].input], [d1.output, m.layers[1].output])
a, b = f([np.array([[1., 2., 3.]], 'float32')])
print(json.dumps([m.layers[0].input.name, d1.output.name, a.tolist(), list(b.shape), [w.shape[0] for w in d1.get_weights()]]))`);
    assert.deepEqual(JSON.parse(out), ['input_1:0', 'd1/BiasAdd:0', [[4.5, 4.5]], [1, 1], [3, 2]]);
  });

  it('save_weights keys the checkpoint by layer position and weight name, so a second copy of the model loads it', () => {
    const out = py(`${HEAD}import tempfile, os
def build():
    m = tf.keras.Sequential([tf.keras.layers.Dense(3, input_dim=2), tf.keras.layers.Dropout(0.5), tf.keras.layers.Dense(1)])
    m.compile('sgd', 'mse')
    return m
a = build()
path = os.path.join(tempfile.mkdtemp(), 'w')
a.save_weights(path)
b = build()
b.load_weights(path)
print(json.dumps([[w.name for w in b.weights], all(np.array_equal(x, y) for x, y in zip(a.get_weights(), b.get_weights())),
  sorted(n for n, _ in tf.train.list_variables(path))]))`);
    assert.deepEqual(JSON.parse(out), [['dense_2/kernel:0', 'dense_2/bias:0', 'dense_3/kernel:0', 'dense_3/bias:0'], true,
      ['layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE', 'layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE',
       'layer_with_weights-1/bias/.ATTRIBUTES/VARIABLE_VALUE', 'layer_with_weights-1/kernel/.ATTRIBUTES/VARIABLE_VALUE']]);
  });
});
