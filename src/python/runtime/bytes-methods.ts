// Methods of bytes and bytearray (CPython 3.11's names, parameters and error texts), the two
// constructors, and bytes.fromhex. A method of bytes returns bytes; of bytearray, bytearray.
import { PyValue, Kwargs } from '../objects/core';
import { PyBuiltin, PyClassMethod, PyMethodDescr } from '../objects/callables';
import { PyList, PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { E, pyException, typeError, valueError } from '../exceptions';
import { cConstructor, cm, CArgs, CMethod, installCMethods } from '../builtins/native_methods';
import { comparisonMethods } from '../builtins/compare-methods';
import { truthy } from './truth';
import { decode, encode, lookupEncoding, lookupErrors } from '../io/codecs';
import {
  BytesLike, PyByteArray, PyBytes, bytearrayType, bytesFromValue, bytesOf, bytesType, byteValue, concatBytes,
  indexOfBytes, lastIndexOfBytes, needBytes,
} from './bytes';
import { toArray } from './iteration';
import { indexValue, toIndex } from './numbers';
import { sliceIndex } from './subscript';
import { typeOf } from './type-name';

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

function find(self: BytesLike, args: CArgs, fn: string, last: boolean): number {
  const d = self.data, s = needle(args.sub, fn);
  const [a, b] = range(d, args.start, args.end);
  return last ? lastIndexOfBytes(d, s, a, b) : indexOfBytes(d, s, a, b);
}

function affix(self: BytesLike, prefix: PyValue, args: CArgs, fn: 'startswith' | 'endswith'): boolean {
  const d = self.data;
  const [a, b] = range(d, args.start, args.end);
  const options = prefix instanceof PyTuple ? prefix.items : [prefix];
  for (const o of options) {
    const p = bytesOf(o);
    if (!p) throw typeError(`${fn} first arg must be bytes or a tuple of bytes, not ${typeOf(o).name}`);
    if (b - a < p.length) continue;
    const at = fn === 'startswith' ? a : b - p.length;
    if (indexOfBytes(d, p, at, at + p.length) === at) return true;
  }
  return false;
}

function strip(self: BytesLike, chars: PyValue | undefined, left: boolean, right: boolean): BytesLike {
  const d = self.data;
  const set = chars === undefined || chars === null ? null : new Set(needBytes(chars));
  const drop = (c: number) => (set ? set.has(c) : isSpace(c));
  let a = 0, b = d.length;
  if (left) while (a < b && drop(d[a])) a++;
  if (right) while (b > a && drop(d[b - 1])) b--;
  return self.make(d.slice(a, b));
}

function split(self: BytesLike, sepArg: PyValue | undefined, maxArg: PyValue, fromRight: boolean): PyList {
  const d = self.data;
  let max = toIndex(maxArg);
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

function splitlines(self: BytesLike, keepends: boolean): PyList {
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
}

function join(self: BytesLike, iterable: PyValue): BytesLike {
  const parts: Uint8Array[] = [];
  toArray(iterable).forEach((x, i) => {
    const b = bytesOf(x);
    if (!b) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
    if (i > 0) parts.push(self.data);
    parts.push(b);
  });
  return self.make(concatBytes(parts));
}

function replace(self: BytesLike, a: CArgs): BytesLike {
  const d = self.data, old = needBytes(a.old!), rep = needBytes(a.new!);
  let left = toIndex(a.count!);
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
}

function count(self: BytesLike, a: CArgs): number {
  const d = self.data, s = needle(a.sub, 'count');
  const [x, y] = range(d, a.start, a.end);
  if (s.length === 0) return y - x + 1;
  let n = 0;
  for (let i = indexOfBytes(d, s, x, y); i >= 0; i = indexOfBytes(d, s, i + s.length, y)) n++;
  return n;
}

/**
 * bytes.hex(sep, bytes_per_sep=1): a separator every |bytes_per_sep| bytes, counted from the right
 * when positive and from the left when negative (CPython's rule).
 */
function hex(self: BytesLike, a: CArgs): string {
  const digits = Array.from(self.data, c => c.toString(16).padStart(2, '0'));
  if (a.sep === undefined) return digits.join('');
  const sep = typeof a.sep === 'string' ? a.sep : bytesOf(a.sep) ? String.fromCharCode(...bytesOf(a.sep)!) : null;
  if (sep === null) throw typeError(`sep must be str or bytes.`);
  if (sep.length !== 1) throw valueError('sep must be length 1.');
  const per = toIndex(a.bytes_per_sep!), step = Math.abs(per);
  if (step === 0 || digits.length === 0) return digits.join('');
  const groups: string[] = [];
  if (per > 0) for (let end = digits.length; end > 0; end -= step) groups.unshift(digits.slice(Math.max(0, end - step), end).join(''));
  else for (let i = 0; i < digits.length; i += step) groups.push(digits.slice(i, i + step).join(''));
  return groups.join(sep);
}

function partition(self: BytesLike, sepArg: PyValue, last: boolean): PyTuple {
  const d = self.data, sep = needBytes(sepArg), empty = () => self.make(new Uint8Array(0));
  const i = last ? lastIndexOfBytes(d, sep, 0, d.length) : indexOfBytes(d, sep, 0, d.length);
  if (i < 0) return new PyTuple(last ? [empty(), empty(), self.make(d.slice())] : [self.make(d.slice()), empty(), empty()]);
  return new PyTuple([self.make(d.slice(0, i)), self.make(sep.slice()), self.make(d.slice(i + sep.length))]);
}

const FIND = '(sub, start=None, end=None, /)';
const NOARGS = '()';

/** Methods bytes and bytearray share (CPython 3.11's signatures); each returns its own type. */
const SHARED: readonly CMethod<BytesLike>[] = [
  cm('clinic', 'decode', "(encoding='utf-8', errors='strict')", 'Decode the bytes using the codec registered for encoding.',
    (self, a) => decode(self.data, lookupEncoding(String(a.encoding)), lookupErrors(String(a.errors)))),
  cm('clinic', 'hex', '(sep=<unrepresentable>, bytes_per_sep=1)', 'Create a string of hexadecimal numbers, optionally with a separator between groups of bytes.', hex),
  cm('tuple', 'find', FIND, 'Return the lowest index where subsection sub is found, -1 on failure.', (self, a) => find(self, a, 'find', false)),
  cm('tuple', 'rfind', FIND, 'Return the highest index where subsection sub is found, -1 on failure.', (self, a) => find(self, a, 'rfind', true)),
  cm('tuple', 'index', FIND, 'Like find() but raise ValueError when the subsection is not found.',
    (self, a) => { const i = find(self, a, 'index', false); if (i < 0) throw valueError('subsection not found'); return i; }),
  cm('tuple', 'rindex', FIND, 'Like rfind() but raise ValueError when the subsection is not found.',
    (self, a) => { const i = find(self, a, 'rindex', true); if (i < 0) throw valueError('subsection not found'); return i; }),
  cm('tuple', 'count', FIND, 'Return the number of non-overlapping occurrences of subsection sub.', count),
  cm('tuple', 'startswith', '(prefix, start=None, end=None, /)', 'Return True if the bytes start with the prefix (bytes or a tuple of them).', (self, a) => affix(self, a.prefix!, a, 'startswith')),
  cm('tuple', 'endswith', '(suffix, start=None, end=None, /)', 'Return True if the bytes end with the suffix (bytes or a tuple of them).', (self, a) => affix(self, a.suffix!, a, 'endswith')),
  cm('positional', 'strip', '(bytes=None, /)', 'Strip leading and trailing bytes contained in the argument (whitespace by default).', (self, a) => strip(self, a.bytes, true, true)),
  cm('positional', 'lstrip', '(bytes=None, /)', 'Strip leading bytes contained in the argument (whitespace by default).', (self, a) => strip(self, a.bytes, true, false)),
  cm('positional', 'rstrip', '(bytes=None, /)', 'Strip trailing bytes contained in the argument (whitespace by default).', (self, a) => strip(self, a.bytes, false, true)),
  cm('clinic', 'split', '(sep=None, maxsplit=-1)', 'Return a list of the sections in the bytes, using sep as the delimiter.', (self, a) => split(self, a.sep, a.maxsplit!, false)),
  cm('clinic', 'rsplit', '(sep=None, maxsplit=-1)', 'Return a list of the sections in the bytes, splitting from the right.', (self, a) => split(self, a.sep, a.maxsplit!, true)),
  cm('clinic', 'splitlines', '(keepends=False)', 'Return a list of the lines in the bytes, breaking at line boundaries.', (self, a) => splitlines(self, truthy(a.keepends!))),
  cm('O', 'join', '(iterable_of_bytes, /)', 'Concatenate any number of bytes objects, with self between them.', (self, a) => join(self, a.iterable_of_bytes!)),
  cm('positional', 'replace', '(old, new, count=-1, /)', 'Return a copy with all occurrences of substring old replaced by new.', replace),
  cm('O', 'partition', '(sep, /)', 'Partition the bytes into three parts using the given separator.', (self, a) => partition(self, a.sep!, false)),
  cm('O', 'rpartition', '(sep, /)', 'Partition the bytes into three parts, searching for the separator from the end.', (self, a) => partition(self, a.sep!, true)),
  cm('noargs', 'lower', NOARGS, 'Return a copy with all ASCII characters converted to lowercase.', self => mapBytes(self, c => (isUpper(c) ? c + 32 : c))),
  cm('noargs', 'upper', NOARGS, 'Return a copy with all ASCII characters converted to uppercase.', self => mapBytes(self, c => (isLower(c) ? c - 32 : c))),
  cm('noargs', 'isdigit', NOARGS, 'Return True if all bytes are ASCII digits and there is at least one.', self => all(self, isDigit)),
  cm('noargs', 'isalpha', NOARGS, 'Return True if all bytes are ASCII letters and there is at least one.', self => all(self, c => isLower(c) || isUpper(c))),
  cm('noargs', 'isalnum', NOARGS, 'Return True if all bytes are ASCII letters or digits and there is at least one.', self => all(self, c => isLower(c) || isUpper(c) || isDigit(c))),
  cm('noargs', 'isspace', NOARGS, 'Return True if all bytes are ASCII whitespace and there is at least one.', self => all(self, isSpace)),
  cm('noargs', 'islower', NOARGS, 'Return True if there is a lowercase ASCII letter and no uppercase one.', self => self.data.some(isLower) && !self.data.some(isUpper)),
  cm('noargs', 'isupper', NOARGS, 'Return True if there is an uppercase ASCII letter and no lowercase one.', self => self.data.some(isUpper) && !self.data.some(isLower)),
  cm('positional', 'ljust', "(width, fillchar=b' ', /)", 'Return a left-justified copy of length width.', (self, a) => pad(self, a, 'ljust')),
  cm('positional', 'rjust', "(width, fillchar=b' ', /)", 'Return a right-justified copy of length width.', (self, a) => pad(self, a, 'rjust')),
  cm('O', 'fromhex', '(string, /)', 'Create a bytes object from a string of hexadecimal numbers.', (cls, a) => fromhex(cls as unknown as PyClass, a.string!), { classMethod: true }),
  cm('wrapper', '__len__', NOARGS, 'Return len(self).', self => self.data.length),
];

function pad(self: BytesLike, a: CArgs, fn: string): BytesLike {
  const width = toIndex(a.width!);
  const fill = a.fillchar === undefined ? Uint8Array.of(0x20) : needBytes(a.fillchar);
  if (fill.length !== 1) throw typeError(`${fn}() argument 2 must be a byte string of length 1, not bytes`);
  const d = self.data;
  if (d.length >= width) return self.make(d.slice());
  const padding = new Uint8Array(width - d.length).fill(fill[0]);
  return self.make(fn === 'ljust' ? concatBytes([d, padding]) : concatBytes([padding, d]));
}

function pop(self: PyByteArray, index: PyValue): number {
  const n = self.data.length;
  if (n === 0) throw pyException(E.IndexError, 'pop from empty bytearray');
  let i = toIndex(index);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw pyException(E.IndexError, 'pop index out of range');
  const v = self.data[i];
  self.splice(i, i + 1, new Uint8Array(0));
  return v;
}

function insert(self: PyByteArray, index: PyValue, item: PyValue): null {
  const n = self.data.length;
  let i = toIndex(index);
  if (i < 0) i = Math.max(0, i + n);
  i = Math.min(i, n);
  self.splice(i, i, Uint8Array.of(byteValue(item)));
  return null;
}

const BYTEARRAY_ONLY: readonly CMethod<PyByteArray>[] = [
  cm('O', 'append', '(item, /)', 'Append a single item to the end of the bytearray.', (self, a) => { const n = self.data.length; self.splice(n, n, Uint8Array.of(byteValue(a.item!))); return null; }),
  cm('O', 'extend', '(iterable_of_ints, /)', 'Append all the items from the iterator or sequence to the end of the bytearray.', (self, a) => {
    const src = a.iterable_of_ints!, n = self.data.length;
    self.splice(n, n, bytesFromValue(src, "can't extend bytearray with " + typeOf(src).name, toArray));
    return null;
  }),
  cm('positional', 'insert', '(index, item, /)', 'Insert a single item into the bytearray before the given index.', (self, a) => insert(self, a.index!, a.item!)),
  cm('positional', 'pop', '(index=-1, /)', 'Remove and return a single item from the bytearray.', (self, a) => pop(self, a.index!)),
  cm('O', 'remove', '(value, /)', 'Remove the first occurrence of a value in the bytearray.', (self, a) => {
    const i = self.data.indexOf(byteValue(a.value!));
    if (i < 0) throw valueError('value not found in bytearray');
    self.splice(i, i + 1, new Uint8Array(0));
    return null;
  }),
  cm('noargs', 'clear', NOARGS, 'Remove all items from the bytearray.', self => { self.splice(0, self.data.length, new Uint8Array(0)); return null; }),
  cm('noargs', 'reverse', NOARGS, 'Reverse the order of the values in the bytearray in place.', self => { const r = self.data.slice().reverse(); self.splice(0, r.length, r); return null; }),
  cm('noargs', 'copy', NOARGS, 'Return a copy of the bytearray.', self => new PyByteArray(self.data)),
];

/** bytes(source=b'', encoding=..., errors=...) and bytearray(...): CPython's accepted forms. */
function fromSource(kind: 'bytes' | 'bytearray', a: CArgs): Uint8Array {
  const { source, encoding, errors } = a;
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

const SOURCE = '(source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)';

/** bytes(...) and bytearray(...): Argument Clinic parses both. */
export const BYTES_CONSTRUCTORS = [
  cConstructor('clinic', 'bytes', SOURCE, 'Construct an immutable array of bytes from an iterable of ints, a str and an encoding, a size, or a bytes-like object.',
    (_cls, a) => (a.source instanceof PyBytes && a.encoding === undefined && a.errors === undefined ? a.source : new PyBytes(fromSource('bytes', a)))),
  cConstructor('clinic', 'bytearray', SOURCE, 'Construct a mutable bytearray from an iterable of ints, a str and an encoding, a size, or a bytes-like object.',
    (_cls, a) => new PyByteArray(fromSource('bytearray', a))),
];

// bytes compares with bytes only, bytearray with either: b'a'.__eq__(bytearray(b'a')) and
// b'a'.__eq__('a') are NotImplemented, bytearray(b'a').__eq__(b'a') is True.
const BYTES_COMPARISONS = comparisonMethods<BytesLike>(v => v instanceof PyBytes);
const BYTEARRAY_COMPARISONS = comparisonMethods<BytesLike>(v => v instanceof BytesLike);

/** The method tables by owner, for docs/API.md. */
export const BYTES_METHOD_TABLES: readonly { owner: string; methods: readonly CMethod<never>[] }[] = [
  { owner: 'bytes', methods: [...SHARED, ...BYTES_COMPARISONS] as readonly CMethod<never>[] },
  { owner: 'bytearray', methods: [...SHARED, ...BYTEARRAY_ONLY, ...BYTEARRAY_COMPARISONS] as readonly CMethod<never>[] },
];

export function installBytesTypes(builtins: Map<string, PyValue>): void {
  for (const cls of [bytesType, bytearrayType]) installCMethods(cls, SHARED);
  installCMethods(bytearrayType, BYTEARRAY_ONLY);
  installCMethods(bytesType, BYTES_COMPARISONS);
  installCMethods(bytearrayType, BYTEARRAY_COMPARISONS);
  bytesType.nativeNew = BYTES_CONSTRUCTORS[0].construct;
  bytearrayType.nativeNew = BYTES_CONSTRUCTORS[1].construct;
  builtins.set('bytes', bytesType);
  builtins.set('bytearray', bytearrayType);
}

/** str.encode(encoding='utf-8', errors='strict'). */
export function encodeStr(s: string, encoding: PyValue, errors: PyValue): PyBytes {
  return new PyBytes(encode(s, lookupEncoding(String(encoding)), lookupErrors(String(errors))));
}
