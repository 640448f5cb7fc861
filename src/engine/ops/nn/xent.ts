// tf.nn.*_cross_entropy_with_logits. TF 1.15 makes the v1 functions named-arguments-only (a
// `_sentinel` first parameter catches positional calls); in TypeScript an options object plays
// that part, and anything else in first position is the same ValueError.
// softmax_cross_entropy_with_logits_v2 takes positional arguments (TF 1.15's v2 helper).
import type { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, constant, makeOp1, TensorLike } from '../builder';
import { stopGradient } from '../control';
import { reshape } from '../array/reshape';
import { shape } from '../array/shape_ops';
import { transpose } from '../array/transpose';
import { concat } from '../array/concat';
import { formatShapePy, isFullyDefined } from '../../shape';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { SoftmaxCrossEntropyWithLogits, SparseSoftmaxCrossEntropyWithLogits } from './xent_ops';
import { cast } from './math';
import { deprecatedLookup, NAME_PARAM } from './api_args';
import { ensureXentArgs, XentArgs } from './xent_args';
import { sigmoidCrossEntropyWithLogits, weightedCrossEntropyWithLogits, SIGMOID_XENT_API } from './sigmoid_xent';

export { sigmoidCrossEntropyWithLogits, weightedCrossEntropyWithLogits };
export { ensureXentArgs } from './xent_args';
export type { XentArgs } from './xent_args';

/** tf.nn.softmax_cross_entropy_with_logits_v2: gradients flow into labels too. */
export function softmaxCrossEntropyWithLogitsV2(args: XentArgs, ...positional: unknown[]): Tensor {
  const a = ensureXentArgs('softmax_cross_entropy_with_logits', args, positional);
  return getDefaultGraph().withNameScope(a.name ?? null, 'softmax_cross_entropy_with_logits', scope => {
    let logits = convertToTensor(a.logits, null, 'logits');
    let labels = cast(convertToTensor(a.labels, null, 'labels'), logits.dtype);
    const rank = logits.shape?.length;
    const dim = a.dim ?? a.axis ?? -1;
    const classAxis = rank === undefined ? -1 : (dim + rank) % rank;
    if (rank === 2 && classAxis === 1) return SoftmaxCrossEntropyWithLogits.make([logits, labels], {}, scope).outputs[0];
    // Other ranks or class axes: move the class axis last, flatten to [-1, C], reshape back.
    if (rank === undefined) throw valueError('softmax_cross_entropy_with_logits needs logits of known rank');
    if (classAxis !== rank - 1) {
      const perm = Array.from({ length: rank }, (_, i) => (i === classAxis ? rank - 1 : i === rank - 1 ? classAxis : i));
      logits = transpose(logits, perm);
      labels = transpose(labels, perm);
    }
    const outerShape = outerDims(logits);
    const cost = SoftmaxCrossEntropyWithLogits.make([flattenOuterDims(logits), flattenOuterDims(labels)], {}, scope).outputs[0];
    const out = reshape(cost, outerShape);
    if (logits.shape) out.setShape(logits.shape.slice(0, -1));
    return out;
  });
}

/** tf.nn.softmax_cross_entropy_with_logits (deprecated in 1.5+): no gradient into labels. */
export function softmaxCrossEntropyWithLogits(args: XentArgs, ...positional: unknown[]): Tensor {
  const a = ensureXentArgs('softmax_cross_entropy_with_logits', args, positional);
  const g = getDefaultGraph();
  const { scope, labels } = g.withNameScope(a.name ?? null, 'softmax_cross_entropy_with_logits_sg', s =>
    ({ scope: s, labels: stopGradient(convertToTensor(a.labels, null, 'labels'), 'labels_stop_gradient') }));
  return softmaxCrossEntropyWithLogitsV2({ labels, logits: a.logits, dim: a.dim ?? a.axis, name: scope });
}

function outerDims(x: Tensor): Tensor {
  const s = x.shape!;
  if (isFullyDefined(s)) return constant(s.slice(0, -1), 'int32', 'Shape');
  return makeOp1(OpType.Slice, [shape(x), constant([0], 'int32', 'Slice/begin'), constant([s.length - 1], 'int32', 'Slice/size')], {}, 'Slice');
}
function flattenOuterDims(x: Tensor): Tensor {
  const s = x.shape!;
  if (s.length === 2) return x;
  const last = s[s.length - 1];
  const target = last !== null ? [-1, last]
    : concat([constant([-1], 'int32', 'Const'), makeOp1(OpType.Slice, [shape(x), constant([s.length - 1], 'int32', 'Slice/begin'), constant([1], 'int32', 'Slice/size')], {}, 'Slice')], 0);
  return reshape(x, target);
}

