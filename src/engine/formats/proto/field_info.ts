// What a binding needs to expose a message's fields to Python: each field's scalar type or
// message type and whether it is repeated (protobuf's Python API differs for each).
import * as protobuf from 'protobufjs/light';
import { protoType } from './root';

export interface ProtoFieldInfo {
  name: string;
  /** 'double' | 'float' | 'int32' | 'int64' | 'bool' | 'string' | 'bytes' | 'enum' | 'message' */
  kind: string;
  repeated: boolean;
  /** The message type name inside package tensorflow, for kind 'message'. */
  messageType?: string;
  /** A map field (`Features.feature`): string keys, values of `kind`/`messageType`. */
  map?: boolean;
}

export function protoFields(typeName: string): Map<string, ProtoFieldInfo> {
  const out = new Map<string, ProtoFieldInfo>();
  for (const f of protoType(typeName).fieldsArray) {
    f.resolve();
    const resolved = f.resolvedType;
    const kind = resolved instanceof protobuf.Type ? 'message' : resolved instanceof protobuf.Enum ? 'enum' : f.type;
    out.set(f.name, {
      name: f.name, kind, repeated: f.repeated && !f.map,
      messageType: resolved instanceof protobuf.Type ? resolved.fullName.replace(/^\.tensorflow\./, '') : undefined,
      ...(f.map ? { map: true } : {}),
    });
  }
  return out;
}

/** The oneof a field belongs to, with its members (Value's `value`: simple_value, histo, ...). */
export function protoOneofOf(typeName: string, field: string): string[] | null {
  const f = protoType(typeName).fields[field];
  return f?.partOf ? f.partOf.oneof.slice() : null;
}

/** The name of the oneof a field belongs to (Summary.Value's simple_value → 'value'), or null. */
export function protoOneofName(typeName: string, field: string): string | null {
  return protoType(typeName).fields[field]?.partOf?.name ?? null;
}
