// tf.layers and tf.contrib.layers with data_format='channels_first' / 'NCHW' (and batch
// normalization over axis 1) against PyTorch, which is NCHW natively
// (fixtures/channels_first_reference.json, from fixtures/gen_channels_first_fixtures.py): outputs,
// static shapes, and the gradients of sum(y * g) for the input and every variable.
import * as fs from 'fs';
import * as path from 'path';
import { strict as assert } from 'assert';
import { py, pyError, assertClose, jsonLines, shapeOf } from './helpers';

type Case = Record<string, unknown>;
const ref = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'channels_first_reference.json'), 'utf8')) as Record<string, Case>;
const lit = (v: unknown) => `np.array(${JSON.stringify(v)}, dtype=np.float32)`;
const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';
const show = (expr: string) => `print(json.dumps(np.asarray(${expr}).tolist()))`;
const TOL = 1e-4;

/** Runs `layer` (an expression over x, after the `setup` lines) and prints y, its static shape, then d sum(y*g) / d[x, ...vars]. */
function run(c: Case, layer: string, vars: string[], setup = ''): unknown[] {
  const out = py(`${HEAD}
x = tf.constant(${lit(c.x)})
${setup}
y = ${layer}
g = tf.constant(${lit(c.g)})
grads = tf.gradients(tf.reduce_sum(y * g), [x] + [${vars.join(', ')}])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    ${show('sess.run(y)')}
    print(json.dumps(y.get_shape().as_list()))
    for v in sess.run(grads):
        ${show('v')}
`);
  const [value, staticShape, ...gradients] = jsonLines(out);
  assert.deepEqual(staticShape, shapeOf(value), 'the static shape is the computed one');
  return [value, ...gradients];
}

function convLayer(fn: string, c: Case, kernelSize: string): unknown[] {
  const layer = `tf.layers.${fn}(x, ${(c.bias as unknown[]).length}, ${kernelSize}, strides=${JSON.stringify(c.strides)},
    padding=${JSON.stringify(c.padding)}, data_format='channels_first',
    kernel_initializer=tf.constant_initializer(${lit(c.kernel)}), bias_initializer=tf.constant_initializer(${lit(c.bias)}))
kernel, bias = tf.trainable_variables()`;
  return run(c, layer, ['kernel', 'bias']);
}

function checkConv(c: Case, got: unknown[], what: string): void {
  const [y, dx, dkernel, dbias] = got;
  assertClose(y, c.expected, `${what} output`, TOL);
  assertClose(dx, c.dx, `${what} d/dx`, TOL);
  assertClose(dkernel, c.dkernel, `${what} d/dkernel`, TOL);
  assertClose(dbias, c.dbias, `${what} d/dbias`, TOL);
}

const size2 = (c: Case) => { const k = c.kernel as unknown[][]; return JSON.stringify([k.length, k[0].length]); };

