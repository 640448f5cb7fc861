// Embeddings, sampled losses and sequence losses from Python: IndexedSlices gradients, the
// word2vec training loop shape, sequence_loss's averaging flags against values computed here.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

function py(lines: string[]): string {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(['import tensorflow as tf', 'import numpy as np', ...lines].join('\n') + '\n', '<cell 1>');
  if (!r.ok) throw new Error(r.error.traceback);
  return out;
}

describe('embeddings and sampled losses from Python', () => {
  it('tf.gradients of an embedding lookup is an IndexedSlices that apply_gradients applies sparsely', () => {
    assert.equal(py([
      'emb = tf.Variable(tf.ones([5, 2]))',
      'ids = tf.constant([4, 1, 4])',
      'loss = tf.reduce_sum(tf.nn.embedding_lookup(emb, ids, name="look"))',
      'g = tf.gradients(loss, emb)[0]',
      'print(type(g).__name__, isinstance(g, tf.IndexedSlices), g.dense_shape.name.startswith("gradients/"), g.values.shape)',
      'opt = tf.train.GradientDescentOptimizer(0.5)',
      'pairs = opt.compute_gradients(loss)',
      'train = opt.apply_gradients(pairs)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    print(s.run(tf.convert_to_tensor(g)).tolist())',
      '    s.run(train)',
      '    print(s.run(emb).tolist())',
    ]), [
      "IndexedSlices True True (?, 2)",
      '[[0.0, 0.0], [1.0, 1.0], [0.0, 0.0], [0.0, 0.0], [2.0, 2.0]]',
      '[[1.0, 1.0], [0.5, 0.5], [1.0, 1.0], [1.0, 1.0], [0.0, 0.0]]',
      '',
    ].join('\n'));
  });

  it('trains a skip-gram model with nce_loss (word2vec_basic\'s graph) and the loss falls', () => {
    const out = py([
      'tf.set_random_seed(1)',
      'vocab, dim = 50, 8',
      'train_inputs = tf.placeholder(tf.int32, shape=[16])',
      'train_labels = tf.placeholder(tf.int32, shape=[16, 1])',
      'embeddings = tf.Variable(tf.random_uniform([vocab, dim], -1.0, 1.0))',
      'embed = tf.nn.embedding_lookup(embeddings, train_inputs)',
      'nce_weights = tf.Variable(tf.truncated_normal([vocab, dim], stddev=1.0 / np.sqrt(dim)))',
      'nce_biases = tf.Variable(tf.zeros([vocab]))',
      'loss = tf.reduce_mean(tf.nn.nce_loss(weights=nce_weights, biases=nce_biases, labels=train_labels, inputs=embed, num_sampled=6, num_classes=vocab))',
      'optimizer = tf.train.GradientDescentOptimizer(1.0).minimize(loss)',
      'norm = tf.sqrt(tf.reduce_sum(tf.square(embeddings), 1, keep_dims=True))',
      'similarity = tf.matmul(embeddings / norm, embeddings / norm, transpose_b=True)',
      'rng = np.random.RandomState(0)',
      'x = rng.randint(0, vocab, 16)',
      'y = ((x + 1) % vocab).reshape(16, 1)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    losses = [s.run([optimizer, loss], {train_inputs: x, train_labels: y})[1] for _ in range(150)]',
      '    print(np.mean(losses[:10]) > 2 * np.mean(losses[-10:]), s.run(similarity).shape)',
    ]);
    assert.equal(out, 'True (50, 50)\n');
  });

  it('sequence_loss and its averaging flags; sparse softmax cross-entropy over 3-D logits', () => {
    const logits = [[[0.1, 2, -1], [1, 0, 0.5]], [[0, 0, 0], [-1, 3, 1]]];
    const targets = [[1, 2], [0, 1]];
    const weights = [[1, 0.5], [2, 0]];
    const ce = logits.map((row, b) => row.map((l, t) => Math.log(l.reduce((s, z) => s + Math.exp(z), 0)) - l[targets[b][t]]));
    const w = (b: number, t: number) => ce[b][t] * weights[b][t];
    const total = w(0, 0) + w(0, 1) + w(1, 0) + w(1, 1);
    const out = py([
      `logits = tf.constant(${JSON.stringify(logits)}, dtype=tf.float64)`,
      `t = tf.constant(${JSON.stringify(targets)})`,
      `w = tf.constant(${JSON.stringify(weights)}, dtype=tf.float64)`,
      'sl = tf.contrib.seq2seq.sequence_loss',
      'res = [sl(logits, t, w), sl(logits, t, w, average_across_timesteps=False), sl(logits, t, w, average_across_batch=False),',
      '       sl(logits, t, w, average_across_timesteps=False, average_across_batch=False, sum_over_timesteps=True, sum_over_batch=True),',
      '       tf.nn.sparse_softmax_cross_entropy_with_logits(labels=t, logits=logits)]',
      'print([np.asarray(r).tolist() for r in tf.Session().run(res)])',
    ]);
    const [all, perT, perB, sums, xent] = JSON.parse(out);
    const near = (a: number, e: number) => assert.ok(Math.abs(a - e) < 1e-12, `${a} vs ${e}`);
    near(all, total / 3.5);
    near(perT[0], (w(0, 0) + w(1, 0)) / 3); near(perT[1], (w(0, 1) + w(1, 1)) / 0.5);
    near(perB[0], (w(0, 0) + w(0, 1)) / 1.5); near(perB[1], (w(1, 0) + w(1, 1)) / 2);
    near(sums, total / 3);
    xent.flat().forEach((v: number, i: number) => near(v, ce.flat()[i]));
  });

  it('raises sequence_loss\'s errors', () => {
    clearDefaultGraphState();
    const s = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined });
    const r = s.runCell('import tensorflow as tf\ntf.contrib.seq2seq.sequence_loss(tf.zeros([2, 3]), tf.zeros([2, 3], tf.int32), tf.ones([2, 3]))\n', '<cell 1>');
    assert.ok(!r.ok);
    assert.match(r.error.traceback, /ValueError: Logits must be a \[batch_size x sequence_length x logits\] tensor/);
  });
});
