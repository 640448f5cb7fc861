// The seed workload every training contender runs: softmax regression 784→10, zero init,
// gradient descent 0.5, 2000 steps of batch 100 on the bundled MNIST digits, then test accuracy.
// The batch sequence is computed once (by the parent) and shared, so every contender sees the
// same batches in the same order.
import * as fs from 'fs';
import { readDataSets } from '../src/engine/data';
import { nodeMnistEnvironment } from '../src/node';
import { DataSet } from '../src/engine/data/dataset';
import { NDArray } from '../src/engine/ndarray';

export const WORKLOAD = {
  inputs: 784,
  classes: 10,
  batchSize: 100,
  steps: 2000,
  learningRate: 0.5,
  /** Steps run on a throwaway copy of the model before timing (JIT, plan caches, buffer pools). */
  warmupSteps: 50,
  /** Steps per timing chunk; the headline ms/step is the median chunk. */
  chunkSteps: 100,
  /** Seed of the shuffling generator that draws the batch sequence (numpy-compatible MT19937). */
  batchSeed: 0,
};

export interface Mnist {
  trainImages: Float32Array; // [trainCount, 784]
  trainLabels: Float32Array; // [trainCount, 10] one-hot
  trainCount: number;
  testImages: Float32Array;
  testLabels: Float32Array;
  testCount: number;
}

export function loadMnist(): Mnist {
  // Quiet: the one-line bundled-digits notice would interleave with the table.
  const ds = readDataSets('MNIST_data/', { oneHot: true }, nodeMnistEnvironment(() => {}));
  // A fresh DataSet has not shuffled yet: `images` are in file order, which the plan indexes.
  return {
    trainImages: ds.train.images.numeric as Float32Array,
    trainLabels: ds.train.labels.numeric as Float32Array,
    trainCount: ds.train.num_examples,
    testImages: ds.test.images.numeric as Float32Array,
    testLabels: ds.test.labels.numeric as Float32Array,
    testCount: ds.test.num_examples,
  };
}

/**
 * Row indices of every batch, [steps * batchSize], drawn by the real `DataSet.next_batch` (TF's
 * shuffle and epoch rules) over a DataSet whose "labels" are the row numbers themselves.
 */
export function makeBatchPlan(trainCount: number, steps: number, batchSize: number, seed: number): Int32Array {
  const rowIds = new NDArray('int32', [trainCount], Int32Array.from({ length: trainCount }, (_, i) => i));
  const placeholderImages = NDArray.zeros('uint8', [trainCount]);
  const ds = new DataSet(placeholderImages, rowIds, { dtype: 'uint8', reshape: false, seed });
  const plan = new Int32Array(steps * batchSize);
  for (let s = 0; s < steps; s++) plan.set(ds.next_batch(batchSize)[1].numeric as Int32Array, s * batchSize);
  return plan;
}

export function writePlan(file: string, plan: Int32Array): void {
  fs.writeFileSync(file, Buffer.from(plan.buffer, plan.byteOffset, plan.byteLength));
}

export function readPlan(file: string): Int32Array {
  const bytes = fs.readFileSync(file);
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * The batch buffers a contender trains on. `fill(step)` copies that step's rows into them; every
 * contender calls it inside its timed step, so the copy costs everyone the same.
 */
export class BatchFeeder {
  readonly images: Float32Array;
  readonly labels: Float32Array;

  constructor(private readonly data: Mnist, private readonly plan: Int32Array, readonly batchSize: number) {
    this.images = new Float32Array(batchSize * WORKLOAD.inputs);
    this.labels = new Float32Array(batchSize * WORKLOAD.classes);
  }

  get steps(): number { return this.plan.length / this.batchSize; }

  fill(step: number): void {
    const { inputs, classes } = WORKLOAD;
    const { trainImages, trainLabels } = this.data;
    const base = (step % this.steps) * this.batchSize;
    for (let i = 0; i < this.batchSize; i++) {
      const row = this.plan[base + i];
      this.images.set(trainImages.subarray(row * inputs, row * inputs + inputs), i * inputs);
      this.labels.set(trainLabels.subarray(row * classes, row * classes + classes), i * classes);
    }
  }
}

/** Fraction of rows whose largest logit is the labelled class (first maximum wins, like argmax). */
export function accuracyFromLogits(logits: ArrayLike<number>, oneHot: ArrayLike<number>, count: number, classes = WORKLOAD.classes): number {
  let correct = 0;
  for (let i = 0; i < count; i++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (logits[i * classes + k] > logits[i * classes + best]) best = k;
    if (oneHot[i * classes + best] === 1) correct++;
  }
  return correct / count;
}