/** tf.nn.sparse_softmax_cross_entropy_with_logits: labels are class indices (int32/int64). */
export function sparseSoftmaxCrossEntropyWithLogits(args: XentArgs, ...positional: unknown[]): Tensor {
  const a = ensureXentArgs('sparse_softmax_cross_entropy_with_logits', args, positional);
  return getDefaultGraph().withNameScope(a.name ?? null, 'SparseSoftmaxCrossEntropyWithLogits', () => {
    const labels = convertToTensor(a.labels, null, 'labels');
    const logits = convertToTensor(a.logits, null, 'logits');
    const ls = labels.shape, xs = logits.shape;
    if (xs !== null && xs.length === 0) throw valueError(`Logits cannot be scalars - received shape ${formatShapePy(xs)}.`);
    if (xs !== null && ls !== null && ls.length !== xs.length - 1) {
      throw valueError(`Rank mismatch: Rank of labels (received ${ls.length}) should equal rank of logits minus 1 (received ${xs.length}).`);
    }
    if (ls !== null && xs !== null && isFullyDefined(ls) && isFullyDefined(xs.slice(0, -1)) && ls.some((d, i) => d !== xs[i])) {
      throw valueError(`Shape mismatch: The shape of labels (received ${formatShapePy(ls)}) should equal the shape of logits except for the last dimension (received ${formatShapePy(xs)}).`);
    }
    const opName = a.name ?? OpType.SparseSoftmaxCrossEntropyWithLogits;
    if (xs !== null && xs.length === 2) return SparseSoftmaxCrossEntropyWithLogits.make([logits, labels], {}, opName).outputs[0];
    if (xs === null) throw valueError('sparse_softmax_cross_entropy_with_logits needs logits of known rank');
    // Higher ranks: flatten labels to [-1] and logits to [-1, C], then restore the label shape.
    const labelsShape = shape(labels);
    const cost = SparseSoftmaxCrossEntropyWithLogits.make([flattenOuterDims(logits), reshape(labels, [-1])], {}, opName).outputs[0];
    const out = reshape(cost, labelsShape);
    out.setShape(ls);
    return out;
  });
}

// ---- Python signatures ----

const SENTINEL = { name: '_sentinel', default: null, doc: 'catches positional calls (TF raises ValueError)' } as const;
const LABELS = { name: 'labels', default: null, type: 'tensor' } as const;
const LOGITS = { name: 'logits', default: null, type: 'tensor' } as const;

export const XENT: OpGroup = {
  ops: [SoftmaxCrossEntropyWithLogits, SparseSoftmaxCrossEntropyWithLogits],
  api: [
    defineApi({
      name: 'tf.nn.softmax_cross_entropy_with_logits', doc: 'Computes softmax cross entropy between logits and labels (no gradient into labels; deprecated in TF 1.5+).',
      params: [SENTINEL, LABELS, LOGITS, { name: 'dim', default: -1, type: 'int', doc: 'the class axis' }, NAME_PARAM,
        { name: 'axis', default: null, type: 'int', doc: "the class axis (TF 1.15 raises if given, since dim defaults to -1)" }],
    }, a => {
      const dim = deprecatedLookup(a.axis, a.dim);
      return softmaxCrossEntropyWithLogits({ _sentinel: a._sentinel, labels: a.labels, logits: a.logits, dim: dim ?? -1, name: a.name ?? undefined });
    }),
    defineApi({
      name: 'tf.nn.softmax_cross_entropy_with_logits_v2', doc: 'Computes softmax cross entropy between logits and labels; gradients flow into both.',
      params: [{ name: 'labels', type: 'tensor' }, { name: 'logits', type: 'tensor' }, { name: 'axis', default: null, type: 'int' }, NAME_PARAM,
        { name: 'dim', default: null, type: 'int', doc: 'deprecated alias of axis' }],
    }, a => softmaxCrossEntropyWithLogitsV2({ labels: a.labels, logits: a.logits, dim: deprecatedLookup(a.axis, a.dim) ?? -1, name: a.name ?? undefined })),
    defineApi({
      name: 'tf.nn.sparse_softmax_cross_entropy_with_logits', doc: 'Computes sparse softmax cross entropy between logits and class-index labels.',
      params: [SENTINEL, LABELS, LOGITS, NAME_PARAM],
    }, a => sparseSoftmaxCrossEntropyWithLogits({ _sentinel: a._sentinel, labels: a.labels, logits: a.logits, name: a.name ?? undefined })),
    ...SIGMOID_XENT_API,
  ],
};
