// Embeddings and the ops around them: embedding_lookup and its IndexedSlices gradient, sparse
// updates by optimizers (touched rows only for gradient descent), scatter ops, reverse ops,
// candidate samplers, and nce / sampled softmax losses against loops written here in float64.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';

const nd = (v: unknown, dtype: tf.DType = 'float64') => tf.NDArray.from(v as number[], dtype);
const run = (t: tf.Tensor | tf.Tensor[] | tf.Operation, feeds: [tf.Tensor, tf.NDArray][] = [], s = new tf.Session()) => s.run(t as tf.Tensor, feeds);
const values = (t: tf.Tensor) => Array.from((run(t) as tf.NDArray).numeric);

function close(a: ArrayLike<number>, e: ArrayLike<number>, tol = 1e-9, what = ''): void {
  assert.equal(a.length, e.length, `${what} length`);
  for (let i = 0; i < e.length; i++) assert.ok(Math.abs(a[i] - e[i]) <= tol * (1 + Math.abs(e[i])), `${what}[${i}]: ${a[i]} vs ${e[i]}`);
}

describe('embeddings', () => {
  beforeEach(() => clearDefaultGraphState());

  it('embedding_lookup gathers rows; its gradient is IndexedSlices of the looked-up rows', () => {
    const params = tf.constant(nd([[1, 2], [3, 4], [5, 6]]));
    const ids = tf.constant(nd([2, 0, 2], 'int32'));
    const e = tf.embeddingLookup(params, ids);
    assert.equal(e.name, 'embedding_lookup/Identity:0');
    assert.equal(e.op.inputs[0].op.name, 'embedding_lookup');
    assert.deepEqual(values(e), [5, 6, 1, 2, 5, 6]);
    const [g] = tf.gradientsKeepingSlices(tf.reduceSum(tf.multiply(e, tf.constant(nd([[1, 10], [100, 1000], [2, 20]])))), [params]);
    assert.ok(g instanceof tf.IndexedSlices);
    assert.deepEqual(values((g as tf.IndexedSlices).indices), [2, 0, 2]);
    assert.deepEqual(values((g as tf.IndexedSlices).values), [1, 10, 100, 1000, 2, 20]);
    // The dense form sums duplicate rows (tf.gradients for TypeScript callers, convert_to_tensor).
    assert.deepEqual(values(tf.gradients(tf.reduceSum(tf.multiply(e, tf.constant(nd([[1, 10], [100, 1000], [2, 20]])))), [params])[0]!), [100, 1000, 0, 0, 3, 30]);
  });

  it('embedding_lookup gradient and max_norm clipping (finite differences)', () => {
    checkGradient(p => tf.embeddingLookup(p, tf.constant(nd([[1, 0], [1, 1]], 'int32'))), [randomArray([3, 2])]);
    checkGradient(p => tf.embeddingLookup(p, tf.constant(nd([1, 2], 'int32')), { maxNorm: 0.5 }), [randomArray([3, 4])]);
    const clipped = values(tf.embeddingLookup(tf.constant(nd([[3, 4]])), tf.constant(nd([0], 'int32')), { maxNorm: 1 }));
    close(clipped, [0.6, 0.8]);
  });

  it('rejects a partition strategy TF does not know, and more than one shard', () => {
    const p = tf.constant(nd([[1]]));
    assert.throws(() => tf.embeddingLookup(p, tf.constant(nd([0], 'int32')), { partitionStrategy: 'x' }), /Unrecognized partition strategy: x/);
    assert.throws(() => tf.embeddingLookup([p, p], tf.constant(nd([0], 'int32'))), /embedding_lookup\(\) argument 'params' is not supported by Gradbook: partitioned embeddings/);
  });

  it('gradient descent on an embedding updates only the rows a batch touched (duplicates summed)', () => {
    const init = [[1, 1], [2, 2], [3, 3], [4, 4]];
    const emb = new tf.Variable(tf.constant(nd(init, 'float32')), { name: 'emb' });
    const ids = tf.placeholder('int32', [null]);
    const loss = tf.reduceSum(tf.square(tf.embeddingLookup(emb, ids)));
    const train = new tf.train.GradientDescentOptimizer(0.1).minimize(loss);
    const update = train.controlInputs.length ? train.controlInputs[0] : train;
    const ops = tf.getDefaultGraph().getOperations().map(o => o.type);
    assert.ok(ops.includes('ScatterSub'), `a ScatterSub applies the sparse gradient (${ops.join(',')})`);
    const s = new tf.Session();
    s.run(tf.globalVariablesInitializer());
    s.run(train, [[ids, nd([1, 3, 1], 'int32')]]);
    void update;
    // Row 1 appears twice: -0.1 · (2·2 + 2·2) = -0.8; row 3: -0.1 · 2·4 = -0.8; rows 0 and 2 untouched.
    close(Array.from((s.run(emb.value()) as tf.NDArray).numeric), [1, 1, 1.2, 1.2, 3, 3, 3.2, 3.2], 1e-6);
  });

  it('Adam on an IndexedSlices gradient gives the numbers of the dense gradient (TF decays every row)', () => {
    const results = [true, false].map(sparse => {
      clearDefaultGraphState();
      const emb = new tf.Variable(tf.constant(nd([[1, -1], [2, 0.5], [-3, 1]], 'float32')), { name: 'emb' });
      const picked = sparse ? tf.embeddingLookup(emb, tf.constant(nd([0, 2, 0], 'int32'))) : tf.matmul(tf.constant(nd([[1, 0, 0], [0, 0, 1], [1, 0, 0]], 'float32')), emb.value());
      const train = new tf.train.AdamOptimizer(0.1).minimize(tf.reduceSum(tf.multiply(picked, picked)));
      const s = new tf.Session();
      s.run(tf.globalVariablesInitializer());
      for (let i = 0; i < 3; i++) s.run(train);
      return Array.from((s.run(emb.value()) as tf.NDArray).numeric);
    });
    close(results[0], results[1], 1e-6);
    // Row 1 never had a gradient: its moments stay zero and so does its update.
    assert.deepEqual(results[0].slice(2, 4), [2, 0.5]);
  });

  it('scatter_sub / scatter_add / scatter_update change the named rows in place', () => {
    const v = new tf.Variable(tf.constant(nd([[1, 1], [2, 2], [3, 3]], 'float32')));
    const s = new tf.Session();
    s.run(tf.globalVariablesInitializer());
    s.run(tf.scatter('ScatterAdd', v, nd([2, 2], 'int32'), nd([[1, 1], [1, 1]], 'float32'), false));
    s.run(tf.scatter('ScatterSub', v, nd([0], 'int32'), nd([[0.5, 0.5]], 'float32'), false));
    s.run(tf.scatter('ScatterUpdate', v, nd([1], 'int32'), nd([[9, 8]], 'float32'), true));
    assert.deepEqual(Array.from((s.run(v.value()) as tf.NDArray).numeric), [0.5, 0.5, 9, 8, 5, 5]);
    assert.throws(() => s.run(tf.scatter('ScatterAdd', v, nd([3], 'int32'), nd([[1, 1]], 'float32'), false)), /indices\[0\] = 3 is not in \[0, 3\)/);
  });
});

