// TF string tensors hold bytes. The engine keeps each element as a JS string of byte values
// (one char per byte, 0..255), so lengths and offsets count bytes as TF's do; Python `str`
// values are UTF-8 encoded on the way in, and fetches come back as `bytes` (TF1 on Python 3):
// a scalar is `b'Hello'`, an array is NumPy's object array of bytes (PyBytesArray below).
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import { METH_NOARGS, method, MethodTable } from '../../../bind';
import { HostObject, hostClass } from '../../../host';
import { PyBytes, bytesOf, bytesRepr } from '../../../runtime/bytes';
import { byteStringFromBytes, byteStringOfText, bytesOfByteString, NDArray } from '../../../../engine';
import { indexError, typeError } from '../../../exceptions';

/** A Python str or bytes as the engine's byte string; undefined for other values. */
export function toByteString(v: PyValue): string | undefined {
  if (typeof v === 'string') return byteStringOfText(v);
  const b = bytesOf(v);
  return b === undefined ? undefined : byteStringFromBytes(b);
}

export function bytesFromByteString(s: string): PyBytes {
  return new PyBytes(bytesOfByteString(s));
}

/** Whether a (nested) list/tuple's first leaf is a str or bytes (a string tensor value). */
export function holdsStrings(v: PyValue): boolean {
  let x = v;
  while (x instanceof PyList || x instanceof PyTuple) { if (!x.items.length) return false; x = x.items[0]; }
  return x instanceof PyBytesArray || toByteString(x) !== undefined;
}

/** Nested lists of str/bytes (or a bytes array) as a string NDArray. */
export function stringsToNDArray(v: PyValue): NDArray {
  if (v instanceof PyBytesArray) return v.array;
  const flat: string[] = [];
  const shape: number[] = [];
  const visit = (x: PyValue, depth: number) => {
    if (x instanceof PyList || x instanceof PyTuple) {
      if (shape.length === depth) shape.push(x.items.length);
      else if (shape[depth] !== x.items.length) throw typeError('Argument must be a dense tensor: ragged lists are not supported.');
      for (const item of x.items) visit(item, depth + 1);
      return;
    }
    const s = toByteString(x);
    if (s === undefined) throw typeError(`Failed to convert object of type <class '${typeName(x)}'> to Tensor. Contents: ${String(x)}. Consider casting elements to a supported type.`);
    flat.push(s);
  };
  visit(v, 0);
  return new NDArray('string', shape, flat);
}

function typeName(x: PyValue): string {
  if (x === null) return 'NoneType';
  if (typeof x === 'number' || typeof x === 'bigint') return 'int';
  if (typeof x === 'boolean') return 'bool';
  return (x as { type?: { name?: string } }).type?.name ?? typeof x;
}

/** A fetched string value: bytes for a scalar, an object array of bytes otherwise. */
export function stringFetch(a: NDArray): PyValue {
  return a.rank === 0 ? bytesFromByteString(String(a.data[0])) : new PyBytesArray(a);
}

/**
 * NumPy's `dtype=object` array of bytes, as TF1's session returns for string tensors: prints
 * `[b'a' b'b']`, repr `array([b'a', b'b'], dtype=object)`, indexes to bytes or sub-arrays.
 */
export class PyBytesArray extends HostObject {
  constructor(readonly array: NDArray) { super(); }
  override get pyTypeName() { return 'ndarray'; }
  override get type() { return hostClass('ndarray', 'numpy'); }
  override repr(): string { return `array(${this.layout(', ', 'array(')}, dtype=object)`; }
  str(): string { return this.layout(' ', ''); }
  len(): number {
    if (this.array.rank === 0) throw typeError('len() of unsized object');
    return this.array.shape[0];
  }
  iter(): Iterable<PyValue> {
    const n = this.len();
    const self = this;
    return (function* () { for (let i = 0; i < n; i++) yield self.row(i); })();
  }
  getitem(key: PyValue): PyValue {
    if (typeof key === 'number' || typeof key === 'bigint') {
      const n = this.len();
      let i = Number(key);
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError(`index ${key} is out of bounds for axis 0 with size ${n}`);
      return this.row(i);
    }
    if (key instanceof PyTuple && key.items.every(k => typeof k === 'number')) {
      let v: PyValue = this;
      for (const k of key.items) v = (v as PyBytesArray).getitem(k);
      return v;
    }
    throw typeError('Gradbook indexes string arrays only with integers');
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'shape': return new PyTuple(this.array.shape.slice());
      case 'ndim': return this.array.rank;
      case 'size': return this.array.size;
    }
    return bytesArrayMethods().get(this, name);
  }
  private row(i: number): PyValue {
    const a = this.array, inner = a.shape.slice(1);
    const size = inner.reduce((p, d) => p * d, 1);
    const data = (a.data as string[]).slice(i * size, (i + 1) * size);
    return inner.length === 0 ? bytesFromByteString(data[0]) : new PyBytesArray(new NDArray('string', inner, data));
  }
  toList(): PyValue {
    if (this.array.rank === 0) return bytesFromByteString(String(this.array.data[0]));
    return new PyList([...this.iter()].map(x => (x instanceof PyBytesArray ? x.toList() : x)));
  }
  private layout(sep: string, prefix: string): string {
    const a = this.array, data = a.data as string[];
    const words = data.map(s => bytesRepr(bytesFromByteString(s)));
    const rec = (axis: number, offset: number, indent: string): string => {
      if (axis === a.rank) return words[offset];
      const stride = a.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
      const parts: string[] = [];
      for (let i = 0; i < a.shape[axis]; i++) parts.push(rec(axis + 1, offset + i * stride, indent + ' '));
      const joiner = axis === a.rank - 1 ? sep : `${sep.trimEnd()}\n${'\n'.repeat(Math.max(0, a.rank - axis - 2))}${indent} `;
      return `[${parts.join(joiner)}]`;
    };
    return rec(0, 0, ' '.repeat(prefix.length));
  }
}

/** The object array's methods (NumPy's ndarray, a C type); made on first use (the binder imports this file's neighbours). */
let BYTES_ARRAY_METHODS: MethodTable<PyBytesArray> | undefined;
const bytesArrayMethods = () => BYTES_ARRAY_METHODS ??= new MethodTable<PyBytesArray>([
  method({ name: 'np.ndarray.tolist', doc: 'The array as nested lists of bytes (a scalar array: its bytes).', params: [] }, (self: PyBytesArray) => self.toList(), METH_NOARGS),
]);
