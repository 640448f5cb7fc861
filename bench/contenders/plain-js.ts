// A floor reference: the same math as hand-written dense scalar loops over Float32Arrays, the
// best a kernel without SIMD can hope for. No zero-skipping (that would be a data trick).
import { Contender, Trainer } from './contender';
import { accuracyFromLogits, BatchFeeder, Mnist, WORKLOAD } from '../workload';

const { inputs: P, classes: K } = WORKLOAD;

/** logits[i, k] = b[k] + Σp x[i, p] W[p, k], for `rows` rows of x (10 accumulators in registers). */
export function forward(x: Float32Array, rows: number, W: Float32Array, b: Float32Array, logits: Float32Array): void {
  for (let i = 0; i < rows; i++) {
    const xo = i * P;
    let l0 = b[0], l1 = b[1], l2 = b[2], l3 = b[3], l4 = b[4], l5 = b[5], l6 = b[6], l7 = b[7], l8 = b[8], l9 = b[9];
    for (let p = 0; p < P; p++) {
      const v = x[xo + p], w = p * K;
      l0 += v * W[w]; l1 += v * W[w + 1]; l2 += v * W[w + 2]; l3 += v * W[w + 3]; l4 += v * W[w + 4];
      l5 += v * W[w + 5]; l6 += v * W[w + 6]; l7 += v * W[w + 7]; l8 += v * W[w + 8]; l9 += v * W[w + 9];
    }
    const o = i * K;
    logits[o] = l0; logits[o + 1] = l1; logits[o + 2] = l2; logits[o + 3] = l3; logits[o + 4] = l4;
    logits[o + 5] = l5; logits[o + 6] = l6; logits[o + 7] = l7; logits[o + 8] = l8; logits[o + 9] = l9;
  }
}

export const plainJsContender: Contender = {
  name: 'plain-js',
  describe: 'hand-written dense scalar loops (no library), a floor reference',
  async setup(): Promise<Trainer> {
    const { batchSize: B, learningRate } = WORKLOAD;
    const W = new Float32Array(P * K), b = new Float32Array(K);
    const g = new Float32Array(B * K); // d(mean loss)/d(logits), then scaled by -lr
    return {
      step(feeder: BatchFeeder) {
        const x = feeder.images, y = feeder.labels;
        forward(x, B, W, b, g);
        for (let i = 0; i < B; i++) {
          const o = i * K;
          let max = -Infinity, sum = 0;
          for (let k = 0; k < K; k++) max = Math.max(max, g[o + k]);
          for (let k = 0; k < K; k++) sum += (g[o + k] = Math.exp(g[o + k] - max));
          for (let k = 0; k < K; k++) g[o + k] = (-learningRate * (g[o + k] / sum - y[o + k])) / B;
        }
        // Every gradient used the old W, so updating W row by row in place is plain SGD.
        for (let i = 0; i < B; i++) {
          const o = i * K, xo = i * P;
          const g0 = g[o], g1 = g[o + 1], g2 = g[o + 2], g3 = g[o + 3], g4 = g[o + 4];
          const g5 = g[o + 5], g6 = g[o + 6], g7 = g[o + 7], g8 = g[o + 8], g9 = g[o + 9];
          for (let p = 0; p < P; p++) {
            const v = x[xo + p], w = p * K;
            W[w] += v * g0; W[w + 1] += v * g1; W[w + 2] += v * g2; W[w + 3] += v * g3; W[w + 4] += v * g4;
            W[w + 5] += v * g5; W[w + 6] += v * g6; W[w + 7] += v * g7; W[w + 8] += v * g8; W[w + 9] += v * g9;
          }
          for (let k = 0; k < K; k++) b[k] += g[o + k];
        }
      },
      reset() {
        W.fill(0);
        b.fill(0);
      },
      accuracy(data: Mnist) {
        const logits = new Float32Array(data.testCount * K);
        forward(data.testImages, data.testCount, W, b, logits);
        return accuracyFromLogits(logits, data.testLabels, data.testCount);
      },
    };
  },
};
