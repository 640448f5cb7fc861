// Gradbook attr values ↔ AttrValue protos, driven by the attr's type in TF's OpDef:
// dtypes ↔ DataType enums, static shapes ↔ TensorShapeProto, NDArray ↔ TensorProto,
// strings ↔ bytes, number lists ↔ ListValue.
import type { DType } from '../../dtypes';
import { NDArray } from '../../ndarray';
import type { StaticShape } from '../../shape';
import { fromUtf8, utf8 } from '../binary/bytes';
import { int64ToNumber, Int64 } from '../proto/root';
import { shapeFromProto, shapeToProto, ShapeProto } from '../proto/shape';
import { dtypeFromTf, dtypeToTf } from '../checkpoint/dtype_codes';
import type { AttrType } from './op_defs';
import { tensorFromProto, tensorToProto, TensorProtoFields } from './tensor_proto';

export interface ListValueProto {
  s?: Uint8Array[]; i?: Int64[]; f?: number[]; b?: boolean[]; type?: number[]; shape?: ShapeProto[]; tensor?: TensorProtoFields[];
}
export interface AttrValueProto {
  s?: Uint8Array; i?: Int64; f?: number; b?: boolean; type?: number; shape?: ShapeProto; tensor?: TensorProtoFields;
  list?: ListValueProto; placeholder?: string; func?: unknown;
}

/** The TF DataType code for a Gradbook dtype or a TF spelling ('float', 'int32', ...). */
export function typeCode(v: unknown): number {
  if (typeof v === 'number') return v;
  const aliases: Record<string, DType> = { float: 'float32', double: 'float64', half: 'float32' };
  return dtypeToTf((aliases[String(v)] ?? v) as DType);
}

export function encodeAttr(type: AttrType, value: unknown): AttrValueProto {
  switch (type) {
    case 'type': return { type: typeCode(value) };
    case 'int': return { i: Math.trunc(Number(value)) };
    case 'float': return { f: Number(value) };
    case 'bool': return { b: !!value };
    case 'string': return { s: value instanceof Uint8Array ? value : utf8(String(value)) };
    case 'shape': return { shape: shapeToProto(value as StaticShape) };
    case 'tensor': return { tensor: tensorToProto(value as NDArray) };
    case 'list(int)': return { list: { i: (value as number[]).map(v => Math.trunc(v)) } };
    case 'list(float)': return { list: { f: (value as number[]).slice() } };
    case 'list(type)': return { list: { type: (value as unknown[]).map(typeCode) } };
    case 'list(string)': return { list: { s: (value as string[]).map(s => utf8(s)) } };
    case 'list(shape)': return { list: { shape: (value as StaticShape[]).map(shapeToProto) } };
  }
}

export function decodeAttr(type: AttrType, a: AttrValueProto, where: string): unknown {
  const list = a.list ?? {};
  switch (type) {
    case 'type': return dtypeFromTf(a.type ?? 0, where);
    case 'int': return int64ToNumber(a.i);
    case 'float': return a.f ?? 0;
    case 'bool': return !!a.b;
    case 'string': return fromUtf8(a.s ?? new Uint8Array(0));
    case 'shape': return shapeFromProto(a.shape ?? {});
    case 'tensor': return tensorFromProto(a.tensor ?? {}, where);
    case 'list(int)': return (list.i ?? []).map(v => int64ToNumber(v));
    case 'list(float)': return (list.f ?? []).slice();
    case 'list(type)': return (list.type ?? []).map(t => dtypeFromTf(t, where));
    case 'list(string)': return (list.s ?? []).map(fromUtf8);
    case 'list(shape)': return (list.shape ?? []).map(shapeFromProto);
  }
}

/** A default written in the spec table ("false", "int32", "\"NHWC\"", "[1, 1, 1, 1]", "?"). */
export function parseDefault(type: AttrType, text: string): unknown {
  if (type === 'shape') return text === '?' ? null : JSON.parse(text);
  if (type === 'type') return text === 'float' ? 'float32' : text === 'double' ? 'float64' : text;
  if (type === 'bool') return text === 'true';
  return JSON.parse(text);
}

/** Attrs Gradbook keeps that are not in the op's TF OpDef; best-effort encoding from the JS value. */
export function encodeUntyped(value: unknown): AttrValueProto | null {
  if (typeof value === 'boolean') return { b: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { i: value } : { f: value };
  if (typeof value === 'string') return isDTypeName(value) ? { type: typeCode(value) } : { s: utf8(value) };
  if (value instanceof NDArray) return { tensor: tensorToProto(value) };
  if (Array.isArray(value) && value.every(v => typeof v === 'number')) return { list: { i: value as number[] } };
  return null;
}

const DTYPE_NAMES = new Set(['float16', 'float32', 'float64', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'bool', 'string']);
const isDTypeName = (s: string) => DTYPE_NAMES.has(s);
