// tf.nn.*_cross_entropy_with_logits. TF makes these named-arguments-only (a `_sentinel`
// first parameter catches positional calls); here an options object plays that part, and
// anything else in first position is the same ValueError.
import { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, constant, isConvertible, makeOp, makeOp1, TensorLike } from '../builder';
import { stopGradient } from '../control';
import { reshape, shape } from '../array/shapes';
import { transpose, concat } from '../array/rearrange';
import { formatShapePy, isFullyDefined, mergeShapes } from '../../shape';
import { valueError } from '../../errors';
import { add, cast, exp, greaterEqual, log1p, mul, neg, select, sub } from './math';
import { zerosLike } from '../array/creation';

export interface XentArgs {
  _sentinel?: unknown;
  labels?: TensorLike | null;
  logits?: TensorLike | null;
  /** Class axis of the softmax variants (`dim` in TF1, `axis` in later releases). */
  dim?: number;
  axis?: number;
  name?: string;
}

function isOptionsObject(v: unknown): v is XentArgs {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Tensor) && !(v instanceof NDArray) && !isConvertible(v);
}

/** TF's _ensure_xent_args: named arguments only, and both labels and logits. */
export function ensureXentArgs(fnName: string, args: unknown, positional: unknown[]): { labels: TensorLike; logits: TensorLike } & XentArgs {
  if (!isOptionsObject(args) || positional.length > 0 || (args._sentinel !== undefined && args._sentinel !== null)) {
    throw valueError(`Only call \`${fnName}\` with named arguments (labels=..., logits=..., ...)`);
  }
  if (args.labels === undefined || args.labels === null || args.logits === undefined || args.logits === null) {
    throw valueError('Both labels and logits must be provided.');
  }
  return args as { labels: TensorLike; logits: TensorLike } & XentArgs;
}

/** tf.nn.softmax_cross_entropy_with_logits_v2: gradients flow into labels too. */
export function softmaxCrossEntropyWithLogitsV2(args: XentArgs, ...positional: unknown[]): Tensor {
  const a = ensureXentArgs('softmax_cross_entropy_with_logits', args, positional);
  return getDefaultGraph().withNameScope(a.name ?? null, 'softmax_cross_entropy_with_logits', scope => {
    let logits = convertToTensor(a.logits, null, 'logits');
    let labels = cast(convertToTensor(a.labels, null, 'labels'), logits.dtype);
    const rank = logits.shape?.length;
    const dim = a.dim ?? a.axis ?? -1;
    const classAxis = rank === undefined ? -1 : (dim + rank) % rank;
    if (rank === 2 && classAxis === 1) {
      return makeOp('SoftmaxCrossEntropyWithLogits', [logits, labels], {}, scope).outputs[0];
    }
    // Other ranks or class axes: move the class axis last, flatten to [-1, C], reshape back.
    if (rank === undefined) throw valueError('softmax_cross_entropy_with_logits needs logits of known rank');
    if (classAxis !== rank - 1) {
      const perm = Array.from({ length: rank }, (_, i) => (i === classAxis ? rank - 1 : i === rank - 1 ? classAxis : i));
      logits = transpose(logits, perm);
      labels = transpose(labels, perm);
    }
    const outerShape = outerDims(logits);
    const cost = makeOp('SoftmaxCrossEntropyWithLogits', [flattenOuterDims(logits), flattenOuterDims(labels)], {}, scope).outputs[0];
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
  return makeOp1('Slice', [shape(x), constant([0], 'int32', 'Slice/begin'), constant([s.length - 1], 'int32', 'Slice/size')], {}, 'Slice');
}
function flattenOuterDims(x: Tensor): Tensor {
  const s = x.shape!;
  if (s.length === 2) return x;
  const last = s[s.length - 1];
  const target = last !== null ? [-1, last]
    : concat([constant([-1], 'int32', 'Const'), makeOp1('Slice', [shape(x), constant([s.length - 1], 'int32', 'Slice/begin'), constant([1], 'int32', 'Slice/size')], {}, 'Slice')], 0);
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
    const opName = a.name ?? 'SparseSoftmaxCrossEntropyWithLogits';
    if (xs !== null && xs.length === 2) return makeOp('SparseSoftmaxCrossEntropyWithLogits', [logits, labels], {}, opName).outputs[0];
    if (xs === null) throw valueError('sparse_softmax_cross_entropy_with_logits needs logits of known rank');
    // Higher ranks: flatten labels to [-1] and logits to [-1, C], then restore the label shape.
    const labelsShape = shape(labels);
    const cost = makeOp('SparseSoftmaxCrossEntropyWithLogits', [flattenOuterDims(logits), reshape(labels, [-1])], {}, opName).outputs[0];
    const out = reshape(cost, labelsShape);
    out.setShape(ls);
    return out;
  });
}

/**
 * tf.nn.sigmoid_cross_entropy_with_logits, TF's overflow-free form:
 * max(x, 0) - x * z + log(1 + exp(-|x|)).
 */
export function sigmoidCrossEntropyWithLogits(args: XentArgs, ...positional: unknown[]): Tensor {
  const a = ensureXentArgs('sigmoid_cross_entropy_with_logits', args, positional);
  return getDefaultGraph().withNameScope(a.name ?? null, 'logistic_loss', scope => {
    const logits = convertToTensor(a.logits, null, 'logits');
    const labels = convertToTensor(a.labels, null, 'labels');
    try { mergeShapes(labels.shape, logits.shape); } catch {
      throw valueError(`logits and labels must have the same shape (${formatShapePy(logits.shape)} vs ${formatShapePy(labels.shape)})`);
    }
    const zeros = zerosLike(logits);
    const cond = greaterEqual(logits, zeros);
    const reluLogits = select(cond, logits, zeros);
    const negAbsLogits = select(cond, neg(logits), logits);
    return add(sub(reluLogits, mul(logits, labels)), log1p(exp(negAbsLogits)), scope);
  });
}
