// Protocol buffer messages as protobuf's Python API shows them, mutable: `tf.Summary(value=[
// tf.Summary.Value(tag='acc', simple_value=0.9)])`, `s.value.add(tag=..., simple_value=...)`,
// `v.simple_value = 1.0`, SerializeToString/ParseFromString, HasField, str() in text format.
// Field kinds come from the engine's schemas (formats.protoFields), so every TF message works.
import type { PyValue, Kwargs } from '../../../objects/core';
import { PyFloat, pyFloat } from '../../../objects/core';
import { PyList, PyTuple, PyDict } from '../../../objects/containers';
import { method, MethodTable, type MethodEntry } from '../../../bind/method';
import { classMethodOf } from '../../../bind/objects';
import { HostObject, hostClass } from '../../../host';
import type { PyClass } from '../../../objects/pyclass';
import { formats, type ProtoFieldInfo, type Signature } from '../../../../engine';
import { attributeError, typeError, indexError, keyError, pyException, E } from '../../../exceptions';
import { NotImplemented } from '../../../objects/singletons';
import { PyBytes } from '../../../io/bytes';
import { toNumber } from '../../../runtime/numbers';
import { typeOf } from '../../../runtime/type-name';

type Stored = number | boolean | string | Uint8Array | PyProtoMessage | RepeatedField | MessageMap;
type Single = Exclude<Stored, RepeatedField | MessageMap>;
const fieldCache = new Map<string, Map<string, ProtoFieldInfo>>();
const fieldsOf = (typeName: string) => {
  let f = fieldCache.get(typeName);
  if (!f) { f = formats.protoFields(typeName); fieldCache.set(typeName, f); }
  return f;
};
const shortName = (typeName: string) => typeName.split('.').pop()!;

/** A Python value for a scalar field of kind `kind`, checked as protobuf's Python API checks it. */
function toField(info: ProtoFieldInfo, v: PyValue, where: string): Single {
  if (info.kind === 'message') {
    if (v instanceof PyProtoMessage && v.typeName === info.messageType) return v;
    if (v instanceof PyDict) return PyProtoMessage.fromKwargs(info.messageType!, new Map([...v.map.values()].map(({ k, v: x }) => [String(k), x])));
    throw typeError(`Parameter to ${where}() must be instance of same class: expected ${shortName(info.messageType!)} got ${typeOf(v).name}.`);
  }
  const bad = () => typeError(`${pyTypeRepr(v)} has type ${typeOf(v).name}, but expected one of: ${expected(info.kind)}`);
  switch (info.kind) {
    case 'string':
      if (typeof v === 'string') return v;
      if (v instanceof PyBytes) return new TextDecoder().decode(v.data);
      throw bad();
    case 'bytes':
      if (v instanceof PyBytes) return v.data;
      if (typeof v === 'string') return new TextEncoder().encode(v);
      throw bad();
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number' || typeof v === 'bigint') return Number(v) !== 0;
      throw bad();
    case 'float': case 'double':
      if (typeof v === 'string' || v instanceof PyBytes || v === null) throw bad();
      return toNumber(v);
    default: // integers and enums
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
      if (v instanceof PyFloat || typeof v === 'string' || v instanceof PyBytes || v === null) throw bad();
      return toNumber(v);
  }
}
function pyTypeRepr(v: PyValue): string { return typeof v === 'string' ? `'${v}'` : v === null ? 'None' : v instanceof PyFloat ? String(v.v) : String(v); }
function expected(kind: string): string {
  if (kind === 'string') return "(<class 'bytes'>, <class 'str'>)";
  if (kind === 'bytes') return "(<class 'bytes'>,)";
  if (kind === 'float' || kind === 'double') return "(<class 'numbers.Real'>,)";
  return "(<class 'numbers.Integral'>,)";
}
function fromField(info: ProtoFieldInfo, v: Stored): PyValue {
  if (v instanceof PyProtoMessage || v instanceof RepeatedField || v instanceof MessageMap) return v;
  if (info.kind === 'float' || info.kind === 'double') return pyFloat(v as number);
  if (info.kind === 'bytes') return new PyBytes(v as Uint8Array);
  return v as PyValue;
}
function defaultOf(info: ProtoFieldInfo): PyValue {
  switch (info.kind) {
    case 'string': return '';
    case 'bytes': return new PyBytes(new Uint8Array(0));
    case 'bool': return false;
    case 'float': case 'double': return pyFloat(0);
    default: return 0;
  }
}

