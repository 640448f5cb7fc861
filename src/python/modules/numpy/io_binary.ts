// np.save / np.load / np.savez / np.savez_compressed in NumPy's own formats (.npy, .npz), so
// arrays move between Gradbook and NumPy both ways. The .npy bytes come from the core
// (src/numpy/io/npy_format.ts); the zip container and deflate live on this side of the seam
// (zip_archive.ts). np.load of a .npz returns an NpzFile: `.files`, `npz['x']`, `with`, close().
import type { PyValue, Kwargs } from '../../objects/core';
import { PyExceptionObj } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { HostObject, hostClass } from '../../host';
import { entry, method, MethodTable, TableEntry, MethodEntry } from '../../bind';
import { E, pyException, valueError } from '../../exceptions';
import { fakeAddress, repr } from '../../runtime/repr';
import { fspath } from '../os/paths';
import type { NDArray } from '../../../engine';
import { decodeNpyData, encodeNpy, fromRawBytes, isNpy, npyWithPayload, parseDescr, readNpyHeader, type NpyHeader } from '../../../numpy/io/npy_format';
import { shapeSize } from '../../../engine';
import { holdsText, PyStringArray } from './string_array';
import { textArray } from './string_casts';
import type { DType } from '../../../engine';
import { Unpickler } from '../pickle/unpickler';
import { UnpicklingError } from '../pickle/errors';
import { PyBytes } from '../../runtime/bytes';
import { wrapResult, toNDArray } from './convert';
import { withNumpyErrors } from './errors';
import { isPathLike, readBytes, writeBytes } from './text_source';
import { readZip, writeZip, ZipMember } from './zip_archive';

interface LoadOptions { allowPickle: boolean; fixImports: boolean; encoding: string; maxHeaderSize: number }

function unpickle(data: Uint8Array, o: LoadOptions): PyValue {
  return new Unpickler(data, { fixImports: o.fixImports, encoding: o.encoding, errors: 'strict' }).load();
}

/** The array one .npy file holds (object arrays only with allow_pickle, through pickle). */
function loadNpy(bytes: Uint8Array, o: LoadOptions): PyValue {
  return withNumpyErrors(() => {
    const header = readNpyHeader(bytes, o.allowPickle ? Infinity : o.maxHeaderSize);
    const info = parseDescr(header.descr);
    if ('unsupported' in info) {
      const text = /^([<|=]?)([US])(\d+)$/.exec(info.unsupported);
      if (text) return loadText(bytes, header, text[2] as 'U' | 'S', Number(text[3]));
      if (/^\|?O$/.test(info.unsupported)) {
        if (!o.allowPickle) throw valueError('Object arrays cannot be loaded when allow_pickle=False');
        return unpickle(bytes.subarray(header.dataStart), o);
      }
      throw pyException(E.NotImplementedError, `np.load of dtype '${info.unsupported}' is not supported by Gradbook (numeric, bool and little-endian string dtypes only)`);
    }
    return wrapResult(decodeNpyData(bytes, header, info));
  });
}

