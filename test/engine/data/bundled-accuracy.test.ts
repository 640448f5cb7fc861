import * as assert from 'assert';
import { readDataSets } from '../../../src/engine/data';
import { NDArray } from '../../../src/engine/ndarray';
import { recordingEnvironment } from './helpers';

// Why the bundled split keeps 5,000 digits for training: the seed program (softmax regression,
// zero init, gradient descent 0.5, 2000 steps of next_batch(100)) must still reach >= 0.88 test
// accuracy. Written in plain loops so it checks the data, independent of the engine's ops.
function softmaxRegression(steps: number, batchSize: number, learningRate: number, seed: number) {
  const ds = readDataSets('MNIST_data/', { oneHot: true, seed }, recordingEnvironment().env);
  const W = new Float32Array(784 * 10), b = new Float32Array(10);
  const logitsOf = (x: Float32Array, i: number, out: Float64Array) => {
    out.set(b);
    for (let p = 0; p < 784; p++) {
      const v = x[i * 784 + p];
      if (v !== 0) for (let k = 0; k < 10; k++) out[k] += v * W[p * 10 + k];
    }
  };
  const logits = new Float64Array(10), gW = new Float32Array(784 * 10), gb = new Float32Array(10);
  for (let step = 0; step < steps; step++) {
    const [xs, ys] = ds.train.next_batch(batchSize);
    const x = xs.numeric as Float32Array, y = ys.numeric;
    gW.fill(0); gb.fill(0);
    for (let i = 0; i < batchSize; i++) {
      logitsOf(x, i, logits);
      const max = Math.max(...logits);
      let sum = 0;
      for (let k = 0; k < 10; k++) sum += (logits[k] = Math.exp(logits[k] - max));
      for (let k = 0; k < 10; k++) {
        // d(mean cross-entropy)/d(logit) = (softmax - label) / batch
        const g = (logits[k] / sum - y[i * 10 + k]) / batchSize;
        gb[k] += g;
        for (let p = 0; p < 784; p++) gW[p * 10 + k] += x[i * 784 + p] * g;
      }
    }
    for (let j = 0; j < W.length; j++) W[j] -= learningRate * gW[j];
    for (let k = 0; k < 10; k++) b[k] -= learningRate * gb[k];
  }
  const accuracy = (images: NDArray, labels: NDArray) => {
    let correct = 0;
    for (let i = 0; i < images.shape[0]; i++) {
      logitsOf(images.numeric as Float32Array, i, logits);
      if (labels.numeric[i * 10 + logits.indexOf(Math.max(...logits))] === 1) correct++;
    }
    return correct / images.shape[0];
  };
  return accuracy(ds.test.images, ds.test.labels);
}

describe('engine/data bundled split supports the seed program', () => {
  it('softmax regression reaches >= 0.88 test accuracy after 2000 steps of 100', () => {
    const accuracy = softmaxRegression(2000, 100, 0.5, 0);
    console.log(`      bundled-split softmax test accuracy: ${accuracy.toFixed(4)}`);
    assert.ok(accuracy >= 0.88, `test accuracy ${accuracy}`);
  });
});
