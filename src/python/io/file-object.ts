// File objects returned by open(): the whole file is held in memory (read on open), writes go
// to the FileSystem on flush(), close(), when 64 KB are pending, and at the end of each cell.
import { PyExceptionObj, PyValue } from '../objects/core';
import { METH_NOARGS, method, MethodTable, namedAs, type Messages } from '../bind';
import { checkPositional, methO, slotWrapper } from '../builtins/c_messages';
import { PyList } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { HostObject, hostClass } from '../host';
import { E, registerExceptionClass, typeError, valueError } from '../exceptions';
import { toIndex } from '../runtime/numbers';
import { repr } from '../runtime/repr';
import { typeOf } from '../runtime/type-name';
import { beforeSessionRead } from './session-files';
import { toArray } from '../runtime/iteration';
import type { FileSystem } from '../../engine';
import { OpenMode } from './open-mode';
import { Encoding, ErrorMode, decode, encode } from './codecs';
import { PyBytes } from './bytes';

export const UnsupportedOperation = new PyClass('UnsupportedOperation', [E.OSError, E.ValueError], 'io');
registerExceptionClass(UnsupportedOperation);
const unsupported = (what: string) => new PyExceptionObj(UnsupportedOperation, [what]);

const FLUSH_AT = 64 * 1024;

export interface TextOptions { encoding: Encoding; encodingName: string; errors: ErrorMode; newline: string | null }

/** Open files of the running session, flushed when a cell ends (CPython flushes at exit). */
export const openFiles = new Set<PyFile>();
/** Other buffered writers a cell's end flushes too (tf.summary.FileWriter). */
export const cellEndFlushers = new Set<{ flush(): void }>();

/** './a//b' and 'a/b' name one file for the flush-before-read rule (no cwd resolution needed). */
const samePath = (p: string) => p.replace(/\/{2,}/g, '/').replace(/^(\.\/)+/, '');

/** Flushes the open Python files writing `path` (a module is about to read it from the FileSystem). */
export function flushWritersOf(path: string): void {
  const key = samePath(path);
  for (const f of openFiles) if (!f.closed && samePath(f.path) === key) f.flush();
}
beforeSessionRead.push(flushWritersOf);

export class PyFile extends HostObject {
  private buf: Uint8Array = new Uint8Array(0);
  private size = 0;
  private pos = 0;
  private dirty = false;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  closed = false;
  /** Decoded text from byte `start` on (text reads), with a cursor `idx` into it. */
  private cache: { start: number; raw: string; idx: number } | null = null;

  constructor(private readonly fs: FileSystem, readonly name: PyValue, readonly path: string, readonly mode: OpenMode, readonly textOpts: TextOptions | null) {
    super();
    // CPython closes `open(p, 'w').write(s)`'s file as soon as its last reference goes, so a later
    // open of the same path sees the text; with no reference counts here, flush such writers now.
    for (const other of openFiles) if (other.path === path && !other.closed) other.flush();
    const exists = fs.exists(path);
    if (mode.create && exists) throw fileExists(path);
    if (exists && fs.stat(path).isDirectory) throw new PyExceptionObj(E.IsADirectoryError, [21, 'Is a directory', path]);
    if (mode.truncate || mode.create) fs.writeFile(path, new Uint8Array(0));
    else if (mode.append) { if (!exists) fs.writeFile(path, new Uint8Array(0)); }
    if (mode.read && !mode.truncate && !mode.create) this.load(fs.readFile(path));
    if (mode.append && mode.read) this.pos = this.size;
    openFiles.add(this);
  }

  private load(data: Uint8Array): void { this.buf = data; this.size = data.length; }

  override get pyTypeName(): string {
    if (this.textOpts) return 'TextIOWrapper';
    return this.mode.read && this.mode.write ? 'BufferedRandom' : this.mode.read ? 'BufferedReader' : 'BufferedWriter';
  }
  override get type() { return hostClass(this.pyTypeName, '_io'); }
  override repr(): string {
    const name = `name=${repr(this.name)}`;
    if (this.closed) return `<_io.${this.pyTypeName} ${name}>`.replace(` ${name}`, this.textOpts ? ` ${name}` : ` ${name}`);
    if (!this.textOpts) return `<_io.${this.pyTypeName} ${name}>`;
    return `<_io.TextIOWrapper ${name} mode=${repr(this.mode.text)} encoding=${repr(this.textOpts.encodingName)}>`;
  }

