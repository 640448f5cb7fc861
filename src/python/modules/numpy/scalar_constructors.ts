// np.float32(0.5), np.int64('3')?, np.bool_(1): calling a scalar type makes a NumPy scalar;
// given an array or list it converts the whole array, as NumPy does.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { E, pyException, typeError } from '../../exceptions';
import * as np from '../../../numpy/index';
import type { DType } from '../../../engine';
import { scalarClasses } from './scalar_types';
import { intToFloat } from '../../runtime/ints';
import { PyNDArray } from './ndarray_object';
import { toArrayLike, toNDArray, wrapResult } from './convert';
import { argumentBinder } from '../../bind';

const INT_RANGES: Record<string, [number, number]> = {
  uint8: [0, 255], int32: [-(2 ** 31), 2 ** 31 - 1], int64: [-(2 ** 63), 2 ** 63 - 1],
};

function makeScalar(dtype: DType, v: PyValue | undefined): PyValue {
  if (v === undefined) return wrapResult(np.NumpyScalar.of(dtype, 0));
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

/** np.float32(value=0, /): one positional argument, as NumPy's scalar types take. */
function scalarSignature(dtype: DType) {
  return { name: `np.${scalarClasses[dtype].name}`, doc: `A NumPy ${dtype} scalar (an array for a list or array argument).`, params: [{ name: 'value', default: { expr: '0' }, kind: 'positional' }] } as const;
}
const noKeywords = (dtype: DType) => () => `${dtype}() takes no keyword arguments`;

export const SCALAR_CONSTRUCTORS = (Object.keys(scalarClasses) as DType[]).filter(d => d !== 'string').map(dtype => ({
  dtype,
  signature: scalarSignature(dtype),
  bind: argumentBinder(scalarSignature(dtype), {
    tooManyPositional: () => `${dtype}() takes at most 1 argument`,
    unexpectedKeyword: noKeywords(dtype), positionalOnlyAsKeyword: noKeywords(dtype),
  }),
}));

export function installScalarConstructors(): void {
  for (const c of SCALAR_CONSTRUCTORS) scalarClasses[c.dtype].nativeNew = (_cls, args, kw) => makeScalar(c.dtype, c.bind(args, kw).value as PyValue | undefined);
}
