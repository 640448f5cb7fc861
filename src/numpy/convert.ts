// np.array / np.asarray: nested lists of Python scalars and arrays to one NDArray, with NumPy's
// dtype discovery (Python int → int64, float → float64, bool → bool, promoted together).
import { NDArray } from '../engine/ndarray';
import { DType, NumericArray, castScalar } from '../engine/dtypes';
import { ArrayLike, PyScalar, isPyScalar, pyError, pyScalarAs, pyScalarDType } from './values';
import { promoteTypes } from './dtype_rules';

export function array(x: ArrayLike, dtype?: DType | null): NDArray {
  if (x instanceof NDArray) return copyAs(x, dtype ?? x.dtype);
  if (isPyScalar(x)) return fromFlat([x], [], dtype ?? pyScalarDType(x));
  const shape = discoverShape(x);
  const flat: (PyScalar | NDArray)[] = [];
  flattenInto(x, shape, 0, flat);
  let inferred: DType | null = null;
  for (const v of flat) {
    const d = v instanceof NDArray ? v.dtype : pyScalarDType(v);
    inferred = inferred === null ? d : promoteTypes(inferred, d);
  }
  return fromFlat(flat, shape, dtype ?? inferred ?? 'float64');
}

/** Like array() but returns arrays unchanged when no conversion is needed. */
export function asarray(x: ArrayLike, dtype?: DType | null): NDArray {
  if (x instanceof NDArray && (!dtype || dtype === x.dtype)) return x;
  return array(x, dtype);
}

export function copyAs(a: NDArray, dtype: DType): NDArray {
  return dtype === a.dtype ? a.clone() : a.astype(dtype);
}

function fromFlat(flat: (PyScalar | NDArray)[], shape: number[], dtype: DType): NDArray {
  const out = NDArray.zeros(dtype, shape);
  const d = out.data as NumericArray;
  let i = 0;
  for (const v of flat) {
    if (v instanceof NDArray) {
      const src = v.data as NumericArray;
      for (let k = 0; k < src.length; k++) d[i++] = castScalar(src[k], dtype);
    } else d[i++] = pyScalarAs(v, dtype);
  }
  return out;
}

function discoverShape(x: ArrayLike): number[] {
  if (x instanceof NDArray) return x.shape.slice();
  if (isPyScalar(x)) return [];
  const list = x as readonly ArrayLike[];
  if (list.length === 0) return [0];
  return [list.length, ...discoverShape(list[0])];
}

function flattenInto(x: ArrayLike, shape: number[], depth: number, out: (PyScalar | NDArray)[]): void {
  if (depth === shape.length) {
    if (!(x instanceof NDArray) && !isPyScalar(x)) throw inhomogeneous(shape, depth);
    if (x instanceof NDArray && x.shape.length !== 0) throw inhomogeneous(shape, depth);
    out.push(x as PyScalar | NDArray);
    return;
  }
  if (x instanceof NDArray) {
    if (x.shape.length !== shape.length - depth || x.shape.some((d, i) => d !== shape[depth + i])) throw inhomogeneous(shape, depth);
    out.push(x);
    return;
  }
  if (isPyScalar(x) || (x as readonly ArrayLike[]).length !== shape[depth]) throw inhomogeneous(shape, depth);
  for (const item of x as readonly ArrayLike[]) flattenInto(item, shape, depth + 1, out);
}

function inhomogeneous(shape: number[], depth: number): Error {
  return pyError('ValueError', `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was (${shape.slice(0, depth).join(', ')}${depth === 1 ? ',' : ''}) + inhomogeneous part.`);
}
