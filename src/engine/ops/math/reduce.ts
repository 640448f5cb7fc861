// The reductions Sum, Mean, Prod, Max, Min, All, Any as one table (tf1-semantics §3.4): inputs
// (input, reduction_indices), attr keep_dims. With axis None the builders make the axes a Const
// range over the rank, named `Const` at the caller's scope (before the op's own scope), as TF's
// _ReductionDims does; the result of a full reduction is statically a scalar. Gradients:
// reduce_grads.ts.
import { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { DType, isInteger, NumericArray } from '../../dtypes';
import { constantValues, normalizeAxesRuntime, normalizeAxesStatic } from '../../kernels/math/axes';
import { checkDType, DTypeClass } from '../../kernels/math/dtype_rules';
import { compileReduce, dimGroups, reducedDims, ReduceLoop, runReduction } from '../../kernels/math/reduce_loops';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { constant, makeOp1, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpDef, OpGradient, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { convertArgs, inScope, isTensorLike } from './apply';
import { maxMinGrad, meanGrad, prodGrad, sumGrad } from './reduce_grads';

const REDUCE_ATTRS = { keep_dims: attr.bool(false), Tidx: attr.type('int32') };
type ReduceAttrs = { keep_dims: boolean; Tidx: DType };

interface ReductionRow {
  type: OpTypeName;
  loop: ReduceLoop;
  dtypes: DTypeClass;
  gradient: OpGradient<ReduceAttrs> | typeof NOT_DIFFERENTIABLE;
  mean?: boolean;
}

const ROWS: ReductionRow[] = [
  { type: OpType.Sum, loop: compileReduce('0', 'acc + v'), dtypes: 'numeric', gradient: (node, [g]) => [sumGrad(node, g!), null] },
  { type: OpType.Mean, loop: compileReduce('0', 'acc + v'), dtypes: 'numeric', mean: true, gradient: (node, [g]) => [meanGrad(node, g!), null] },
  { type: OpType.Prod, loop: compileReduce('1', 'acc * v'), dtypes: 'numeric', gradient: (node, [g]) => [prodGrad(node, g!), null] },
  { type: OpType.Max, loop: compileReduce('-Infinity', 'v > acc ? v : acc'), dtypes: 'numeric', gradient: (node, [g]) => [maxMinGrad(node, g!), null] },
  { type: OpType.Min, loop: compileReduce('Infinity', 'v < acc ? v : acc'), dtypes: 'numeric', gradient: (node, [g]) => [maxMinGrad(node, g!), null] },
  { type: OpType.All, loop: compileReduce('1', 'acc && v ? 1 : 0'), dtypes: 'bool', gradient: NOT_DIFFERENTIABLE },
  { type: OpType.Any, loop: compileReduce('0', 'acc || v ? 1 : 0'), dtypes: 'bool', gradient: NOT_DIFFERENTIABLE },
];

function reductionOp(row: ReductionRow): OpDef<typeof REDUCE_ATTRS> {
  const boolOp = row.dtypes === 'bool';
  return defineOp({
    type: row.type, family: 'math', inputs: ['input', 'reduction_indices'], attrs: REDUCE_ATTRS,
    infer: ([x, axis], attrs) => {
      checkDType(x, row.dtypes, 'input');
      checkDType(axis, 'int', 'reduction_indices');
      const keep = attrs.keep_dims;
      const axes = constantValues(axis);
      if (x.shape === null) return [{ dtype: x.dtype, shape: null }];
      if (axes === null) return [{ dtype: x.dtype, shape: keep ? x.shape.map(() => null) : null }];
      return [{ dtype: x.dtype, shape: reducedDims(x.shape, normalizeAxesStatic(axes, x.shape.length), keep) }];
    },
    compute: ([x, axis], node, rt) => {
      const axes = normalizeAxesRuntime(axis.data as NumericArray, x.rank);
      const shape = reducedDims(x.shape, axes, node.attrs.keep_dims);
      if (!axes.some(a => x.shape[a] !== 1)) return [x.reshape(shape)];
      const out = rt.output(node, 0, x.dtype, shape);
      const data = out.data as NumericArray;
      runReduction(row.loop, x.data as NumericArray, data, dimGroups(x.shape, axes));
      if (row.mean) {
        const count = x.size / Math.max(out.size, 1);
        if (isInteger(x.dtype)) for (let i = 0; i < data.length; i++) data[i] = Math.trunc(data[i] / count);
        else for (let i = 0; i < data.length; i++) data[i] /= count;
      }
      return [out];
    },
    gradient: row.gradient,
    tf: boolOp
      ? op(row.type, 'input: bool, reduction_indices: Tidx', 'output: bool', 'keep_dims: bool = false; Tidx: type = int32')
      : op(row.type, 'input: T, reduction_indices: Tidx', 'output: T', 'keep_dims: bool = false; T: type; Tidx: type = int32'),
  });
}

export const REDUCTION_OPS = new Map<OpTypeName, OpDef<typeof REDUCE_ATTRS>>(ROWS.map(r => [r.type, reductionOp(r)]));

export type AxisArg = TensorLike | null | undefined;

/** The axes of a reduction: `axis` as given, or every axis of x (a Const, or range(rank) when unknown). */
export function reductionDims(x: Tensor, axis: AxisArg): TensorLike {
  if (axis != null) return axis;
  if (x.shape !== null) return constant(NDArray.from(x.shape.map((_, i) => i), 'int32'));
  // Unknown rank: range(0, rank(x)) at run time.
  return x.graph.withNameScope(null, 'range', scope =>
    makeOp1(OpType.Range, [constant(0, 'int32', 'start'), makeOp1(OpType.Rank, [x]), constant(1, 'int32', 'delta')], { Tidx: 'int32' }, scope));
}

export type ReductionFn = (input: TensorLike, axis?: AxisArg, keepdims?: boolean | null, name?: string) => Tensor;

function reduction(type: OpTypeName): ReductionFn {
  return (input, axis, keepdims, name) => {
    const [x] = convertArgs([input], ['input']);
    const dims = reductionDims(x, axis);
    const keep = keepdims === true;
    const out = inScope([x], name, type, scope => {
      const axisT = isTensorLike(dims) ? convertArgs([dims], ['reduction_indices'])[0] : convertArgs([dims], ['reduction_indices'], 'int32')[0];
      return REDUCTION_OPS.get(type)!.make1([x, axisT], { keep_dims: keep, Tidx: axisT.dtype }, scope);
    });
    if (axis == null && !keep) out.setShape([]);
    return out;
  };
}

export const reduceSum = reduction(OpType.Sum);
export const reduceMean = reduction(OpType.Mean);
export const reduceMax = reduction(OpType.Max);
export const reduceMin = reduction(OpType.Min);
export const reduceProd = reduction(OpType.Prod);
export const reduceAll = reduction(OpType.All);
export const reduceAny = reduction(OpType.Any);

export const REDUCTIONS: OpGroup = { ops: [...REDUCTION_OPS.values()], api: [] };