/** A repeated field: a list-like that only takes its element type; `add(**kw)` for messages. */
export class RepeatedField extends HostObject {
  readonly items: Single[] = [];
  /** Marks the owning message set in its parent when this field is first written. */
  touch: () => void = () => {};
  constructor(readonly info: ProtoFieldInfo) { super(); }
  override get pyTypeName() { return this.info.kind === 'message' ? 'RepeatedCompositeContainer' : 'RepeatedScalarContainer'; }
  len(): number { return this.items.length; }
  iter(): Iterable<PyValue> { return this.items.map(x => fromField(this.info, x)); }
  getitem(key: PyValue): PyValue {
    let i = Number(key);
    if (i < 0) i += this.items.length;
    if (!(i >= 0 && i < this.items.length)) throw indexError('list index out of range');
    return fromField(this.info, this.items[i]);
  }
  override repr(): string { return `[${this.items.map(x => (x instanceof PyProtoMessage ? x.str() : String(x))).join(', ')}]`; }
  getattr(name: string): PyValue | undefined {
    // A scalar container has no add(): protobuf's RepeatedScalarContainer defines none.
    if (name === 'add' && this.info.kind !== 'message') return undefined;
    return classTable(REPEATED_METHODS, this.pyTypeName, repeatedMethodEntries).get(this, name);
  }
  extend(v: PyValue): void {
    const list = v instanceof PyList || v instanceof PyTuple ? v.items : v instanceof RepeatedField ? [...v.iter()] : null;
    if (!list) throw typeError(`'${typeOf(v).name}' object is not iterable`);
    for (const x of list) this.items.push(toField(this.info, x, 'extend'));
    this.touch();
  }
  toPlain(): unknown[] { return this.items.map(x => (x instanceof PyProtoMessage ? x.toPlain() : x)); }
}

/**
 * A map field (`example.features.feature`): string keys; reading a missing key of a message map
 * adds an empty entry, as protobuf's MessageMap does, so `feature['x'].int64_list.value.append(1)` works.
 */
export class MessageMap extends HostObject {
  readonly items = new Map<string, Single>();
  touch: () => void = () => {};
  constructor(readonly info: ProtoFieldInfo) { super(); }
  override get pyTypeName() { return this.info.kind === 'message' ? 'MessageMap' : 'ScalarMap'; }
  len(): number { return this.items.size; }
  iter(): Iterable<PyValue> { return [...this.items.keys()]; }
  contains(key: PyValue): boolean { return this.items.has(String(key)); }
  getitem(key: PyValue): PyValue {
    const k = mapKey(key);
    let v = this.items.get(k);
    if (v === undefined) {
      v = this.info.kind === 'message' ? new PyProtoMessage(this.info.messageType!) : toField(this.info, defaultOf(this.info), 'map');
      this.items.set(k, v);
      this.touch();
    }
    return fromField(this.info, v);
  }
  setitem(key: PyValue, value: PyValue): void {
    if (this.info.kind === 'message') throw valueErrorPlain('Direct assignment of submessage not allowed');
    this.items.set(mapKey(key), toField(this.info, value, 'map'));
    this.touch();
  }
  delitem(key: PyValue): void {
    if (!this.items.delete(String(key))) throw keyError(key);
  }
  override repr(): string {
    return `{${[...this.items].map(([k, v]) => `'${k}': ${v instanceof PyProtoMessage ? v.str().trimEnd() : String(v)}`).join(', ')}}`;
  }
  getattr(name: string): PyValue | undefined {
    return classTable(MAP_METHODS, this.pyTypeName, mapMethodEntries).get(this, name);
  }
  /** Fills from a dict (or another map), as a constructor keyword or update() does. */
  update(v: PyValue): void {
    if (v instanceof MessageMap) { for (const [k, x] of v.items) this.items.set(k, x); return; }
    if (!(v instanceof PyDict)) throw typeError(`'${typeOf(v).name}' object is not a mapping`);
    for (const { k, v: x } of v.map.values()) this.items.set(mapKey(k), toField(this.info, x, 'map'));
  }
  toPlain(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.items) out[k] = v instanceof PyProtoMessage ? v.toPlain() : v;
    return out;
  }
}
function mapKey(key: PyValue): string {
  if (typeof key === 'string') return key;
  if (key instanceof PyBytes) return new TextDecoder().decode(key.data);
  throw typeError(`${pyTypeRepr(key)} has type ${typeOf(key).name}, but expected one of: (<class 'bytes'>, <class 'str'>)`);
}
function valueErrorPlain(m: string) { return pyException(E.ValueError, m); }

export class PyProtoMessage extends HostObject {
  private readonly values = new Map<string, Stored>();
  /** Unset sub-messages handed out by reads; they join `values` when first written. */
  private readonly pending = new Map<string, PyProtoMessage>();
  private parent: { message: PyProtoMessage; field: string } | null = null;
  constructor(readonly typeName: string) { super(); }

