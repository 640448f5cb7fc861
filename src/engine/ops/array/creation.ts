// Fill(dims, value), ZerosLike, OnesLike: tensors of one repeated value; tf.fill, tf.zeros,
// tf.ones, tf.zeros_like, tf.ones_like.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import type { DType } from '../../dtypes';
import { invalidArgument } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { shapeFromTensor, requireRank, intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { constant, convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor, plainValue, sumForGradient } from './common';
import { shape as shapeOf } from './shape_ops';
import { reshape } from './reshape';

function filled(node: Operation, rt: RuntimeContext, like: NDArray, shape: readonly number[], v: unknown): NDArray {
  const out = rt.output(node, 0, like.dtype, shape);
  if (Array.isArray(out.data)) (out.data as unknown[]).fill(v);
  else (out.data as Float64Array).fill(v as number);
  return out;
}

export const Fill = defineOp({
  type: OpType.Fill, family: 'array', inputs: ['dims', 'value'], attrs: {},
  infer: ([dims, value]) => {
    requireRank(dims.shape, 1);
    if (value.shape !== null && value.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${value.shape.length}`);
    return [{ dtype: value.dtype, shape: shapeFromTensor(dims) }];
  },
  compute: ([dims, value], node, rt) => {
    if (dims.rank !== 1) throw invalidArgument(`dims must be a vector, got shape [${dims.shape}]`);
    if (value.rank !== 0) throw invalidArgument(`value must be a scalar, got shape [${value.shape}]`);
    const shape = intsOf(dims);
    if (shape.some(d => d < 0)) throw invalidArgument(`Dimension ${shape.find(d => d < 0)} must be >= 0`);
    return [filled(node, rt, value, shape, value.data[0])];
  },
  gradient: (_node, [g]) => [null, sumForGradient(g!)],
  tf: op('Fill', 'dims: index_type, value: T', 'output: T', 'T: type; index_type: type = int32'),
});

const likeOp = (type: typeof OpType.ZerosLike | typeof OpType.OnesLike, value: 0 | 1) => defineOp({
  type, family: 'array', inputs: ['x'], attrs: {},
  infer: ([x]) => [{ dtype: x.dtype, shape: x.shape }],
  compute: ([x], node, rt) => [filled(node, rt, x, x.shape, x.dtype === 'string' ? (value ? '1' : '') : value)],
  gradient: NOT_DIFFERENTIABLE,
  tf: op(type, 'x: T', 'y: T', 'T: type'),
});
export const ZerosLike = likeOp(OpType.ZerosLike, 0);
export const OnesLike = likeOp(OpType.OnesLike, 1);

export function fill(dims: TensorLike, value: TensorLike, name?: string): Tensor {
  return inOpScope(name, 'Fill', opName => Fill.make1([intTensor(dims, 'dims'), convertToTensor(value, undefined, 'value')], {}, opName));
}

/**
 * tf.zeros / tf.ones as in TF1: a plain shape with fewer than 1000 elements becomes one Const
 * named `zeros`; a larger one (or a shape tensor) a Fill named `zeros` fed by
 * `zeros/shape_as_tensor` and the scalar `zeros/Const`, so the graph stays small. A scalar
 * shape is a vector of one dim.
 */
function filledTensor(number: number, defaultName: string, shape: TensorLike, dtype: DType, name?: string): Tensor {
  // TF's zeros of a string dtype are empty strings (numbers would be stringified to b'0').
  const value = dtype === 'string' ? new NDArray('string', [], [number === 0 ? '' : String(number)]) : number;
  return inOpScope(name, defaultName, opName => {
    const plain = plainValue(shape, 'int32');
    if (plain !== null) {
      const dims = Array.from(plain.data as ArrayLike<number>);
      if (dims.reduce((a, b) => a * b, 1) < 1000) return constant(value, dtype, opName, dims);
      return Fill.make1([constant(dims, 'int32', 'shape_as_tensor'), constant(value, dtype)], {}, opName);
    }
    let dimsT = intTensor(shape, 'shape_as_tensor');
    if (dimsT.rank === 0) dimsT = reshape(dimsT, [-1]);
    return Fill.make1([dimsT, constant(value, dtype)], {}, opName);
  });
}
export function zeros(shape: TensorLike, dtype: DType = 'float32', name?: string): Tensor { return filledTensor(0, 'zeros', shape, dtype, name); }
export function ones(shape: TensorLike, dtype: DType = 'float32', name?: string): Tensor { return filledTensor(1, 'ones', shape, dtype, name); }

/**
 * tf.zeros_like / tf.ones_like: a ZerosLike / OnesLike op named `zeros_like` / `ones_like`.
 * (TF1's ones_like builds ones(shape(x)); one op is equivalent and simpler to read.) A different
 * dtype goes through zeros(shape(x), dtype).
 */
export function zerosLike(tensor: TensorLike, dtype?: DType | null, name?: string): Tensor {
  const x = convertToTensor(tensor);
  if (dtype && dtype !== x.dtype) return inOpScope(name, 'zeros_like', opName => zeros(shapeOf(x), dtype, opName));
  return ZerosLike.make1([x], {}, name ?? 'zeros_like');
}
export function onesLike(tensor: TensorLike, dtype?: DType | null, name?: string): Tensor {
  const x = convertToTensor(tensor);
  if (dtype && dtype !== x.dtype) return inOpScope(name, 'ones_like', opName => ones(shapeOf(x), dtype, opName));
  return OnesLike.make1([x], {}, name ?? 'ones_like');
}

const NAME = { name: 'name', default: null, type: 'name' } as const;
const OPTIMIZE = { name: 'optimize', default: true, type: 'flag', doc: 'a graph-size hint in TF; the value is the same' } as const;

export const CREATION: OpGroup = {
  ops: [Fill, ZerosLike, OnesLike],
  api: [
    defineApi({ name: 'tf.fill', doc: 'Creates a tensor filled with a scalar value.', params: [{ name: 'dims', type: 'tensor' }, { name: 'value', type: 'tensor' }, NAME] },
      a => fill(a.dims, a.value, a.name ?? undefined)),
    ...(['zeros', 'ones'] as const).map(py => defineApi({
      name: `tf.${py}`, doc: `Creates a tensor with all elements set to ${py === 'zeros' ? 'zero' : '1'}.`,
      params: [{ name: 'shape', type: 'tensor' }, { name: 'dtype', default: { expr: 'tf.float32' }, type: 'dtype' }, NAME],
    }, a => (py === 'zeros' ? zeros : ones)(a.shape, a.dtype ?? 'float32', a.name ?? undefined))),
    ...(['zeros_like', 'ones_like'] as const).map(py => defineApi({
      name: `tf.${py}`, doc: `Creates a tensor with all elements set to ${py === 'zeros_like' ? 'zero' : '1'}, shaped like the input.`,
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'dtype', default: null, type: 'dtype' }, NAME, OPTIMIZE],
    }, a => (py === 'zeros_like' ? zerosLike : onesLike)(a.tensor, a.dtype, a.name ?? undefined))),
  ],
};
