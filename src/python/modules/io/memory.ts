// io.StringIO and io.BytesIO: in-memory text and binary streams with CPython's semantics
// (StringIO positions count characters, BytesIO positions bytes; writing past the end pads).
import { PyExceptionObj, PyValue } from '../../objects/core';
import { PyList } from '../../objects/containers';
import { PyClass } from '../../objects/pyclass';
import { HostObject, hostClass } from '../../host';
import { E, typeError, valueError } from '../../exceptions';
import { METH_NOARGS, constructorOf, method, MethodEntry, MethodTable, namedAs, type Messages } from '../../bind';
import { checkPositional, clinic, methO, slotWrapper } from '../../builtins/c_messages';
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

  check(): void { if (this.closed) throw valueError('I/O operation on closed file.'); }

  override repr(): string { return `<_io.${this.pyTypeName} object at ${fakeAddress(this)}>`; }
  enter(): PyValue { this.check(); return this; }
  exit(): boolean { this.close(); return false; }
  close(): void { this.closed = true; }
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

  /** The class's method table (StringIO's or BytesIO's: call errors name the class). */
  protected abstract get methods(): MethodTable<MemoryStream>;

  readLines(hint: number): PyList {
    const out: PyValue[] = [];
    let total = 0;
    for (const line of this.iter()) { out.push(line); total += (line as { length?: number }).length ?? (bytesOf(line)?.length ?? 0); if (hint > 0 && total >= hint) break; }
    return new PyList(out);
  }

  getattr(name: string): PyValue | undefined {
    const bound = this.methods.get(this, name);
    if (bound) return bound;
    const hook = PROTOCOL_HOOKS.get(this, name);
    if (hook) return hook;
    switch (name) {
      case 'closed': return this.closed;
    }
    return undefined;
  }
}

// The methods are C methods (_io): positional-only, and call errors worded as each one's C
// argument parsing does (`read expected at most 1 argument, got 2`, `StringIO.write() takes
// exactly one argument (0 given)`, `StringIO.tell() takes no arguments (1 given)`).
const noKeywords = (c: { fn: string }) => `${c.fn}() takes no keyword arguments`;
const cPositional = (name: string, min: number, max: number): Partial<Messages> =>
  ({ ...namedAs(name, checkPositional(min, max)), unexpectedKeyword: noKeywords, positionalOnlyAsKeyword: noKeywords });
const SIZE = [{ name: 'size', default: -1, kind: 'positional' }] as const;
const size = (v: unknown) => sizeArg(v as PyValue);

