// Methods of bytes and bytearray (CPython 3.11's names, parameters and error texts), the two
// constructors, and bytes.fromhex. A method of bytes returns bytes; of bytearray, bytearray.
import { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, PyClassMethod, PyMethodDescr } from '../objects/callables';
import { PyList, PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { E, pyException, typeError, valueError } from '../exceptions';
import { parseArgs } from '../builtins/args';
import { decode, encode, lookupEncoding, lookupErrors } from '../io/codecs';
import {
  BytesLike, PyByteArray, PyBytes, bytearrayType, bytesFromValue, bytesOf, bytesType, byteValue, concatBytes,
  indexOfBytes, lastIndexOfBytes, needBytes,
} from './bytes';
import { toArray } from './iteration';
import { indexValue, toIndex } from './numbers';
import { sliceIndex } from './subscript';
import { typeOf } from './type-name';

type Method = (self: BytesLike, args: PyValue[], kw: Kwargs) => PyValue;

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
const isSpace = (c: number) => WHITESPACE.has(c);

/** The needle of find/count/index: bytes-like or an int in range(256). */
function needle(v: PyValue | undefined, fn: string): Uint8Array {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return Uint8Array.of(byteValue(v));
  const b = bytesOf(v ?? null);
  if (!b) throw typeError(`argument should be integer or bytes-like object, not '${typeOf(v ?? null).name}'`);
  void fn;
  return b;
}

/** start/end arguments as CPython clamps them. */
function range(d: Uint8Array, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  const n = d.length;
  const norm = (x: PyValue | undefined, dflt: number) => {
    if (x === undefined || x === null) return dflt;
    let i = sliceIndex(x);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [norm(start, 0), norm(end, n)];
}

function find(self: BytesLike, args: PyValue[], kw: Kwargs, fn: string, last: boolean): number {
  const [sub, start, end] = parseArgs(fn, args, kw, ['sub', 'start', 'end'], 1);
  const d = self.data, s = needle(sub, fn);
  const [a, b] = range(d, start, end);
  return last ? lastIndexOfBytes(d, s, a, b) : indexOfBytes(d, s, a, b);
}

function affix(self: BytesLike, args: PyValue[], kw: Kwargs, fn: 'startswith' | 'endswith'): boolean {
  const [prefix, start, end] = parseArgs(fn, args, kw, ['prefix', 'start', 'end'], 1);
  const d = self.data;
  const [a, b] = range(d, start, end);
  const options = prefix instanceof PyTuple ? prefix.items : [prefix!];
  for (const o of options) {
    const p = bytesOf(o);
    if (!p) throw typeError(`${fn} first arg must be bytes or a tuple of bytes, not ${typeOf(o).name}`);
    if (b - a < p.length) continue;
    const at = fn === 'startswith' ? a : b - p.length;
    if (indexOfBytes(d, p, at, at + p.length) === at) return true;
  }
  return false;
}

function strip(self: BytesLike, args: PyValue[], kw: Kwargs, fn: string, left: boolean, right: boolean): BytesLike {
  const [chars] = parseArgs(fn, args, kw, ['bytes'], 0);
  const d = self.data;
  const set = chars === undefined || chars === null ? null : new Set(needBytes(chars));
  const drop = (c: number) => (set ? set.has(c) : isSpace(c));
  let a = 0, b = d.length;
  if (left) while (a < b && drop(d[a])) a++;
  if (right) while (b > a && drop(d[b - 1])) b--;
  return self.make(d.slice(a, b));
}

function split(self: BytesLike, args: PyValue[], kw: Kwargs, fromRight: boolean): PyList {
  const [sepArg, maxArg] = parseArgs(fromRight ? 'rsplit' : 'split', args, kw, ['sep', 'maxsplit'], 0);
  const d = self.data;
  let max = maxArg === undefined ? -1 : toIndex(maxArg);
  if (max < 0) max = Infinity;
  const parts: Uint8Array[] = [];
  if (sepArg === undefined || sepArg === null) {
    // Runs of ASCII whitespace separate; no empty parts.
    const words: [number, number][] = [];
    let i = 0;
    while (i < d.length) {
      while (i < d.length && isSpace(d[i])) i++;
      if (i >= d.length) break;
      const s = i;
      while (i < d.length && !isSpace(d[i])) i++;
      words.push([s, i]);
    }
    if (words.length > max + 1) {
      if (fromRight) {
        const keep = words.slice(words.length - max);
        let headEnd = keep[0][0];
        while (headEnd > 0 && isSpace(d[headEnd - 1])) headEnd--;
        let headStart = 0;
        while (headStart < headEnd && isSpace(d[headStart])) headStart++;
        return new PyList([self.make(d.slice(headStart, headEnd)), ...keep.map(([s, e]) => self.make(d.slice(s, e)))]);
      }
      const keep = words.slice(0, max);
      let restStart = keep.length ? keep[keep.length - 1][1] : 0;
      while (restStart < d.length && isSpace(d[restStart])) restStart++;
      let restEnd = d.length;
      while (restEnd > restStart && isSpace(d[restEnd - 1])) restEnd--;
      return new PyList([...keep.map(([s, e]) => self.make(d.slice(s, e))), self.make(d.slice(restStart, restEnd))]);
    }
    return new PyList(words.map(([s, e]) => self.make(d.slice(s, e))));
  }
  const sep = needBytes(sepArg);
  if (sep.length === 0) throw valueError('empty separator');
  if (fromRight) {
    let end = d.length;
    while (parts.length < max) {
      const i = lastIndexOfBytes(d, sep, 0, end);
      if (i < 0) break;
      parts.unshift(d.slice(i + sep.length, end));
      end = i;
    }
    parts.unshift(d.slice(0, end));
  } else {
    let start = 0;
    while (parts.length < max) {
      const i = indexOfBytes(d, sep, start, d.length);
      if (i < 0) break;
      parts.push(d.slice(start, i));
      start = i + sep.length;
    }
    parts.push(d.slice(start));
  }
  return new PyList(parts.map(p => self.make(p)));
}

function mapBytes(self: BytesLike, f: (c: number) => number): BytesLike { return self.make(self.data.map(f)); }
const all = (self: BytesLike, test: (c: number) => boolean) => self.data.length > 0 && self.data.every(test);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;

const SHARED: Record<string, Method> = {
  decode: (self, args, kw) => {
    const [encoding, errors] = parseArgs('decode', args, kw, ['encoding', 'errors'], 0);
    return decode(self.data, lookupEncoding(encoding === undefined ? 'utf-8' : String(encoding)), lookupErrors(errors === undefined ? 'strict' : String(errors)));
  },
  hex: (self, args, kw) => {
    const [sep] = parseArgs('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
    const parts = Array.from(self.data, c => c.toString(16).padStart(2, '0'));
    return sep === undefined ? parts.join('') : parts.join(String(sep));
  },
  find: (self, a, kw) => find(self, a, kw, 'find', false),
  rfind: (self, a, kw) => find(self, a, kw, 'rfind', true),
  index: (self, a, kw) => { const i = find(self, a, kw, 'index', false); if (i < 0) throw valueError('subsection not found'); return i; },
  rindex: (self, a, kw) => { const i = find(self, a, kw, 'rindex', true); if (i < 0) throw valueError('subsection not found'); return i; },
  count: (self, args, kw) => {
    const [sub, start, end] = parseArgs('count', args, kw, ['sub', 'start', 'end'], 1);
    const d = self.data, s = needle(sub, 'count');
    const [a, b] = range(d, start, end);
    if (s.length === 0) return b - a + 1;
    let n = 0;
    for (let i = indexOfBytes(d, s, a, b); i >= 0; i = indexOfBytes(d, s, i + s.length, b)) n++;
    return n;
  },
  startswith: (self, a, kw) => affix(self, a, kw, 'startswith'),
  endswith: (self, a, kw) => affix(self, a, kw, 'endswith'),
  strip: (self, a, kw) => strip(self, a, kw, 'strip', true, true),
  lstrip: (self, a, kw) => strip(self, a, kw, 'lstrip', true, false),
  rstrip: (self, a, kw) => strip(self, a, kw, 'rstrip', false, true),
  split: (self, a, kw) => split(self, a, kw, false),
  rsplit: (self, a, kw) => split(self, a, kw, true),
  splitlines: (self, args, kw) => {
    const [keepends] = parseArgs('splitlines', args, kw, ['keepends'], 0);
    const d = self.data, out: BytesLike[] = [];
    let s = 0;
    for (let i = 0; i < d.length; i++) {
      if (d[i] !== 10 && d[i] !== 13) continue;
      const crlf = d[i] === 13 && d[i + 1] === 10;
      const endOfBreak = i + (crlf ? 2 : 1);
      out.push(self.make(d.slice(s, keepends ? endOfBreak : i)));
      s = endOfBreak;
      i = endOfBreak - 1;
    }
    if (s < d.length) out.push(self.make(d.slice(s)));
    return new PyList(out);
  },
  join: (self, args) => {
    const items = toArray(args[0]);
    const parts: Uint8Array[] = [];
    items.forEach((x, i) => {
      const b = bytesOf(x);
      if (!b) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
      if (i > 0) parts.push(self.data);
      parts.push(b);
    });
    return self.make(concatBytes(parts));
  },
  replace: (self, args, kw) => {
    const [oldArg, newArg, countArg] = parseArgs('replace', args, kw, ['old', 'new', 'count'], 2);
    const d = self.data, old = needBytes(oldArg!), rep = needBytes(newArg!);
    let left = countArg === undefined ? -1 : toIndex(countArg);
    const parts: Uint8Array[] = [];
    let start = 0;
    if (old.length === 0) {
      for (let i = 0; i <= d.length && left !== 0; i++, left--) { parts.push(d.slice(start, i), rep); start = i; }
      parts.push(d.slice(start));
      return self.make(concatBytes(parts));
    }
    for (let i = indexOfBytes(d, old, 0, d.length); i >= 0 && left !== 0; i = indexOfBytes(d, old, start, d.length), left--) {
      parts.push(d.slice(start, i), rep);
      start = i + old.length;
    }
    parts.push(d.slice(start));
    return self.make(concatBytes(parts));
  },
  partition: (self, args) => {
    const d = self.data, sep = needBytes(args[0]);
    const i = indexOfBytes(d, sep, 0, d.length);
    return new PyTuple(i < 0 ? [self.make(d.slice()), self.make(new Uint8Array(0)), self.make(new Uint8Array(0))] : [self.make(d.slice(0, i)), self.make(sep.slice()), self.make(d.slice(i + sep.length))]);
  },
  rpartition: (self, args) => {
    const d = self.data, sep = needBytes(args[0]);
    const i = lastIndexOfBytes(d, sep, 0, d.length);
    return new PyTuple(i < 0 ? [self.make(new Uint8Array(0)), self.make(new Uint8Array(0)), self.make(d.slice())] : [self.make(d.slice(0, i)), self.make(sep.slice()), self.make(d.slice(i + sep.length))]);
  },
  lower: self => mapBytes(self, c => (isUpper(c) ? c + 32 : c)),
  upper: self => mapBytes(self, c => (isLower(c) ? c - 32 : c)),
  isdigit: self => all(self, isDigit),
  isalpha: self => all(self, c => isLower(c) || isUpper(c)),
  isalnum: self => all(self, c => isLower(c) || isUpper(c) || isDigit(c)),
  isspace: self => all(self, isSpace),
  islower: self => self.data.some(isLower) && !self.data.some(isUpper),
  isupper: self => self.data.some(isUpper) && !self.data.some(isLower),
  ljust: (self, args) => pad(self, args, 'ljust'),
  rjust: (self, args) => pad(self, args, 'rjust'),
  __len__: self => self.data.length,
};

function pad(self: BytesLike, args: PyValue[], fn: string): BytesLike {
  const width = toIndex(args[0]);
  const fill = args.length > 1 ? needBytes(args[1]) : Uint8Array.of(0x20);
  if (fill.length !== 1) throw typeError(`${fn}() argument 2 must be a byte string of length 1, not bytes`);
  const d = self.data;
  if (d.length >= width) return self.make(d.slice());
  const padding = new Uint8Array(width - d.length).fill(fill[0]);
  return self.make(fn === 'ljust' ? concatBytes([d, padding]) : concatBytes([padding, d]));
}

const BYTEARRAY_ONLY: Record<string, (self: PyByteArray, args: PyValue[], kw: Kwargs) => PyValue> = {
  append: (self, args) => { const n = self.data.length; self.splice(n, n, Uint8Array.of(byteValue(args[0]))); return null; },
  extend: (self, args) => { const n = self.data.length; self.splice(n, n, bytesFromValue(args[0], "can't extend bytearray with " + typeOf(args[0]).name, toArray)); return null; },
  insert: (self, args) => {
    const n = self.data.length;
    let i = toIndex(args[0]);
    if (i < 0) i = Math.max(0, i + n);
    i = Math.min(i, n);
    self.splice(i, i, Uint8Array.of(byteValue(args[1])));
    return null;
  },
  pop: (self, args) => {
    const n = self.data.length;
    if (n === 0) throw pyException(E.IndexError, 'pop from empty bytearray');
    let i = args.length ? toIndex(args[0]) : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw pyException(E.IndexError, 'pop index out of range');
    const v = self.data[i];
    self.splice(i, i + 1, new Uint8Array(0));
    return v;
  },
  remove: (self, args) => {
    const i = self.data.indexOf(byteValue(args[0]));
    if (i < 0) throw valueError('value not found in bytearray');
    self.splice(i, i + 1, new Uint8Array(0));
    return null;
  },
  clear: self => { self.splice(0, self.data.length, new Uint8Array(0)); return null; },
  reverse: self => { const r = self.data.slice().reverse(); self.splice(0, r.length, r); return null; },
  copy: self => new PyByteArray(self.data),
};

/** bytes(source=b'', encoding=..., errors=...) and bytearray(...): CPython's accepted forms. */
function fromSource(kind: 'bytes' | 'bytearray', args: PyValue[], kw: Kwargs): Uint8Array {
  const [source, encoding, errors] = parseArgs(kind, args, kw, ['source', 'encoding', 'errors'], 0);
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array(0);
  }
  if (typeof source === 'string') {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    return encode(source, lookupEncoding(String(encoding)), lookupErrors(errors === undefined ? 'strict' : String(errors)));
  }
  if (encoding !== undefined) throw typeError('encoding without a string argument');
  if (errors !== undefined) throw typeError('errors without a string argument');
  if (typeof source === 'number' || typeof source === 'bigint' || typeof source === 'boolean') {
    const n = indexValue(source);
    if (typeof n === 'bigint' || n > 2 ** 31) throw pyException(E.OverflowError, 'cannot fit \'int\' into an index-sized integer');
    if (n < 0) throw valueError('negative count');
    return new Uint8Array(n);
  }
  return bytesFromValue(source, `cannot convert '${typeOf(source).name}' object to ${kind}`, v => {
    try { return toArray(v); } catch { throw typeError(`cannot convert '${typeOf(v).name}' object to ${kind}`); }
  });
}

function fromhex(cls: PyClass, text: PyValue): BytesLike {
  if (typeof text !== 'string') throw typeError(`fromhex() argument must be str, not ${typeOf(text).name}`);
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    if (text[i] === ' ') { i++; continue; }
    const pair = text.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${/^[0-9a-fA-F]/.test(pair) ? i + 1 : i}`);
    out.push(parseInt(pair, 16));
    i += 2;
  }
  const data = Uint8Array.from(out);
  return cls === bytearrayType ? new PyByteArray(data) : new PyBytes(data);
}

export function installBytesTypes(builtins: Map<string, PyValue>): void {
  for (const cls of [bytesType, bytearrayType]) {
    for (const [name, fn] of Object.entries(SHARED)) cls.dict.set(name, new PyMethodDescr(name, fn, cls));
    cls.dict.set('fromhex', new PyClassMethod(new PyBuiltin('fromhex', args => fromhex(args[0] as PyClass, args[1]))));
  }
  for (const [name, fn] of Object.entries(BYTEARRAY_ONLY)) bytearrayType.dict.set(name, new PyMethodDescr(name, fn, bytearrayType));
  bytesType.nativeNew = (_c, args, kw) => {
    if (args.length === 1 && (!kw || kw.size === 0) && args[0] instanceof PyBytes) return args[0];
    return new PyBytes(fromSource('bytes', args, kw));
  };
  bytearrayType.nativeNew = (_c, args, kw) => new PyByteArray(fromSource('bytearray', args, kw));
  builtins.set('bytes', bytesType);
  builtins.set('bytearray', bytearrayType);
}

/** str.encode(encoding='utf-8', errors='strict'). */
export function encodeStr(s: string, args: PyValue[], kw: Kwargs): PyBytes {
  const [encoding, errors] = parseArgs('encode', args, kw, ['encoding', 'errors'], 0);
  return new PyBytes(encode(s, lookupEncoding(encoding === undefined ? 'utf-8' : String(encoding)), lookupErrors(errors === undefined ? 'strict' : String(errors))));
}
