// bytes and bytearray: immutable and mutable byte strings over a Uint8Array. Both are host
// objects (the runtime's hooks give them indexing, slicing, iteration, `in`, +, *, comparisons);
// their methods live in the classes' dicts (runtime/bytes-methods.ts), so `bytes.decode(b)`
// works as in CPython. b'...' literals, open(..., 'rb'), int.to_bytes, struct, pickle and gzip
// all produce these.
import { PyValue } from '../objects/core';
import { PySlice } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { HostObject, BinaryOpName, CompareOpName, isHost } from '../host';
import { NotImplemented } from '../objects/singletons';
import { E, indexError, pyException, typeError, valueError } from '../exceptions';
import { sliceIndices } from './subscript';
import { indexValue, toIndex } from './numbers';
import { typeOf } from './type-name';

export const bytesType = new PyClass('bytes', [T.object]);
bytesType.isBuiltin = true;
export const bytearrayType = new PyClass('bytearray', [T.object]);
bytearrayType.isBuiltin = true;

/** The bytes of a bytes-like value (bytes, bytearray), or undefined. */
export function bytesOf(v: PyValue): Uint8Array | undefined {
  return v instanceof BytesLike ? v.data : undefined;
}

/** The bytes of a bytes-like argument, or CPython's TypeError. */
export function needBytes(v: PyValue, what = 'a bytes-like object is required'): Uint8Array {
  if (v instanceof BytesLike) return v.data;
  throw typeError(`${what}, not '${typeOf(v).name}'`);
}

export abstract class BytesLike extends HostObject {
  abstract get data(): Uint8Array;
  /** A new object of the same kind (bytes or bytearray) holding `data`. */
  abstract make(data: Uint8Array): BytesLike;

  len(): number { return this.data.length; }
  iter(): Iterable<PyValue> { return this.data; }
  contains(item: PyValue): boolean {
    const d = this.data;
    if (typeof item === 'number' || typeof item === 'boolean' || typeof item === 'bigint') {
      const b = byteValue(item);
      return d.includes(b);
    }
    const sub = bytesOf(item);
    if (!sub) throw typeError(`a bytes-like object is required, not '${typeOf(item).name}'`);
    return indexOfBytes(d, sub, 0, d.length) >= 0;
  }
  getitem(key: PyValue): PyValue {
    const d = this.data;
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, d.length);
      if (step === 1) return this.make(d.slice(start, start + n));
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j];
      return this.make(out);
    }
    if (typeof key !== 'number' && typeof key !== 'boolean' && typeof key !== 'bigint' && !(isHost(key) && key.index)) {
      throw typeError(`${this.pyTypeName === 'bytes' ? 'byte' : 'bytearray'} indices must be integers or slices, not ${typeOf(key).name}`);
    }
    let i = toIndex(key);
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) throw indexError(`${this.pyTypeName === 'bytes' ? 'index' : 'bytearray index'} out of range`);
    return d[i];
  }
  compare(op: CompareOpName, other: PyValue) {
    const o = bytesOf(other);
    // NotImplemented lets the other operand answer (b'x' == array([b'x'], dtype=object) is element-wise);
    // with no answer, == and != fall back to identity, which is what bytes gives for other types.
    if (!o) return NotImplemented;
    const c = compareBytes(this.data, o);
    switch (op) { case '==': return c === 0; case '!=': return c !== 0; case '<': return c < 0; case '<=': return c <= 0; case '>': return c > 0; default: return c >= 0; }
  }
  binop(op: BinaryOpName, other: PyValue, reflected: boolean) {
    if (op === '+') {
      const o = bytesOf(other);
      if (!o) {
        if (reflected) return NotImplemented;
        throw typeError(`can't concat ${typeOf(other).name} to ${this.pyTypeName}`);
      }
      const [a, b] = reflected ? [o, this.data] : [this.data, o];
      return this.make(concatBytes([a, b]));
    }
    if (op === '*' && (typeof other === 'number' || typeof other === 'boolean')) {
      const n = Math.max(0, Number(other));
      const d = this.data, out = new Uint8Array(d.length * n);
      for (let i = 0; i < n; i++) out.set(d, i * d.length);
      return this.make(out);
    }
    if (op === '%') throw pyException(E.NotImplementedError, 'bytes % formatting is not supported by Gradbook');
    return NotImplemented;
  }
  str(): string { return this.repr(); }
}

export class PyBytes extends BytesLike {
  constructor(readonly data: Uint8Array) { super(); }
  override get type(): PyClass { return bytesType; }
  override get pyTypeName(): string { return 'bytes'; }
  make(data: Uint8Array): PyBytes { return new PyBytes(data); }
  override hashKey(): unknown { return bytesKey(this); }
  override repr(): string { return bytesRepr(this); }
}

