// tf.keras's own training loop in graph mode (TF 1.13 semantics): compile / fit / evaluate /
// predict / summary / get_weights / set_weights / save_weights, the Keras optimizers' update
// equations, callbacks, and the beginners' MNIST program on the bundled digits.
import { strict as assert } from 'assert';
import { py, pyError, jsonLines } from './helpers';

const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';

const BEGINNERS = `
model = tf.keras.models.Sequential([tf.keras.layers.Flatten(input_shape=(28, 28)),
                                    tf.keras.layers.Dense(512, activation=tf.nn.relu),
                                    tf.keras.layers.Dropout(0.2),
                                    tf.keras.layers.Dense(10, activation=tf.nn.softmax)])
model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
`;

describe('tf.keras compile / fit / evaluate', function () {
  this.timeout(300_000);

  it('fits the beginners model on the bundled MNIST digits: one epoch gives test accuracy > 0.85, and evaluate equals the mean over a sess.run of the whole test set', () => {
    const out = py(`${HEAD}
(x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()
print(json.dumps([list(x_train.shape), str(x_train.dtype), list(y_train.shape), str(y_train.dtype), list(x_test.shape), int(x_train.max())]))
x_train, x_test = x_train / 255.0, x_test / 255.0
${BEGINNERS}
history = model.fit(x_train, y_train, epochs=1)
loss, acc = model.evaluate(x_test, y_test)
sess = tf.keras.backend.get_session()
p = sess.run(model.output, {model.input: x_test})
picked = np.clip(p, 1e-7, 1 - 1e-7)[np.arange(len(y_test)), y_test.astype('int64')]
print(json.dumps({'history': {k: [float(v) for v in vs] for k, vs in history.history.items()}, 'epoch': history.epoch,
  'names': model.metrics_names, 'evaluate': [loss, acc],
  'manual': [float(np.mean(-np.log(picked))), float(np.mean(np.argmax(p, axis=1) == y_test))],
  'weights': [w.name for w in model.weights], 'input': model.input.name}))`);
    const lines = out.trim().split('\n');
    const [shapes] = jsonLines(lines.filter(l => l.startsWith('[')).join('\n')) as [unknown[]];
    assert.deepEqual(shapes, [[5500, 28, 28], 'uint8', [5500], 'uint8', [4500, 28, 28], 255]);
    assert.ok(lines.includes('Epoch 1/1'), out);
    assert.equal(lines.filter(l => /^5500\/5500 \[={30}\] - \d+s \d+(us|ms|s)\/sample - loss: \d\.\d{4} - acc: \d\.\d{4}$/.test(l)).length, 1, out);
    assert.equal(lines.filter(l => /^4500\/4500 \[={30}\] - \d+s \d+(us|ms|s)\/sample - loss: \d\.\d{4} - acc: \d\.\d{4}$/.test(l)).length, 1, out);
    const r = JSON.parse(lines[lines.length - 1]);
    assert.deepEqual(Object.keys(r.history).sort(), ['acc', 'loss']);
    assert.equal(r.history.loss.length, 1);
    assert.deepEqual(r.epoch, [0]);
    assert.deepEqual(r.names, ['loss', 'acc']);
    assert.ok(r.evaluate[1] > 0.85, `test accuracy ${r.evaluate[1]}`);
    assert.ok(Math.abs(r.evaluate[0] - r.manual[0]) < 1e-4 * (1 + r.manual[0]), `loss ${r.evaluate[0]} vs ${r.manual[0]}`);
    assert.ok(Math.abs(r.evaluate[1] - r.manual[1]) < 1e-6, `accuracy ${r.evaluate[1]} vs ${r.manual[1]}`);
    assert.deepEqual(r.weights, ['dense/kernel:0', 'dense/bias:0', 'dense_1/kernel:0', 'dense_1/bias:0']);
    assert.equal(r.input, 'flatten_input:0');
  });

  it('summary prints the Keras 2.2 table: names, output shapes, parameter counts and totals', () => {
    const out = py(`${HEAD}${BEGINNERS}model.summary()
inp = tf.keras.Input(shape=(4,))
bn = tf.keras.layers.BatchNormalization()(tf.keras.layers.Dense(3)(inp))
tf.keras.Model(inputs=inp, outputs=bn).summary()`);
    const rule = '_'.repeat(65), thick = '='.repeat(65);
    const row = (a: string, b: string, c: string) => a.padEnd(29) + b.padEnd(26) + c.padEnd(10);
    assert.equal(out, [
      rule, row('Layer (type)', 'Output Shape', 'Param #'), thick,
      row('flatten (Flatten)', '(None, 784)', '0'), rule,
      row('dense (Dense)', '(None, 512)', '401920'), rule,
      row('dropout (Dropout)', '(None, 512)', '0'), rule,
      row('dense_1 (Dense)', '(None, 10)', '5130'), thick,
      'Total params: 407,050', 'Trainable params: 407,050', 'Non-trainable params: 0', rule,
      rule, row('Layer (type)', 'Output Shape', 'Param #'), thick,
      row('input_1 (InputLayer)', '(None, 4)', '0'), rule,
      row('dense_2 (Dense)', '(None, 3)', '15'), rule,
      row('batch_normalization (BatchNo', '(None, 3)', '12'), thick,
      'Total params: 27', 'Trainable params: 21', 'Non-trainable params: 6', rule, ''].join('\n'));
  });

  it('one train_on_batch step follows the Keras update of SGD (lr 0.01), Adam (lr 0.001) and RMSprop (lr 0.001, rho 0.9, accumulator from 0), Adagrad and Adadelta', () => {
    // y = x·W + b, mean squared error over two samples.
    const x = [[1, 2], [3, -1]], y = [1, 0], W = [0.5, -0.25], b = 0.1;
    const err = x.map((r, i) => r[0] * W[0] + r[1] * W[1] + b - y[i]);
    const loss = (err[0] ** 2 + err[1] ** 2) / 2;
    const grads = [x[0][0] * err[0] + x[1][0] * err[1], x[0][1] * err[0] + x[1][1] * err[1], err[0] + err[1]];
    const params = [...W, b];
    const eps = 1e-7;
    const expected: Record<string, number[]> = {
      sgd: params.map((p, i) => p - 0.01 * grads[i]),
      adam: params.map((p, i) => p - 0.001 * Math.sqrt(1 - 0.999) / (1 - 0.9) * (0.1 * grads[i]) / (Math.sqrt(0.001 * grads[i] ** 2) + eps)),
      rmsprop: params.map((p, i) => p - 0.001 * grads[i] / (Math.sqrt(0.1 * grads[i] ** 2) + eps)),
      momentum: params.map((p, i) => p - 0.1 * grads[i]),
      adagrad: params.map((p, i) => p - 0.01 * grads[i] / (Math.abs(grads[i]) + eps)),
      adadelta: params.map((p, i) => p - grads[i] * Math.sqrt(eps) / Math.sqrt(0.05 * grads[i] ** 2 + eps)),
    };
    const out = py(`${HEAD}
results = {}
for name, opt in [('sgd', 'sgd'), ('adam', tf.keras.optimizers.Adam()), ('rmsprop', 'rmsprop'),
                  ('momentum', tf.keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)),
                  ('adagrad', 'adagrad'), ('adadelta', tf.keras.optimizers.Adadelta())]:
    m = tf.keras.Sequential([tf.keras.layers.Dense(1, input_dim=2)])
    m.compile(optimizer=opt, loss='mse')
    m.set_weights([np.array([[0.5], [-0.25]]), np.array([0.1])])
    first = m.train_on_batch(np.array([[1., 2.], [3., -1.]]), np.array([1., 0.]))
    w = m.get_weights()
    results[name] = [first, [float(v) for v in list(w[0].ravel()) + list(w[1])]]
a = tf.keras.optimizers.Adam()
print(json.dumps([results, [a.lr, a.epsilon, tf.keras.optimizers.SGD().lr, tf.keras.optimizers.RMSprop().epsilon]]))`);
    const [results, defaults] = JSON.parse(out) as [Record<string, [number, number[]]>, number[]];
    assert.deepEqual(defaults, [0.001, 1e-7, 0.01, 1e-7]);
    for (const name of Object.keys(expected)) {
      assert.ok(Math.abs(results[name][0] - loss) < 1e-5, `${name} loss ${results[name][0]} vs ${loss}`);
      results[name][1].forEach((v, i) => assert.ok(Math.abs(v - expected[name][i]) < 1e-6, `${name}[${i}]: ${v} vs ${expected[name][i]}`));
    }
  });

  it('callbacks: LambdaCallback sees every epoch, EarlyStopping stops after patience epochs, ModelCheckpoint writes weights load_weights restores; validation_split adds val_ logs', () => {
    const out = py(`${HEAD}import os, tempfile
np.random.seed(3)
x = np.random.rand(200, 4).astype('float32')
y = tf.keras.utils.to_categorical((x.sum(axis=1) > 2).astype('int64'), 2)
inp = tf.keras.Input(shape=(4,))
out = tf.keras.layers.Dense(2, activation='softmax')(tf.keras.layers.Dense(8, activation='relu')(inp))
m = tf.keras.Model(inputs=inp, outputs=out)
m.compile(optimizer=tf.keras.optimizers.SGD(lr=0.1), loss='categorical_crossentropy', metrics=['acc', 'mae'])
seen = []
d = tempfile.mkdtemp()
h = m.fit(x, y, epochs=10, batch_size=16, verbose=2, validation_split=0.25,
          callbacks=[tf.keras.callbacks.LambdaCallback(on_epoch_end=lambda e, logs: seen.append([e, sorted(logs)])),
                     tf.keras.callbacks.EarlyStopping(monitor='loss', min_delta=1e9, patience=2, verbose=1),
                     tf.keras.callbacks.ModelCheckpoint(os.path.join(d, 'w{epoch:02d}'), save_weights_only=True)])
saved = m.get_weights()
m.set_weights([np.zeros_like(a) for a in saved])
zeroed = m.predict(x[:2])
m.load_weights(os.path.join(d, 'w03'))
restored = m.get_weights()
print(json.dumps({'seen': seen, 'keys': sorted(h.history), 'epochs': len(h.history['loss']),
  'files': sorted(f for f in os.listdir(d) if f.endswith('.index')), 'zeroed': zeroed.tolist(),
  'restored': all(np.array_equal(a, b) for a, b in zip(saved, restored)), 'predict': list(m.predict(x).shape)}))`);
    const lines = out.trim().split('\n');
    const r = JSON.parse(lines[lines.length - 1]);
    const keys = ['acc', 'loss', 'mean_absolute_error', 'val_acc', 'val_loss', 'val_mean_absolute_error'];
    assert.deepEqual(r.seen, [[0, keys], [1, keys], [2, keys]]);
    assert.deepEqual(r.keys, keys);
    assert.equal(r.epochs, 3);
    assert.deepEqual(r.files, ['w01.index', 'w02.index', 'w03.index']);
    assert.deepEqual(r.zeroed, [[0.5, 0.5], [0.5, 0.5]]);
    assert.equal(r.restored, true);
    assert.deepEqual(r.predict, [200, 2]);
    assert.equal(lines[0], 'Train on 150 samples, validate on 50 samples');
    assert.equal(lines.filter(l => /^ - \d+s - loss: \d\.\d{4} - acc: \d\.\d{4} - mean_absolute_error: \d\.\d{4} - val_loss: \d\.\d{4} - val_acc: \d\.\d{4} - val_mean_absolute_error: \d\.\d{4}$/.test(l)).length, 3, out);
    assert.ok(lines.includes('Epoch 00003: early stopping'), out);
  });

  it('a Sequential without an input shape is built by fit from the data; a tf.train optimizer trains it; summary before that is a ValueError', () => {
    assert.match(pyError(`${HEAD}m = tf.keras.Sequential()\nm.add(tf.keras.layers.Dense(1))\nm.summary()`), /^ValueError: This model has not yet been built/);
    const [first, last, shape] = JSON.parse(py(`${HEAD}
x = np.linspace(-1, 1, 64).reshape(32, 2)
y = 3 * x[:, 0] - x[:, 1] + 0.5
m = tf.keras.Sequential()
m.add(tf.keras.layers.Dense(1))
m.compile(tf.train.GradientDescentOptimizer(0.2), 'mean_squared_error')
h = m.fit(x, y, epochs=40, batch_size=8, verbose=0, shuffle=False)
print(json.dumps([h.history['loss'][0], h.history['loss'][-1], list(m.predict(x).shape)]))`)) as [number, number, number[]];
    assert.ok(last < first / 10, `${first} -> ${last}`);
    assert.deepEqual(shape, [32, 1]);
  });

  it('a convnet (Conv2D, MaxPooling2D, Flatten, Dense) summarizes with Keras\'s parameter counts and trains from uint8 digits', () => {
    const out = py(`${HEAD}from tensorflow.keras import layers, models
model = models.Sequential()
model.add(layers.Conv2D(32, (3, 3), activation='relu', input_shape=(28, 28, 1)))
model.add(layers.MaxPooling2D((2, 2)))
model.add(layers.Conv2D(64, (3, 3), activation='relu'))
model.add(layers.MaxPooling2D((2, 2)))
model.add(layers.Conv2D(64, (3, 3), activation='relu'))
model.add(layers.Flatten())
model.add(layers.Dense(64, activation='relu'))
model.add(layers.Dense(10, activation='softmax'))
model.summary(print_fn=lambda line: None)
print(json.dumps([[l.name, list(tf.keras.backend.int_shape(l._last_output)), l.count_params()] for l in model.layers]))
(x, y), _ = tf.keras.datasets.mnist.load_data()
x = x[:256].reshape((-1, 28, 28, 1)).astype('float32') / 255
model.compile(optimizer='rmsprop', loss='categorical_crossentropy', metrics=['accuracy'])
h = model.fit(x, tf.keras.utils.to_categorical(y[:256], 10), epochs=2, batch_size=64, verbose=0)
print(json.dumps([model.count_params(), h.history['loss'], model.predict(x[:5]).sum(axis=1).tolist()]))`);
    const [rows, [total, lossHistory, sums]] = jsonLines(out.split('\n').filter(l => l.startsWith('[')).join('\n')) as [unknown[], [number, number[], number[]]];
    assert.deepEqual(rows, [['conv2d', [null, 26, 26, 32], 320], ['max_pooling2d', [null, 13, 13, 32], 0],
      ['conv2d_1', [null, 11, 11, 64], 18496], ['max_pooling2d_1', [null, 5, 5, 64], 0], ['conv2d_2', [null, 3, 3, 64], 36928],
      ['flatten', [null, 576], 0], ['dense', [null, 64], 36928], ['dense_1', [null, 10], 650]]);
    assert.equal(total, 93322);
    assert.ok(lossHistory.length === 2 && lossHistory.every(Number.isFinite), String(lossHistory));
    sums.forEach(s => assert.ok(Math.abs(s - 1) < 1e-5, `softmax rows sum to ${s}`));
  });

  it('a subclassed Model and a custom layer (add_weight with the Keras initializer name \'uniform\') compile and fit', () => {
    const r = JSON.parse(py(`${HEAD}
class MyLayer(tf.keras.layers.Layer):
    def __init__(self, output_dim, **kwargs):
        self.output_dim = output_dim
        super(MyLayer, self).__init__(**kwargs)
    def build(self, input_shape):
        self.kernel = self.add_weight(name='kernel', shape=tf.TensorShape((input_shape[1], self.output_dim)),
                                      initializer='uniform', trainable=True)
        super(MyLayer, self).build(input_shape)
    def call(self, inputs):
        return tf.matmul(inputs, self.kernel)

class MyModel(tf.keras.Model):
    def __init__(self):
        super(MyModel, self).__init__(name='my_model')
        self.hidden = MyLayer(16)
        self.out = tf.keras.layers.Dense(3, activation='softmax')
    def call(self, inputs):
        return self.out(tf.nn.relu(self.hidden(inputs)))

x = np.random.random((96, 8))
y = np.random.randint(0, 3, size=96)
model = MyModel()
model.compile(optimizer=tf.train.AdamOptimizer(0.01), loss='sparse_categorical_crossentropy', metrics=['acc'])
h = model.fit(x, y, epochs=2, verbose=0)
k = tf.keras.backend.get_value(model.hidden.kernel)
print(json.dumps([sorted(h.history), [w.name for w in model.trainable_weights], list(model.predict(x).shape)]))`)) as [string[], string[], number[]];
    assert.deepEqual(r[0], ['acc', 'loss']);
    assert.deepEqual(r[1], ['my_model/my_layer/kernel:0', 'my_model/dense/kernel:0', 'my_model/dense/bias:0']);
    assert.deepEqual(r[2], [96, 3]);
  });

  it('a loss object picks the accuracy as its function does (sparse labels); CSVLogger writes one row per epoch', () => {
    const out = py(`${HEAD}import os, tempfile
x = np.random.random((64, 3))
y = np.random.randint(0, 3, 64)
m = tf.keras.Sequential([tf.keras.layers.Dense(3, activation='softmax', input_shape=(3,))])
m.compile('sgd', tf.keras.losses.SparseCategoricalCrossentropy(), metrics=['accuracy'])
f = os.path.join(tempfile.mkdtemp(), 'log.csv')
h = m.fit(x, y, epochs=2, verbose=0, validation_split=0.25, callbacks=[tf.keras.callbacks.CSVLogger(f)])
p = m.predict(x)
print(json.dumps([m.evaluate(x, y, verbose=0)[1], float(np.mean(np.argmax(p, axis=1) == y)), open(f).read().splitlines(),
                  h.history['val_loss']]))`);
    const [acc, manual, rows, valLoss] = JSON.parse(out) as [number, number, string[], number[]];
    assert.ok(Math.abs(acc - manual) < 1e-6, `${acc} vs ${manual}`);
    assert.equal(rows[0], 'epoch,acc,loss,val_acc,val_loss');
    assert.deepEqual(rows.slice(1).map(r => r.split(',')[0]), ['0', '1']);
    assert.deepEqual(rows.slice(1).map(r => Number(r.split(',')[4])), valLoss);
  });

  it('fit, evaluate and predict take a tf.data Dataset of (x, y) batches with steps_per_epoch / steps; progress counts steps', () => {
    const out = py(`${HEAD}
x = np.random.random((96, 4)).astype('float32')
y = np.random.random((96, 2)).astype('float32')
model = tf.keras.Sequential([tf.keras.layers.Dense(2, input_shape=(4,))])
model.compile(optimizer='sgd', loss='mse', metrics=['mae'])
dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(32).repeat()
h = model.fit(dataset, epochs=2, steps_per_epoch=3, validation_data=dataset, validation_steps=3)
loss = model.evaluate(dataset, steps=3, verbose=0)
p = model.predict(x)
print(json.dumps([sorted(h.history), loss, [float(np.mean((p - y) ** 2)), float(np.mean(np.abs(p - y)))],
                  list(model.predict(dataset, steps=2).shape)]))`);
    const lines = out.trim().split('\n');
    assert.equal(lines.filter(l => /^3\/3 \[={30}\] - \d+s \d+(us|ms|s)\/step - loss: \d\.\d{4} - mean_absolute_error: \d\.\d{4} - val_loss: \d\.\d{4} - val_mean_absolute_error: \d\.\d{4}$/.test(l)).length, 2, out);
    const [keys, evaluated, manual, shape] = JSON.parse(lines[lines.length - 1]) as [string[], number[], number[], number[]];
    assert.deepEqual(keys, ['loss', 'mean_absolute_error', 'val_loss', 'val_mean_absolute_error']);
    // Three equal batches of 32 cover the 96 rows once, so the step mean is the mean over all rows.
    evaluated.forEach((v, i) => assert.ok(Math.abs(v - manual[i]) < 1e-5 * (1 + manual[i]), `${v} vs ${manual[i]}`));
    assert.deepEqual(shape, [64, 2]);
  });

  it('an InputLayer first in a Sequential gives the placeholder and is left out of layers and the summary', () => {
    const out = py(`${HEAD}
m = tf.keras.Sequential([tf.keras.layers.InputLayer(input_shape=(3,)), tf.keras.layers.Dense(2)])
m.compile('sgd', 'mse')
h = m.fit(np.zeros((4, 3)), np.zeros((4, 2)), verbose=0)
print(json.dumps([m.input.name, [l.name for l in m.layers], h.history['loss']]))`);
    assert.deepEqual(JSON.parse(out), ['input_1:0', ['dense'], [0]]);
  });

  it('a functional Model called on a new tensor replays its layers with the same weights, and nests in a Sequential', () => {
    const out = py(`${HEAD}
inp = tf.keras.Input(shape=(4,))
out = tf.keras.layers.Dense(2)(tf.keras.layers.Dropout(0.5)(tf.keras.layers.Dense(8, activation='relu')(inp)))
base = tf.keras.Model(inp, out)
x2 = tf.placeholder(tf.float32, [None, 4])
y2 = base(x2)
count = len(tf.global_variables())
v = np.random.rand(3, 4).astype('float32')
same = float(np.max(np.abs(tf.keras.backend.get_session().run(y2, {x2: v}) - base.predict(v))))
outer = tf.keras.Sequential([base, tf.keras.layers.Dense(1)])
outer.compile('sgd', 'mse')
h = outer.fit(np.ones((8, 4)), np.ones(8), verbose=0)
print(json.dumps([y2.get_shape().as_list(), count, same, len(outer.trainable_weights), len(h.history['loss'])]))`);
    assert.deepEqual(JSON.parse(out), [[null, 2], 4, 0, 6, 1]);
  });

  it('backend set_value / eval / get_value read and write variables in the Keras session', () => {
    assert.equal(py(`${HEAD}K = tf.keras.backend
v = tf.Variable([1., 2.])
K.set_value(v, [3., 4.])
print(K.eval(v), K.get_value(v * 2), K.int_shape(tf.zeros([2, 3])), K.image_data_format())`), '[3. 4.] [6. 8.] (2, 3) channels_last\n');
  });

  it('options Gradbook lacks raise NotImplementedError naming them', () => {
    const model = `${HEAD}m = tf.keras.Sequential([tf.keras.layers.Dense(1, input_dim=2)])\nm.compile('sgd', 'mse')\n`;
    assert.equal(pyError(`${model}m.fit(np.zeros((4, 2)), np.zeros(4), class_weight={0: 1.})`),
      "NotImplementedError: fit() argument 'class_weight' is not supported by Gradbook");
    assert.match(pyError(`${model}tf.keras.callbacks.ModelCheckpoint('w')`),
      /^NotImplementedError: ModelCheckpoint\(\) argument 'save_weights_only' is not supported by Gradbook/);
    assert.match(pyError(`${model}m.save_weights('w.h5')`), /^NotImplementedError: HDF5 weight files are not supported by Gradbook/);
    assert.match(pyError(`${model}tf.keras.callbacks.TensorBoard(log_dir='logs')`), /^NotImplementedError: tf.keras.callbacks.TensorBoard is not supported by Gradbook/);
    assert.match(pyError(`${model}tf.keras.models.load_model('m.h5')`), /^NotImplementedError: tf.keras.models.load_model is not supported by Gradbook/);
    assert.equal(pyError(`${model}tf.keras.optimizers.Adam(amsgrad=True)`), "NotImplementedError: Adam() argument 'amsgrad' is not supported by Gradbook");
  });
});
