// Cast (tf1-semantics §3.3): float → int truncates toward zero, number → bool is x != 0,
// bool → number is 1/0, integers wrap around on overflow (two's complement, as C++ static_cast
// does on TF's CPU). tf.cast returns a Tensor already of the dtype as is; otherwise a Cast op in
// scope `Cast` (the scope name is taken even when no op is needed, as in TF). tf.saturate_cast
// clips to the target's range first.
import { Tensor } from '../../graph/tensor';
import { DType, castInto, cppDTypeName, isFloat, dtypeRange } from '../../dtypes';
import { KernelError } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { cast as castOp } from '../../gradients/families/math/graph_ops';
import { attr } from '../attrs';
import type { TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { convertArgs, inScope } from './apply';
import { maximum, minimum } from './binary';

export const Cast = defineOp({
  type: OpType.Cast, family: 'math', inputs: ['x'],
  attrs: { SrcT: attr.type(), DstT: attr.type(), Truncate: attr.bool(false) },
  infer: ([x], attrs) => [{ dtype: attrs.DstT, shape: x.shape }],
  compute: ([x], node, rt) => {
    const to = node.attrs.DstT;
    if (to === x.dtype) return [x];
    if (to === 'string' || x.dtype === 'string') throw new KernelError('UnimplementedError', `Cast ${cppDTypeName(x.dtype)} to ${cppDTypeName(to)} is not supported`);
    const out = rt.output(node, 0, to, x.shape);
    castInto(x, out);
    return [out];
  },
  // Only float → float casts pass a gradient (TF's _CastGrad).
  gradient: (node, [g]) => [isFloat(node.attrs.SrcT) && isFloat(node.attrs.DstT) ? castOp(g!, node.attrs.SrcT) : null],
  tf: op('Cast', 'x: SrcT', 'y: DstT', 'SrcT: type; DstT: type; Truncate: bool = false'),
});

export function cast(x: TensorLike, dtype: DType, name?: string): Tensor {
  if (x instanceof Tensor && x.dtype === dtype) return x;
  return inScope([x], name, 'Cast', scope => {
    const [t] = convertArgs([x], ['x']);
    return t.dtype === dtype ? t : Cast.make1([t], { SrcT: t.dtype, DstT: dtype, Truncate: false }, scope);
  });
}
export const toFloat = (x: TensorLike, name = 'ToFloat') => cast(x, 'float32', name);
export const toDouble = (x: TensorLike, name = 'ToDouble') => cast(x, 'float64', name);
export const toInt32 = (x: TensorLike, name = 'ToInt32') => cast(x, 'int32', name);
export const toInt64 = (x: TensorLike, name = 'ToInt64') => cast(x, 'int64', name);

/**
 * tf.saturate_cast: values outside the target dtype's range are clipped to it before the cast
 * (TF clips only where the input's range exceeds the target's).
 */
export function saturateCast(value: TensorLike, dtype: DType, name?: string): Tensor {
  return inScope([value], name, 'saturate_cast', scope => {
    let [x] = convertArgs([value], ['value']);
    if (x.dtype !== 'bool' && dtype !== 'bool') {
      const [lo, hi] = dtypeRange(dtype), [inLo, inHi] = dtypeRange(x.dtype);
      if (inLo < lo) x = maximum(x, lo);
      if (inHi > hi) x = minimum(x, hi);
    }
    return cast(x, dtype, scope);
  });
}

const XNAME = (fn: string) => [{ name: 'x', type: 'tensor' }, { name: 'name', default: fn, type: 'name' }] as const;

export const CAST: OpGroup = {
  ops: [Cast],
  api: [
    defineApi({
      name: 'tf.cast', doc: 'Casts a tensor to a new type.',
      params: [{ name: 'x', type: 'tensor' }, { name: 'dtype', type: 'dtype' }, { name: 'name', default: null, type: 'name' }],
    }, a => cast(a.x, a.dtype, a.name ?? undefined), ['tf.dtypes.cast']),
    defineApi({
      name: 'tf.saturate_cast', doc: 'Performs a safe saturating cast of value to dtype.',
      params: [{ name: 'value', type: 'tensor' }, { name: 'dtype', type: 'dtype' }, { name: 'name', default: null, type: 'name' }],
    }, a => saturateCast(a.value, a.dtype, a.name ?? undefined), ['tf.dtypes.saturate_cast']),
    defineApi({ name: 'tf.to_float', doc: 'Casts a tensor to type float32 (deprecated in TF 1.15).', params: XNAME('ToFloat') }, a => toFloat(a.x, a.name ?? undefined)),
    defineApi({ name: 'tf.to_double', doc: 'Casts a tensor to type float64 (deprecated in TF 1.15).', params: XNAME('ToDouble') }, a => toDouble(a.x, a.name ?? undefined)),
    defineApi({ name: 'tf.to_int32', doc: 'Casts a tensor to type int32 (deprecated in TF 1.15).', params: XNAME('ToInt32') }, a => toInt32(a.x, a.name ?? undefined)),
    defineApi({ name: 'tf.to_int64', doc: 'Casts a tensor to type int64 (deprecated in TF 1.15).', params: XNAME('ToInt64') }, a => toInt64(a.x, a.name ?? undefined)),
  ],
};