function streamMethods(cls: 'StringIO' | 'BytesIO'): MethodEntry<MemoryStream>[] {
  const M = (n: string) => `io.${cls}.${n}`;
  const noArgs = (n: string, doc: string, body: (s: MemoryStream) => PyValue) => method({ name: M(n), doc, params: [] }, body, METH_NOARGS);
  return [
    method({ name: M('read'), doc: 'Read at most size characters (bytes), returned as a string (bytes); all of it when size is negative or None.', params: SIZE },
      (s: MemoryStream, a) => { s.check(); return s.readChunk(size(a.size)); }, cPositional('read', 0, 1)),
    method({ name: M('read1'), doc: 'Read at most size bytes (as read(): a memory stream has no raw layer).', params: SIZE },
      (s: MemoryStream, a) => { s.check(); return s.readChunk(size(a.size)); }, cPositional('read1', 0, 1)),
    method({ name: M('readline'), doc: 'Read until newline or EOF; at most size characters (bytes) when size is not negative.', params: SIZE },
      (s: MemoryStream, a) => { s.check(); return s.readLineChunk(size(a.size)); }, cPositional('readline', 0, 1)),
    method({ name: M('readlines'), doc: 'Return a list of lines from the stream, stopping once hint characters (bytes) are read.', params: [{ name: 'hint', default: -1, kind: 'positional' }] },
      (s: MemoryStream, a) => s.readLines(size(a.hint)), cPositional('readlines', 0, 1)),
    method({ name: M('write'), doc: 'Write the string (bytes) to the stream; return the number written.', params: [{ name: 's', kind: 'positional' }] },
      (s: MemoryStream, a) => { s.check(); return s.writeValue(a.s as PyValue); }, methO()),
    method({ name: M('writelines'), doc: 'Write a list of lines to the stream.', params: [{ name: 'lines', kind: 'positional' }] },
      (s: MemoryStream, a) => { s.check(); for (const x of toArray(a.lines as PyValue)) s.writeValue(x); return null; }, namedAs('_IOBase.writelines', methO())),
    noArgs('getvalue', 'Retrieve the entire contents of the object.', s => { s.check(); return s.value(); }),
    method({ name: M('seek'), doc: 'Change stream position: whence 0 from the start, 1 from the current position, 2 from the end.', params: [{ name: 'pos', kind: 'positional' }, { name: 'whence', default: 0, kind: 'positional' }] },
      (s: MemoryStream, a) => s.seek(toIndex(a.pos as PyValue), toIndex(a.whence as PyValue)), cPositional('seek', 1, 2)),
    noArgs('tell', 'Tell the current file position.', s => { s.check(); return s.pos; }),
    method({ name: M('truncate'), doc: 'Truncate size to pos (default: the current position); return the new size.', params: [{ name: 'pos', default: null, kind: 'positional' }] }, (s: MemoryStream, a) => {
      s.check();
      const n = a.pos === null ? s.pos : toIndex(a.pos as PyValue);
      if (n < 0) throw valueError(`negative size value ${n}`);
      s.truncateTo(n);
      return n;
    }, cPositional('truncate', 0, 1)),
    noArgs('flush', 'Does nothing.', s => { s.check(); return null; }),
    noArgs('close', 'Close the IO object.', s => { s.close(); return null; }),
    noArgs('readable', 'Returns True if the IO object can be read.', s => { s.check(); return true; }),
    noArgs('writable', 'Returns True if the IO object can be written.', s => { s.check(); return true; }),
    noArgs('seekable', 'Returns True if the IO object can be seeked.', s => { s.check(); return true; }),
    noArgs('isatty', 'Always False: a memory stream is not interactive.', s => { s.check(); return false; }),
    noArgs('fileno', 'Raises UnsupportedOperation: a memory stream has no file descriptor.', () => { throw new PyExceptionObj(UnsupportedOperation, ['fileno']); }),
  ];
}
// Protocol hooks, called by the interpreter (with, for) more than by user code; not in docs/API.md.
const PROTOCOL_HOOKS = new MethodTable<MemoryStream>([
  method({ name: 'io._IOBase.__enter__', doc: 'Return self (checks the stream is open).', params: [] }, s => s.enter(), METH_NOARGS),
  method({ name: 'io._IOBase.__exit__', doc: 'Close the stream.', params: [], varargs: 'args' }, s => s.exit()),
  method({ name: 'io._IOBase.__iter__', doc: 'Implement iter(self).', params: [] }, s => { s.check(); return s; }, slotWrapper(0)),
  method({ name: 'io._IOBase.__next__', doc: 'Implement next(self): the next line.', params: [] }, s => {
    s.check();
    const line = s.readLineChunk(-1);
    if (s.isEmpty(line)) throw new PyExceptionObj(E.StopIteration, []);
    return line;
  }, slotWrapper(0)),
]);
const STRINGIO_METHODS = new MethodTable<MemoryStream>(streamMethods('StringIO'));
const BYTESIO_METHODS = new MethodTable<MemoryStream>(streamMethods('BytesIO'));
export const MEMORY_METHOD_SIGNATURES = [...STRINGIO_METHODS.entries, ...BYTESIO_METHODS.entries].map(e => e.signature);

export class PyStringIO extends MemoryStream {
  private text: string;
  constructor(initial: string, private readonly newline: string | null) {
    super();
    this.text = this.translateIn(initial);
  }
  override get type(): PyClass { return stringIOClass; }
  override get pyTypeName(): string { return 'StringIO'; }
  protected get methods(): MethodTable<MemoryStream> { return STRINGIO_METHODS; }
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
  protected get methods(): MethodTable<MemoryStream> { return BYTESIO_METHODS; }
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

// The constructors are C types parsed by Argument Clinic: `StringIO() takes at most 2 arguments (3 given)`.
export const STRINGIO_CONSTRUCTOR = constructorOf({
  name: 'io.StringIO', doc: 'Text I/O implementation using an in-memory buffer.',
  params: [{ name: 'initial_value', default: '' }, { name: 'newline', default: '\n' }],
}, a => {
  const initial = a.initial_value as PyValue, newline = a.newline as PyValue;
  if (initial !== null && typeof initial !== 'string') throw typeError(`initial_value must be str or None, not ${typeOf(initial).name}`);
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline as string)) throw valueError(`illegal newline value: ${newline}`);
  return new PyStringIO(typeof initial === 'string' ? initial : '', newline as string | null);
}, namedAs('StringIO', clinic(['initial_value', 'newline'])));
export const BYTESIO_CONSTRUCTOR = constructorOf({
  name: 'io.BytesIO', doc: 'Buffered I/O implementation using an in-memory bytes buffer.',
  params: [{ name: 'initial_bytes', default: { expr: "b''" } }],
}, a => {
  const initial = a.initial_bytes as PyValue | undefined;
  if (initial === undefined || initial === null) return new PyBytesIO(new Uint8Array(0));
  const data = bytesOf(initial);
  if (!data) throw typeError(`a bytes-like object is required, not '${typeOf(initial).name}'`);
  return new PyBytesIO(data);
}, namedAs('BytesIO', clinic(['initial_bytes'])));
stringIOClass.nativeNew = (_c, args, kw) => STRINGIO_CONSTRUCTOR.construct(args, kw);
bytesIOClass.nativeNew = (_c, args, kw) => BYTESIO_CONSTRUCTOR.construct(args, kw);
