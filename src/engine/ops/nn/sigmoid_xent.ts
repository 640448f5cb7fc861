// tf.nn.sigmoid_cross_entropy_with_logits and tf.nn.weighted_cross_entropy_with_logits: the
// logistic loss in TF's overflow-free forms, composed of math ops in scope `logistic_loss`.
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, TensorLike } from '../builder';
import { zerosLike } from '../array/creation';
import { typeError, valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { add, exp, greaterEqual, log1p, mul, neg, select, sub, unary } from './math';
import { relu } from './activations';
import { assertSameShape, ensureXentArgs, XentArgs } from './xent_args';
import { deprecatedLookup, NAME_PARAM } from './api_args';

/** max(x, 0) - x * z + log(1 + exp(-|x|)). */
export function sigmoidCrossEntropyWithLogits(args: XentArgs, ...positional: unknown[]): Tensor {
  const a = ensureXentArgs('sigmoid_cross_entropy_with_logits', args, positional);
  return getDefaultGraph().withNameScope(a.name ?? null, 'logistic_loss', scope => {
    const logits = convertToTensor(a.logits, null, 'logits');
    const labels = convertToTensor(a.labels, null, 'labels');
    assertSameShape(logits, labels);
    const zeros = zerosLike(logits);
    const cond = greaterEqual(logits, zeros);
    const reluLogits = select(cond, logits, zeros);
    const negAbsLogits = select(cond, neg(logits), logits);
    return add(sub(reluLogits, mul(logits, labels)), log1p(exp(negAbsLogits)), scope);
  });
}

/**
 * (1 - z) * x + (1 + (q - 1) * z) * (log(1 + exp(-|x|)) + max(-x, 0)): the logistic loss with
 * positive examples weighted by q (pos_weight), stable for every x.
 */
export function weightedCrossEntropyWithLogits(labels: TensorLike, logits: TensorLike, posWeight: TensorLike | number, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'logistic_loss', scope => {
    const x = convertToTensor(logits, null, 'logits');
    const z = convertToTensor(labels, null, 'labels');
    assertSameShape(x, z);
    const qMinus1 = typeof posWeight === 'number' ? posWeight - 1 : sub(convertToTensor(posWeight, z.dtype, 'pos_weight'), 1);
    const logWeight = add(1, mul(qMinus1, z));
    const softplusNegX = add(log1p(exp(neg(unary('Abs', x)))), relu(neg(x)));
    return add(mul(sub(1, z), x), mul(logWeight, softplusNegX), scope);
  });
}

export const SIGMOID_XENT_API = [
  defineApi({
    name: 'tf.nn.sigmoid_cross_entropy_with_logits', doc: 'Computes sigmoid cross entropy given logits (independent binary labels).',
    params: [{ name: '_sentinel', default: null, doc: 'catches positional calls (TF raises ValueError)' },
      { name: 'labels', default: null, type: 'tensor' }, { name: 'logits', default: null, type: 'tensor' }, NAME_PARAM],
  }, a => sigmoidCrossEntropyWithLogits({ _sentinel: a._sentinel, labels: a.labels, logits: a.logits, name: a.name ?? undefined })),
  defineApi({
    name: 'tf.nn.weighted_cross_entropy_with_logits', doc: 'Computes a weighted sigmoid cross entropy: positive labels weigh pos_weight.',
    params: [{ name: 'labels', default: null, type: 'tensor' }, { name: 'logits', default: null, type: 'tensor' },
      { name: 'pos_weight', default: null, type: 'tensor', doc: 'the coefficient of the positive examples' }, NAME_PARAM,
      { name: 'targets', default: null, type: 'tensor', doc: 'deprecated alias of labels' }],
  }, a => {
    const labels = deprecatedLookup(a.labels, a.targets, 'labels', 'targets');
    if (labels === null || a.logits === null) throw valueError('None values not supported.');
    if (a.pos_weight === null) throw typeError("unsupported operand type(s) for -: 'NoneType' and 'int'");
    return weightedCrossEntropyWithLogits(labels, a.logits, a.pos_weight, a.name ?? undefined);
  }),
];
