// DecodeRaw (tf.decode_raw / tf.io.decode_raw): each string's bytes reinterpreted as a vector of
// out_type (little-endian unless asked otherwise); every string must have the same length, a
// multiple of the element size (TF's texts, from kernels/decode_raw_op.cc).
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import type { DType } from '../../dtypes';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { invalidArgument, typeError } from '../../errors';
import { attr } from '../attrs';
import { convertToTensor, makeOp, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inScope } from '../math/apply';
import { requireString } from './common';

type Reader = (v: DataView, at: number, little: boolean) => number;
const ELEMENTS: Partial<Record<DType, { size: number; name: string; read: Reader }>> = {
  uint8: { size: 1, name: 'uint8', read: (v, at) => v.getUint8(at) },
  int8: { size: 1, name: 'int8', read: (v, at) => v.getInt8(at) },
  uint16: { size: 2, name: 'uint16', read: (v, at, le) => v.getUint16(at, le) },
  int16: { size: 2, name: 'int16', read: (v, at, le) => v.getInt16(at, le) },
  int32: { size: 4, name: 'int32', read: (v, at, le) => v.getInt32(at, le) },
  int64: { size: 8, name: 'int64', read: (v, at, le) => Number(v.getBigInt64(at, le)) },
  float32: { size: 4, name: 'float', read: (v, at, le) => v.getFloat32(at, le) },
  float64: { size: 8, name: 'double', read: (v, at, le) => v.getFloat64(at, le) },
};
const ALLOWED = 'float16, float32, float64, int32, uint16, uint8, int16, int8, int64';

export const DecodeRaw = defineOp({
  type: OpType.DecodeRaw, family: 'array', inputs: ['bytes'], attrs: { out_type: attr.type(), little_endian: attr.bool(true) },
  infer: ([bytes], a) => {
    requireString('DecodeRaw', 'bytes', bytes);
    if (!ELEMENTS[a.out_type]) throw typeError(`Value passed to parameter 'out_type' has DataType ${a.out_type} not in list of allowed values: ${ALLOWED}`);
    return [{ dtype: a.out_type, shape: bytes.shape === null ? null : [...bytes.shape, null] }];
  },
  compute: ([bytes], o) => {
    const el = ELEMENTS[o.attrs.out_type]!;
    const strs = bytes.data as string[];
    const len = strs.length ? strs[0].length : 0;
    if (len % el.size !== 0) throw invalidArgument(`Input to DecodeRaw has length ${len} that is not a multiple of ${el.size}, the size of ${el.name}`);
    strs.forEach((s, i) => {
      if (s.length !== len) throw invalidArgument(`DecodeRaw requires input strings to all be the same size, but element ${i} has size ${s.length} != ${len}`);
    });
    const per = len / el.size;
    const out = NDArray.zeros(o.attrs.out_type, [...bytes.shape, per]);
    const buf = new Uint8Array(len), view = new DataView(buf.buffer);
    let k = 0;
    for (const s of strs) {
      for (let j = 0; j < len; j++) buf[j] = s.charCodeAt(j) & 0xff;
      for (let j = 0; j < per; j++) out.numeric[k++] = el.read(view, j * el.size, o.attrs.little_endian);
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('DecodeRaw', 'bytes: string', 'output: out_type', 'out_type: type; little_endian: bool = true'),
});

export function decodeRaw(bytes: TensorLike, outType: DType, littleEndian = true, name?: string): Tensor {
  return inScope([bytes], name, 'DecodeRaw', scope =>
    makeOp(OpType.DecodeRaw, [convertToTensor(bytes, 'string', 'bytes')], { out_type: outType, little_endian: littleEndian }, scope).outputs[0]);
}

export const DECODE_RAW: OpGroup = {
  ops: [DecodeRaw],
  api: [defineApi({
    name: 'tf.decode_raw', doc: 'Reinterprets the bytes of each string as a vector of out_type.',
    params: [{ name: 'input_bytes', default: null, type: 'optional_tensor' }, { name: 'out_type', default: null, type: 'dtype' }, { name: 'little_endian', default: true, type: 'bool' },
      { name: 'name', default: null, type: 'name' }, { name: 'bytes', default: null, type: 'optional_tensor', doc: 'the deprecated name of input_bytes' }],
  }, a => {
    const input = a.input_bytes ?? a.bytes;
    if (!input) throw typeError("decode_raw() missing required argument 'input_bytes'");
    if (!a.out_type) throw typeError("decode_raw() missing required argument 'out_type'");
    return decodeRaw(input, a.out_type, a.little_endian, a.name ?? undefined);
  }, ['tf.io.decode_raw'])],
};
