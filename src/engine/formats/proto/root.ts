// One protobufjs Root holding every TF message Gradbook reads or writes, built on first use.
// Encoding follows proto3 as TF's serializers do (fields by number, defaults omitted, set
// sub-messages and oneof members always written, packed repeated numbers); decoding keeps
// unknown fields so a TF file we do not fully model is written back unchanged.
import * as protobuf from 'protobufjs/light';
import { FRAMEWORK_TYPES } from './schema_framework';
import { META_GRAPH_TYPES } from './schema_meta_graph';
import { EVENT_TYPES } from './schema_event';
import { EXAMPLE_TYPES } from './schema_example';
import { dataLoss } from '../errors';

let root: protobuf.Root | null = null;
const typeCache = new Map<string, protobuf.Type>();

function getRoot(): protobuf.Root {
  if (!root) {
    root = protobuf.Root.fromJSON({
      nested: { tensorflow: { edition: 'proto3', nested: { ...FRAMEWORK_TYPES, ...META_GRAPH_TYPES, ...EVENT_TYPES, ...EXAMPLE_TYPES } } },
    } as protobuf.INamespace);
    root.resolveAll();
  }
  return root;
}

/** A message type by its name inside package `tensorflow` (e.g. 'GraphDef', 'Summary.Value'). */
export function protoType(name: string): protobuf.Type {
  let t = typeCache.get(name);
  if (!t) {
    t = getRoot().lookupType(`tensorflow.${name}`);
    typeCache.set(name, t);
  }
  return t;
}

export function protoEnum(name: string): protobuf.Enum {
  return getRoot().lookupEnum(`tensorflow.${name}`);
}

/** Serialize a message: a decoded message (unknown fields kept) or a plain object. */
export function encodeProto(typeName: string, message: object): Uint8Array {
  const type = protoType(typeName);
  const m = message instanceof protobuf.Message ? message : type.fromObject(message as Record<string, unknown>);
  return type.encode(m).finish();
}

/** Parse bytes as a message; corrupt bytes raise DataLossError naming what was being read. */
export function decodeProto<T = ProtoMessage>(typeName: string, bytes: Uint8Array, what = typeName): T {
  const reader = protobuf.Reader.create(bytes);
  reader.discardUnknown = false;
  try {
    return protoType(typeName).decode(reader) as unknown as T;
  } catch (e) {
    throw dataLoss(`Unable to parse ${what}: ${(e as Error).message}`);
  }
}

/** Plain-object view of a message (int64 as numbers, enums as numbers, bytes as Uint8Array). */
export function protoToObject<T = ProtoMessage>(typeName: string, message: object): T {
  return protoType(typeName).toObject(message as protobuf.Message, { longs: Number, enums: Number, oneofs: true }) as T;
}

export type ProtoMessage = Record<string, unknown>;
/** An int64 as decoded (protobufjs Long) or as written by us (number). */
export type Int64 = number | { low: number; high: number; unsigned?: boolean; toNumber(): number };

export function int64ToNumber(v: Int64 | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

/** The message type name of a field of a message type (`GraphDef`, `node` → `NodeDef`), or null for scalars and maps. */
export function messageFieldType(typeName: string, field: string): string | null {
  const f = protoType(typeName).fields[field];
  if (!f || f.map || !f.resolvedType || !(f.resolvedType instanceof protobuf.Type)) return null;
  return f.resolvedType.fullName.replace(/^\.tensorflow\./, '');
}

/** For a map field: its value's message type name (null for scalar values); undefined when not a map. */
export function mapFieldValueType(typeName: string, field: string): string | null | undefined {
  const f = protoType(typeName).fields[field];
  if (!f || !f.map) return undefined;
  return f.resolvedType instanceof protobuf.Type ? f.resolvedType.fullName.replace(/^\.tensorflow\./, '') : null;
}
