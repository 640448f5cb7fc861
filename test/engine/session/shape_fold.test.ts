// Shape-only subgraphs folded per set of shapes (src/engine/session/shape_fold.ts): the same
// programs run with folding on and off print the same bytes (losses, gradients, weights after
// training steps), across feed shape changes between runs, a Shape whose input changes rank, a
// second plan running the same ops with another batch size, a fetched folded value the program
// mutates, an error raised by a shape-only op, and a folded value too large to keep.
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python/index';
import { resetDefaultGraph } from '../../../src/engine/graph/default_graph';
import { addRunObserver, type RunRecord } from '../../../src/engine/session/session';
import { shapeFolding } from '../../../src/engine/session/shape_fold';

// The seed's softmax regression with its naive cross entropy, trained with batches whose size
// changes between runs (100, 37, 100, 1), plus a gradient evaluation plan on another batch size
// interleaved with training (the train op's own gradient ops: Prod, Fill, Tile run in both plans
// and write the same pooled buffers).
const SEED = `
import numpy as np
import tensorflow as tf
rng = np.random.RandomState(1)
x = tf.placeholder(tf.float32, [None, 20])
y_ = tf.placeholder(tf.float32, [None, 5])
W = tf.Variable(rng.randn(20, 5).astype(np.float32) * 0.1)
b = tf.Variable(np.zeros(5, np.float32))
y = tf.nn.softmax(tf.matmul(x, W) + b)
cross_entropy = -tf.reduce_sum(y_ * tf.log(y))
mean_ce = tf.reduce_mean(-tf.reduce_sum(y_ * tf.log(y), reduction_indices=[1]))
opt = tf.train.GradientDescentOptimizer(0.5)
gvs = opt.compute_gradients(mean_ce, [W, b])
train = opt.apply_gradients(gvs)
grads = [g for g, v in gvs]
sess = tf.Session()
sess.run(tf.global_variables_initializer())
def batch(n):
    xs = rng.rand(n, 20).astype(np.float32)
    ys = np.eye(5, dtype=np.float32)[rng.randint(0, 5, n)]
    return xs, ys
for i, n in enumerate([100, 100, 37, 37, 100, 1, 1, 100, 64]):
    xs, ys = batch(n)
    _, l = sess.run([train, mean_ce], {x: xs, y_: ys})
    print(n, np.float32(l).tobytes().hex())
    if i % 3 == 1:
        ex, ey = batch(50 + i)
        g = sess.run(grads, {x: ex, y_: ey})
        print('g', g[0].tobytes().hex(), g[1].tobytes().hex())
        print('ce', np.float32(sess.run(cross_entropy, {x: ex, y_: ey})).tobytes().hex())
print('W', sess.run(W).tobytes().hex())
print('b', sess.run(b).tobytes().hex())
# A label of zero probability: log(0) = -inf, 0 * -inf = NaN, as the graph as written says.
xs, ys = batch(4)
W0 = sess.run(W)
print('nan', np.float32(sess.run(mean_ce, {x: xs * 1e4, y_: ys})).tobytes().hex())
`;