  static fromKwargs(typeName: string, kw: Kwargs): PyProtoMessage {
    const m = new PyProtoMessage(typeName);
    for (const [k, v] of kw ?? []) m.set(k, v);
    return m;
  }
  /** From a decoded or plain message object (as formats decodes it). */
  static fromPlain(typeName: string, plain: Record<string, unknown>): PyProtoMessage {
    const m = new PyProtoMessage(typeName);
    for (const [name, info] of fieldsOf(typeName)) {
      const v = plain[name];
      if (v === undefined || v === null) continue;
      const one = (x: unknown): Single => (info.kind === 'message'
        ? PyProtoMessage.fromPlain(info.messageType!, x as Record<string, unknown>)
        : info.kind === 'int64' ? formats.int64ToNumber(x as number) : x as number);
      if (info.map) {
        const mm = m.mapField(info);
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) mm.items.set(k, one(x));
      } else if (info.repeated) { const r = m.repeated(info); for (const x of v as unknown[]) r.items.push(one(x)); } else m.values.set(name, one(v));
    }
    return m;
  }

  override get pyTypeName() { return shortName(this.typeName); }
  override get type() { return hostClass(shortName(this.typeName), 'tensorflow'); }
  str(): string { return formats.printTextFormat(this.typeName, this.toPlain()); }
  override repr(): string { return this.str(); }
  toPlain(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.values) out[k] = v instanceof PyProtoMessage || v instanceof RepeatedField || v instanceof MessageMap ? v.toPlain() : v;
    return out;
  }
  serialize(): Uint8Array { return formats.encodeProto(this.typeName, this.toPlain()); }

  private info(name: string): ProtoFieldInfo | undefined { return fieldsOf(this.typeName).get(name); }
  private mapField(info: ProtoFieldInfo): MessageMap {
    let r = this.values.get(info.name) as MessageMap | undefined;
    if (!r) { r = new MessageMap(info); r.touch = () => this.markSet(); this.values.set(info.name, r); }
    return r;
  }
  private repeated(info: ProtoFieldInfo): RepeatedField {
    let r = this.values.get(info.name) as RepeatedField | undefined;
    if (!r) { r = new RepeatedField(info); r.touch = () => this.markSet(); this.values.set(info.name, r); }
    return r;
  }
  /** Setting a member of a oneof clears the others, as protobuf does. */
  private set(name: string, v: PyValue): void {
    const info = this.info(name);
    if (!info) throw valueErrorNoField(this.typeName, name);
    if (info.map) { const mm = this.mapField(info); mm.items.clear(); mm.update(v); return; }
    if (info.repeated) { const r = this.repeated(info); r.items.length = 0; r.extend(v); return; }
    this.store(name, toField(info, v, this.pyTypeName));
  }
  /** Writes a field: clears the rest of its oneof, and marks this message set in its parent. */
  private store(name: string, v: Single): void {
    for (const other of formats.protoOneofOf(this.typeName, name) ?? []) if (other !== name) { this.values.delete(other); this.pending.delete(other); }
    this.values.set(name, v);
    this.pending.delete(name);
    this.markSet();
  }
  /** A read-only-so-far sub-message joins its parent once something in it is written. */
  private markSet(): void {
    const p = this.parent;
    if (p) { this.parent = null; p.message.store(p.field, this); }
  }

  getattr(name: string): PyValue | undefined {
    const info = this.info(name);
    if (info) {
      if (info.map) return this.mapField(info);
      if (info.repeated) return this.repeated(info);
      const v = this.values.get(name);
      if (v !== undefined) return fromField(info, v);
      if (info.kind === 'message') {
        // Reading an unset sub-message gives an empty one that joins this message when written to.
        let sub = this.pending.get(name);
        if (!sub) { sub = new PyProtoMessage(info.messageType!); sub.parent = { message: this, field: name }; this.pending.set(name, sub); }
        return sub;
      }
      return defaultOf(info);
    }
    return this.method(name);
  }
  setattr(name: string, value: PyValue): boolean {
    const info = this.info(name);
    if (!info) throw attributeError(`Assignment not allowed (no field "${name}" in protocol message object).`);
    if (info.repeated || info.map || info.kind === 'message') throw attributeError(`Assignment not allowed to field "${name}" in protocol message object.`);
    this.set(name, value);
    return true;
  }

  private method(name: string): PyValue | undefined {
    return classTable(MESSAGE_METHODS, this.pyTypeName, cls => messageMethodEntries(classPath(cls))).get(this, name);
  }
  /** Replaces every field with those of `plain` (a decoded message). */
  replaceWith(plain: Record<string, unknown>): void {
    const parsed = PyProtoMessage.fromPlain(this.typeName, plain);
    this.values.clear();
    for (const [k, v] of parsed.values) this.values.set(k, v);
  }
  hasField(f: string): boolean {
    if (!fieldsOf(this.typeName).has(f)) return this.whichOneof(f) !== null;
    return this.values.has(f);
  }
  clearField(f: string): void { this.values.delete(f); }
  whichOneof(group: string): string | null {
    for (const [name, v] of this.values) {
      void v;
      if (formats.protoOneofName(this.typeName, name) === group) return name;
    }
    return null;
  }
  compare(op: string, other: PyValue): PyValue | typeof NotImplemented {
    if (op !== '==' && op !== '!=') return NotImplemented;
    const eq = other instanceof PyProtoMessage && other.typeName === this.typeName && bytesEqual(other.serialize(), this.serialize());
    return op === '==' ? eq : !eq;
  }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function valueErrorNoField(typeName: string, name: string) {
  return pyException(E.ValueError, `Protocol message ${shortName(typeName)} has no "${name}" field.`);
}

