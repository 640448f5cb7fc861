// Small op constructors the math gradients compose. Gradient internals are made directly by op
// type (names like `gradients/Mul_grad/Mul_1`), independent of the tf.* builders' scopes.
import { Tensor } from '../../../graph/tensor';
import { NDArray } from '../../../ndarray';
import { constant, makeOp1 } from '../../../ops/builder';
import type { Attrs } from '../../../graph/operation';
import type { DType } from '../../../dtypes';

export const op1 = (type: string, inputs: Tensor[], attrs: Attrs = {}) => makeOp1(type, inputs, attrs);
export const mul = (a: Tensor, b: Tensor) => op1('Mul', [a, b]);
export const div = (a: Tensor, b: Tensor) => op1('RealDiv', [a, b]);
export const sub = (a: Tensor, b: Tensor) => op1('Sub', [a, b]);
export const add = (a: Tensor, b: Tensor) => op1('Add', [a, b]);
export const neg = (a: Tensor) => op1('Neg', [a]);
export const scalar = (v: number, dtype: DType) => constant(v, dtype);
export const intConst = (values: number[]) => constant(NDArray.from(values, 'int32'));
export const shapeOf = (t: Tensor) => op1('Shape', [t], { out_type: 'int32' });
export const reshape = (t: Tensor, shape: Tensor) => op1('Reshape', [t, shape]);
export const zerosLike = (t: Tensor) => op1('ZerosLike', [t]);
export const onesLike = (t: Tensor) => op1('OnesLike', [t]);
export const cast = (t: Tensor, dtype: DType) => (t.dtype === dtype ? t : op1('Cast', [t], { SrcT: t.dtype, DstT: dtype, Truncate: false }));
export const sum = (t: Tensor, axes: Tensor, keepDims = false) => op1('Sum', [t, axes], { keep_dims: keepDims, Tidx: axes.dtype });
export const matmul = (a: Tensor, b: Tensor, ta: boolean, tb: boolean) => op1('MatMul', [a, b], { transpose_a: ta, transpose_b: tb });
