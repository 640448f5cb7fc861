// NDArray ↔ TensorProto the way Python's make_tensor_proto writes constants: several elements
// of a numeric dtype go to tensor_content (raw little-endian bytes); scalars, bools and strings
// use the typed repeated fields. Readers accept both and repeat a short field's last value to
// fill the shape, as TF does.
import { NDArray, shapeSize } from '../../ndarray';
import { halfBits, halfFromBits } from '../../dtypes';
import type { DType, NumericArray } from '../../dtypes';
import { ownBytes, utf8 } from '../binary/bytes';
import { byteStringFromBytes, bytesOfByteString } from '../../byte_string';
import { int64ToNumber, Int64 } from '../proto/root';
import { shapeFromProto, shapeToProto, ShapeProto } from '../proto/shape';
import { dtypeFromTf, dtypeToTf } from '../checkpoint/dtype_codes';
import { encodeTensor } from '../checkpoint/tensor_bytes';
import { notImplemented } from '../errors';

export interface TensorProtoFields {
  dtype?: number; tensor_shape?: ShapeProto; tensor_content?: Uint8Array; float_val?: number[]; double_val?: number[];
  int_val?: number[]; int64_val?: Int64[]; bool_val?: boolean[]; string_val?: Uint8Array[]; half_val?: number[];
}

export function tensorToProto(arr: NDArray): TensorProtoFields {
  const proto: TensorProtoFields = { dtype: dtypeToTf(arr.dtype), tensor_shape: shapeToProto(arr.shape as number[]) };
  if (arr.dtype === 'string') {
    proto.string_val = (arr.data as unknown as string[]).map(bytesOfByteString);
  } else if (arr.dtype === 'bool') {
    proto.bool_val = Array.from(arr.data as NumericArray, v => v !== 0);
  } else if (arr.size > 1) {
    proto.tensor_content = encodeTensor(arr).bytes;
  } else if (arr.size === 1) {
    const v = (arr.data as NumericArray)[0];
    if (arr.dtype === 'float32') proto.float_val = [v];
    else if (arr.dtype === 'float64') proto.double_val = [v];
    else if (arr.dtype === 'int64') proto.int64_val = [v];
    else if (arr.dtype === 'float16') proto.half_val = [halfBits(v)];
    else proto.int_val = [v];
  }
  return proto;
}

export function tensorFromProto(p: TensorProtoFields, where: string): NDArray {
  const dtype = dtypeFromTf(p.dtype ?? 0, where);
  const shape = shapeFromProto(p.tensor_shape ?? {});
  if (shape === null || shape.some(d => d === null)) throw notImplemented(`${where}: a constant with an unknown shape`);
  const dims = shape as number[];
  const n = shapeSize(dims);
  const out = NDArray.zeros(dtype, dims);
  if (dtype === 'string') {
    const vals = (p.string_val ?? []).map(byteStringFromBytes);
    fill(out.data as unknown as string[], vals, '');
    return out;
  }
  if (p.tensor_content && p.tensor_content.length) return rawContent(dtype, dims, p.tensor_content, where);
  const typed: number[] = pickTyped(dtype, p);
  fill(out.data as unknown as number[], typed, 0);
  void n;
  return out;
}

function pickTyped(dtype: DType, p: TensorProtoFields): number[] {
  switch (dtype) {
    case 'float32': return (p.float_val ?? []).map(Number);
    case 'float64': return (p.double_val ?? []).map(Number);
    case 'int64': return (p.int64_val ?? []).map(v => int64ToNumber(v));
    case 'bool': return (p.bool_val ?? []).map(b => (b ? 1 : 0));
    case 'float16': return (p.half_val ?? []).map(halfFromBits);
    default: return (p.int_val ?? []).map(Number);
  }
}

function fill<T>(target: T[] | ArrayLike<T>, values: T[], zero: T): void {
  const t = target as T[];
  const last = values.length ? values[values.length - 1] : zero;
  for (let i = 0; i < t.length; i++) t[i] = i < values.length ? values[i] : last;
}

function rawContent(dtype: DType, shape: number[], bytes: Uint8Array, where: string): NDArray {
  const buf = ownBytes(bytes).buffer;
  const n = shapeSize(shape);
  let data: NumericArray;
  switch (dtype) {
    case 'float32': data = new Float32Array(buf, 0, n); break;
    case 'float64': data = new Float64Array(buf, 0, n); break;
    case 'int32': data = new Int32Array(buf, 0, n); break;
    case 'int16': data = new Int16Array(buf, 0, n); break;
    case 'uint16': data = new Uint16Array(buf, 0, n); break;
    case 'int8': data = new Int8Array(buf, 0, n); break;
    case 'float16': data = Float32Array.from(new Uint16Array(buf, 0, n), halfFromBits); break;
    case 'uint8': case 'bool': data = new Uint8Array(buf, 0, n); break;
    case 'int64': data = Float64Array.from(new BigInt64Array(buf, 0, n), Number); break;
    default: throw notImplemented(`${where}: tensor_content of dtype ${dtype}`);
  }
  return new NDArray(dtype, shape, data);
}
