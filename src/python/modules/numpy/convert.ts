// The boundary between the interpreter's values and the NumPy core's conventions.
// Interpreter: int = JS number or bigint past 2**53-1 (runtime/ints.ts), float = PyFloat, bool = boolean, list/tuple = PyList/PyTuple.
// Core: int = bigint, float = number, bool = boolean, list = JS array, array = NDArray.
import type { PyValue } from '../../objects/core';
import { PyFloat, PyInstance } from '../../objects/core';
import { callMethodIfDefined } from '../../runtime/attributes';
import { PyList, PyTuple, PyRange } from '../../objects/containers';
import { isHost } from '../../host';
import { intFromFloat, normBig } from '../../runtime/ints';
import { PyBigRange } from '../../runtime/big-range';
import { toArray } from '../../runtime/iteration';
import { E, pyException, typeError } from '../../exceptions';
import { PyBytes } from '../../runtime/bytes';
import { typeOf } from '../../runtime/type-name';
import { NDArray } from '../../../engine';
import * as np from '../../../numpy/index';
import { PyNDArray } from './ndarray_object';
import { PyObjectArray } from './object_array';

/** A Python scalar in the core's convention, or undefined when `v` is not one. */
export function coreScalar(v: PyValue): np.PyScalar | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (typeof v === 'bigint') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v;
  return undefined;
}

/** Anything np.array accepts: scalars, (nested) lists and tuples, ranges, ndarrays. */
export function toArrayLike(v: PyValue): np.ArrayLike {
  const s = coreScalar(v);
  if (s !== undefined) return s;
  if (v instanceof PyNDArray) return v.array;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toArrayLike);
  // An object array converts as the nested list of its elements (np.array(objs, dtype=float)).
  if (v instanceof PyObjectArray) {
    if (v.dtypeText() !== 'object') throw stringArraysUnsupported(`dtype ${v.dtypeText()}`);
    return toArrayLike(v.tolist());
  }
  if (v instanceof PyRange) return Array.from({ length: v.length }, (_, i) => BigInt(v.start + i * v.step));
  if (v instanceof PyBigRange) return toArray(v).map(toArrayLike);
  if (isHost(v) && v.number) return v.number();
  if (typeof v === 'string' || v instanceof PyBytes) throw stringArraysUnsupported(`${typeOf(v).name} elements`);
  // NumPy's array protocol: a class of ours with __array__ (pandas' DataFrame and Series) converts as what it returns.
  if (v instanceof PyInstance) {
    const array = callMethodIfDefined(v, '__array__');
    if (array !== undefined) return toArrayLike(array);
  }
  throw typeError(`unsupported operand: cannot convert '${typeOf(v).name}' to a NumPy array`);
}

/** What a numeric NumPy function says of text: NotImplementedError naming what string arrays do support. */
function stringArraysUnsupported(what: string) {
  return pyException(E.NotImplementedError, `Gradbook's NumPy supports string arrays (${what}) only in np.array/asarray, indexing, `
    + 'iteration, tolist, item, comparisons, np.unique/sort/argsort/where/concatenate/stack/append/isin/in1d/full, np.char, '
    + 'np.random.choice/shuffle/permutation, np.save/load/savez/savetxt, astype and feeding to TF; not in this numeric function');
}

/** An NDArray for `v` (Python scalars become 0-d arrays with NumPy's default dtypes). */
export function toNDArray(v: PyValue): NDArray {
  return v instanceof PyNDArray ? v.array : np.asarray(toArrayLike(v));
}

/** The Python value for a core result: bigint → int, number → float, NDArray → ndarray/scalar. */
export function fromCore(v: unknown): PyValue {
  switch (typeof v) {
    case 'bigint': return normBig(v);
    case 'number': return new PyFloat(v);
    case 'boolean': return v;
  }
  if (v instanceof NDArray) return wrapResult(v);
  if (Array.isArray(v)) return new PyList(v.map(fromCore));
  if (v === null || v === undefined) return null;
  throw typeError('internal: unexpected NumPy core value');
}

/** ndarray for arrays (0-d included), NumPy scalar for what the core marks as a scalar. */
export function wrapResult(a: NDArray): PyNDArray {
  return new PyNDArray(a, a instanceof np.NumpyScalar);
}

/**
 * Python value of one stored element (int → int, float → PyFloat, bool → boolean). int64 is
 * stored in a Float64Array (engine/dtypes.ts), so values past 2**53 arrive rounded to a double;
 * the Python int made from it is that double's exact value.
 */
export function elementToPy(v: number, dtype: string): PyValue {
  if (dtype === 'bool') return v !== 0;
  if (dtype === 'float16' || dtype === 'float32' || dtype === 'float64') return new PyFloat(v);
  return intFromFloat(v);
}
