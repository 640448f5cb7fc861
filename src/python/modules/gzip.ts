// `gzip` and `zlib` over Node's zlib: gzip.open/GzipFile read and write .gz files through the
// session's FileSystem (or a file object), in binary or text mode; compress/decompress; crc32.
import * as zlib from 'zlib';
import { PyExceptionObj, PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { E, pyException, typeError, valueError } from '../exceptions';
import { constructorOf, entry, installTable, PYTHON_METHOD_MESSAGES, TableEntry } from '../bind';
import { PyBytes, bytesOf } from '../runtime/bytes';
import { callMethod } from '../runtime/call';
import { getAttrOpt } from '../runtime/attributes';
import { toIndex } from '../runtime/numbers';
import { typeOf } from '../runtime/type-name';
import { fakeAddress, repr } from '../runtime/repr';
import { hostClass } from '../host';
import { sessionFileSystem } from '../io/session-files';
import { decode, encode, lookupEncoding, lookupErrors } from '../io/codecs';
import { fspath } from './os/paths';
import { PyBytesIO, PyStringIO } from './io/memory';
import { registerModule } from './registry';
import { BadGzipFile, gunzip, gzipBytes } from './gzip_codec';

export { BadGzipFile };

export const zlibError = new PyClass('error', [E.Exception], 'zlib');

/** Where a GzipFile's bytes come from and go to: a path in the session's files, or a file object. */
type Target = { path: string } | { fileobj: PyValue };

const gzipFileClass = hostClass('GzipFile', 'gzip');

export class PyGzipFile extends PyBytesIO {
  constructor(private readonly target: Target, readonly writing: boolean, readonly name: PyValue, private readonly level: number, private readonly mtime: number | null, initial: Uint8Array) {
    super(initial);
  }
  override get type(): PyClass { return gzipFileClass; }
  override get pyTypeName(): string { return 'GzipFile'; }
  override repr(): string { return `<gzip ${repr(this.name)} ${fakeAddress(this)}>`; }

  finish(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.writing) return;
    writeTarget(this.target, gzipBytes(this.bytes, this.level, this.mtime));
  }
  override exit(): boolean { this.finish(); return false; }
  override close(): void { this.finish(); }
  override getattr(name: string): PyValue | undefined {
    if (name === 'name') return this.name;
    if (name === 'mode') return this.writing ? 2 : 1;
    return super.getattr(name);
  }
}

/** A text-mode .gz file being written: encoded and compressed when closed. */
class GzipTextWriter extends PyStringIO {
  constructor(private readonly target: Target, private readonly encoding: string, private readonly errors: string, newline: string | null, private readonly level: number) {
    super('', newline);
  }
  override get pyTypeName(): string { return 'TextIOWrapper'; }
  finish(): void {
    if (this.closed) return;
    this.closed = true;
    writeTarget(this.target, gzipBytes(encode(this.value(), lookupEncoding(this.encoding), lookupErrors(this.errors)), this.level, null));
  }
  override exit(): boolean { this.finish(); return false; }
  override close(): void { this.finish(); }
}

function writeTarget(t: Target, data: Uint8Array): void {
  if ('path' in t) sessionFileSystem().writeFile(t.path, data);
  else callMethod(t.fileobj, 'write', [new PyBytes(data)], null);
}

function readTarget(t: Target): Uint8Array {
  if ('path' in t) return sessionFileSystem().readFile(t.path);
  const raw = callMethod(t.fileobj, 'read', [], null);
  const b = bytesOf(raw);
  if (!b) throw typeError(`a bytes-like object is required, not '${typeOf(raw).name}'`);
  return b;
}

function targetOf(filename: PyValue, fileobj: PyValue): Target {
  if (fileobj !== null) return { fileobj };
  if (filename === null) throw typeError('GzipFile() needs a filename or a fileobj');
  if (getAttrOpt(filename, 'read') !== undefined || getAttrOpt(filename, 'write') !== undefined) return { fileobj: filename };
  return { path: fspath(filename) };
}