describe("tf.layers with data_format='channels_first' against PyTorch (NCHW)", () => {
  it('conv2d, SAME padding with strides (2, 1): output and gradients for input, kernel and bias', () => {
    checkConv(ref.conv2d_same, convLayer('conv2d', ref.conv2d_same, size2(ref.conv2d_same)), 'conv2d same');
  });
  it("conv2d, 'valid' padding with strides (1, 2)", () => {
    checkConv(ref.conv2d_valid, convLayer('conv2d', ref.conv2d_valid, size2(ref.conv2d_valid)), 'conv2d valid');
  });
  it('conv1d on [batch, channels, width]', () => {
    const c = ref.conv1d_same;
    checkConv(c, convLayer('conv1d', c, String((c.kernel as unknown[]).length)), 'conv1d');
  });
  for (const pad of ['same', 'valid']) {
    it(`conv2d_transpose (${pad}): [batch, filters, h*s(+k-s), w*s(+k-s)] and its gradients`, () => {
      const c = ref[`conv2d_transpose_${pad}`];
      checkConv(c, convLayer('conv2d_transpose', c, size2(c)), `conv2d_transpose ${pad}`);
    });
  }
  for (const name of ['pool2d_max_same', 'pool2d_avg_same', 'pool2d_max_valid', 'pool1d_max_same', 'pool1d_avg_same']) {
    it(`${name.replace(/_/g, ' ')}: output and input gradient`, () => {
      const c = ref[name];
      const fn = `${name.includes('max') ? 'max' : 'average'}_pooling${name.startsWith('pool1d') ? '1d' : '2d'}`;
      const [y, dx] = run(c, `tf.layers.${fn}(x, ${JSON.stringify(c.pool)}, ${JSON.stringify(c.strides)}, padding='${c.padding}', data_format='channels_first')`, []);
      assertClose(y, c.expected, `${name} output`, TOL);
      assertClose(dx, c.dx, `${name} d/dx`, TOL);
    });
  }
  it('the class forms take channels_first too (Conv2D, MaxPooling2D)', () => {
    const c = ref.conv2d_same, p = ref.pool2d_max_same;
    const out = py(`${HEAD}
conv = tf.layers.Conv2D(4, ${size2(c)}, strides=(2, 1), padding='same', data_format='channels_first',
    kernel_initializer=tf.constant_initializer(${lit(c.kernel)}), bias_initializer=tf.constant_initializer(${lit(c.bias)}))
y = conv(tf.constant(${lit(c.x)}))
z = tf.layers.MaxPooling2D(3, 2, padding='same', data_format='channels_first')(tf.constant(${lit(p.x)}))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    ${show('sess.run(y)')}
    ${show('sess.run(z)')}
    print(json.dumps(conv.kernel.get_shape().as_list()))`);
    const [y, z, kernelShape] = jsonLines(out);
    assertClose(y, c.expected, 'Conv2D', TOL);
    assertClose(z, p.expected, 'MaxPooling2D', TOL);
    assert.deepEqual(kernelShape, [3, 2, 3, 4], 'the kernel stays [kh, kw, in, out] whatever the layout');
  });
  for (const [name, rank] of [['batch_norm_4d', '4-D, fused NCHW: unbiased moving variance'], ['batch_norm_3d', '3-D: biased moving variance']]) {
    it(`batch_normalization(axis=1) ${rank}: output, gradients, moving statistics, inference`, () => {
      const c = ref[name];
      const out = py(`${HEAD}
x = tf.constant(${lit(c.x)})
y = tf.layers.batch_normalization(x, axis=1, momentum=${c.momentum}, epsilon=${c.epsilon}, training=True,
    gamma_initializer=tf.constant_initializer(${lit(c.gamma)}), beta_initializer=tf.constant_initializer(${lit(c.beta)}))
infer = tf.layers.batch_normalization(x, axis=1, training=False, name='batch_normalization', reuse=True)
gamma, beta = tf.trainable_variables()
grads = tf.gradients(tf.reduce_sum(y * tf.constant(${lit(c.g)})), [x, gamma, beta])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    ${show('sess.run(y)')}
    for v in sess.run(grads):
        ${show('v')}
    sess.run(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
    ${show("sess.run(tf.global_variables()[2:])")}
    ${show('sess.run(infer)')}`);
      const [y, dx, dgamma, dbeta, moving, inference] = jsonLines(out) as unknown[][];
      assertClose(y, c.expected, 'training output', TOL);
      assertClose(dx, c.dx, 'd/dx', TOL);
      assertClose(dgamma, c.dgamma, 'd/dgamma', TOL);
      assertClose(dbeta, c.dbeta, 'd/dbeta', TOL);
      assertClose(moving[0], c.moving_mean, 'moving mean', TOL);
      assertClose(moving[1], c.moving_variance, 'moving variance', TOL);
      assertClose(inference, c.inference, 'inference output', TOL);
    });
  }
  it('the fused op serves axis 1 and 3 of 4-D inputs; fused=True elsewhere falls back quietly, as TF 1.15\'s V1 layer does', () => {
    const out = py(`${HEAD}
for shape, axis, fused in [([2, 3, 4, 5], 1, None), ([2, 3, 4, 5], 3, None), ([2, 3, 4, 5], 2, True), ([2, 3, 4], 1, True)]:
    y = tf.layers.batch_normalization(tf.ones(shape), axis=axis, fused=fused, training=True)
    print(y.op.type, end=' ')`);
    assert.equal(out, 'FusedBatchNormV3 FusedBatchNormV3 Add Add ');
  });
  it('flatten(data_format=channels_first) orders features as channels_last does', () => {
    const c = ref.flatten;
    const out = py(`${HEAD}${show(`tf.Session().run(tf.layers.flatten(tf.constant(${lit(c.x)}), data_format='channels_first'))`)}`);
    assertClose(jsonLines(out)[0], c.expected, 'flatten (float32 of the same numbers)', 1e-7);
  });
  it('a data_format that is neither is TF\'s ValueError', () => {
    assert.equal(pyError(`${HEAD}tf.layers.conv2d(tf.zeros([1, 2, 3, 3]), 2, 3, data_format='NCHW')`),
      'ValueError: The `data_format` argument must be one of "channels_first", "channels_last". Received: NCHW');
  });
});

