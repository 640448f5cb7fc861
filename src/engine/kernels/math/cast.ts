// Cast (tf1-semantics §3.3): float → int truncates toward zero, number → bool is x != 0,
// bool → number is 1/0.
import { registerKernel } from '../registry';
import { cppDTypeName, type DType, type NumericArray } from '../../dtypes';
import { KernelError } from '../../errors';

function castInto(src: NumericArray, dst: NumericArray, to: DType): void {
  const n = src.length;
  if (to === 'bool') { for (let i = 0; i < n; i++) dst[i] = src[i] !== 0 ? 1 : 0; return; }
  // int64 lives in a Float64Array: truncation is not implied by the store.
  if (to === 'int64') { for (let i = 0; i < n; i++) dst[i] = Math.trunc(src[i]); return; }
  // Typed-array stores already round to float32, truncate to int32 and wrap uint8.
  dst.set(src);
}

registerKernel({
  type: 'Cast', family: 'math',
  infer: ([x], attrs) => [{ dtype: attrs.DstT as DType, shape: x.shape }],
  compute: ([x], op, rt) => {
    const to = op.attrs.DstT as DType;
    if (to === x.dtype) return [x];
    if (to === 'string' || x.dtype === 'string') throw new KernelError('UnimplementedError', `Cast ${cppDTypeName(x.dtype)} to ${cppDTypeName(to)} is not supported`);
    const out = rt.output(op, 0, to, x.shape);
    castInto(x.data as NumericArray, out.data as NumericArray, to);
    return [out];
  },
});