function makeGzipFile(filename: PyValue, mode: string, level: number, fileobj: PyValue, mtime: number | null): PyGzipFile {
  const m = mode.replace('b', '');
  if (!['r', 'w', 'a', 'x'].includes(m)) throw valueError(`Invalid mode: '${mode}'`);
  const target = targetOf(filename, fileobj);
  const name = 'path' in target ? filename : (getAttrOpt(fileobj ?? filename, 'name') ?? '');
  if (m === 'r') return new PyGzipFile(target, false, name, level, mtime, gunzip(readTarget(target)));
  if (m === 'x' && 'path' in target && sessionFileSystem().exists(target.path)) throw new PyExceptionObj(E.FileExistsError, [17, 'File exists', target.path]);
  if (m === 'a') throw pyException(E.NotImplementedError, "gzip: append mode 'a' is not supported by Gradbook");
  return new PyGzipFile(target, true, name, level, mtime, new Uint8Array(0));
}

/** GzipFile is a Python class in CPython: call errors name `GzipFile.__init__()` and count self. */
export const GZIP_FILE_CONSTRUCTOR = constructorOf({
  name: 'gzip.GzipFile', doc: 'A file object over gzip-compressed bytes: a path in the session\'s files or a file object (fileobj).',
  params: [{ name: 'filename', default: null }, { name: 'mode', default: null }, { name: 'compresslevel', default: 9 }, { name: 'fileobj', default: null }, { name: 'mtime', default: null }],
}, a => makeGzipFile(a.filename as PyValue, typeof a.mode === 'string' ? a.mode : 'rb', a.compresslevel === null ? 9 : toIndex(a.compresslevel as PyValue), a.fileobj as PyValue,
  a.mtime === null ? null : toIndex(a.mtime as PyValue)), PYTHON_METHOD_MESSAGES);
gzipFileClass.nativeNew = (_c, args, kw) => GZIP_FILE_CONSTRUCTOR.construct(args, kw);

export const GZIP_TABLE: readonly TableEntry[] = [
  entry({
    name: 'gzip.open', doc: 'Opens a gzip-compressed file in binary (rb, wb) or text (rt, wt) mode.',
    params: [{ name: 'filename' }, { name: 'mode', default: 'rb', type: 'str' }, { name: 'compresslevel', default: 9, type: 'int' },
      { name: 'encoding', default: null }, { name: 'errors', default: null }, { name: 'newline', default: null }],
  }, a => {
    const mode = a.mode as string;
    const text = mode.includes('t');
    if (!text && (a.encoding !== null || a.errors !== null || a.newline !== null)) throw valueError(`Argument '${a.encoding !== null ? 'encoding' : a.errors !== null ? 'errors' : 'newline'}' not supported in binary mode`);
    if (text && mode.includes('b')) throw valueError(`Invalid mode: '${mode}'`);
    const encoding = typeof a.encoding === 'string' ? a.encoding : 'utf-8', errors = typeof a.errors === 'string' ? a.errors : 'strict';
    const newline = a.newline as string | null;
    if (text && mode.includes('w')) return new GzipTextWriter(targetOf(a.filename as PyValue, null), encoding, errors, newline, a.compresslevel as number);
    const f = makeGzipFile(a.filename as PyValue, mode.replace('t', ''), a.compresslevel as number, null, null);
    if (!text) return f;
    return new PyStringIO(decode(f.bytes, lookupEncoding(encoding), lookupErrors(errors)), newline);
  }),
  entry({ name: 'gzip.compress', doc: 'The gzip-compressed form of data.', params: [{ name: 'data' }, { name: 'compresslevel', default: 9, type: 'int' }, { name: 'mtime', default: null, kind: 'keyword' }] }, a => {
    const data = bytesOf(a.data as PyValue);
    if (!data) throw typeError(`a bytes-like object is required, not '${typeOf(a.data as PyValue).name}'`);
    return new PyBytes(gzipBytes(data, a.compresslevel as number, a.mtime === null ? null : toIndex(a.mtime as PyValue)));
  }),
  entry({ name: 'gzip.decompress', doc: 'The data of gzip-compressed bytes (all members).', params: [{ name: 'data' }] }, a => {
    const data = bytesOf(a.data as PyValue);
    if (!data) throw typeError(`a bytes-like object is required, not '${typeOf(a.data as PyValue).name}'`);
    return new PyBytes(gunzip(data));
  }),
];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();