export class PyByteArray extends BytesLike {
  private buf: Uint8Array;
  private n: number;
  constructor(data: Uint8Array = new Uint8Array(0)) { super(); this.buf = data.slice(); this.n = data.length; }
  get data(): Uint8Array { return this.buf.subarray(0, this.n); }
  override get type(): PyClass { return bytearrayType; }
  override get pyTypeName(): string { return 'bytearray'; }
  make(data: Uint8Array): PyByteArray { return new PyByteArray(data); }
  override hashKey(): unknown { throw typeError("unhashable type: 'bytearray'"); }
  override repr(): string { return `bytearray(${bytesRepr(this)})`; }

  /** Replaces bytes [start, end) with `data` (the one primitive every mutation uses). */
  splice(start: number, end: number, data: Uint8Array): void {
    const tail = this.buf.slice(end, this.n);
    const size = start + data.length + tail.length;
    if (size > this.buf.length) {
      const grown = new Uint8Array(Math.max(size, this.buf.length * 2, 16));
      grown.set(this.buf.subarray(0, start));
      this.buf = grown;
    }
    this.buf.set(data, start);
    this.buf.set(tail, start + data.length);
    this.n = size;
  }
  setitem(key: PyValue, value: PyValue): void {
    if (key instanceof PySlice) {
      const [start, stop, step, count] = sliceIndices(key, this.n);
      const data = bytesFromValue(value, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      if (step === 1) { this.splice(start, Math.max(start, stop), data); return; }
      if (data.length !== count) throw valueError(`attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
      for (let i = 0, j = start; i < count; i++, j += step) this.buf[j] = data[i];
      return;
    }
    let i = toIndex(key);
    if (i < 0) i += this.n;
    if (i < 0 || i >= this.n) throw indexError('bytearray index out of range');
    this.buf[i] = byteValue(value);
  }
  delitem(key: PyValue): void {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, this.n);
      if (step === 1) { this.splice(start, start + count, new Uint8Array(0)); return; }
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      const kept = this.data.filter((_, j) => !drop.has(j));
      this.buf = kept; this.n = kept.length;
      return;
    }
    let i = toIndex(key);
    if (i < 0) i += this.n;
    if (i < 0 || i >= this.n) throw indexError('bytearray index out of range');
    this.splice(i, i + 1, new Uint8Array(0));
  }
  inplace(op: BinaryOpName, other: PyValue) {
    if (op !== '+') return NotImplemented;
    const o = bytesOf(other);
    if (!o) throw typeError(`can't concat ${typeOf(other).name} to bytearray`);
    this.splice(this.n, this.n, o.slice());
    return this;
  }
}

/** An int in range(0, 256), as bytes() and bytearray item assignment require. */
export function byteValue(v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint' && !(isHost(v) && v.index)) {
    throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  const n = indexValue(v);
  if (typeof n === 'bigint' || n < 0 || n > 255) throw valueError('byte must be in range(0, 256)');
  return n;
}

/** bytes(x) for x a bytes-like object or an iterable of ints. */
export function bytesFromValue(v: PyValue, what: string, iterate?: (v: PyValue) => Iterable<PyValue>): Uint8Array {
  const b = bytesOf(v);
  if (b) return b.slice();
  if (typeof v === 'string' || typeof v === 'number') throw typeError(what);
  const items = iterate ? iterate(v) : (v as { items?: PyValue[] }).items;
  if (!items) throw typeError(what);
  const out: number[] = [];
  for (const x of items) {
    try { out.push(byteValue(x)); } catch (e) {
      if ((e as { cls?: PyClass }).cls === E.ValueError) throw valueError('bytes must be in range(0, 256)');
      throw e;
    }
  }
  return Uint8Array.from(out);
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i + needle.length <= to; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = to - needle.length; i >= from; i--) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** CPython's bytes repr: printable ASCII as is, \t \n \r \\ escaped, the rest as \xNN. */
export function bytesRepr(b: BytesLike): string {
  const data = b.data;
  let hasSingle = false, hasDouble = false;
  for (const c of data) { if (c === 0x27) hasSingle = true; if (c === 0x22) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of data) {
    if (c === 0x5c) out += '\\\\';
    else if (c === 0x27 && quote === "'") out += "\\'";
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** Map key: equal bytes give equal keys, distinct from every str key. */
export function bytesKey(b: BytesLike): string {
  const d = b.data;
  let s = 'b\u0000';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}

export function bytesEqual(a: BytesLike, b: BytesLike): boolean {
  return compareBytes(a.data, b.data) === 0 && a.data.length === b.data.length;
}