/** A '<U<n>' (UTF-32LE code points) or '|S<n>' .npy's string array; trailing NULs end each element, as in NumPy. */
function loadText(bytes: Uint8Array, h: NpyHeader, kind: 'U' | 'S', width: number): PyStringArray {
  if (h.fortranOrder && h.shape.length > 1) throw pyException(E.NotImplementedError, 'np.load of a Fortran-order string array is not supported by Gradbook');
  const n = shapeSize(h.shape), size = kind === 'U' ? 4 * width : width;
  if (bytes.length - h.dataStart < n * size) throw valueError(`cannot reshape array of size ${Math.floor((bytes.length - h.dataStart) / Math.max(1, size))} into shape (${h.shape.join(', ')}${h.shape.length === 1 ? ',' : ''})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset + h.dataStart, n * size);
  const items: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    if (kind === 'S') {
      let end = width;
      while (end > 0 && bytes[h.dataStart + i * size + end - 1] === 0) end--;
      items.push(new PyBytes(bytes.slice(h.dataStart + i * size, h.dataStart + i * size + end)));
    } else {
      const codes: number[] = [];
      for (let k = 0; k < width; k++) codes.push(view.getUint32(i * size + 4 * k, true));
      while (codes.length && codes[codes.length - 1] === 0) codes.pop();
      items.push(String.fromCodePoint(...codes));
    }
  }
  return new PyStringArray(items, h.shape.slice(), kind, width);
}

/** np.save's bytes for a string array: descr '<U<n>' with n UTF-32LE code points per element, or '|S<n>'. */
function textNpy(a: PyStringArray): Uint8Array {
  const size = a.kind === 'U' ? 4 * a.width : a.width;
  return npyWithPayload(a.dtype.text, a.shape, a.items.length * size, (view, at) => {
    a.items.forEach((x, i) => {
      const base = at + i * size;
      if (typeof x === 'string') [...x].forEach((c, k) => view.setUint32(base + 4 * k, c.codePointAt(0)!, true));
      else (x as PyBytes).data.forEach((b, k) => view.setUint8(base + k, b));
    });
  });
}

/** The .npy bytes of what np.save / np.savez are given: string arrays (and lists of text) or numeric arrays. */
function arrayNpy(v: PyValue): Uint8Array {
  if (holdsText(v)) {
    const t = v instanceof PyStringArray ? v : textArray(v, null);
    if (t instanceof PyStringArray) return textNpy(t);
  }
  return npyBytes(toNDArray(v));
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04], EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (b: Uint8Array, m: number[]) => b.length >= m.length && m.every((x, i) => b[i] === x);

export const npzFileClass = hostClass('NpzFile', 'numpy.lib.npyio');

/** A loaded .npz: members are decoded on first access, as NumPy's lazy NpzFile does. */
export class PyNpzFile extends HostObject {
  private readonly members = new Map<string, Uint8Array>();
  /** Member names with .npy dropped (NumPy's `files`). */
  readonly names: string[];
  closed = false;
  constructor(entries: readonly ZipMember[], private readonly options: LoadOptions, private readonly source: PyValue) {
    super();
    for (const m of entries) this.members.set(m.name, m.data);
    this.names = entries.map(m => (m.name.endsWith('.npy') ? m.name.slice(0, -4) : m.name));
  }
  override get type() { return npzFileClass; }
  override repr(): string { return `<numpy.lib.npyio.NpzFile object at ${fakeAddress(this)}>`; }

  load(key: PyValue): PyValue {
    const name = typeof key === 'string' ? key : null;
    const member = name === null ? undefined : this.members.get(name) ?? (this.names.includes(name) ? this.members.get(name + '.npy') : undefined);
    if (member === undefined) throw pyException(E.KeyError, `${typeof key === 'string' ? key : repr(key)} is not a file in the archive`);
    if (this.closed) throw valueError('attempt to read a closed NpzFile');
    // Members that are not .npy files come back as their raw bytes, as NumPy's NpzFile does.
    return isNpy(member) ? loadNpy(member, this.options) : new PyBytes(member.slice());
  }
  getitem(key: PyValue): PyValue { return this.load(key); }
  contains(key: PyValue): boolean { return typeof key === 'string' && this.names.includes(key); }
  iter(): Iterable<PyValue> { return this.names.slice(); }
  len(): number { return this.names.length; }
  enter(): PyValue { return this; }
  exit(): boolean { this.closed = true; return false; }
  getattr(name: string): PyValue | undefined {
    if (name === 'files') return new PyList(this.names.slice());
    if (name === 'fid') return this.source;
    if (name === 'allow_pickle') return this.options.allowPickle;
    return NPZ_METHODS.get(this, name);
  }
}

const NPZ_METHOD_ENTRIES: readonly MethodEntry<PyNpzFile>[] = [
  method({ name: 'np.NpzFile.close', doc: 'Close the file.', params: [] }, self => { self.closed = true; return null; }),
  method({ name: 'np.NpzFile.keys', doc: 'The array names (as `files`).', params: [] }, self => new PyList(self.names.slice())),
  method({ name: 'np.NpzFile.values', doc: 'The arrays, in file order.', params: [] }, self => new PyList(self.names.map(f => self.load(f)))),
  method({ name: 'np.NpzFile.items', doc: '(name, array) pairs, in file order.', params: [] }, self => new PyList(self.names.map(f => new PyTuple([f, self.load(f)])))),
  method({ name: 'np.NpzFile.get', doc: 'The array named key, or default.', params: [{ name: 'key' }, { name: 'default', default: null }] },
    (self, a) => (self.contains(a.key as PyValue) ? self.load(a.key as PyValue) : a.default as PyValue)),
];
const NPZ_METHODS = new MethodTable<PyNpzFile>(NPZ_METHOD_ENTRIES);
export const NPZ_METHOD_SIGNATURES = NPZ_METHOD_ENTRIES.map(e => e.signature);

/** np.savez's member list: keywords keep their names (first), positional arrays follow as arr_0, arr_1, ... */
function archiveMembers(args: PyValue[], kwds: Kwargs): ZipMember[] {
  const named = new Map<string, PyValue>(kwds ?? []);
  args.forEach((v, i) => {
    if (named.has(`arr_${i}`)) throw valueError(`Cannot use un-named variables and keyword arr_${i}`);
    named.set(`arr_${i}`, v);
  });
  return [...named].map(([k, v]) => ({ name: `${k}.npy`, data: arrayNpy(v) }));
}

const npyBytes = (a: NDArray) => withNumpyErrors(() => encodeNpy(a));

/** A path gets `suffix` appended when it lacks it (np.save, np.savez); file objects are used as given. */
function target(file: PyValue, suffix: string): PyValue {
  if (!isPathLike(file)) return file;
  const p = fspath(file);
  return p.endsWith(suffix) ? p : p + suffix;
}

function savez(file: PyValue, args: PyValue[], kwds: Kwargs, compress: boolean): PyValue {
  writeBytes(target(file, '.npz'), writeZip(archiveMembers(args, kwds), compress));
  return null;
}

export const NUMPY_BINARY_IO_TABLE: readonly TableEntry[] = [
  entry({
    name: 'np.frombuffer', doc: 'Interpret a bytes buffer as a 1-D array of dtype (little-endian).',
    params: [{ name: 'buffer' }, { name: 'dtype', default: null, type: 'npdtype', doc: 'default float64' }, { name: 'count', default: -1, type: 'int' },
      { name: 'offset', default: 0, type: 'int' }, { name: 'like', default: null, kind: 'keyword', unsupported: 'array-like dispatch' }],
  }, a => {
    const buf = a.buffer as PyValue;
    if (!(buf instanceof PyBytes)) throw pyException(E.TypeError, 'a bytes-like object is required');
    return withNumpyErrors(() => wrapResult(fromRawBytes(buf.data, (a.dtype as DType | null) ?? 'float64', a.count, a.offset)));
  }),
  entry({
    name: 'np.save', doc: 'Save an array to a binary file in NumPy .npy format (".npy" is appended to a path without it).',
    params: [
      { name: 'file', doc: 'a path or a binary file object' },
      { name: 'arr', doc: 'an array_like: numbers, or a string array' },
      { name: 'allow_pickle', default: true, type: 'flag', doc: 'object arrays do not exist in Gradbook, so nothing is ever pickled' },
      { name: 'fix_imports', default: true, type: 'flag', doc: 'only matters for pickled object arrays' },
    ],
  }, a => { writeBytes(target(a.file as PyValue, '.npy'), arrayNpy(a.arr as PyValue)); return null; }),
  entry({
    name: 'np.load', doc: 'Load arrays from .npy or .npz files (or, with allow_pickle=True, pickled objects).',
    params: [
      { name: 'file', doc: 'a path or a binary file object' },
      { name: 'mmap_mode', default: null, unsupported: 'memory-mapped arrays are not supported' },
      { name: 'allow_pickle', default: false, type: 'flag' },
      { name: 'fix_imports', default: true, type: 'flag' },
      { name: 'encoding', default: 'ASCII', type: 'str' },
      { name: 'max_header_size', default: 10000, kind: 'keyword', type: 'int' },
    ],
  }, a => {
    if (!['ASCII', 'latin1', 'bytes'].includes(a.encoding)) throw valueError("encoding must be 'ASCII', 'latin1', or 'bytes'");
    const o: LoadOptions = { allowPickle: a.allow_pickle, fixImports: a.fix_imports, encoding: a.encoding, maxHeaderSize: a.max_header_size };
    const bytes = readBytes(a.file as PyValue);
    if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
      let entries: ZipMember[];
      try { entries = readZip(bytes); } catch (e) {
        if (e instanceof PyExceptionObj) throw pyException(E.ValueError, `Cannot load file: ${(e.args[0] as string) ?? 'not a zip file'}`);
        throw e;
      }
      return new PyNpzFile(entries, o, a.file as PyValue);
    }
    if (isNpy(bytes)) return loadNpy(bytes, o);
    if (!o.allowPickle) throw valueError('Cannot load file containing pickled data when allow_pickle=False');
    try { return unpickle(bytes, o); } catch (e) {
      if (e instanceof PyExceptionObj && !e.cls.isSubclassOf(E.ValueError)) throw new PyExceptionObj(UnpicklingError, [`Failed to interpret file ${repr(a.file as PyValue)} as a pickle`]);
      throw e;
    }
  }),
  entry({
    name: 'np.savez', doc: 'Save several arrays into one uncompressed .npz archive (positional ones as arr_0, arr_1, ...).',
    params: [{ name: 'file', doc: 'a path (".npz" is appended when missing) or a binary file object' }], varargs: 'args', varkw: 'kwds',
  }, a => savez(a.file as PyValue, a.args as PyValue[], a.kwds as Kwargs, false)),
  entry({
    name: 'np.savez_compressed', doc: 'Save several arrays into one deflate-compressed .npz archive.',
    params: [{ name: 'file', doc: 'a path (".npz" is appended when missing) or a binary file object' }], varargs: 'args', varkw: 'kwds',
  }, a => savez(a.file as PyValue, a.args as PyValue[], a.kwds as Kwargs, true)),
];