describe('reverse ops', () => {
  beforeEach(() => clearDefaultGraphState());
  it('reverse flips axes; reverse_sequence flips each row within its length', () => {
    const x = tf.constant(nd([[1, 2, 3], [4, 5, 6]]));
    assert.deepEqual(values(tf.reverse(x, [1])), [3, 2, 1, 6, 5, 4]);
    assert.deepEqual(values(tf.reverse(x, [0, 1])), [6, 5, 4, 3, 2, 1]);
    assert.deepEqual(values(tf.reverseSequence(x, nd([2, 3], 'int64'), 1, 0)), [2, 1, 3, 6, 5, 4]);
    assert.throws(() => values(tf.reverseSequence(x, nd([4, 1], 'int64'), 1, 0)), /seq_lens\(0\) > input.dims\(1\)/);
  });
  it('gradients (finite differences)', () => {
    checkGradient(x => tf.reverse(tf.square(x), [0]), [randomArray([3, 2])]);
    checkGradient(x => tf.reverseSequence(tf.sin(x), nd([1, 3], 'int32'), 1, 0), [randomArray([2, 3, 2])]);
  });
});

describe('candidate samplers and sampled losses', () => {
  beforeEach(() => clearDefaultGraphState());

  it('log-uniform sampling: distinct ids in range, expected counts p·n (P(k) = log((k+2)/(k+1)) / log(range+1))', () => {
    const range = 1000000, n = 5;
    const [sampled, trueCount, sampledCount] = tf.logUniformCandidateSampler(nd([[0], [7]], 'int64'), 1, n, true, range, 42);
    const [ids, tc, sc] = run([sampled, trueCount, sampledCount]) as tf.NDArray[];
    const p = (k: number) => Math.log((k + 2) / (k + 1)) / Math.log(range + 1);
    assert.equal(new Set(ids.numeric).size, n);
    ids.numeric.forEach((k, i) => { assert.ok(k >= 0 && k < range); close([sc.numeric[i]], [p(k) * n], 1e-5); });
    close(Array.from(tc.numeric), [p(0) * n, p(7) * n], 1e-5);
    // Small ids are far more likely than large ones.
    const [many] = tf.logUniformCandidateSampler(nd([[0]], 'int64'), 1, 2000, false, 100, 3);
    const draws = Array.from((run(many) as tf.NDArray).numeric);
    assert.ok(draws.filter(d => d < 10).length > draws.filter(d => d >= 50).length * 2);
  });

  it('nce_loss and sampled_softmax_loss match TF\'s formulas for given sampled_values (accidental hits removed)', () => {
    const W = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.2], [0.7, -0.1]], b = [0.05, -0.1, 0.2, 0];
    const x = [[1, 2], [-1, 0.5]], labels = [[1], [3]];
    const sampled = [3, 0], tq = [[0.4], [0.2]], sq = [0.3, 0.5];
    const logit = (r: number, k: number) => x[r][0] * W[k][0] + x[r][1] * W[k][1] + b[k];
    const ref = (r: number, hits: boolean) => {
      const trueL = logit(r, labels[r][0]) - Math.log(tq[r][0]);
      const samp = sampled.map((k, j) => logit(r, k) - Math.log(sq[j]) + (hits && k === labels[r][0] ? -3.4028234663852886e38 : 0));
      return { trueL, samp };
    };
    const sigXent = (z: number, l: number) => Math.max(z, 0) - z * l + Math.log1p(Math.exp(-Math.abs(z)));
    const args = () => ({
      weights: [tf.constant(nd(W))], biases: [tf.constant(nd(b))], labels: tf.constant(nd(labels, 'int64')), inputs: tf.constant(nd(x)),
      numSampled: 2, numClasses: 4, numTrue: 1, partitionStrategy: 'mod',
      sampledValues: [tf.constant(nd(sampled, 'int64')), tf.constant(nd(tq, 'float32')), tf.constant(nd(sq, 'float32'))],
    });
    const [nceLogits, nceLabels] = tf.computeSampledLogits({ ...args(), removeAccidentalHits: false });
    const got = run([nceLogits, nceLabels]) as tf.NDArray[];
    const expectLogits = [0, 1].flatMap(r => { const q = ref(r, false); return [q.trueL, ...q.samp]; });
    close(Array.from(got[0].numeric), expectLogits, 1e-6);
    assert.deepEqual(Array.from(got[1].numeric), [1, 0, 0, 1, 0, 0]);
    const nce = [0, 1].map(r => { const q = ref(r, false); return sigXent(q.trueL, 1) + q.samp.reduce((s, z) => s + sigXent(z, 0), 0); });
    const [hitLogits] = tf.computeSampledLogits({ ...args(), removeAccidentalHits: true });
    const softmax = [0, 1].map(r => {
      const q = ref(r, true), all = [q.trueL, ...q.samp], mx = Math.max(...all);
      return -(q.trueL - mx - Math.log(all.reduce((s, z) => s + Math.exp(z - mx), 0)));
    });
    const hit = Array.from((run(hitLogits) as tf.NDArray).numeric);
    assert.ok(hit[3 + 1] < -1e38, 'row 1 sampled its own label 3: that logit is removed');
    close(values(tf.nceLoss({ ...args(), removeAccidentalHits: false })), nce, 1e-6, 'nce_loss');
    close(values(tf.sampledSoftmaxLoss({ ...args(), removeAccidentalHits: true })), softmax, 1e-6, 'sampled_softmax_loss');
  });

  it('nce_loss gradients reach the inputs and the class embeddings (finite differences)', () =>
    checkGradient((inputs, w) => tf.reduceSum(tf.sigmoid(tf.computeSampledLogits({
      weights: [w], biases: [tf.constant(nd([0.1, 0, -0.1, 0.2]))], labels: tf.constant(nd([[1], [2]], 'int64')), inputs,
      numSampled: 2, numClasses: 4, numTrue: 1, partitionStrategy: 'mod', removeAccidentalHits: false,
      sampledValues: [tf.constant(nd([0, 3], 'int64')), tf.constant(nd([[0.5], [0.5]], 'float32')), tf.constant(nd([0.25, 0.25], 'float32'))],
    })[0])), [randomArray([2, 3]), randomArray([4, 3], -1, 1, 5)]));
});
