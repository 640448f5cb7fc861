// tf.nn.nce_loss and tf.nn.sampled_softmax_loss (tf1-layers-rnn-data §2.8), built like TF's
// `_compute_sampled_logits`: the true and sampled classes' weight rows and biases come from one
// embedding_lookup (so their gradients are IndexedSlices), logits of the true classes are row
// dot products, accidental hits get −FLT_MAX, and log Q is subtracted.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { getDefaultGraph } from '../../graph/default_graph';
import * as m from '../math';
import * as arr from '../array';
import { stopGradient } from '../control';
import { sigmoidCrossEntropyWithLogits, softmaxCrossEntropyWithLogitsV2 } from '../nn/xent';
import { embeddingLookup } from './embedding';
import { candidateSampler, LogUniformCandidateSampler } from './candidate_sampler';

const FLT_MAX = 3.4028234663852886e38;
const ints = (v: number[]) => convertToTensor(NDArray.from(v, 'int32'));

export interface SampledLogitsArgs {
  weights: TensorLike[]; biases: TensorLike[]; labels: TensorLike; inputs: TensorLike;
  numSampled: number; numClasses: number; numTrue: number; sampledValues: TensorLike[] | null;
  removeAccidentalHits: boolean; partitionStrategy: string; seed?: number | null;
}

/** _sum_rows: x · ones([cols, 1]), reshaped to a vector (TF avoids a reduce for speed). */
function sumRows(x: Tensor): Tensor {
  const cols = arr.gather(arr.shape(x), 1);
  const ones = arr.ones(arr.stack([cols, 1]), x.dtype);
  return arr.reshape(m.matmul(x, ones), [-1]);
}

/** [logits, labels]: true classes first (labels 1/num_true), then the sampled ones (labels 0). */
export function computeSampledLogits(a: SampledLogitsArgs): [Tensor, Tensor] {
  let labels = convertToTensor(a.labels, null, 'labels');
  const inputs = convertToTensor(a.inputs, null, 'inputs');
  if (labels.dtype !== 'int64') labels = m.cast(labels, 'int64');
  const labelsFlat = arr.reshape(labels, [-1]);
  const sampledValues = a.sampledValues ?? candidateSampler(LogUniformCandidateSampler, labels, a.numTrue, a.numSampled, true, a.numClasses, a.seed ?? null, null, 'LogUniformCandidateSampler');
  if (sampledValues.length !== 3) throw valueError('sampled_values must be a tuple of (sampled_candidates, true_expected_count, sampled_expected_count)');
  const [sampledRaw, trueExpected, sampledExpected] = sampledValues.map(s => stopGradient(convertToTensor(s)));
  const sampled = m.cast(sampledRaw, 'int64');
  const allIds = arr.concat([labelsFlat, sampled], 0);
  let allW = embeddingLookup(a.weights, allIds, { partitionStrategy: a.partitionStrategy });
  if (allW.dtype !== inputs.dtype) allW = m.cast(allW, inputs.dtype);
  const nTrue = arr.gather(arr.shape(labelsFlat), 0);
  const trueW = arr.slice(allW, [0, 0], arr.stack([nTrue, -1]));
  const sampledW = arr.slice(allW, arr.stack([nTrue, 0]), [-1, -1]);
  let sampledLogits = m.matmul(inputs, sampledW, { transposeB: true });
  let allB = embeddingLookup(a.biases, allIds, { partitionStrategy: a.partitionStrategy });
  if (allB.dtype !== inputs.dtype) allB = m.cast(allB, inputs.dtype);
  const trueB = arr.slice(allB, [0], arr.shape(labelsFlat));
  const sampledB = arr.slice(allB, arr.shape(labelsFlat), [-1]);
  const dim = arr.slice(arr.shape(trueW), [1], [1]);
  const rowWiseDots = m.multiply(arr.expandDims(inputs, 1), arr.reshape(trueW, arr.concat([ints([-1, a.numTrue]), dim], 0)));
  const dotsAsMatrix = arr.reshape(rowWiseDots, arr.concat([ints([-1]), dim], 0));
  let trueLogits = arr.reshape(sumRows(dotsAsMatrix), [-1, a.numTrue]);
  trueLogits = m.add(trueLogits, arr.reshape(trueB, [-1, a.numTrue]));
  sampledLogits = m.add(sampledLogits, sampledB);
  if (a.removeAccidentalHits) {
    // A sampled class that is one of the row's true classes gets −FLT_MAX (compute_accidental_hits).
    const hit = m.equal(arr.expandDims(labels, 2), arr.reshape(sampled, [1, 1, -1]));
    const anyHit = m.reduceMax(m.cast(hit, sampledLogits.dtype), 1);
    sampledLogits = m.add(sampledLogits, m.multiply(anyHit, convertToTensor(-FLT_MAX, sampledLogits.dtype)));
  }
  trueLogits = m.subtract(trueLogits, m.log(m.cast(trueExpected, trueLogits.dtype)));
  sampledLogits = m.subtract(sampledLogits, m.log(m.cast(sampledExpected, sampledLogits.dtype)));
  const outLogits = arr.concat([trueLogits, sampledLogits], 1);
  const outLabels = arr.concat([m.truediv(arr.onesLike(trueLogits), a.numTrue), arr.zerosLike(sampledLogits)], 1);
  return [outLogits, outLabels];
}