describe("tf.contrib.layers with data_format='NCHW' against PyTorch", () => {
  it('conv2d (SAME, relu off): weights [kh, kw, in, out], output and gradients', () => {
    const c = ref.contrib_conv2d;
    const got = run(c, `tf.contrib.layers.conv2d(x, ${(c.bias as unknown[]).length}, 3, data_format='NCHW', activation_fn=None,
    weights_initializer=tf.constant_initializer(${lit(c.kernel)}), biases_initializer=tf.constant_initializer(${lit(c.bias)}))
kernel, bias = tf.trainable_variables()`, ['kernel', 'bias']);
    checkConv(c, got, 'contrib conv2d');
  });
  it('conv2d with rate=2 (a dilated kernel), and TF\'s error for rate with strides', () => {
    const c = ref.contrib_conv2d_rate2;
    const got = run(c, `tf.contrib.layers.conv2d(x, ${(c.bias as unknown[]).length}, 3, rate=2, data_format='NCHW', activation_fn=None,
    weights_initializer=tf.constant_initializer(${lit(c.kernel)}), biases_initializer=tf.constant_initializer(${lit(c.bias)}))
kernel, bias = tf.trainable_variables()`, ['kernel', 'bias']);
    checkConv(c, got, 'contrib conv2d rate 2');
    assert.equal(pyError(`${HEAD}tf.contrib.layers.conv2d(tf.zeros([1, 8, 8, 3]), 4, 3, stride=2, rate=2)`),
      'ValueError: strides > 1 not supported in conjunction with dilation_rate > 1');
  });
  it('max_pool2d and avg_pool2d', () => {
    for (const [name, fn] of [['pool2d_max_same', 'max_pool2d'], ['pool2d_avg_same', 'avg_pool2d']]) {
      const c = ref[name];
      const [y, dx] = run(c, `tf.contrib.layers.${fn}(x, 3, 2, padding='SAME', data_format='NCHW')`, []);
      assertClose(y, c.expected, `${fn} output`, TOL);
      assertClose(dx, c.dx, `${fn} d/dx`, TOL);
    }
  });
  it('batch_norm(data_format=NCHW) normalizes over axis 1', () => {
    const c = ref.batch_norm_4d;
    const out = py(`${HEAD}
x = tf.constant(${lit(c.x)})
y = tf.contrib.layers.batch_norm(x, decay=${c.momentum}, epsilon=${c.epsilon}, scale=True, data_format='NCHW',
    param_initializers={'gamma': tf.constant_initializer(${lit(c.gamma)}), 'beta': tf.constant_initializer(${lit(c.beta)})})
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    ${show('sess.run(y)')}
    sess.run(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
    ${show("sess.run([v for v in tf.global_variables() if 'moving' in v.name])")}`);
    const [y, moving] = jsonLines(out) as unknown[][];
    assertClose(y, c.expected, 'batch_norm output', TOL);
    assertClose(moving[0], c.moving_mean, 'moving mean', TOL);
    assertClose(moving[1], c.moving_variance, 'moving variance', TOL);
  });
});

describe("tf.nn with data_format='NCHW' against the same PyTorch references", () => {
  const VARIABLES = (c: Case) => `kernel = tf.Variable(${lit(c.kernel)})\nbias = tf.Variable(${lit(c.bias)})`;
  it('conv2d + bias_add: strides [1, 1, sh, sw], gradients for input, filter and bias', () => {
    const c = ref.conv2d_same, [sh, sw] = c.strides as number[];
    checkConv(c, run(c, `tf.nn.bias_add(tf.nn.conv2d(x, kernel, [1, 1, ${sh}, ${sw}], 'SAME', data_format='NCHW'), bias, data_format='NCHW')`, ['kernel', 'bias'], VARIABLES(c)), 'tf.nn.conv2d');
  });
  it('conv2d_transpose with output_shape [N, C, H, W]', () => {
    const c = ref.conv2d_transpose_same, [sh, sw] = c.strides as number[], e = c.expected as unknown[][][][];
    const outShape = [e.length, e[0].length, e[0][0].length, e[0][0][0].length];
    checkConv(c, run(c, `tf.nn.bias_add(tf.nn.conv2d_transpose(x, kernel, ${JSON.stringify(outShape)}, [1, 1, ${sh}, ${sw}], 'SAME', data_format='NCHW'), bias, data_format='NCHW')`, ['kernel', 'bias'], VARIABLES(c)), 'tf.nn.conv2d_transpose');
  });
  for (const [name, fn] of [['pool2d_max_same', 'max_pool'], ['pool2d_avg_same', 'avg_pool'], ['pool2d_max_valid', 'max_pool']]) {
    it(`${fn} (${name.split('_').pop()}) with ksize/strides [1, 1, h, w]`, () => {
      const c = ref[name], [ph, pw] = c.pool as number[], [sh, sw] = c.strides as number[];
      const [y, dx] = run(c, `tf.nn.${fn}(x, [1, 1, ${ph}, ${pw}], [1, 1, ${sh}, ${sw}], '${(c.padding as string).toUpperCase()}', data_format='NCHW')`, []);
      assertClose(y, c.expected, `${fn} output`, TOL);
      assertClose(dx, c.dx, `${fn} d/dx`, TOL);
    });
  }
});
