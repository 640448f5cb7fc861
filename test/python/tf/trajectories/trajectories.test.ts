// The three nlintz-style programs whose corpus accuracies looked wrong (04_modern_net's MLP,
// 05_convolutional_net's conv/max_pool net, 07_lstm's BasicLSTMCell over tf.split time steps),
// shrunk and made deterministic (no dropout, fixed initial weights), trained with TF1's
// RMSPropOptimizer through the Python front end: every step's loss and the final weights must
// equal an independent float32 NumPy computation of the same equations (gen_fixtures.py); the
// chiphuyen conv net (biases, VALID pooling, Adam) that the corpus also trains is checked alike. RMSProp
// starting its mean square at ONES is what makes these losses fall slowly; zeros would not.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../helpers';

interface Case { X: unknown; Y: unknown; init: unknown[]; losses: number[]; final: number[][] }
const fixtures: Record<'mlp' | 'cnn' | 'lstm' | 'cnn_adam', Case> = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures.json'), 'utf8'));
const lit = (v: unknown) => JSON.stringify(v);

/** Runs `body` after the fixture's X, Y and initial weights are defined; it prints `loss <v>` per
 *  step, then `final <json>` with the trained variables, which this parses. */
function train(c: Case, body: string[]): { losses: number[]; final: number[][] } {
  const src = [
    'import json', 'import numpy as np', 'import tensorflow as tf',
    `trX = np.array(${lit(c.X)}, dtype=np.float32)`, `trY = np.array(${lit(c.Y)}, dtype=np.float32)`,
    ...c.init.map((w, i) => `init${i} = np.array(${lit(w)}, dtype=np.float32)`),
    ...body,
  ].join('\n');
  const { result, stdout, stderr } = run(src);
  assert.ok(result.ok, result.ok ? '' : result.error.traceback || stderr);
  const losses = stdout.split('\n').filter(l => l.startsWith('loss ')).map(l => Number(l.slice(5)));
  const finalLine = stdout.split('\n').find(l => l.startsWith('final '))!;
  return { losses, final: JSON.parse(finalLine.slice(6)) };
}

function assertClose(actual: number[], expected: number[], rtol: number, what: string) {
  assert.equal(actual.length, expected.length, what);
  actual.forEach((a, i) => {
    const e = expected[i];
    assert.ok(Math.abs(a - e) <= rtol * Math.max(1, Math.abs(e)), `${what}[${i}]: ${a} vs NumPy ${e}`);
  });
}

function check(c: Case, got: { losses: number[]; final: number[][] }) {
  assertClose(got.losses, c.losses, 1e-5, 'loss');
  got.final.forEach((w, k) => assertClose(w, (c.final[k] as unknown as number[][]).flat(Infinity) as number[], 1e-4, `variable ${k}`));
}

const TRAIN_LOOP = (steps: number, vars: string) => [
  'with tf.Session() as sess:',
  '    tf.global_variables_initializer().run()',
  `    for _ in range(${steps}):`,
  '        l, _ = sess.run([cost, train_op], feed_dict={X: trX, Y: trY})',
  "        print('loss %.9g' % l)",
  `    print('final ' + json.dumps([v.ravel().tolist() for v in sess.run([${vars}])]))`,
];

describe('nlintz (RMSProp) and chiphuyen (Adam) models match NumPy step by step', function () {
  this.timeout(60_000);

  it('04_modern_net: relu MLP', () => {
    check(fixtures.mlp, train(fixtures.mlp, [
      'X = tf.placeholder("float", [None, 12]); Y = tf.placeholder("float", [None, 4])',
      'w_h, w_h2, w_o = tf.Variable(init0), tf.Variable(init1), tf.Variable(init2)',
      'h = tf.nn.relu(tf.matmul(X, w_h)); h2 = tf.nn.relu(tf.matmul(h, w_h2)); py_x = tf.matmul(h2, w_o)',
      'cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=py_x, labels=Y))',
      'train_op = tf.train.RMSPropOptimizer(0.01, 0.9).minimize(cost)',
      ...TRAIN_LOOP(6, 'w_h, w_h2, w_o'),
    ]));
  });

  it('05_convolutional_net: conv2d SAME, relu, max_pool SAME on an odd size, dense', () => {
    check(fixtures.cnn, train(fixtures.cnn, [
      'X = tf.placeholder("float", [None, 5, 5, 1]); Y = tf.placeholder("float", [None, 3])',
      'w, w_o = tf.Variable(init0), tf.Variable(init1)',
      "l1a = tf.nn.relu(tf.nn.conv2d(X, w, strides=[1, 1, 1, 1], padding='SAME'))",
      "l1 = tf.nn.max_pool(l1a, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')",
      'py_x = tf.matmul(tf.reshape(l1, [-1, w_o.get_shape().as_list()[0]]), w_o)',
      'cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=py_x, labels=Y))',
      'train_op = tf.train.RMSPropOptimizer(0.01, 0.9).minimize(cost)',
      ...TRAIN_LOOP(6, 'w, w_o'),
    ]));
  });

  it('chiphuyen 07_convnet_mnist: conv2d + bias, VALID max_pool, a reshape sized by Dimensions, Adam', () => {
    check(fixtures.cnn_adam, train(fixtures.cnn_adam, [
      'X = tf.placeholder("float", [None, 6, 6, 1]); Y = tf.placeholder("float", [None, 3])',
      'k, kb, w = tf.Variable(init0), tf.Variable(init1), tf.Variable(init2)',
      'b = tf.Variable(tf.zeros([3]))',
      "conv = tf.nn.relu(tf.nn.conv2d(X, k, strides=[1, 1, 1, 1], padding='SAME') + kb)",
      "pool = tf.nn.max_pool(conv, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='VALID')",
      'feature_dim = pool.shape[1] * pool.shape[2] * pool.shape[3]',
      'py_x = tf.matmul(tf.reshape(pool, [-1, feature_dim]), w) + b',
      'cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=py_x, labels=Y))',
      'train_op = tf.train.AdamOptimizer(0.01).minimize(cost)',
      ...TRAIN_LOOP(5, 'k, kb, w, b'),
    ]));
  });

  it('07_lstm: BasicLSTMCell over tf.split time steps with static_rnn', () => {
    check(fixtures.lstm, train(fixtures.lstm, [
      'from tensorflow.contrib import rnn',
      'X = tf.placeholder("float", [None, 4, 3]); Y = tf.placeholder("float", [None, 2])',
      'W, B = tf.Variable(init1), tf.Variable(init2)',
      'XR = tf.reshape(tf.transpose(X, [1, 0, 2]), [-1, 3])',
      'X_split = tf.split(XR, 4, 0)',
      'lstm = rnn.BasicLSTMCell(5, forget_bias=1.0, state_is_tuple=True)',
      'outputs, _states = rnn.static_rnn(lstm, X_split, dtype=tf.float32)',
      'py_x = tf.matmul(outputs[-1], W) + B',
      'kernel, bias = [v for v in tf.trainable_variables() if "basic_lstm_cell" in v.name]',
      'cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=py_x, labels=Y))',
      'train_op = tf.train.RMSPropOptimizer(0.005, 0.9).minimize(cost)',
      'with tf.Session() as sess:',
      '    tf.global_variables_initializer().run()',
      '    sess.run(tf.assign(kernel, init0))',
      '    for _ in range(5):',
      '        l, _ = sess.run([cost, train_op], feed_dict={X: trX, Y: trY})',
      "        print('loss %.9g' % l)",
      "    print('final ' + json.dumps([v.ravel().tolist() for v in sess.run([kernel, bias, W, B])]))",
    ]));
  });
});
