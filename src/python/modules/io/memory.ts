// io.StringIO and io.BytesIO: in-memory text and binary streams with CPython's semantics
// (StringIO positions count characters, BytesIO positions bytes; writing past the end pads).
import { PyExceptionObj, PyValue, Kwargs } from '../../objects/core';
import { PyBuiltin } from '../../objects/callables';
import { PyList } from '../../objects/containers';
import { PyClass } from '../../objects/pyclass';
import { HostObject, hostClass } from '../../host';
import { E, typeError, valueError } from '../../exceptions';
import { parseArgs } from '../../builtins/args';
import { PyBytes, bytesOf } from '../../runtime/bytes';
import { toIndex } from '../../runtime/numbers';
import { toArray } from '../../runtime/iteration';
import { typeOf } from '../../runtime/type-name';
import { fakeAddress } from '../../runtime/repr';
import { UnsupportedOperation } from '../../io/file-object';

export const stringIOClass = hostClass('StringIO', '_io');
export const bytesIOClass = hostClass('BytesIO', '_io');

const sizeArg = (v: PyValue | undefined) => (v === undefined || v === null ? -1 : toIndex(v));

/** What StringIO and BytesIO share: position, closing, the method table. */
abstract class MemoryStream extends HostObject {
  pos = 0;
  closed = false;
  abstract get length(): number;
  abstract readChunk(n: number): PyValue;
  abstract readLineChunk(limit: number): PyValue;
  abstract writeValue(v: PyValue): number;
  abstract value(): PyValue;
  abstract truncateTo(n: number): void;
  abstract isEmpty(v: PyValue): boolean;

  protected check(): void { if (this.closed) throw valueError('I/O operation on closed file.'); }

  override repr(): string { return `<_io.${this.pyTypeName} object at ${fakeAddress(this)}>`; }
  enter(): PyValue { this.check(); return this; }
  exit(): boolean { this.closed = true; return false; }
  *iter(): Iterable<PyValue> {
    this.check();
    for (;;) { const line = this.readLineChunk(-1); if (this.isEmpty(line)) return; yield line; }
  }

  seek(offset: number, whence: number): number {
    this.check();
    if (whence === 0) { if (offset < 0) throw valueError(`negative seek value ${offset}`); this.pos = offset; }
    else if (whence === 1) this.pos = Math.max(0, this.pos + offset);
    else if (whence === 2) this.pos = Math.max(0, this.length + offset);
    else throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    return this.pos;
  }

  getattr(name: string): PyValue | undefined {
    const fn = (f: (a: PyValue[], kw: Kwargs) => PyValue) => new PyBuiltin(name, (a, kw) => f(a, kw));
    switch (name) {
      case 'read': return fn(a => { this.check(); return this.readChunk(sizeArg(a[0])); });
      case 'read1': return fn(a => { this.check(); return this.readChunk(sizeArg(a[0])); });
      case 'readline': return fn(a => { this.check(); return this.readLineChunk(sizeArg(a[0])); });
      case 'readlines': return fn(a => {
        const hint = sizeArg(a[0]);
        const out: PyValue[] = [];
        let total = 0;
        for (const line of this.iter()) { out.push(line); total += (line as { length?: number }).length ?? (bytesOf(line)?.length ?? 0); if (hint > 0 && total >= hint) break; }
        return new PyList(out);
      });
      case 'write': return fn(a => { this.check(); return this.writeValue(a[0]); });
      case 'writelines': return fn(a => { this.check(); for (const x of toArray(a[0])) this.writeValue(x); return null; });
      case 'getvalue': return fn(() => { this.check(); return this.value(); });
      case 'seek': return fn((a, kw) => { const [pos, whence] = parseArgs('seek', a, kw, ['pos', 'whence'], 1); return this.seek(toIndex(pos!), whence === undefined ? 0 : toIndex(whence)); });
      case 'tell': return fn(() => { this.check(); return this.pos; });
      case 'truncate': return fn(a => { this.check(); const n = a[0] === undefined || a[0] === null ? this.pos : toIndex(a[0]); if (n < 0) throw valueError(`negative size value ${n}`); this.truncateTo(n); return n; });
      case 'flush': return fn(() => { this.check(); return null; });
      case 'close': return fn(() => { this.closed = true; return null; });
      case 'readable': case 'writable': case 'seekable': return fn(() => { this.check(); return true; });
      case 'isatty': return fn(() => { this.check(); return false; });
      case 'fileno': return fn(() => { throw new PyExceptionObj(UnsupportedOperation, ['fileno']); });
      case '__enter__': return fn(() => this.enter());
      case '__exit__': return fn(() => this.exit());
      case '__iter__': return fn(() => { this.check(); return this; });
      case '__next__': return fn(() => {
        this.check();
        const line = this.readLineChunk(-1);
        if (this.isEmpty(line)) throw new PyExceptionObj(E.StopIteration, []);
        return line;
      });
      case 'closed': return this.closed;
    }
    return undefined;
  }
}

