// tf.contrib.seq2seq.sequence_loss and tf.contrib.legacy_seq2seq.sequence_loss(_by_example):
// weighted sparse softmax cross-entropy over [batch, time] targets (tf1-layers-rnn-data §2.9).
// Python-side tables: softmax_loss_function may be a Python function.
import type { PyValue } from '../../../objects/core';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { callValue } from '../../../runtime/call';
import { valueError } from '../../../exceptions';
import { out } from '../define';
import { leafTensor } from '../control/structured';
import { flatten } from '../control/nest';

/** TF's div_no_nan: 0 where the denominator is 0 (and no NaN in the gradient either). */
function divNoNan(x: tf.Tensor, y: tf.Tensor): tf.Tensor {
  const zero = tf.equal(y, 0);
  const safe = tf.where(zero, tf.onesLike(y), y);
  return tf.where(zero, tf.zerosLike(x), tf.truediv(x, safe));
}

function crossEntropy(fn: PyValue, labels: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  if (fn === null) return tf.sparseSoftmaxCrossEntropyWithLogits({ labels, logits });
  return leafTensor(callValue(fn, [], new Map([['labels', out(labels)], ['logits', out(logits)]])));
}

const countNonzero = (w: tf.Tensor, axis?: number[]) => tf.reduceSum(tf.cast(tf.notEqual(w, 0), 'float32'), axis ?? null);
const rank = (t: tf.Tensor) => t.shape?.length ?? -1;

export const SEQ2SEQ_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.contrib.seq2seq.sequence_loss', doc: 'Weighted cross-entropy loss for a sequence of logits.',
    params: [{ name: 'logits', type: 'tensor' }, { name: 'targets', type: 'tensor' }, { name: 'weights', type: 'tensor' },
      { name: 'average_across_timesteps', default: true, type: 'flag' }, { name: 'average_across_batch', default: true, type: 'flag' },
      { name: 'sum_over_timesteps', default: false, type: 'flag' }, { name: 'sum_over_batch', default: false, type: 'flag' },
      { name: 'softmax_loss_function', default: null }, { name: 'name', default: null, type: 'name' }],
  }, a => {
    const logits = tf.convertToTensor(a.logits), targets = tf.convertToTensor(a.targets), weights = tf.convertToTensor(a.weights, logits.dtype);
    if (rank(logits) !== 3) throw valueError('Logits must be a [batch_size x sequence_length x logits] tensor');
    if (rank(targets) !== 2) throw valueError('Targets must be a [batch_size x sequence_length] tensor');
    if (rank(weights) !== 2) throw valueError('Weights must be a [batch_size x sequence_length] tensor');
    if (a.average_across_timesteps && a.sum_over_timesteps) throw valueError('average_across_timesteps and sum_over_timesteps cannot be set to True at same time.');
    if (a.average_across_batch && a.sum_over_batch) throw valueError('average_across_batch and sum_over_batch cannot be set to True at same time.');
    return out(tf.getDefaultGraph().withNameScope(a.name, 'sequence_loss', () => {
      const numClasses = tf.gather(tf.shape(logits), 2);
      const logitsFlat = tf.reshape(logits, tf.stack([-1, numClasses]));
      let crossent = tf.multiply(crossEntropy(a.softmax_loss_function as PyValue, tf.reshape(targets, [-1]), logitsFlat), tf.reshape(weights, [-1]));
      if (a.average_across_timesteps && a.average_across_batch) return divNoNan(tf.reduceSum(crossent), tf.reduceSum(weights));
      if (a.sum_over_timesteps && a.sum_over_batch) return divNoNan(tf.reduceSum(crossent), tf.cast(countNonzero(weights), crossent.dtype));
      crossent = tf.reshape(crossent, tf.slice(tf.shape(logits), [0], [2]));
      if (a.average_across_timesteps || a.average_across_batch) {
        const axis = a.average_across_batch ? [0] : [1];
        return divNoNan(tf.reduceSum(crossent, axis), tf.reduceSum(weights, axis));
      }
      if (a.sum_over_timesteps || a.sum_over_batch) {
        const axis = a.sum_over_batch ? [0] : [1];
        return divNoNan(tf.reduceSum(crossent, axis), tf.cast(countNonzero(weights, axis), crossent.dtype));
      }
      return crossent;
    }));
  }),
  entry({
    name: 'tf.contrib.legacy_seq2seq.sequence_loss_by_example', doc: 'Weighted cross-entropy loss for a sequence of logits (per example).',
    params: [{ name: 'logits' }, { name: 'targets' }, { name: 'weights' }, { name: 'average_across_timesteps', default: true, type: 'flag' },
      { name: 'softmax_loss_function', default: null }, { name: 'name', default: null, type: 'name' }],
  }, a => out(byExample(a.logits as PyValue, a.targets as PyValue, a.weights as PyValue, a.average_across_timesteps, a.softmax_loss_function as PyValue, a.name))),
  entry({
    name: 'tf.contrib.legacy_seq2seq.sequence_loss', doc: 'Weighted cross-entropy loss for a sequence of logits, batch-collapsed.',
    params: [{ name: 'logits' }, { name: 'targets' }, { name: 'weights' }, { name: 'average_across_timesteps', default: true, type: 'flag' },
      { name: 'average_across_batch', default: true, type: 'flag' }, { name: 'softmax_loss_function', default: null }, { name: 'name', default: null, type: 'name' }],
  }, a => out(tf.getDefaultGraph().withNameScope(a.name, 'sequence_loss', () => {
    const cost = tf.reduceSum(byExample(a.logits as PyValue, a.targets as PyValue, a.weights as PyValue, a.average_across_timesteps, a.softmax_loss_function as PyValue, null));
    if (!a.average_across_batch) return cost;
    const batch = tf.gather(tf.shape(leafTensor(flatten(a.targets as PyValue)[0])), 0);
    return tf.truediv(cost, tf.cast(batch, cost.dtype));
  }))),
];

function byExample(logitsIn: PyValue, targetsIn: PyValue, weightsIn: PyValue, average: boolean, fn: PyValue, name: string | null): tf.Tensor {
  const logits = flatten(logitsIn).map(x => leafTensor(x));
  const targets = flatten(targetsIn).map(x => leafTensor(x));
  const weights = flatten(weightsIn).map(x => leafTensor(x));
  if (targets.length !== logits.length || weights.length !== logits.length) {
    throw valueError(`Lengths of logits, weights, and targets must be the same ${logits.length}, ${weights.length}, ${targets.length}.`);
  }
  return tf.getDefaultGraph().withNameScope(name, 'sequence_loss_by_example', () => {
    const terms = logits.map((l, i) => tf.multiply(crossEntropy(fn, tf.reshape(targets[i], [-1]), l), weights[i]));
    let perps = tf.addN(terms);
    if (average) perps = tf.truediv(perps, tf.add(tf.addN(weights), 1e-12));
    return perps;
  });
}
