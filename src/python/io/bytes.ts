// A minimal immutable `bytes` for binary files: len, indexing (ints), slicing, iteration,
// ==, +, `in`, decode(). Enough for `np.frombuffer(f.read(), ...)` and header checks.
import { PyValue } from '../objects/core';
import { PyBuiltin } from '../objects/callables';
import { PySlice } from '../objects/containers';
import { HostObject, hostClass, BinaryOpName, CompareOpName } from '../host';
import { NotImplemented } from '../objects/singletons';
import { indexError, typeError } from '../exceptions';
import { sliceIndices } from '../runtime/subscript';
import { toIndex } from '../runtime/numbers';
import { parseArgs } from '../builtins/args';
import { decode, lookupEncoding, lookupErrors } from './codecs';

export const bytesType = hostClass('bytes');

export class PyBytes extends HostObject {
  constructor(readonly data: Uint8Array) { super(); }
  override get type() { return bytesType; }
  override get pyTypeName() { return 'bytes'; }
  override hashKey(): unknown { return 'b\0' + String.fromCharCode(...this.data.subarray(0, 4096)) + this.data.length; }
  len(): number { return this.data.length; }
  iter(): Iterable<PyValue> { return Array.from(this.data); }
  getitem(key: PyValue): PyValue {
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, this.data.length);
      if (step === 1) return new PyBytes(this.data.slice(start, start + n));
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = this.data[j];
      return new PyBytes(out);
    }
    let i = toIndex(key);
    if (i < 0) i += this.data.length;
    if (i < 0 || i >= this.data.length) throw indexError('index out of range');
    return this.data[i];
  }
  contains(item: PyValue): boolean {
    if (typeof item === 'number') return this.data.includes(item);
    if (item instanceof PyBytes) return Buffer.from(this.data).includes(Buffer.from(item.data));
    throw typeError("a bytes-like object is required, not '" + (typeof item) + "'");
  }
  compare(op: CompareOpName, other: PyValue) {
    if (!(other instanceof PyBytes)) return op === '==' ? false : op === '!=' ? true : NotImplemented;
    const c = Buffer.compare(Buffer.from(this.data), Buffer.from(other.data));
    switch (op) { case '==': return c === 0; case '!=': return c !== 0; case '<': return c < 0; case '<=': return c <= 0; case '>': return c > 0; default: return c >= 0; }
  }
  binop(op: BinaryOpName, other: PyValue, reflected: boolean) {
    if (op === '+' && other instanceof PyBytes) {
      const [a, b] = reflected ? [other.data, this.data] : [this.data, other.data];
      const out = new Uint8Array(a.length + b.length); out.set(a); out.set(b, a.length);
      return new PyBytes(out);
    }
    return NotImplemented;
  }
  getattr(name: string): PyValue | undefined {
    if (name === 'decode') {
      return new PyBuiltin('decode', (args, kw) => {
        const a = parseArgs('decode', args, kw, ['encoding', 'errors'], 0);
        return decode(this.data, lookupEncoding(a[0] === undefined ? 'utf-8' : String(a[0])), lookupErrors(a[1] === undefined ? 'strict' : String(a[1])));
      });
    }
    return undefined;
  }
  repr(): string { return bytesRepr(this.data); }
}

export function bytesRepr(data: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const b of data) { if (b === 39) hasSingle = true; if (b === 34) hasDouble = true; }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = 'b' + q;
  for (const b of data) {
    if (b === 92) s += '\\\\';
    else if (b === 39 && q === "'") s += "\\'";
    else if (b === 9) s += '\\t';
    else if (b === 10) s += '\\n';
    else if (b === 13) s += '\\r';
    else if (b < 32 || b >= 127) s += '\\x' + b.toString(16).padStart(2, '0');
    else s += String.fromCharCode(b);
  }
  return s + q;
}
