// TF string tensors hold bytes. The engine keeps each element as a JS string of byte values
// (one char per byte, 0..255), so lengths and offsets count bytes as TF's do; Python `str`
// values are UTF-8 encoded on the way in, and fetches come back as `bytes` (TF1 on Python 3):
// a scalar is `b'Hello'`, an array is NumPy's object array of bytes (PyBytesArray below).
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import { PyBytes, bytesOf } from '../../../runtime/bytes';
import { PyObjectArray } from '../../numpy/object_array';
import { byteStringFromBytes, byteStringOfText, bytesOfByteString, NDArray } from '../../../../engine';
import { typeError } from '../../../exceptions';

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
  if (x instanceof PyObjectArray) return x.items.length > 0 && toByteString(x.items[0]) !== undefined;
  return toByteString(x) !== undefined;
}

/** Nested lists of str/bytes (or a NumPy string or object array of them) as a string NDArray. */
export function stringsToNDArray(v: PyValue): NDArray {
  if (v instanceof PyObjectArray) return stringsToNDArray(v.tolist());
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

/**
 * A fetched string value as TF1 on Python 3 gives it: bytes for a scalar, otherwise NumPy's
 * `dtype=object` array of bytes (prints `[b'a' b'b']`, repr `array([b'a', b'b'], dtype=object)`),
 * with every object-array operation (slicing, masks, ==, tolist, astype(str)).
 */
export function stringFetch(a: NDArray): PyValue {
  const items = (a.data as string[]).map(bytesFromByteString);
  return a.rank === 0 ? items[0] : new PyObjectArray(items, a.shape.slice());
}
