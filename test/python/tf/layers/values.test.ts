// tf.layers arithmetic against float64 NumPy references of TF 1.15's documented equations
// (fixtures/layers_reference.json, from fixtures/gen_layers_fixtures.py): convolutions with TF's
// SAME padding, transposed convolutions, pooling, dense layers, batch normalization (outputs and
// moving statistics after the UPDATE_OPS run) and tf.keras.losses.
import * as fs from 'fs';
import * as path from 'path';
import { strict as assert } from 'assert';
import { py, assertClose, jsonLines, shapeOf } from './helpers';

type Case = Record<string, unknown>;
const ref = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'layers_reference.json'), 'utf8')) as Record<string, Case>;
const lit = (v: unknown) => `np.array(${JSON.stringify(v)}, dtype=np.float32)`;
const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';
const show = (expr: string) => `print(json.dumps(np.asarray(${expr}).tolist()))`;

function conv(fn: string, c: Case, extra = ''): unknown {
  const out = py(`${HEAD}
x = tf.constant(${lit(c.x)})
y = tf.layers.${fn}(x, ${(c.bias as unknown[]).length}, ${kernelSize(fn, c)},
    strides=${JSON.stringify(c.strides)}, padding=${JSON.stringify(c.padding)}, ${extra}
    kernel_initializer=tf.constant_initializer(${lit(c.kernel)}), bias_initializer=tf.constant_initializer(${lit(c.bias)}))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    ${show('sess.run(y)')}
    print(json.dumps(y.get_shape().as_list()))
`);
  const [value, staticShape] = jsonLines(out) as [unknown[], (number | null)[]];
  assert.deepEqual(staticShape, shapeOf(value), 'the static shape is the computed one');
  return value;
}

function kernelSize(fn: string, c: Case): string {
  const k = c.kernel as unknown[][];
  if (fn === 'conv1d') return String(k.length);
  return JSON.stringify([k.length, k[0].length]);
}

