// tf.nn.* and tf.losses.* with TF1 signatures.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyModule, PyBuiltin } from '../../objects/callables';
import { PyTuple } from '../../objects/containers';
import * as tf from '../../../engine';
import { defFn, arg, out, listItems } from './define';
import { toEngine } from './convert';
import { bindArgs } from './args';
import { valueError } from '../../exceptions';

const T = arg.tensor;

export function defineNN(nn: PyModule): void {
  for (const [name, fn] of [['relu', tf.relu], ['relu6', tf.relu6], ['elu', tf.elu], ['softplus', tf.softplus]] as const) {
    defFn(nn, name, ['features', 'name='], a => out((fn as (x: never, n?: string) => tf.Tensor)(T(a.features) as never, arg.name(a.name))));
  }
  defFn(nn, 'leaky_relu', ['features', 'alpha=', 'name='], a => out(tf.leakyRelu(T(a.features), arg.optNum(a.alpha) ?? 0.2, arg.name(a.name))));
  defFn(nn, 'softmax', ['logits', 'axis=', 'name=', 'dim='], a => out(tf.softmax(T(a.logits), arg.optNum(a.axis ?? a.dim) ?? -1, arg.name(a.name))));
  defFn(nn, 'log_softmax', ['logits', 'axis=', 'name=', 'dim='], a => out(tf.logSoftmax(T(a.logits), arg.optNum(a.axis ?? a.dim) ?? -1, arg.name(a.name))));
  defFn(nn, 'bias_add', ['value', 'bias', 'data_format=', 'name='], a => out(tf.biasAdd(T(a.value), T(a.bias), null, arg.name(a.name))));
  defFn(nn, 'l2_loss', ['t', 'name='], a => out(tf.l2Loss(T(a.t), arg.name(a.name))));
  defFn(nn, 'in_top_k', ['predictions', 'targets', 'k', 'name='], a => out(tf.inTopK(T(a.predictions), T(a.targets), T(a.k, 'int32'), arg.name(a.name))));
  for (const [name, fn] of [['max_pool', tf.maxPool], ['avg_pool', tf.avgPool]] as const) {
    defFn(nn, name, ['value', 'ksize', 'strides', 'padding', 'data_format=', 'name=', 'input='], a =>
      out(fn(T(a.value ?? a.input), arg.ints(a.ksize)!, arg.ints(a.strides)!, String(a.padding) as tf.Padding, 'NHWC', arg.name(a.name))));
  }
  defFn(nn, 'dropout', ['x', 'keep_prob=', 'noise_shape=', 'seed=', 'name=', 'rate='], a => {
    const x = T(a.x);
    const keep = a.keep_prob !== null ? T(a.keep_prob, (x as tf.Tensor).dtype) : a.rate !== null ? 1 - arg.num(a.rate) : null;
    if (keep === null) throw valueError('keep_prob must be provided');
    return out(tf.dropout(x, keep, a.noise_shape === null ? null : (arg.ints(a.noise_shape) as number[]), arg.optNum(a.seed) ?? null, arg.name(a.name)));
  });
  // The xent functions take named arguments only, as TF1 enforces.
  const xent = (pyName: string, fn: (args: tf.XentArgs, ...positional: unknown[]) => tf.Tensor) =>
    nn.set(pyName, new PyBuiltin(pyName, (args: PyValue[], kw: Kwargs) => {
      const a = bindArgs(pyName, ['_sentinel=', 'labels=', 'logits=', 'dim=', 'name=', 'axis='], [], kw);
      return out(fn({
        labels: a.labels === null ? null : T(a.labels), logits: a.logits === null ? null : T(a.logits),
        dim: arg.optNum(a.dim), axis: arg.optNum(a.axis), name: arg.name(a.name),
        _sentinel: a._sentinel === null ? undefined : a._sentinel,
      }, ...args));
    }, 'tensorflow.nn'));
  xent('softmax_cross_entropy_with_logits', tf.softmaxCrossEntropyWithLogits);
  xent('softmax_cross_entropy_with_logits_v2', tf.softmaxCrossEntropyWithLogitsV2);
  xent('sparse_softmax_cross_entropy_with_logits', tf.sparseSoftmaxCrossEntropyWithLogits);
  xent('sigmoid_cross_entropy_with_logits', tf.sigmoidCrossEntropyWithLogits);
}

export function defineClip(m: PyModule): void {
  defFn(m, 'clip_by_norm', ['t', 'clip_norm', 'axes=', 'name='], a => out(tf.clipByNorm(T(a.t), T(a.clip_norm, (T(a.t) as tf.Tensor).dtype ?? 'float32'), arg.ints(a.axes), arg.name(a.name))));
  defFn(m, 'global_norm', ['t_list', 'name='], a => out(tf.globalNorm(listItems(a.t_list).map(t => (t === null ? null : toEngine(t))), arg.name(a.name))));
  defFn(m, 'clip_by_global_norm', ['t_list', 'clip_norm', 'use_norm=', 'name='], a => {
    const [list, norm] = tf.clipByGlobalNorm(listItems(a.t_list).map(t => (t === null ? null : toEngine(t))), T(a.clip_norm, 'float32'), a.use_norm === null ? null : (toEngine(a.use_norm) as tf.Tensor), arg.name(a.name));
    return new PyTuple([out(list), out(norm)]);
  });
}

export function defineLosses(losses: PyModule): void {
  const opts = (a: Record<string, PyValue>) => ({
    weights: a.weights === null ? undefined : T(a.weights), scope: a.scope === null ? undefined : String(a.scope),
    lossCollection: a.loss_collection === null ? undefined : String(a.loss_collection),
    reduction: a.reduction === null ? undefined : (String(a.reduction) as never),
  });
  defFn(losses, 'mean_squared_error', ['labels', 'predictions', 'weights=', 'scope=', 'loss_collection=', 'reduction='], a => out(tf.losses.meanSquaredError(T(a.labels), T(a.predictions), opts(a))));
  defFn(losses, 'softmax_cross_entropy', ['onehot_labels', 'logits', 'weights=', 'label_smoothing=', 'scope=', 'loss_collection=', 'reduction='], a => out(tf.losses.softmaxCrossEntropy(T(a.onehot_labels), T(a.logits), { ...opts(a), labelSmoothing: arg.optNum(a.label_smoothing) })));
  defFn(losses, 'sparse_softmax_cross_entropy', ['labels', 'logits', 'weights=', 'scope=', 'loss_collection=', 'reduction='], a => out(tf.losses.sparseSoftmaxCrossEntropy(T(a.labels), T(a.logits), opts(a))));
  defFn(losses, 'get_losses', ['scope=', 'loss_collection='], a => out(tf.getDefaultGraph().getCollection(a.loss_collection === null ? 'losses' : String(a.loss_collection), a.scope === null ? null : String(a.scope))));
}
