// a[key] and a[key] = v: Python keys to the core's index items, plus a zero-copy path.
// Leading integers optionally followed by one step-1 slice select a contiguous block of a
// row-major array, so that block is returned as a view sharing the data (as NumPy does):
// `labels[i][k] = 1` writes through and `x[i:i + batch]` copies nothing.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple, PySlice, PyRange } from '../../objects/containers';
import { Ellipsis } from '../../objects/singletons';
import { isHost } from '../../host';
import { toIndex } from '../../runtime/numbers';
import { indexError } from '../../exceptions';
import { NDArray, shapeSize, type NumericArray } from '../../../engine';
import * as np from '../../../numpy/index';
import { PyNDArray } from './ndarray_object';
import { toArrayLike, wrapResult } from './convert';

const bound = (v: PyValue) => (v === null ? null : toIndex(v));

function indexItem(k: PyValue): np.IndexItem {
  if (typeof k === 'number') return k;
  if (k === null) return null;
  if (k === Ellipsis) return np.ELLIPSIS;
  if (k instanceof PySlice) return np.slice(bound(k.start), bound(k.stop), bound(k.step));
  if (k instanceof PyNDArray) {
    const d = k.array.dtype;
    if (k.isScalar && (d === 'int32' || d === 'int64' || d === 'uint8')) return Number(k.array.data[0]);
    return k.array;
  }
  if (k instanceof PyList || k instanceof PyRange) {
    const list = np.array(toArrayLike(k));
    if (list.size > 0 && (list.dtype === 'float32' || list.dtype === 'float64')) throw invalidIndex();
    return list;
  }
  if (typeof k === 'boolean') return np.array(k);
  if (isHost(k) && k.index) return k.index();
  throw invalidIndex();
}

const invalidIndex = () => indexError('only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');

export function indexItems(key: PyValue): np.IndexItem[] {
  if (key instanceof PyTuple) return key.items.map(indexItem);
  return [indexItem(key)];
}

/** The contiguous block `items` select, or null when the index is not of that simple form. */
function contiguousView(a: NDArray, items: np.IndexItem[]): NDArray | null {
  if (a.dtype === 'string' || ArrayBuffer.isView(a.data) === false) return null;
  let offset = 0, dim = 0;
  const shape = a.shape;
  let tailStart = 0;
  for (; dim < items.length && typeof items[dim] === 'number'; dim++) {
    if (dim >= shape.length) return null;
    let i = items[dim] as number;
    if (i < 0) i += shape[dim];
    if (i < 0 || i >= shape[dim]) return null;   // the core raises the right IndexError
    offset = offset * shape[dim] + i;
  }
  const ints = dim;
  let sliceLen = -1, sliceStart = 0;
  const it = items[dim];
  if (dim < items.length && it && typeof it === 'object' && (it as np.PySlice).kind === 'slice') {
    const s = it as np.PySlice;
    if (dim >= shape.length || (s.step !== null && s.step !== 1)) return null;
    const r = np.sliceIndices(s, shape[dim]);
    sliceStart = r.start; sliceLen = r.count;
    dim++;
  }
  tailStart = dim;
  for (; dim < items.length; dim++) {
    const t = items[dim] as np.PySlice;
    if (!(t && typeof t === 'object' && t.kind === 'slice' && t.start === null && t.stop === null && (t.step === null || t.step === 1))) return null;
  }
  if (ints === shape.length) return null;      // all integers: a scalar, not a view
  if (ints === 0 && sliceLen < 0) return null;
  const inner = shape.slice(sliceLen >= 0 ? ints + 1 : ints);
  const innerSize = shapeSize(inner);
  const rowSize = sliceLen >= 0 ? shapeSize(shape.slice(ints)) / Math.max(shape[ints], 1) : 0;
  const start = sliceLen >= 0 ? offset * shapeSize(shape.slice(ints)) + sliceStart * rowSize : offset * innerSize;
  const outShape = sliceLen >= 0 ? [sliceLen, ...inner] : inner;
  void tailStart;
  const data = (a.data as NumericArray).subarray(start, start + shapeSize(outShape));
  return new NDArray(a.dtype, outShape, data);
}

/** Index arrays that do not broadcast together are an IndexError in NumPy, not a ValueError. */
export function indexErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const m = e instanceof Error ? /^operands could not be broadcast together with shapes (.*)$/.exec(e.message) : null;
    if (m) throw indexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${m[1]}`);
    throw e;
  }
}

export function getitem(a: PyNDArray, key: PyValue): PyValue {
  return indexErrors(() => getitemUnchecked(a, key));
}

function getitemUnchecked(a: PyNDArray, key: PyValue): PyValue {
  const items = indexItems(key);
  if (a.isScalar) {
    if (items.some(it => typeof it === 'number' || (it && typeof it === 'object' && 'kind' in it && it.kind === 'slice'))) throw indexError('invalid index to scalar variable.');
    return wrapResult(np.getitem(a.array, items));
  }
  return wrapResult(contiguousView(a.array, items) ?? np.getitem(a.array, items));
}

export function setitem(a: PyNDArray, key: PyValue, value: PyValue): void {
  indexErrors(() => np.setitem(a.array, indexItems(key), toArrayLike(value)));
}