// Shape-only ops whose input changes shape and rank between runs; a fetched shape mutated by the
// program; a Reshape whose target comes from a Shape and fails for one feed.
const SHAPES = `
import numpy as np
import tensorflow as tf
p = tf.placeholder(tf.float32)
q = tf.placeholder(tf.float32, [None, 3])
s = tf.shape(p)
n = tf.size(p)
r = tf.rank(p)
scale = tf.cast(tf.reduce_prod(s), tf.float32)
m = tf.reduce_sum(p) / scale + tf.cast(r, tf.float32)
ones = tf.fill(tf.shape(q), 2.0)
back = tf.reshape(p, tf.shape(q))
sess = tf.Session()
for v in [np.arange(6, dtype=np.float32).reshape(2, 3), np.arange(6, dtype=np.float32).reshape(2, 3),
          np.arange(24, dtype=np.float32).reshape(2, 3, 4), np.float32(3), np.arange(6, dtype=np.float32).reshape(2, 3),
          np.arange(6, dtype=np.float32).reshape(3, 2)]:
    out = sess.run([s, n, r, m], {p: v})
    print(out[0].tolist(), int(out[1]), int(out[2]), np.float32(out[3]).tobytes().hex())
    if out[0].size:
        out[0][0] = 99
    print(sess.run(s, {p: v}).tolist())
qv = np.ones((4, 3), np.float32)
print(sess.run(ones, {q: qv}).tobytes().hex())
print(sess.run(ones, {q: qv[:2]}).tobytes().hex())
# A folded Fill of 240 KB is not kept: it and the Mul reading it run every time, the rest folds.
big = tf.reduce_sum(tf.fill([300, 200], 1.5) * tf.cast(tf.size(p), tf.float32)) + tf.cast(tf.rank(p), tf.float32)
for v in [np.ones((2, 3), np.float32), np.ones((2, 3), np.float32), np.ones((4,), np.float32), np.ones((2, 3), np.float32)]:
    print('big', np.float32(sess.run(big, {p: v})).tobytes().hex())
# Two plans run the same Cast (a scalar: one pooled buffer) with different batch sizes.
count = tf.cast(tf.shape(q)[0], tf.float32)
scaled = q * count
for rows in [4, 2, 4, 2, 4]:
    if rows == 4:
        print('scaled', sess.run(scaled, {q: qv}).tobytes().hex())
    else:
        print('both', [a.tobytes().hex() for a in sess.run([scaled, ones], {q: qv[:rows]})])
for v in [np.arange(12, dtype=np.float32), np.arange(12, dtype=np.float32), np.arange(5, dtype=np.float32), np.arange(12, dtype=np.float32)]:
    try:
        print(sess.run(back, {p: v, q: qv}).shape)
    except tf.errors.InvalidArgumentError as e:
        print('error', str(e).splitlines()[0])
`;

function run(source: string, fold: boolean): { out: string; records: number; excludedValid: number } {
  resetDefaultGraph();
  shapeFolding.enabled = fold;
  let records = 0, excludedValid = 0;
  const stop = addRunObserver((r: RunRecord) => {
    if (r.plan.shapeFold?.valid) records++;
    if (r.plan.shapeFold?.valid && r.plan.shapeFold.excluded.size) excludedValid++;
  });
  try {
    const out: string[] = [];
    const session = new PythonSession({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), display: () => undefined });
    const r = session.runCell(source, 'shape_fold.py');
    if (!r.ok) out.push(String(r.error.traceback));
    return { out: out.join(''), records, excludedValid };
  } finally {
    stop();
    shapeFolding.enabled = true;
  }
}

describe('engine/session shape-only folding', function () {
  this.timeout(60000);

  it('trains the seed graph to the same bits with and without folding, across batch sizes and plans', () => {
    const folded = run(SEED, true), plain = run(SEED, false);
    assert.ok(!/Traceback|Error/.test(plain.out), plain.out);
    assert.equal(folded.out, plain.out);
    // The folded runs really reused kept values (a valid fold after the run).
    assert.ok(folded.records > 5, `only ${folded.records} runs had a valid fold`);
    assert.equal(plain.records, 0);
    assert.match(plain.out, /\nnan [0-9a-f]{8}\n/);
  });

  it('recomputes shape-only ops when their input shape or rank changes, and a fetched value stays private', () => {
    const folded = run(SHAPES, true);
    const plain = run(SHAPES, false);
    assert.ok(!/Traceback/.test(plain.out), plain.out);
    assert.equal(folded.out, plain.out);
    assert.match(plain.out, /\[2, 3, 4\] 24 3/);
    assert.match(plain.out, /\[\] 1 0/);
    assert.match(plain.out, /\[3, 2\] 6 2/);
    assert.equal((plain.out.match(/^\[2, 3\]$/gm) ?? []).length, 3);
    assert.equal((plain.out.match(/^error /gm) ?? []).length, 1);
    assert.ok(folded.records > 3);
    // The plan with the big Fill still folds its other steps.
    assert.ok(folded.excludedValid >= 3, `${folded.excludedValid} runs folded around the big Fill`);
    assert.equal((plain.out.match(/^big /gm) ?? []).length, 4);
  });
});
