// tf.metrics (TF 1.15 ops/metrics_impl.py) on the engine's ops: each metric keeps its state in
// local variables (LOCAL_VARIABLES and METRIC_VARIABLES, TF's names such as accuracy/total and
// precision/true_positives/count) and returns (value, update_op): the value reads the state, the
// update op adds this batch and gives the value after it. tf.local_variables_initializer()
// resets them.
import * as tf from '../../../../engine';

type T = tf.Tensor;
const g = () => tf.getDefaultGraph();
const f32 = (x: tf.TensorLike): T => tf.cast(tf.convertToTensor(x), 'float32');

export interface MetricResult { value: T; update: T }
export interface Collections { metrics: string[] | null; updates: string[] | null }

/** A zero-initialized local metric variable (TF's metric_variable). */
function metricVariable(shape: number[], name: string): tf.Variable {
  return new tf.Variable(tf.zeros(shape, 'float32'), {
    name, trainable: false, collections: [tf.GraphKeys.LOCAL_VARIABLES, tf.GraphKeys.METRIC_VARIABLES],
  });
}

function collect(r: MetricResult, c: Collections): MetricResult {
  for (const k of c.metrics ?? []) g().addToCollection(k, r.value);
  for (const k of c.updates ?? []) g().addToCollection(k, r.update);
  return r;
}

/** The scope a metric's variables live in: `name` as given, else a unique `dflt` (accuracy_1/...). */
const inScope = <R>(name: string | null, dflt: string, f: () => R): R => g().withNameScope(name, dflt, () => f());

export function mean(values: tf.TensorLike, weights: tf.TensorLike | null, c: Collections, name: string | null, dflt = 'mean'): MetricResult {
  return inScope(name, dflt, () => {
    let v = f32(values);
    const total = metricVariable([], 'total'), count = metricVariable([], 'count');
    let num: T;
    if (weights === null) num = tf.cast(tf.size(v), 'float32');
    else {
      const w = tf.multiply(f32(weights), tf.onesLike(v));
      v = tf.multiply(v, w);
      num = tf.reduceSum(w);
    }
    const updateTotal = tf.assignAdd(total, tf.reduceSum(v));
    const updateCount = g().withControlDependencies([v.op], () => tf.assignAdd(count, num));
    const value = tf.divNoNan(total.value(), tf.maximum(count.value(), 0), 'value');
    const update = tf.divNoNan(updateTotal, tf.maximum(updateCount, 0), 'update_op');
    return collect({ value, update }, c);
  });
}

export function accuracy(labels: tf.TensorLike, predictions: tf.TensorLike, weights: tf.TensorLike | null, c: Collections, name: string | null): MetricResult {
  const l = tf.convertToTensor(labels);
  let p = tf.convertToTensor(predictions);
  if (p.dtype !== l.dtype) p = tf.cast(p, l.dtype);
  const correct = tf.cast(tf.equal(p, l), 'float32');
  return mean(correct, weights, c, name ?? 'accuracy');
}

/** A `count` variable in scope `scopeName` summing (weighted) true values of `cond`. */
function countCondition(cond: T, weights: tf.TensorLike | null, scopeName: string): { value: T; update: T } {
  return g().withNameScope(null, scopeName, () => {
    let v = tf.cast(cond, 'float32');
    if (weights !== null) v = tf.multiply(v, f32(weights));
    const count = metricVariable([], 'count');
    return { value: count.value(), update: tf.assignAdd(count, tf.reduceSum(v)) };
  });
}

const bool = (x: tf.TensorLike): T => { const t = tf.convertToTensor(x); return t.dtype === 'bool' ? t : tf.cast(t, 'bool'); };

/** tp / (tp + other), or 0 when both are 0 (TF's where(greater(...)) form). */
function ratio(tp: T, other: T, name: string): T {
  const sum = tf.add(tp, other);
  return tf.where(tf.greater(sum, 0), tf.truediv(tp, sum), tf.zerosLike(tp), name);
}

function confusionRatio(kind: 'precision' | 'recall', labels: tf.TensorLike, predictions: tf.TensorLike, weights: tf.TensorLike | null, c: Collections, name: string | null): MetricResult {
  return inScope(name, kind, () => {
    const l = bool(labels), p = bool(predictions);
    const tp = countCondition(tf.logicalAnd(l, p), weights, 'true_positives');
    const other = kind === 'precision'
      ? countCondition(tf.logicalAnd(tf.logicalNot(l), p), weights, 'false_positives')
      : countCondition(tf.logicalAnd(l, tf.logicalNot(p)), weights, 'false_negatives');
    return collect({ value: ratio(tp.value, other.value, 'value'), update: ratio(tp.update, other.update, 'update_op') }, c);
  });
}
export const precision = (l: tf.TensorLike, p: tf.TensorLike, w: tf.TensorLike | null, c: Collections, n: string | null) => confusionRatio('precision', l, p, w, c, n);
export const recall = (l: tf.TensorLike, p: tf.TensorLike, w: tf.TensorLike | null, c: Collections, n: string | null) => confusionRatio('recall', l, p, w, c, n);