export class PyStringIO extends MemoryStream {
  private text: string;
  constructor(initial: string, private readonly newline: string | null) {
    super();
    this.text = this.translateIn(initial);
  }
  override get type(): PyClass { return stringIOClass; }
  override get pyTypeName(): string { return 'StringIO'; }
  get length(): number { return this.text.length; }
  /** newline=None translates \r\n and \r to \n on the way in (universal newlines). */
  private translateIn(s: string): string { return this.newline === null ? s.replace(/\r\n?/g, '\n') : s; }
  readChunk(n: number): string {
    const end = n < 0 ? this.text.length : Math.min(this.text.length, this.pos + n);
    const out = this.pos < end ? this.text.slice(this.pos, end) : '';
    this.pos = Math.max(this.pos, end);
    return out;
  }
  readLineChunk(limit: number): string {
    if (this.pos >= this.text.length) return '';
    const nl = this.newline === null || this.newline === '' ? '\n' : this.newline;
    const i = this.text.indexOf(nl, this.pos);
    let end = i < 0 ? this.text.length : i + nl.length;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    const out = this.text.slice(this.pos, end);
    this.pos = end;
    return out;
  }
  writeValue(v: PyValue): number {
    if (typeof v !== 'string') throw typeError(`string argument expected, got '${typeOf(v).name}'`);
    const s = this.translateIn(v);
    const out = this.newline !== null && this.newline !== '' && this.newline !== '\n' ? s.replace(/\n/g, this.newline) : s;
    const before = this.pos > this.text.length ? this.text + '\0'.repeat(this.pos - this.text.length) : this.text.slice(0, this.pos);
    this.text = before + out + this.text.slice(this.pos + out.length);
    this.pos += out.length;
    return v.length;
  }
  value(): string { return this.text; }
  truncateTo(n: number): void { this.text = this.text.slice(0, n); }
  isEmpty(v: PyValue): boolean { return v === ''; }
  override seek(offset: number, whence: number): number {
    if (whence !== 0 && offset !== 0) throw new PyExceptionObj(UnsupportedOperation, [whence === 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks"]);
    return super.seek(offset, whence);
  }
  override getattr(name: string): PyValue | undefined {
    if (name === 'newlines') return null;
    if (name === 'line_buffering') return false;
    if (name === 'encoding' || name === 'errors') return null;
    return super.getattr(name);
  }
}

export class PyBytesIO extends MemoryStream {
  private buf: Uint8Array;
  private size: number;
  constructor(initial: Uint8Array) { super(); this.buf = initial.slice(); this.size = initial.length; }
  override get type(): PyClass { return bytesIOClass; }
  override get pyTypeName(): string { return 'BytesIO'; }
  get length(): number { return this.size; }
  get bytes(): Uint8Array { return this.buf.subarray(0, this.size); }
  readChunk(n: number): PyBytes {
    const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
    const out = this.pos < end ? this.buf.slice(this.pos, end) : new Uint8Array(0);
    this.pos = Math.max(this.pos, end);
    return new PyBytes(out);
  }
  readLineChunk(limit: number): PyBytes {
    if (this.pos >= this.size) return new PyBytes(new Uint8Array(0));
    const i = this.bytes.indexOf(10, this.pos);
    let end = i < 0 ? this.size : i + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    return this.readChunk(end - this.pos);
  }
  writeValue(v: PyValue): number {
    const data = bytesOf(v);
    if (!data) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
    const end = this.pos + data.length;
    if (end > this.buf.length) {
      const grown = new Uint8Array(Math.max(end, this.buf.length * 2, 64));
      grown.set(this.buf.subarray(0, this.size));
      this.buf = grown;
    }
    this.buf.set(data, this.pos);
    this.pos = end;
    this.size = Math.max(this.size, end);
    return data.length;
  }
  value(): PyBytes { return new PyBytes(this.buf.slice(0, this.size)); }
  truncateTo(n: number): void { this.size = Math.min(this.size, n); }
  isEmpty(v: PyValue): boolean { return (bytesOf(v)?.length ?? 0) === 0; }
}

stringIOClass.nativeNew = (_c, args, kw) => {
  const [initial, newline] = parseArgs('StringIO', args, kw, ['initial_value', 'newline'], 0);
  if (initial !== undefined && initial !== null && typeof initial !== 'string') throw typeError(`initial_value must be str or None, not ${typeOf(initial).name}`);
  if (newline !== undefined && newline !== null && !['', '\n', '\r', '\r\n'].includes(newline as string)) throw valueError(`illegal newline value: ${newline}`);
  return new PyStringIO(typeof initial === 'string' ? initial : '', newline === undefined ? '\n' : (newline as string | null));
};
bytesIOClass.nativeNew = (_c, args, kw) => {
  const [initial] = parseArgs('BytesIO', args, kw, ['initial_bytes'], 0);
  if (initial === undefined || initial === null) return new PyBytesIO(new Uint8Array(0));
  const data = bytesOf(initial);
  if (!data) throw typeError(`a bytes-like object is required, not '${typeOf(initial).name}'`);
  return new PyBytesIO(data);
};

