// A protocol buffer message as Python sees it (GraphDef, NodeDef, MetaGraphDef, CheckpointState):
// fields as attributes (sub-messages wrapped, repeated fields as lists), SerializeToString(),
// ParseFromString(), and str() in text format, as `print(graph_def)` shows in TF.
import { PyFloat } from '../../objects/core';
import type { PyValue } from '../../objects/core';
import { typeOf } from '../../runtime/type-name';
import { PyDict, PyList } from '../../objects/containers';
import { method, MethodTable } from '../../bind/method';
import { HostObject, hostClass } from '../../host';
import { formats, type Signature } from '../../../engine';
import { typeError } from '../../exceptions';
import { PyBytes } from '../../io/bytes';

export class PyMessage extends HostObject {
  constructor(readonly typeName: string, public message: Record<string, unknown>) { super(); }
  override get pyTypeName() { return this.typeName.split('.').pop()!; }
  override get type() { return hostClass(this.pyTypeName, 'tensorflow'); }
  str(): string { return formats.printTextFormat(this.typeName, this.message); }
  override repr(): string { return this.str(); }
  getattr(name: string): PyValue | undefined {
    const m = protoMethods(this.typeName).get(this, name);
    if (m) return m;
    return this.field(name);
  }
  /** Assigning a scalar field (`info.name = "x:0"`, `sig.method_name = ...`), type-checked as protobuf does. */
  setattr(name: string, value: PyValue): boolean {
    const f = formats.protoFields(this.typeName).get(name);
    if (!f || f.repeated || f.kind === 'message' || formats.mapFieldValueType(this.typeName, name) !== undefined) return false;
    const real = f.kind === 'float' || f.kind === 'double';
    const expected = f.kind === 'string' ? 'bytes, unicode' : f.kind === 'bytes' ? 'bytes' : f.kind === 'bool' ? 'bool, int' : real ? 'int, long, float' : 'int, long';
    let v: unknown;
    if (f.kind === 'string' && typeof value === 'string') v = value;
    else if (f.kind === 'bytes' && value instanceof PyBytes) v = value.data;
    else if (f.kind === 'bool' && typeof value === 'boolean') v = value;
    else if (f.kind !== 'string' && f.kind !== 'bytes' && (typeof value === 'number' || typeof value === 'bigint')) v = Number(value);
    else if (real && value instanceof PyFloat) v = value.v;
    else throw typeError(`${String(value)} has type ${typeOf(value).name}, but expected one of: ${expected}`);
    this.message[name] = v;
    return true;
  }
  private field(name: string): PyValue | undefined {
    const mapValue = formats.mapFieldValueType(this.typeName, name);
    if (mapValue !== undefined) return this.mapField(name, mapValue);
    const sub = formats.messageFieldType(this.typeName, name);
    const v = this.message[name];
    if (v === undefined) return sub ? new PyMessage(sub, {}) : fieldDefault(this.typeName, name);
    const wrapOne = (x: unknown): PyValue => (sub && x !== null && typeof x === 'object' && !(x instanceof Uint8Array)
      ? new PyMessage(sub, x as Record<string, unknown>) : x instanceof Uint8Array ? new PyBytes(x) : x as PyValue);
    return Array.isArray(v) ? new PyList(v.map(wrapOne)) : wrapOne(v);
  }
  /** A map field (signature_def, inputs) as a dict of its entries (messages wrapped, sharing their fields). */
  private mapField(name: string, valueType: string | null): PyDict {
    const entries = (this.message[name] ?? {}) as Record<string, unknown>;
    return PyDict.fromEntries(Object.entries(entries).map(([k, v]): [PyValue, PyValue] => [k,
      valueType ? new PyMessage(valueType, v as Record<string, unknown>) : v instanceof Uint8Array ? new PyBytes(v) : v as PyValue]));
  }
}

/** An unset scalar or repeated field reads as protobuf's default (False, 0, 0.0, '', b'', []). */
function fieldDefault(typeName: string, name: string): PyValue | undefined {
  const f = formats.protoFields(typeName).get(name);
  if (!f) return undefined;
  if (f.repeated) return new PyList([]);
  switch (f.kind) {
    case 'bool': return false;
    case 'string': return '';
    case 'bytes': return new PyBytes(new Uint8Array(0));
    case 'float': case 'double': return new PyFloat(0);
    case 'message': return undefined;
    default: return 0;
  }
}

/** The protobuf Message methods (google.protobuf.message.Message), one table per message type so
 *  that call errors name it (`GraphDef.ParseFromString() missing 1 required positional argument`). */
const PROTO_METHODS = new Map<string, MethodTable<PyMessage>>();
function protoMethods(typeName: string): MethodTable<PyMessage> {
  let t = PROTO_METHODS.get(typeName);
  if (!t) PROTO_METHODS.set(typeName, t = new MethodTable<PyMessage>(protoMethodEntries(typeName.split('.').pop()!)));
  return t;
}

function protoMethodEntries(cls: string) {
  return [
    method({ name: `tf.${cls}.SerializeToString`, doc: 'The message in protobuf wire format (bytes).',
      params: [{ name: 'deterministic', default: null, kind: 'keyword', unsupported: 'deterministic serialization' }] },
    (self: PyMessage) => new PyBytes(formats.encodeProto(self.typeName, self.message))),
    method({ name: `tf.${cls}.ParseFromString`, doc: 'Replaces the message with one parsed from protobuf wire format.', params: [{ name: 'serialized' }] },
      (self: PyMessage, a) => {
        const data = a.serialized as PyValue;
        if (!(data instanceof PyBytes)) throw typeError('ParseFromString() argument must be bytes');
        self.message = formats.protoToObject(self.typeName, formats.decodeProto(self.typeName, data.data));
        return null;
      }),
    method({ name: `tf.${cls}.ByteSize`, doc: 'The size of the serialized message in bytes.', params: [] },
      (self: PyMessage) => formats.encodeProto(self.typeName, self.message).length),
  ];
}

/**
 * The message types bindings hand to Python as PyMessage (test/python/bind/api_doc.test.ts checks
 * the list against the source). Their sub-messages (graph_def.node[0], a MetaGraphDef's
 * meta_info_def) are PyMessages too, with the same three methods.
 */
export const PY_MESSAGE_TYPES = ['CheckpointState', 'GraphDef', 'MetaGraphDef', 'NameAttrList', 'NodeDef', 'SaverDef',
  'SignatureDef', 'TensorInfo', 'TensorProto', 'TensorShapeProto', 'VariableDef'] as const;

/** docs/API.md: the methods of those message types, as their per-type tables name them. */
export function pyMessageSignatures(): Signature[] {
  return PY_MESSAGE_TYPES.flatMap(t => protoMethodEntries(t).map(e => e.signature));
}