export function crc32(data: Uint8Array, start: number): number {
  let c = (start ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff, b = (start >>> 16) & 0xffff;
  for (let i = 0; i < data.length; i++) { a = (a + data[i]) % 65521; b = (b + a) % 65521; }
  return ((b << 16) | a) >>> 0;
}

const need = (v: unknown) => {
  const b = bytesOf(v as PyValue);
  if (!b) throw typeError(`a bytes-like object is required, not '${typeOf(v as PyValue).name}'`);
  return b;
};

export const ZLIB_TABLE: readonly TableEntry[] = [
  entry({ name: 'zlib.compress', doc: 'zlib-compressed data.', params: [{ name: 'data', kind: 'positional' }, { name: 'level', default: -1, type: 'int' }, { name: 'wbits', default: 15, type: 'int' }] }, a => {
    const w = a.wbits as number;
    const opts = { level: a.level as number, windowBits: Math.abs(w) > 15 ? w - 16 : Math.abs(w) };
    const out = w > 15 ? zlib.gzipSync(need(a.data), opts) : w < 0 ? zlib.deflateRawSync(need(a.data), opts) : zlib.deflateSync(need(a.data), opts);
    return new PyBytes(new Uint8Array(out));
  }),
  entry({ name: 'zlib.decompress', doc: 'The data of zlib (wbits 15), raw (negative) or gzip (wbits 31, or 47 to detect) compressed bytes.', params: [{ name: 'data', kind: 'positional' }, { name: 'wbits', default: 15, type: 'int' }, { name: 'bufsize', default: 16384, type: 'int' }] }, a => {
    const w = a.wbits as number, data = need(a.data);
    try {
      const out = w < 0 ? zlib.inflateRawSync(data) : w > 31 ? zlib.unzipSync(data) : w > 15 ? zlib.gunzipSync(data) : zlib.inflateSync(data);
      return new PyBytes(new Uint8Array(out));
    } catch (e) {
      throw new PyExceptionObj(zlibError, [`Error -3 while decompressing data: ${(e as Error).message}`]);
    }
  }),
  entry({ name: 'zlib.crc32', doc: 'The CRC-32 checksum of data, continuing from value.', params: [{ name: 'data', kind: 'positional' }, { name: 'value', default: 0, kind: 'positional', type: 'int' }] },
    a => crc32(need(a.data), a.value as number)),
  entry({ name: 'zlib.adler32', doc: 'The Adler-32 checksum of data, continuing from value.', params: [{ name: 'data', kind: 'positional' }, { name: 'value', default: 1, kind: 'positional', type: 'int' }] },
    a => adler32(need(a.data), a.value as number)),
];

registerModule('gzip', () => {
  const m = new PyModule('gzip');
  installTable(m, GZIP_TABLE);
  m.set('GzipFile', gzipFileClass).set('BadGzipFile', BadGzipFile).set('READ', 1).set('WRITE', 2);
  return m;
});

registerModule('zlib', () => {
  const m = new PyModule('zlib');
  installTable(m, ZLIB_TABLE);
  m.set('error', zlibError).set('MAX_WBITS', 15).set('DEFLATED', 8).set('DEF_MEM_LEVEL', 8).set('DEF_BUF_SIZE', 16384);
  for (const [k, v] of Object.entries({ Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_DEFAULT_STRATEGY: 0 })) m.set(k, v);
  return m;
});

