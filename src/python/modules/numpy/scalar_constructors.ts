// np.float32(0.5), np.int64('3')?, np.bool_(1): calling a scalar type makes a NumPy scalar;
// given an array or list it converts the whole array, as NumPy does.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { E, pyException, typeError } from '../../exceptions';
import * as np from '../../../numpy/index';
import type { DType } from '../../../engine/dtypes';
import { scalarClasses } from './scalar_types';
import { intToFloat } from '../../runtime/ints';
import { PyNDArray } from './ndarray_object';
import { toArrayLike, toNDArray, wrapResult } from './convert';

const INT_RANGES: Record<string, [number, number]> = {
  uint8: [0, 255], int32: [-(2 ** 31), 2 ** 31 - 1], int64: [-(2 ** 63), 2 ** 63 - 1],
};

function makeScalar(dtype: DType, args: PyValue[]): PyValue {
  if (args.length > 1) throw typeError(`${dtype}() takes at most 1 argument`);
  if (args.length === 0) return wrapResult(np.NumpyScalar.of(dtype, 0));
  const v = args[0];
  if (v instanceof PyList || v instanceof PyTuple || (v instanceof PyNDArray && !v.isScalar && v.array.rank > 0)) {
    return wrapResult(np.array(toArrayLike(v), dtype));
  }
  if (typeof v === 'string') {
    const n = Number(v);
    if (v.trim() === '' || Number.isNaN(n) && v.trim().toLowerCase() !== 'nan') throw typeError(`could not convert string to ${dtype}: '${v}'`);
    return wrapResult(np.NumpyScalar.of(dtype, n));
  }
  if (typeof v === 'number' && Number.isInteger(v) && dtype in INT_RANGES) {
    const [lo, hi] = INT_RANGES[dtype];
    if (v < lo || v > hi) throw pyException(E.OverflowError, `Python integer ${v} out of bounds for ${dtype}`);
  }
  // A big Python int becomes a float directly (np.float64(2**70)), not through an int64 array.
  if (typeof v === 'bigint' && (dtype === 'float32' || dtype === 'float64')) return wrapResult(np.NumpyScalar.of(dtype, intToFloat(v)));
  const a = toNDArray(v);
  return wrapResult(np.astype(np.NumpyScalar.of(a.dtype, Number(a.data[0])), dtype));
}

export function installScalarConstructors(): void {
  for (const [dtype, cls] of Object.entries(scalarClasses)) {
    if (dtype === 'string') continue;
    cls.nativeNew = (_cls, args) => makeScalar(dtype as DType, args);
  }
}
