// Clipping helpers (tf1-semantics §4.6): functions composed of math ops, no ops of their own.
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, constant, makeOp1, TensorLike } from '../builder';
import { identity } from '../control';
import { onesLike } from '../array/creation';
import { mergeShapes, formatShapePy } from '../../shape';
import { typeError, valueError } from '../../errors';
import { defineApi, apiTuple } from '../../api/api_function';
import { OpType } from '../op_types';
import { size } from '../array/shape_ops';
import { div, greater, maximum, minimum, mul, reduceSum, select, sqrt, add, sub, cast, unary } from './math';
import { NAME_PARAM } from './api_args';

function mergeOrThrow(a: Tensor, b: Tensor): void {
  try { mergeShapes(a.shape, b.shape); } catch {
    throw valueError(`Shapes ${formatShapePy(a.shape)} and ${formatShapePy(b.shape)} are incompatible`);
  }
}

/** tf.clip_by_value: maximum(minimum(t, max), min); the Maximum takes the scope's name. */
export function clipByValue(t: TensorLike, clipValueMin: TensorLike, clipValueMax: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'clip_by_value', scope => {
    const x = convertToTensor(t, null, 't');
    const tMin = minimum(x, clipValueMax);
    const tMax = maximum(tMin, clipValueMin, scope);
    mergeOrThrow(x, tMax);
    return tMax;
  });
}

/**
 * tf.clip_by_norm: t * clip_norm / max(||t||, clip_norm). The two-Select form keeps the
 * gradient finite where the norm is zero (sqrt'(0) is infinite).
 */
export function clipByNorm(t: TensorLike, clipNorm: TensorLike, axes: number[] | null = null, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'clip_by_norm', scope => {
    const x = convertToTensor(t, null, 't');
    const l2sum = reduceSum(mul(x, x), axes, true);
    const pred = greater(l2sum, 0);
    const l2sumSafe = select(pred, l2sum, onesLike(l2sum));
    const l2norm = select(pred, sqrt(l2sumSafe), l2sum);
    const intermediate = mul(x, clipNorm);
    mergeOrThrow(x, intermediate);
    return identity(div(intermediate, maximum(l2norm, clipNorm)), scope);
  });
}

/** tf.global_norm: sqrt(sum of squares of every tensor), via L2Loss (None entries skipped). */
export function globalNorm(tList: (TensorLike | null)[], name?: string): Tensor {
  if (!Array.isArray(tList)) throw typeError('t_list should be a sequence');
  return getDefaultGraph().withNameScope(name ?? null, 'global_norm', () => {
    const values = tList.map((t, i) => (t === null || t === undefined ? null : convertToTensor(t, null, `t_${i}`)));
    const halfSquaredNorms = values.filter((v): v is Tensor => v !== null).map(v => makeOp1('L2Loss', [v], {}, 'L2Loss'));
    const halfSquaredNorm = reduceSum(makeOp1('Pack', halfSquaredNorms, { N: halfSquaredNorms.length, axis: 0 }, 'stack'));
    return sqrt(mul(halfSquaredNorm, constant(2, halfSquaredNorm.dtype, 'Const')), 'global_norm');
  });
}

/**
 * tf.clip_by_global_norm: scales every tensor by clip_norm / max(global_norm, clip_norm) and
 * returns [clipped list, global_norm]. An infinite or NaN norm makes every result NaN.
 */
export function clipByGlobalNorm(tList: (TensorLike | null)[], clipNorm: TensorLike, useNorm?: Tensor | null, name?: string): [(Tensor | null)[], Tensor] {
  if (!Array.isArray(tList)) throw typeError('t_list should be a sequence');
  const norm = useNorm ?? globalNorm(tList, name);
  return getDefaultGraph().withNameScope(name ?? null, 'clip_by_global_norm', scope => {
    const clip = convertToTensor(clipNorm, norm.dtype, 'clip_norm');
    const scaleForFinite = mul(clip, minimum(div(1, norm), div(constant(1, norm.dtype, 'Const'), clip)));
    const scale = add(scaleForFinite, sub(norm, norm));
    const clipped = tList.map((t, i) => {
      if (t === null || t === undefined) return null;
      const v = convertToTensor(t, null, `t_${i}`);
      return identity(mul(v, scale), `${scope}_${i}`);
    });
    return [clipped, norm] as [(Tensor | null)[], Tensor];
  });
}

/**
 * tf.clip_by_average_norm (deprecated in TF 1.15): t * clip_norm / max(||t|| / size(t), clip_norm),
 * as TF writes it: t * clip_norm * min(size / ||t||, 1 / clip_norm).
 */
export function clipByAverageNorm(t: TensorLike, clipNorm: TensorLike, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'clip_by_average_norm', scope => {
    const x = convertToTensor(t, null, 't');
    const nElement = cast(size(x), 'float32');
    const l2normInv = unary(OpType.Rsqrt, reduceSum(mul(x, x), null));
    const clip = convertToTensor(clipNorm, x.dtype, 'clip_norm');
    return identity(mul(mul(x, clip), minimum(mul(l2normInv, cast(nElement, x.dtype)), div(constant(1, x.dtype, 'Const'), clip))), scope);
  });
}

const T_LIST = { name: 't_list', type: 'optional_tensors', doc: 'tensors (None entries are skipped)' } as const;

export const CLIP_API = [
  defineApi({
    name: 'tf.clip_by_value', doc: 'Clips tensor values to a specified min and max.',
    params: [{ name: 't', type: 'tensor' }, { name: 'clip_value_min', type: 'tensor' }, { name: 'clip_value_max', type: 'tensor' }, NAME_PARAM],
  }, a => clipByValue(a.t, a.clip_value_min, a.clip_value_max, a.name ?? undefined)),
  defineApi({
    name: 'tf.clip_by_norm', doc: 'Clips tensor values to a maximum L2-norm (over all of t, or along axes).',
    params: [{ name: 't', type: 'tensor' }, { name: 'clip_norm', type: 'tensor' }, { name: 'axes', default: null, type: 'ints' }, NAME_PARAM],
  }, a => clipByNorm(a.t, a.clip_norm, a.axes, a.name ?? undefined)),
  defineApi({
    name: 'tf.global_norm', doc: 'Computes the global norm of multiple tensors: sqrt(sum of their squared L2 norms).',
    params: [T_LIST, NAME_PARAM],
  }, a => globalNorm(a.t_list, a.name ?? undefined)),
  defineApi({
    name: 'tf.clip_by_global_norm', doc: 'Clips values of multiple tensors by the ratio of the sum of their norms; returns (list_clipped, global_norm).',
    params: [T_LIST, { name: 'clip_norm', type: 'tensor' }, { name: 'use_norm', default: null, type: 'tensor' }, NAME_PARAM],
  }, a => {
    const [clipped, norm] = clipByGlobalNorm(a.t_list, a.clip_norm, a.use_norm === null ? null : convertToTensor(a.use_norm, null, 'use_norm'), a.name ?? undefined);
    return apiTuple([clipped, norm]);
  }),
  defineApi({
    name: 'tf.clip_by_average_norm', doc: 'Clips tensor values to a maximum average L2-norm (deprecated in TF 1.15).',
    params: [{ name: 't', type: 'tensor' }, { name: 'clip_norm', type: 'tensor' }, NAME_PARAM],
  }, a => clipByAverageNorm(a.t, a.clip_norm, a.name ?? undefined)),
];