/** tf.metrics.true_positives & co: one `count` variable in scope `name` (default the metric's name). */
export type CountKind = 'true_positives' | 'false_positives' | 'false_negatives' | 'true_negatives';
export function confusionCount(kind: CountKind, labels: tf.TensorLike, predictions: tf.TensorLike, weights: tf.TensorLike | null, c: Collections, name: string | null): MetricResult {
  return inScope(name, kind, () => {
    const l = bool(labels), p = bool(predictions);
    const wantLabel = kind === 'true_positives' || kind === 'false_negatives';
    const wantPrediction = kind === 'true_positives' || kind === 'false_positives';
    const cond = tf.logicalAnd(wantLabel ? l : tf.logicalNot(l), wantPrediction ? p : tf.logicalNot(p));
    let v = tf.cast(cond, 'float32');
    if (weights !== null) v = tf.multiply(v, f32(weights));
    const count = metricVariable([], 'count');
    return collect({ value: tf.identity(count.value()), update: tf.assignAdd(count, tf.reduceSum(v)) }, c);
  });
}

/** TF's default thresholds: just below 0, (i+1)/(n-1) for i < n-2, just above 1. */
export function aucThresholds(n: number): number[] {
  const kEps = 1e-7;
  return [-kEps, ...Array.from({ length: n - 2 }, (_, i) => (i + 1) / (n - 1)), 1 + kEps];
}

export function auc(labels: tf.TensorLike, predictions: tf.TensorLike, weights: tf.TensorLike | null, numThresholds: number, curve: string, summation: string, c: Collections, name: string | null): MetricResult {
  return inScope(name, 'auc', () => {
    const n = numThresholds;
    const thr = tf.constant(tf.NDArray.from(aucThresholds(n).map(x => [x]), 'float32'), 'float32', 'thresholds');
    const p = tf.reshape(f32(predictions), [1, -1]);
    const l = tf.reshape(bool(labels), [1, -1]);
    const above = tf.greater(tf.tile(p, [n, 1]), thr);
    const pos = tf.tile(l, [n, 1]);
    const w = weights === null ? null : tf.tile(tf.reshape(tf.multiply(f32(weights), tf.onesLike(f32(predictions))), [1, -1]), [n, 1]);
    const counter = (cond: T, vname: string) => {
      let v = tf.cast(cond, 'float32');
      if (w !== null) v = tf.multiply(v, w);
      const variable = metricVariable([n], vname);
      return { value: variable.value(), update: tf.assignAdd(variable, tf.reduceSum(v, 1)) };
    };
    const tp = counter(tf.logicalAnd(pos, above), 'true_positives');
    const fn = counter(tf.logicalAnd(pos, tf.logicalNot(above)), 'false_negatives');
    const tn = counter(tf.logicalAnd(tf.logicalNot(pos), tf.logicalNot(above)), 'true_negatives');
    const fp = counter(tf.logicalAnd(tf.logicalNot(pos), above), 'false_positives');
    const area = (tpv: T, fnv: T, tnv: T, fpv: T, opName: string): T => {
      const eps = 1e-6;
      const rec = tf.truediv(tf.add(tpv, eps), tf.add(tf.add(tpv, fnv), eps));
      const x = curve === 'ROC' ? tf.truediv(fpv, tf.add(tf.add(fpv, tnv), eps)) : rec;
      const y = curve === 'ROC' ? rec : tf.truediv(tf.add(tpv, eps), tf.add(tf.add(tpv, fpv), eps));
      const head = (t: T) => tf.slice(t, [0], [n - 1]), tail = (t: T) => tf.slice(t, [1], [n - 1]);
      const heights = summation === 'minoring' ? tf.minimum(head(y), tail(y)) : summation === 'majoring' ? tf.maximum(head(y), tail(y)) : tf.truediv(tf.add(head(y), tail(y)), 2);
      return tf.reduceSum(tf.multiply(tf.subtract(head(x), tail(x)), heights), undefined, false, opName);
    };
    return collect({ value: area(tp.value, fn.value, tn.value, fp.value, 'value'), update: area(tp.update, fn.update, tn.update, fp.update, 'update_op') }, c);
  });
}

export function meanSquaredError(labels: tf.TensorLike, predictions: tf.TensorLike, weights: tf.TensorLike | null, c: Collections, name: string | null): MetricResult {
  return mean(tf.squaredDifference(f32(labels), f32(predictions)), weights, c, name ?? 'mean_squared_error');
}
export function meanAbsoluteError(labels: tf.TensorLike, predictions: tf.TensorLike, weights: tf.TensorLike | null, c: Collections, name: string | null): MetricResult {
  return mean(tf.abs(tf.subtract(f32(predictions), f32(labels))), weights, c, name ?? 'mean_absolute_error');
}
export function rootMeanSquaredError(labels: tf.TensorLike, predictions: tf.TensorLike, weights: tf.TensorLike | null, c: Collections, name: string | null): MetricResult {
  const m = mean(tf.squaredDifference(f32(labels), f32(predictions)), weights, { metrics: null, updates: null }, name ?? 'root_mean_squared_error');
  return collect({ value: tf.sqrt(m.value), update: tf.sqrt(m.update) }, c);
}
