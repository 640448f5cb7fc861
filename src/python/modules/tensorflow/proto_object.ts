// A protocol buffer message as Python sees it (GraphDef, NodeDef, MetaGraphDef, CheckpointState):
// fields as attributes (sub-messages wrapped, repeated fields as lists), SerializeToString(),
// ParseFromString(), and str() in text format, as `print(graph_def)` shows in TF.
import { PyFloat } from '../../objects/core';
import type { PyValue } from '../../objects/core';
import { typeOf } from '../../runtime/type-name';
import { PyDict, PyList } from '../../objects/containers';
import { PyBuiltin } from '../../objects/callables';
import { HostObject, hostClass } from '../../host';
import { formats } from '../../../engine';
import { typeError } from '../../exceptions';
import { PyBytes } from '../../io/bytes';

export class PyMessage extends HostObject {
  constructor(readonly typeName: string, public message: Record<string, unknown>) { super(); }
  override get pyTypeName() { return this.typeName.split('.').pop()!; }
  override get type() { return hostClass(this.pyTypeName, 'tensorflow'); }
  str(): string { return formats.printTextFormat(this.typeName, this.message); }
  override repr(): string { return this.str(); }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'SerializeToString': return new PyBuiltin('SerializeToString', () => new PyBytes(formats.encodeProto(this.typeName, this.message)));
      case 'ParseFromString': return new PyBuiltin('ParseFromString', args => {
        if (!(args[0] instanceof PyBytes)) throw typeError('ParseFromString() argument must be bytes');
        this.message = formats.protoToObject(this.typeName, formats.decodeProto(this.typeName, args[0].data));
        return null;
      });
      case 'ByteSize': return new PyBuiltin('ByteSize', () => formats.encodeProto(this.typeName, this.message).length);
    }
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
    if (v === undefined) return sub ? new PyMessage(sub, {}) : undefined;
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