/** tf.nn.nce_loss: per example, the summed sigmoid cross-entropy of the true and sampled logits. */
export function nceLoss(a: SampledLogitsArgs, name: string | null = null): Tensor {
  return getDefaultGraph().withNameScope(name, 'nce_loss', () => {
    const [logits, labels] = computeSampledLogits(a);
    return sumRows(sigmoidCrossEntropyWithLogits({ labels, logits, name: 'sampled_losses' }));
  });
}

/** tf.nn.sampled_softmax_loss: per example, softmax cross-entropy over the true and sampled logits. */
export function sampledSoftmaxLoss(a: SampledLogitsArgs, name: string | null = null): Tensor {
  return getDefaultGraph().withNameScope(name, 'sampled_softmax_loss', () => {
    const [logits, labels] = computeSampledLogits(a);
    return softmaxCrossEntropyWithLogitsV2({ labels: stopGradient(labels, 'labels_stop_gradient'), logits });
  });
}

const PARAMS = [
  { name: 'weights', type: 'shards', doc: 'the class embeddings [num_classes, dim] (or a one-element list)' },
  { name: 'biases', type: 'shards' }, { name: 'labels', type: 'tensor' }, { name: 'inputs', type: 'tensor' },
  { name: 'num_sampled', type: 'int' }, { name: 'num_classes', type: 'int' }, { name: 'num_true', default: 1, type: 'int' },
  { name: 'sampled_values', default: null, type: 'tensors' },
] as const;

function args(a: { weights: TensorLike[]; biases: TensorLike[]; labels: TensorLike; inputs: TensorLike; num_sampled: number; num_classes: number; num_true: number; sampled_values: TensorLike[] | null; partition_strategy: string }, removeHits: boolean, seed?: number | null): SampledLogitsArgs {
  return {
    weights: a.weights, biases: a.biases, labels: a.labels, inputs: a.inputs, numSampled: a.num_sampled, numClasses: a.num_classes,
    numTrue: a.num_true, sampledValues: a.sampled_values, removeAccidentalHits: removeHits, partitionStrategy: a.partition_strategy, seed,
  };
}

export const SAMPLED_LOSSES: OpGroup = {
  ops: [],
  api: [
    defineApi({
      name: 'tf.nn.nce_loss', doc: 'Computes and returns the noise-contrastive estimation training loss.',
      params: [...PARAMS, { name: 'remove_accidental_hits', default: false, type: 'bool' }, { name: 'partition_strategy', default: 'mod', type: 'str' },
        { name: 'name', default: 'nce_loss', type: 'name' }],
    }, a => nceLoss(args(a, a.remove_accidental_hits), a.name)),
    defineApi({
      name: 'tf.nn.sampled_softmax_loss', doc: 'Computes and returns the sampled softmax training loss.',
      params: [...PARAMS, { name: 'remove_accidental_hits', default: true, type: 'bool' }, { name: 'partition_strategy', default: 'mod', type: 'str' },
        { name: 'name', default: 'sampled_softmax_loss', type: 'name' }, { name: 'seed', default: null, type: 'int' }],
    }, a => sampledSoftmaxLoss(args(a, a.remove_accidental_hits, a.seed), a.name)),
  ],
};
