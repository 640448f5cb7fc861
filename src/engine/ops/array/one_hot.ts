// OneHot(indices, depth, on_value, off_value): a new axis of length depth holding on_value at
// the index and off_value elsewhere (all off for indices outside [0, depth)). Not differentiable
// (TF registers it the same way). tf.one_hot picks the dtype as TF does: dtype, else on_value's,
// else off_value's, else float32.
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import { invalidArgument, typeError } from '../../errors';
import { Dim } from '../../shape';
import { ShapeError } from '../../kernels/registry';
import { constantInts, elementsOf } from '../../kernels/array/static';
import { prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { checkSameDType, convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';

export const OneHot = defineOp({
  type: OpType.OneHot, family: 'array', inputs: ['indices', 'depth', 'on_value', 'off_value'], attrs: { axis: attr.int(-1) },
  infer: ([indices, depthT, on, off], attrs) => {
    checkSameDType(OpType.OneHot, [on, off], ['on_value', 'off_value']);
    const axis = attrs.axis;
    if (indices.shape === null) return [{ dtype: on.dtype, shape: null }];
    const r = indices.shape.length;
    if (axis < -1 || axis > r) throw new ShapeError(`Expected axis to be -1 or between [0, ${r + 1}).  But received: ${axis}`);
    const depth = constantInts(depthT);
    if (depth && depth[0] < 0) throw new ShapeError(`depth must be non-negative, got: ${depth[0]}`);
    const out: Dim[] = indices.shape.slice();
    out.splice(axis === -1 ? r : axis, 0, depth ? depth[0] : null);
    return [{ dtype: on.dtype, shape: out }];
  },
  compute: ([indices, depthA, on, off], node, rt) => {
    const depth = Number(depthA.data[0]);
    if (depth < 0) throw invalidArgument(`depth must be non-negative, got: ${depth}`);
    const r = indices.rank;
    const axis = node.attrs.axis === -1 ? r : node.attrs.axis;
    const outShape = indices.shape.slice();
    outShape.splice(axis, 0, depth);
    const out = rt.output(node, 0, on.dtype, outShape);
    const dst = elementsOf(out), idx = indices.data as ArrayLike<number>;
    const onV = on.data[0], offV = off.data[0];
    for (let i = 0; i < out.size; i++) dst[i] = offV;
    // indices = [outer, inner] around the axis; output = [outer, depth, inner].
    const outer = prod(indices.shape, 0, axis), inner = prod(indices.shape, axis);
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < inner; j++) {
        const v = idx[o * inner + j];
        if (v >= 0 && v < depth) dst[(o * depth + v) * inner + j] = onV;
      }
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('OneHot', 'indices: TI, depth: int32, on_value: T, off_value: T', 'output: T', 'axis: int = -1; T: type; TI: type = int64'),
});

export interface OneHotOptions { onValue?: TensorLike | null; offValue?: TensorLike | null; axis?: number | null; dtype?: DType | null }

const pyDType = (d: DType) => `<dtype: '${d}'>`;

/** tf.one_hot; scope `one_hot`. */
export function oneHot(indices: TensorLike, depth: TensorLike, opts: OneHotOptions = {}, name?: string): Tensor {
  return inOpScope(name, 'one_hot', opName => {
    const idx = intTensor(indices, 'indices');
    const given = (v: TensorLike | null | undefined, n: string) => (v === undefined || v === null ? null : convertToTensor(v, undefined, n));
    let on = given(opts.onValue, 'on_value'), off = given(opts.offValue, 'off_value');
    const dtype = opts.dtype ?? on?.dtype ?? off?.dtype ?? 'float32';
    if (opts.dtype) {
      if (on && on.dtype !== dtype) throw typeError(`dtype ${pyDType(on.dtype)} of on_value does not match dtype parameter ${pyDType(dtype)}`);
      if (off && off.dtype !== dtype) throw typeError(`dtype ${pyDType(off.dtype)} of off_value does not match dtype parameter ${pyDType(dtype)}`);
    }
    if (on && off && on.dtype !== off.dtype) throw typeError(`dtype ${pyDType(on.dtype)} of on_value does not match dtype ${pyDType(off.dtype)} of off_value`);
    on ??= convertToTensor(1, dtype, 'on_value');
    off ??= convertToTensor(0, dtype, 'off_value');
    return OneHot.make1([idx, intTensor(depth, 'depth'), on, off], { axis: opts.axis ?? -1 }, opName);
  });
}

export const ONE_HOT: OpGroup = {
  ops: [OneHot],
  api: [defineApi({
    name: 'tf.one_hot', doc: 'Returns a one-hot tensor.',
    params: [
      { name: 'indices', type: 'tensor' }, { name: 'depth', type: 'tensor' },
      { name: 'on_value', default: null, type: 'tensor' }, { name: 'off_value', default: null, type: 'tensor' },
      { name: 'axis', default: null, type: 'int' }, { name: 'dtype', default: null, type: 'dtype' }, { name: 'name', default: null, type: 'name' },
    ],
  }, a => oneHot(a.indices, a.depth, { onValue: a.on_value, offValue: a.off_value, axis: a.axis, dtype: a.dtype }, a.name ?? undefined))],
};
