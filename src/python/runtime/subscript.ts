// obj[key], obj[key] = v, del obj[key], and slice index arithmetic.
import { PyInstance, PyValue } from '../objects/core';
import { PyDict, PyList, PyRange, PySlice, PyTuple } from '../objects/containers';
import { PyClass } from '../objects/pyclass';
import { HostObject, isHost } from '../host';
import { E, indexError, keyError, typeError, valueError } from '../exceptions';
import { typeOf } from './type-name';
import { callMethodIfDefined } from './attributes';
import { indexValue, ssizeOf } from './numbers';
import { PyInt, SSIZE_MAX, isIntLike } from './ints';
import { PyBigRange, bigRangeGetItem } from './big-range';
import { PyBytes } from './bytes';
import { toArray } from './iteration';
import { callOverride, subclassDictItem } from './subclass';
import { PyScalarSub } from '../objects/scalar-sub';

/** A slice bound or a start/end argument: CPython clamps ints past Py_ssize_t instead of raising. */
export function sliceIndex(v: PyValue): number {
  if (typeof v === 'number') return v;
  let i: PyInt;
  try { i = indexValue(v); } catch {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  return typeof i === 'number' ? i : Number(i > SSIZE_MAX ? SSIZE_MAX : i < -SSIZE_MAX ? -SSIZE_MAX : i);
}

/** CPython's PySlice_GetIndicesEx: start, stop, step and the resulting length. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const step = s.step === null ? 1 : sliceIndex(s.step);
  if (step === 0) throw valueError('slice step cannot be zero');
  const lowerDefault = step < 0 ? -1 : 0;
  const upperDefault = step < 0 ? length - 1 : length;
  const clamp = (v: PyValue, def: number) => {
    if (v === null) return def;
    let i = sliceIndex(v);
    if (i < 0) { i += length; if (i < 0) i = step < 0 ? -1 : 0; }
    else if (i >= length) i = step < 0 ? length - 1 : length;
    return i;
  };
  const start = clamp(s.start, step < 0 ? upperDefault : lowerDefault);
  const stop = clamp(s.stop, step < 0 ? lowerDefault : upperDefault);
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

function sliceArray<T>(items: T[], s: PySlice): T[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out: T[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

function seqIndex(key: PyValue, length: number, what: string): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else if (typeof key === 'bigint' || typeof key === 'boolean' || (isHost(key) && key.index) || key instanceof PyInstance) {
    let exact: PyInt;
    try { exact = indexValue(key); } catch { throw typeError(`${what} indices must be integers or slices, not ${typeOf(key).name}`); }
    // CPython: an index past Py_ssize_t is IndexError("cannot fit 'int' into an index-sized integer").
    i = ssizeOf(exact, E.IndexError);
  } else throw typeError(`${what} indices must be integers or slices, not ${typeOf(key).name}`);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw indexError(`${what} index out of range`);
  return i;
}

export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList) {
    if (obj.sub !== null) { const r = callOverride(obj, '__getitem__', [key]); if (r !== undefined) return r; }
    if (typeof key === 'number') {
      const items = obj.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
      throw indexError('list index out of range');
    }
    if (key instanceof PySlice) return new PyList(sliceArray(obj.items, key));
    return obj.items[seqIndex(key, obj.items.length, 'list')];
  }
  if (obj instanceof PyDict) {
    const v = obj.sub === null ? obj.get(key) : subclassDictItem(obj, key);
    if (v === undefined) throw keyError(key);
    return v;
  }
  if (obj instanceof PyTuple) {
    if (obj.sub !== null) { const r = callOverride(obj, '__getitem__', [key]); if (r !== undefined) return r; }
    if (key instanceof PySlice) return new PyTuple(sliceArray(obj.items, key));
    return obj.items[seqIndex(key, obj.items.length, 'tuple')];
  }
  if (typeof obj === 'string') {
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, obj.length);
      if (step === 1) return obj.substr(start, n);
      let out = '';
      for (let i = 0, j = start; i < n; i++, j += step) out += obj[j];
      return out;
    }
    return obj[seqIndex(key, obj.length, 'string')];
  }
  if (isHost(obj) && obj.getitem) return obj.getitem(key);
  if (obj instanceof PyInstance) {
    const r = callMethodIfDefined(obj, '__getitem__', [key]);
    if (r !== undefined) return r;
    if (obj instanceof PyScalarSub) return getItem(obj.value, key);
  }
  if (obj instanceof PyBigRange) return bigRangeGetItem(obj, key);
  if (obj instanceof PyBytes) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray([...obj.data], key)));
    if (!isIntLike(key)) throw typeError(`byte indices must be integers or slices, not ${typeOf(key).name}`);
    let i = ssizeOf(indexValue(key), E.IndexError);
    if (i < 0) i += obj.data.length;
    if (i < 0 || i >= obj.data.length) throw indexError('index out of range');
    return obj.data[i];
  }
  if (obj instanceof PyRange) {
    if (typeof key === 'bigint') throw indexError('range object index out of range');
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, obj.length);
      const first = obj.start + start * obj.step;
      return new PyRange(first, first + n * step * obj.step, step * obj.step);
    }
    return obj.start + seqIndex(key, obj.length, 'range object') * obj.step;
  }
  if (obj instanceof PyClass) {
    const r = obj.lookup('__class_getitem__');
    if (r === undefined) return obj; // list[int] and friends: typing only
  }
  throw typeError(`'${typeOf(obj).name}' object is not subscriptable`);
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if ((obj instanceof PyDict || obj instanceof PyList) && obj.sub !== null && callOverride(obj, '__setitem__', [key, value]) !== undefined) return;
  if (obj instanceof PyList) {
    if (key instanceof PySlice) { assignSlice(obj, key, value); return; }
    obj.items[seqIndex(key, obj.items.length, 'list assignment')] = value;
    return;
  }
  if (obj instanceof PyDict) { obj.set(key, value); return; }
  if (isHost(obj) && obj.setitem) { obj.setitem(key, value); return; }
  if (obj instanceof PyInstance) {
    const r = callMethodIfDefined(obj, '__setitem__', [key, value]);
    if (r !== undefined) return;
  }
  throw typeError(`'${typeOf(obj).name}' object does not support item assignment`);
}

function assignSlice(list: PyList, s: PySlice, value: PyValue): void {
  const newItems = [...toArray(value)];
  const [start, stop, step, n] = sliceIndices(s, list.items.length);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...newItems);
    return;
  }
  if (newItems.length !== n) throw valueError(`attempt to assign sequence of size ${newItems.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) list.items[j] = newItems[i];
}

export function delItem(obj: PyValue, key: PyValue): void {
  if ((obj instanceof PyDict || obj instanceof PyList) && obj.sub !== null && callOverride(obj, '__delitem__', [key]) !== undefined) return;
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, obj.items.length);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      obj.items = obj.items.filter((_, i) => !drop.has(i));
      return;
    }
    obj.items.splice(seqIndex(key, obj.items.length, 'list assignment'), 1);
    return;
  }
  if (obj instanceof PyDict) { if (!obj.delete(key)) throw keyError(key); return; }
  if (isHost(obj) && obj.delitem) { obj.delitem(key); return; }
  if (obj instanceof PyInstance) {
    const r = callMethodIfDefined(obj, '__delitem__', [key]);
    if (r !== undefined) return;
  }
  throw typeError(`'${typeOf(obj).name}' object doesn't support item deletion`);
}