/**
 * A message class as protobuf's Python API makes it: keyword-only constructor, and the
 * FromString(bytes) class method (`tf.train.Example.FromString(record)`). `path` is where Python
 * finds the class; its method tables (and docs/API.md) are named after it.
 */
export function protoMessageClass(pyName: string, typeName: string, module = 'tensorflow', path = `tf.${pyName}`): PyClass {
  const cls = hostClass(pyName, module);
  CLASS_PATHS.set(pyName, path);
  cls.nativeNew = (_c, args, kw) => {
    if (args.length) throw typeError('No positional arguments allowed');
    return PyProtoMessage.fromKwargs(typeName, kw);
  };
  cls.dict.set('FromString', classMethodOf(fromStringSignature(path),
    (_cls, a) => {
      const data = a.s as PyValue;
      if (!(data instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
      return PyProtoMessage.fromPlain(typeName, formats.protoToObject(typeName, formats.decodeProto(typeName, data.data)));
    }));
  return cls;
}

function fromStringSignature(path: string): Signature {
  return { name: `${path}.FromString`, doc: 'A new message parsed from protobuf wire format.', params: [{ name: 's' }] };
}

// The methods of the protobuf containers and messages (protobuf's Python API), bound from
// signature tables. One table per Python class (RepeatedCompositeContainer, ScalarMap, Summary, ...),
// made on first use, so call errors name the class: `Summary.HasField() missing 1 required ...`.
const REPEATED_METHODS = new Map<string, MethodTable<RepeatedField>>();
const MAP_METHODS = new Map<string, MethodTable<MessageMap>>();
const MESSAGE_METHODS = new Map<string, MethodTable<PyProtoMessage>>();
function classTable<T>(cache: Map<string, MethodTable<T>>, cls: string, entries: (cls: string) => MethodEntry<T>[]): MethodTable<T> {
  let t = cache.get(cls);
  if (!t) cache.set(cls, t = new MethodTable<T>(entries(cls)));
  return t;
}

/** Where Python finds each message class (`Example` → `tf.train.Example`), as protoMessageClass installed it. */
const CLASS_PATHS = new Map<string, string>();
const classPath = (cls: string) => CLASS_PATHS.get(cls) ?? `tf.${cls}`;
const CONTAINER_PATH = 'google.protobuf';

function repeatedMethodEntries(cls: string): MethodEntry<RepeatedField>[] {
  return [
    method({ name: `${CONTAINER_PATH}.${cls}.add`, doc: 'Appends a new message made from the keyword arguments and returns it.', params: [], varkw: 'kwargs' },
      (self: RepeatedField, a) => {
        const m = PyProtoMessage.fromKwargs(self.info.messageType!, a.kwargs as Kwargs);
        self.items.push(m);
        self.touch();
        return m;
      }, { tooManyPositional: () => 'add() takes keyword arguments only' }),
    method({ name: `${CONTAINER_PATH}.${cls}.append`, doc: 'Appends one element (checked against the field type).', params: [{ name: 'value' }] },
      (self: RepeatedField, a) => { self.items.push(toField(self.info, a.value as PyValue, 'append')); self.touch(); return null; }),
    method({ name: `${CONTAINER_PATH}.${cls}.extend`, doc: 'Appends every element of a sequence.', params: [{ name: 'elem_seq' }] },
      (self: RepeatedField, a) => { self.extend(a.elem_seq as PyValue); return null; }),
  ];
}

function mapMethodEntries(cls: string): MethodEntry<MessageMap>[] {
  return [
    method({ name: `${CONTAINER_PATH}.${cls}.keys`, doc: 'The keys, as a list.', params: [] }, (self: MessageMap) => new PyList([...self.items.keys()])),
    method({ name: `${CONTAINER_PATH}.${cls}.values`, doc: 'The values, as a list.', params: [] },
      (self: MessageMap) => new PyList([...self.items.values()].map(v => fromField(self.info, v)))),
    method({ name: `${CONTAINER_PATH}.${cls}.items`, doc: 'The (key, value) pairs, as a list.', params: [] },
      (self: MessageMap) => new PyList([...self.items].map(([k, v]) => new PyTuple([k, fromField(self.info, v)])))),
    method({ name: `${CONTAINER_PATH}.${cls}.get`, doc: 'The value of a key, or the default when absent (no entry is added).', params: [{ name: 'key' }, { name: 'default', default: null }] },
      (self: MessageMap, a) => {
        const v = self.items.get(String(a.key));
        return v === undefined ? a.default as PyValue : fromField(self.info, v);
      }),
    method({ name: `${CONTAINER_PATH}.${cls}.clear`, doc: 'Removes every entry.', params: [] }, (self: MessageMap) => { self.items.clear(); return null; }),
  ];
}

/** The methods of the message class at `path` (`tf.train.Example`). */
function messageMethodEntries(path: string): MethodEntry<PyProtoMessage>[] {
  return [
    method({ name: `${path}.SerializeToString`, doc: 'The message in protobuf wire format (bytes).',
      params: [{ name: 'deterministic', default: null, kind: 'keyword', unsupported: 'deterministic serialization' }] },
    (self: PyProtoMessage) => new PyBytes(self.serialize())),
    method({ name: `${path}.ParseFromString`, doc: 'Replaces the message with one parsed from protobuf wire format; returns the bytes read.', params: [{ name: 'serialized' }] },
      (self: PyProtoMessage, a) => {
        const data = a.serialized as PyValue;
        if (!(data instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
        self.replaceWith(formats.protoToObject(self.typeName, formats.decodeProto(self.typeName, data.data)));
        return data.data.length;
      }),
    method({ name: `${path}.HasField`, doc: 'Whether a singular field (or a oneof group) is set.', params: [{ name: 'field_name' }] },
      (self: PyProtoMessage, a) => self.hasField(String(a.field_name))),
    method({ name: `${path}.WhichOneof`, doc: 'The name of the set field of a oneof group, or None.', params: [{ name: 'oneof_group' }] },
      (self: PyProtoMessage, a) => self.whichOneof(String(a.oneof_group))),
    method({ name: `${path}.ClearField`, doc: 'Clears a field.', params: [{ name: 'field_name' }] },
      (self: PyProtoMessage, a) => { self.clearField(String(a.field_name)); return null; }),
    method({ name: `${path}.CopyFrom`, doc: 'Replaces the message with a copy of another of the same type.', params: [{ name: 'other_msg' }] },
      (self: PyProtoMessage, a) => {
        const src = a.other_msg as PyValue;
        if (!(src instanceof PyProtoMessage) || src.typeName !== self.typeName) throw typeError(`Parameter to CopyFrom() must be instance of same class: expected ${self.pyTypeName} got ${typeOf(src).name}.`);
        self.replaceWith(formats.protoToObject(self.typeName, formats.decodeProto(self.typeName, src.serialize())));
        return null;
      }),
    method({ name: `${path}.ByteSize`, doc: 'The size of the serialized message in bytes.', params: [] }, (self: PyProtoMessage) => self.serialize().length),
  ];
}

/**
 * docs/API.md: the signatures of the message classes at `paths` (FromString and the Message
 * methods; the constructor takes the fields as keywords) and of the repeated and map field
 * containers. At run time the same tables are made per class on first use.
 */
export function protoMessageSignatures(paths: readonly string[]): Signature[] {
  return paths.flatMap(p => [fromStringSignature(p), ...messageMethodEntries(p).map(e => e.signature)]);
}
export function protoContainerSignatures(): Signature[] {
  return [
    ...repeatedMethodEntries('RepeatedCompositeContainer'),
    // RepeatedScalarContainer has no add() (RepeatedField.getattr hides it).
    ...repeatedMethodEntries('RepeatedScalarContainer').filter(e => !e.signature.name.endsWith('.add')),
    ...mapMethodEntries('MessageMap'), ...mapMethodEntries('ScalarMap'),
  ].map(e => e.signature);
}