describe('tf.layers values against NumPy references', () => {
  it('conv2d with SAME padding, uneven strides, a given kernel, bias and relu', () => {
    const c = ref.conv2d_same;
    assertClose(conv('conv2d', c, 'activation=tf.nn.relu,'), c.expected, 'conv2d same');
  });
  it("conv2d with 'valid' padding (lower case) and strides (1, 2)", () => {
    const c = ref.conv2d_valid;
    assertClose(conv('conv2d', c), c.expected, 'conv2d valid');
  });
  it('conv1d with an int kernel size and stride', () => {
    const c = ref.conv1d_same;
    assertClose(conv('conv1d', c), c.expected, 'conv1d');
  });
  for (const pad of ['same', 'valid']) {
    it(`conv2d_transpose (${pad}): kernel [kh, kw, filters, in] and TF's output size`, () => {
      const c = ref[`conv2d_transpose_${pad}`];
      assertClose(conv('conv2d_transpose', c), c.expected, `conv2d_transpose ${pad}`);
    });
  }
  for (const kind of ['max', 'average']) {
    for (const pad of ['same', 'valid']) {
      it(`${kind}_pooling2d (${pad}) ${kind === 'average' && pad === 'same' ? 'divides by in-bounds cells' : ''}`, () => {
        const c = ref[`pool2d_${kind === 'max' ? 'max' : 'avg'}_${pad}`];
        const out = py(`${HEAD}x = tf.constant(${lit(c.x)})
${show(`tf.Session().run(tf.layers.${kind}_pooling2d(x, ${JSON.stringify(c.pool)}, ${JSON.stringify(c.strides)}, padding='${pad.toUpperCase()}'))`)}`);
        assertClose(jsonLines(out)[0], c.expected, `${kind} pool ${pad}`);
      });
    }
    it(`${kind}_pooling1d (same) and the class form ${kind === 'max' ? 'MaxPooling1D' : 'AveragePooling1D'}`, () => {
      const c = ref[`pool1d_${kind === 'max' ? 'max' : 'avg'}_same`];
      const cls = kind === 'max' ? 'MaxPooling1D' : 'AveragePooling1D';
      const out = py(`${HEAD}x = tf.constant(${lit(c.x)})
a = tf.layers.${kind}_pooling1d(x, 3, 2, padding='same')
b = tf.layers.${cls}(3, 2, padding='same')(x)
sess = tf.Session()
${show('sess.run(a)')}
${show('sess.run(b)')}`);
      const [a, b] = jsonLines(out);
      assertClose(a, c.expected, 'functional');
      assertClose(b, c.expected, 'class');
    });
  }
  it('dense with relu, and on a rank-3 input (tensordot over the last axis)', () => {
    const c = ref.dense_relu, c3 = ref.dense_rank3;
    const init = `kernel_initializer=tf.constant_initializer(${lit(c.kernel)}), bias_initializer=tf.constant_initializer(${lit(c.bias)})`;
    const out = py(`${HEAD}
a = tf.layers.dense(tf.constant(${lit(c.x)}), 3, activation=tf.nn.relu, ${init})
b = tf.layers.Dense(3, ${init})(tf.constant(${lit(c3.x)}))
sess = tf.Session()
sess.run(tf.global_variables_initializer())
${show('sess.run(a)')}
${show('sess.run(b)')}
print(json.dumps(b.get_shape().as_list()))`);
    const [a, b, shape] = jsonLines(out);
    assertClose(a, c.expected, 'dense relu');
    assertClose(b, c3.expected, 'dense rank 3');
    assert.deepEqual(shape, [2, 3, 3]);
  });
  for (const name of ['bn4d', 'bn2d']) {
    it(`batch_normalization ${name === 'bn4d' ? '(4-D, fused: unbiased moving variance)' : '(2-D: biased moving variance)'}: training output, UPDATE_OPS, inference output`, () => {
      const c = ref[name];
      const out = py(`${HEAD}
x = tf.constant(${lit(c.x)})
training = tf.placeholder(tf.bool, [])
y = tf.layers.batch_normalization(x, training=training, gamma_initializer=tf.constant_initializer(${lit(c.gamma)}),
                                  beta_initializer=tf.constant_initializer(${lit(c.beta)}))
updates = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print(json.dumps(len(updates)))
mean, var = [v for v in tf.global_variables() if 'moving' in v.name]
sess = tf.Session()
sess.run(tf.global_variables_initializer())
${show('sess.run(y, {training: False})')}
${show('sess.run(mean)')}
${show('sess.run(y, {training: True})')}
${show('sess.run(mean)')}
sess.run(updates, {training: True})
${show('sess.run(mean)')}
${show('sess.run(var)')}
before = sess.run(mean)
sess.run(updates, {training: False})
${show('sess.run(mean) - before')}`);
      const [count, infer, mean0, train, meanAfterForward, mean1, var1, frozen] = jsonLines(out) as unknown[][];
      assert.equal(count, 2);
      assertClose(infer, c.infer_output, 'inference output');
      assertClose(train, c.train_output, 'training output', 1e-4);
      assertClose(mean0, (c.moving_mean as number[]).map(() => 0), 'moving mean before');
      assertClose(meanAfterForward, mean0, 'a forward pass alone does not update');
      assertClose(mean1, c.moving_mean, 'moving mean after one update', 1e-4);
      assertClose(var1, c.moving_variance, 'moving variance after one update', 1e-4);
      assertClose(frozen, (c.moving_mean as number[]).map(() => 0), 'training=False makes the updates no-ops');
    });
  }
  it('tf.keras.losses: categorical, sparse categorical, binary crossentropy (probabilities and logits) and MSE', () => {
    const c = ref.keras_losses;
    const out = py(`${HEAD}
K = tf.keras.losses
probs, labels, logits = tf.constant(${lit(c.probs)}), tf.constant(${lit(c.labels)}), tf.constant(${lit(c.logits)})
sig, targets = tf.constant(${lit(c.sig)}), tf.constant(${lit(c.targets)})
sess = tf.Session()
${show('sess.run(K.categorical_crossentropy(labels, probs))')}
${show('sess.run(K.categorical_crossentropy(labels, logits, from_logits=True))')}
${show(`sess.run(K.sparse_categorical_crossentropy(tf.constant(${JSON.stringify(c.sparse)}), probs))`)}
${show('sess.run(K.binary_crossentropy(targets, sig))')}
${show('sess.run(K.mean_squared_error(labels, probs))')}
${show('sess.run(K.CategoricalCrossentropy()(labels, probs))')}`);
    const [cat, catLogits, sparse, binary, mse, classMean] = jsonLines(out);
    assertClose(cat, c.categorical, 'categorical');
    assertClose(catLogits, c.categorical, 'categorical from logits', 1e-4);
    assertClose(sparse, c.sparse_categorical, 'sparse');
    assertClose(binary, c.binary, 'binary', 1e-4);
    assertClose(mse, c.mse, 'mse');
    const mean = (c.categorical as number[]).reduce((s, v) => s + v, 0) / 4;
    assertClose(classMean, mean, 'class form averages over the batch');
  });
});
