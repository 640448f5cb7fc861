// The Python reductions: tf.reduce_* with TF1's deprecated spellings (reduction_indices,
// keep_dims), and the reductions TF composes from other ops (reduce_logsumexp, count_nonzero,
// reduce_variance, reduce_std), built the way TF 1.15 builds them.
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import type { TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { applyOp, convertArgs, inScope } from './apply';
import { AxisArg, reduceAll, reduceAny, reduceMax, reduceMean, reduceMin, reduceProd, reduceSum, ReductionFn } from './reduce';
import { notEqual, subtract } from './binary';
import { cast } from './cast';
import { exp, log, sqrt, square } from './unary';
import { isFinite } from './predicates';
import { select } from './select';
import { shape } from '../array/shape_ops';
import { reshape } from '../array/reshape';
import { zerosLike, zeros } from '../array/creation';
import { stopGradient } from '../control/identity';

/** TF's deprecation.deprecated_argument_lookup: the new name wins; both given is an error. */
export function eitherArg<T>(newName: string, newValue: T | null, oldName: string, oldValue: T | null): T | null {
  if (newValue !== null && oldValue !== null) throw valueError(`Cannot specify both '${newName}' and '${oldName}'`);
  return newValue ?? oldValue;
}

/** tf.reduce_logsumexp: log(sum(exp(x - max))) + max, the max held out of the gradient. */
export function reduceLogSumExp(input: TensorLike, axis?: AxisArg, keepdims = false, name?: string): Tensor {
  return inScope([input], name, 'ReduceLogSumExp', scope => {
    const [x] = convertArgs([input], ['input_tensor']);
    const rawMax = reduceMax(x, axis, true);
    let myMax = stopGradient(select(isFinite(rawMax), rawMax, zerosLike(rawMax)));
    const result = log(reduceSum(exp(subtract(x, myMax)), axis, keepdims));
    if (!keepdims) myMax = reshape(myMax, shape(result));
    const out = applyOp(OpType.Add, OpType.Add, [result, myMax], ['x', 'y'], {}, scope);
    if (axis == null && !keepdims) out.setShape([]);
    return out;
  });
}

/** tf.count_nonzero: sum(cast(x != 0, int64)) cast to `dtype`. */
export function countNonzero(input: TensorLike, axis?: AxisArg, keepdims = false, dtype: DType = 'int64', name?: string): Tensor {
  return inScope([input], name, 'count_nonzero', () => {
    const [x] = convertArgs([input], ['input']);
    const nonzero = cast(notEqual(x, zeros([], x.dtype)), 'int64');
    return cast(reduceSum(nonzero, axis, keepdims), dtype);
  });
}

/** tf.math.reduce_variance: mean of squared deviations from the mean. */
export function reduceVariance(input: TensorLike, axis?: AxisArg, keepdims = false, name?: string): Tensor {
  return inScope([input], name, 'reduce_variance', () => {
    const [x] = convertArgs([input], ['input_tensor']);
    const means = reduceMean(x, axis, true);
    return reduceMean(square(applyOp(OpType.Sub, 'sub', [x, means], ['x', 'y'])), axis, keepdims);
  });
}

export function reduceStd(input: TensorLike, axis?: AxisArg, keepdims = false, name?: string): Tensor {
  return inScope([input], name, 'reduce_std', () => sqrt(reduceVariance(input, axis, keepdims)));
}

const REDUCE_PARAMS = [
  { name: 'input_tensor', type: 'tensor' }, { name: 'axis', default: null, type: 'axis' },
  { name: 'keepdims', default: null, type: 'bool' }, { name: 'name', default: null, type: 'name' },
  { name: 'reduction_indices', default: null, type: 'axis', doc: 'deprecated spelling of axis' },
  { name: 'keep_dims', default: null, type: 'bool', doc: 'deprecated spelling of keepdims' },
] as const;

function reduceApi(py: string, doc: string, fn: ReductionFn) {
  return defineApi({ name: `tf.${py}`, doc, params: REDUCE_PARAMS }, a => fn(
    a.input_tensor, eitherArg('axis', a.axis, 'reduction_indices', a.reduction_indices),
    eitherArg('keepdims', a.keepdims, 'keep_dims', a.keep_dims) ?? false, a.name ?? undefined,
  ), [`tf.math.${py}`]);
}

export const REDUCE_API: OpGroup = {
  ops: [],
  api: [
    reduceApi('reduce_sum', 'Computes the sum of elements across dimensions of a tensor.', reduceSum),
    reduceApi('reduce_mean', 'Computes the mean of elements across dimensions of a tensor.', reduceMean),
    reduceApi('reduce_max', 'Computes the maximum of elements across dimensions of a tensor.', reduceMax),
    reduceApi('reduce_min', 'Computes the minimum of elements across dimensions of a tensor.', reduceMin),
    reduceApi('reduce_prod', 'Computes the product of elements across dimensions of a tensor.', reduceProd),
    reduceApi('reduce_all', 'Computes the "logical and" of elements across dimensions of a tensor.', reduceAll),
    reduceApi('reduce_any', 'Computes the "logical or" of elements across dimensions of a tensor.', reduceAny),
    reduceApi('reduce_logsumexp', 'Computes log(sum(exp(elements across dimensions of a tensor))).', (x, axis, keep, name) => reduceLogSumExp(x, axis, keep ?? false, name)),
    defineApi({
      name: 'tf.count_nonzero', doc: 'Computes number of nonzero elements across dimensions of a tensor.',
      params: [
        { name: 'input_tensor', default: null, type: 'tensor' }, { name: 'axis', default: null, type: 'axis' },
        { name: 'keepdims', default: null, type: 'bool' }, { name: 'dtype', default: { expr: 'tf.int64' }, type: 'dtype' },
        { name: 'name', default: null, type: 'name' },
        { name: 'reduction_indices', default: null, type: 'axis', doc: 'deprecated spelling of axis' },
        { name: 'keep_dims', default: null, type: 'bool', doc: 'deprecated spelling of keepdims' },
        { name: 'input', default: null, type: 'tensor', doc: 'deprecated spelling of input_tensor' },
      ],
    }, a => {
      const input = eitherArg('input', a.input, 'input_tensor', a.input_tensor);
      if (input === null) throw valueError('None values not supported.');
      return countNonzero(input, eitherArg('axis', a.axis, 'reduction_indices', a.reduction_indices),
        eitherArg('keepdims', a.keepdims, 'keep_dims', a.keep_dims) ?? false, a.dtype ?? 'int64', a.name ?? undefined);
    }, ['tf.math.count_nonzero']),
    ...(['reduce_variance', 'reduce_std'] as const).map(py => defineApi({
      name: `tf.math.${py}`, doc: py === 'reduce_std' ? 'Computes the standard deviation of elements across dimensions of a tensor.' : 'Computes the variance of elements across dimensions of a tensor.',
      params: [
        { name: 'input_tensor', type: 'tensor' }, { name: 'axis', default: null, type: 'axis' },
        { name: 'keepdims', default: false, type: 'bool' }, { name: 'name', default: null, type: 'name' },
      ],
    }, a => (py === 'reduce_std' ? reduceStd : reduceVariance)(a.input_tensor, a.axis, a.keepdims, a.name ?? undefined))),
  ],
};