  private check(kind: 'read' | 'write' | null): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
    if (kind === 'read' && !this.mode.read) throw unsupported('not readable');
    if (kind === 'write' && !this.mode.write) throw unsupported('not writable');
  }

  // ---- binary layer ----
  private readBytes(n: number): Uint8Array {
    const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
    const out = this.buf.slice(Math.min(this.pos, this.size), end);
    this.pos = Math.max(this.pos, end);
    return out;
  }

  private writeBytes(data: Uint8Array): void {
    if (this.mode.append) {
      if (this.mode.read) { this.pos = this.size; this.place(data); }
      else { this.pending.push(data); this.pendingBytes += data.length; if (this.pendingBytes >= FLUSH_AT) this.flush(); }
      return;
    }
    this.place(data);
    if (this.size >= FLUSH_AT && this.dirty && !this.mode.read) this.flush();
  }

  private place(data: Uint8Array): void {
    const end = this.pos + data.length;
    if (end > this.buf.length) {
      const grown = new Uint8Array(Math.max(end, this.buf.length * 2, 256));
      grown.set(this.buf.subarray(0, this.size));
      this.buf = grown;
    }
    this.buf.set(data, this.pos);
    this.pos = end;
    this.size = Math.max(this.size, end);
    this.dirty = true;
    this.cache = null;
  }

  flush(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
    if (this.dirty) { this.fs.writeFile(this.path, this.buf.slice(0, this.size)); this.dirty = false; }
    if (this.pending.length) {
      const all = new Uint8Array(this.pendingBytes);
      let o = 0;
      for (const p of this.pending) { all.set(p, o); o += p.length; }
      this.fs.appendFile(this.path, all);
      this.pending = []; this.pendingBytes = 0;
    }
  }

  close(): void {
    if (this.closed) return;
    try { this.flush(); } finally { this.closed = true; openFiles.delete(this); }
  }

  // ---- text layer ----
  private text(): { start: number; raw: string; idx: number } {
    if (!this.cache) {
      const start = Math.min(this.pos, this.size);
      const t = this.textOpts!;
      this.cache = { start, raw: decode(this.buf.subarray(start, this.size), start === 0 ? t.encoding : t.encoding === 'utf-8-sig' ? 'utf-8' : t.encoding, t.errors), idx: 0 };
      this.pos = this.size;
    }
    return this.cache;
  }

  private universal(): boolean { return this.textOpts!.newline === null; }

  readText(n: number): string {
    const c = this.text();
    const rest = c.raw.length - c.idx;
    let take = n < 0 || n > rest ? rest : n;
    let s = c.raw.substr(c.idx, take);
    // A '\r' at the end of a chunk may be half of '\r\n': take the '\n' with it.
    if (this.universal() && s.endsWith('\r') && c.raw[c.idx + take] === '\n') { take++; s += '\n'; }
    c.idx += take;
    return this.universal() ? s.replace(/\r\n?/g, '\n') : s;
  }

  readLine(limit: number): string {
    const c = this.text();
    const raw = c.raw;
    const nl = this.textOpts!.newline;
    let end: number;
    if (nl === null || nl === '') {
      const m = /\r\n|\r|\n/g;
      m.lastIndex = c.idx;
      const hit = m.exec(raw);
      end = hit ? hit.index + hit[0].length : raw.length;
    } else {
      const i = raw.indexOf(nl, c.idx);
      end = i < 0 ? raw.length : i + nl.length;
    }
    if (limit >= 0 && end - c.idx > limit) end = c.idx + limit;
    const line = raw.slice(c.idx, end);
    c.idx = end;
    return nl === null ? line.replace(/\r\n?$/, '\n') : line;
  }

  writeText(s: string): number {
    const t = this.textOpts!;
    const out = t.newline !== null && t.newline !== '' && t.newline !== '\n' ? s.replace(/\n/g, t.newline) : s;
    this.syncTextPosition();
    this.writeBytes(encode(out, t.encoding, t.errors));
    return s.length;
  }

  /** Leaves the text read cache: the byte position becomes where the reader stopped. */
  private syncTextPosition(): void {
    if (!this.cache) return;
    this.pos = this.cache.start + encode(this.cache.raw.slice(0, this.cache.idx), this.textOpts!.encoding, 'replace').length;
    this.cache = null;
  }

  tell(): number {
    this.check(null);
    if (this.cache) return this.cache.start + encode(this.cache.raw.slice(0, this.cache.idx), this.textOpts!.encoding, 'replace').length;
    return this.mode.append && !this.mode.read ? this.size + this.pendingBytes : this.pos;
  }

  seek(offset: number, whence: number): number {
    this.check(null);
    if (this.textOpts && whence !== 0 && offset !== 0) {
      throw unsupported(whence === 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    }
    this.syncTextPosition();
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : this.size;
    if (whence < 0 || whence > 2) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    const target = base + offset;
    if (target < 0) throw valueError(`negative seek position ${target}`);
    this.pos = target;
    return target;
  }

  // ---- Python protocol ----
  enter(): PyValue { this.check(null); return this; }
  exit(): boolean { this.close(); return false; }
  *iter(): Iterable<PyValue> {
    this.check('read');
    for (;;) {
      const line = this.readLineValue(-1);
      if ((typeof line === 'string' && line === '') || (line instanceof PyBytes && line.data.length === 0)) return;
      yield line;
    }
  }

  private readValue(n: number): PyValue {
    this.check('read');
    return this.textOpts ? this.readText(n) : new PyBytes(this.readBytes(n));
  }

  private readLineValue(limit: number): PyValue {
    this.check('read');
    if (this.textOpts) return this.readLine(limit);
    const from = Math.min(this.pos, this.size);
    let end = this.buf.subarray(from, this.size).indexOf(10);
    end = end < 0 ? this.size : from + end + 1;
    if (limit >= 0) end = Math.min(end, from + limit);
    return new PyBytes(this.readBytes(end - from));
  }

  private writeValue(v: PyValue): number {
    this.check('write');
    if (this.textOpts) {
      if (typeof v !== 'string') throw typeError(`write() argument must be str, not ${typeOf(v).name}`);
      return this.writeText(v);
    }
    if (!(v instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
    this.writeBytes(v.data);
    return v.data.length;
  }

  /**
   * CPython's TextIOWrapper methods (C methods: positional-only, `read expected at most 1
   * argument, got 2`); binary files use the same table. Built on first use: this module loads
   * before the binder.
   */
  private static table: MethodTable<PyFile> | undefined;
  private static methods(): MethodTable<PyFile> {
    if (PyFile.table) return PyFile.table;
    const M = (n: string) => `io.TextIOWrapper.${n}`;
    const size = (v: unknown) => (v === undefined || v === null ? -1 : toIndex(v as PyValue));
    const noKeywords = (c: { fn: string }) => `${c.fn}() takes no keyword arguments`;
    const cPositional = (n: string, min: number, max: number): Partial<Messages> =>
      ({ ...namedAs(n, checkPositional(min, max)), unexpectedKeyword: noKeywords, positionalOnlyAsKeyword: noKeywords });
    const noArgs = (n: string, doc: string, body: (f: PyFile) => PyValue) => method({ name: M(n), doc, params: [] }, body, METH_NOARGS);
    const pos = (n: string, dflt?: number) => (dflt === undefined ? { name: n, kind: 'positional' } as const : { name: n, default: dflt, kind: 'positional' } as const);
    PyFile.table = new MethodTable<PyFile>([
      method({ name: M('read'), doc: 'Read at most size characters (bytes); all of it when size is negative or None.', params: [pos('size', -1)] },
        (f: PyFile, a) => f.readValue(size(a.size)), cPositional('read', 0, 1)),
      method({ name: M('readline'), doc: 'Read until newline or EOF; at most size characters (bytes) when size is not negative.', params: [pos('size', -1)] },
        (f: PyFile, a) => f.readLineValue(size(a.size)), cPositional('readline', 0, 1)),
      method({ name: M('readlines'), doc: 'Return a list of lines, stopping once hint characters are read.', params: [pos('hint', -1)] }, (f: PyFile, a) => {
        const hint = size(a.hint);
        const out: PyValue[] = [];
        let total = 0;
        for (const line of f.iter()) { out.push(line); total += (line as string).length; if (hint > 0 && total >= hint) break; }
        return new PyList(out);
      }, cPositional('readlines', 0, 1)),
      method({ name: M('write'), doc: 'Write the string (bytes); return the number written.', params: [pos('text')] }, (f: PyFile, a) => f.writeValue(a.text as PyValue), methO()),
      method({ name: M('writelines'), doc: 'Write a list of lines.', params: [pos('lines')] },
        (f: PyFile, a) => { for (const x of toArray(a.lines as PyValue)) f.writeValue(x); return null; }, namedAs('_IOBase.writelines', methO())),
      method({ name: M('seek'), doc: 'Change the stream position: whence 0 from the start, 1 from the current position, 2 from the end.', params: [pos('cookie'), pos('whence', 0)] },
        (f: PyFile, a) => f.seek(toIndex(a.cookie as PyValue), toIndex(a.whence as PyValue)), cPositional('seek', 1, 2)),
      noArgs('tell', 'Return the current stream position.', f => f.tell()),
      noArgs('flush', 'Write what is pending to the file.', f => { f.flush(); return null; }),
      noArgs('close', 'Flush and close the file.', f => { f.close(); return null; }),
      noArgs('readable', 'Whether the file was opened for reading.', f => { f.check(null); return f.mode.read; }),
      noArgs('writable', 'Whether the file was opened for writing.', f => { f.check(null); return f.mode.write; }),
      noArgs('seekable', 'True: every file is seekable.', f => { f.check(null); return true; }),
      noArgs('isatty', 'False: a file is not a terminal.', () => false),
      noArgs('fileno', 'Raises UnsupportedOperation: the file has no descriptor.', () => { throw unsupported('fileno'); }),
      noArgs('__enter__', 'Return self.', f => f.enter()),
      method({ name: M('__exit__'), doc: 'Close the file.', params: [], varargs: 'args' }, (f: PyFile) => f.exit()),
      method({ name: M('__iter__'), doc: 'Implement iter(self).', params: [] }, (f: PyFile) => f, slotWrapper(0)),
      method({ name: M('__next__'), doc: 'Implement next(self): the next line.', params: [] }, (f: PyFile) => {
        const line = f.readLineValue(-1);
        if (line === '' || (line instanceof PyBytes && line.data.length === 0)) throw new PyExceptionObj(E.StopIteration, []);
        return line;
      }, slotWrapper(0)),
    ]);
    return PyFile.table;
  }

  getattr(name: string): PyValue | undefined {
    const bound = PyFile.methods().get(this, name);
    if (bound) return bound;
    switch (name) {
      case 'closed': return this.closed;
      case 'name': return this.name;
      case 'mode': return this.mode.text;
      case 'encoding': return this.textOpts ? this.textOpts.encodingName : undefined;
      case 'errors': return this.textOpts ? this.textOpts.errors : undefined;
      case 'newlines': return null;
    }
    return undefined;
  }
}

function fileExists(path: string): PyExceptionObj {
  return new PyExceptionObj(E.FileExistsError, [17, 'File exists', path]);
}

/** Flushes every file the cell left open (called when a cell finishes). */
export function flushOpenFiles(): void {
  for (const f of [...openFiles]) { try { if (!f.closed) f.flush(); } catch { /* reported on the next explicit use */ } }
  for (const w of [...cellEndFlushers]) { try { w.flush(); } catch { /* reported on the next explicit use */ } }
}
