// tf.metrics' functions bound from TF 1.15's signatures; each returns (value, update_op).
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { out } from '../define';
import * as m from './metric_ops';

const NAME = { name: 'name', default: null, type: 'str' } as const;
const COLLECTIONS = [{ name: 'metrics_collections', default: null }, { name: 'updates_collections', default: null }] as const;
const WEIGHTS = { name: 'weights', default: null, type: 'tensor' } as const;

function names(v: PyValue, what: string): string[] | null {
  if (v === null || v === undefined) return null;
  if (!(v instanceof PyList || v instanceof PyTuple)) throw typeError(`${what} should be a list or tuple, not ${typeof v}`);
  return v.items.map(x => String(x));
}
const colls = (a: { metrics_collections: unknown; updates_collections: unknown }): m.Collections =>
  ({ metrics: names(a.metrics_collections as PyValue, 'metrics_collections'), updates: names(a.updates_collections as PyValue, 'updates_collections') });
const pair = (r: m.MetricResult) => new PyTuple([out(r.value), out(r.update)]);
const LP = [{ name: 'labels', type: 'tensor' }, { name: 'predictions', type: 'tensor' }, WEIGHTS, ...COLLECTIONS, NAME] as const;

export const METRICS_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.metrics.mean', doc: 'The (weighted) mean of values: local total and count, (value, update_op).', params: [{ name: 'values', type: 'tensor' }, WEIGHTS, ...COLLECTIONS, NAME] },
    a => pair(m.mean(a.values, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.accuracy', doc: 'How often predictions match labels: accuracy/total and accuracy/count, (value, update_op).', params: LP },
    a => pair(m.accuracy(a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.precision', doc: 'tp / (tp + fp) over labels and predictions cast to bool, (value, update_op).', params: LP },
    a => pair(m.precision(a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.recall', doc: 'tp / (tp + fn) over labels and predictions cast to bool, (value, update_op).', params: LP },
    a => pair(m.recall(a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.true_positives', doc: 'The (weighted) count of labels and predictions both true: a local true_positives/count variable, (value, update_op).', params: LP },
    a => pair(m.confusionCount('true_positives', a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.false_positives', doc: 'The (weighted) count of predictions true where labels are false: a local false_positives/count variable, (value, update_op).', params: LP },
    a => pair(m.confusionCount('false_positives', a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.false_negatives', doc: 'The (weighted) count of labels true where predictions are false: a local false_negatives/count variable, (value, update_op).', params: LP },
    a => pair(m.confusionCount('false_negatives', a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.true_negatives', doc: 'The (weighted) count of labels and predictions both false: a local true_negatives/count variable, (value, update_op).', params: LP },
    a => pair(m.confusionCount('true_negatives', a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({
    name: 'tf.metrics.auc', doc: 'Area under the ROC or PR curve at num_thresholds thresholds (trapezoidal by default), (value, update_op).',
    params: [{ name: 'labels', type: 'tensor' }, { name: 'predictions', type: 'tensor' }, WEIGHTS, { name: 'num_thresholds', default: 200, type: 'int' }, ...COLLECTIONS,
      { name: 'curve', default: 'ROC', type: 'str' }, NAME, { name: 'summation_method', default: 'trapezoidal', type: 'str' },
      { name: 'thresholds', default: null, unsupported: 'explicit thresholds' }],
  }, a => {
    if (a.curve !== 'ROC' && a.curve !== 'PR') throw valueError(`curve must be either ROC or PR, ${a.curve} unknown`);
    if (!['trapezoidal', 'minoring', 'majoring', 'careful_interpolation'].includes(a.summation_method)) throw valueError(`Invalid summation_method: ${a.summation_method}`);
    if (a.summation_method === 'careful_interpolation') throw new tf.PyLikeError('NotImplementedError', "auc() argument 'summation_method' is not supported by Gradbook: careful_interpolation");
    if (a.num_thresholds < 2) throw valueError('`num_thresholds` must be > 1.');
    return pair(m.auc(a.labels, a.predictions, a.weights, a.num_thresholds, a.curve, a.summation_method, colls(a), a.name));
  }),
  entry({ name: 'tf.metrics.mean_squared_error', doc: 'The mean of (predictions - labels)², (value, update_op).', params: LP },
    a => pair(m.meanSquaredError(a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.mean_absolute_error', doc: 'The mean of |predictions - labels|, (value, update_op).', params: LP },
    a => pair(m.meanAbsoluteError(a.labels, a.predictions, a.weights, colls(a), a.name))),
  entry({ name: 'tf.metrics.root_mean_squared_error', doc: 'The square root of the mean squared error, (value, update_op).', params: LP },
    a => pair(m.rootMeanSquaredError(a.labels, a.predictions, a.weights, colls(a), a.name))),
];
