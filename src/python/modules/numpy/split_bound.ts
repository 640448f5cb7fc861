// np.split, np.array_split and np.meshgrid from signature tables (NumPy 1.26's parameters).
import type { PyValue } from '../../objects/core';
import { PyList, PySlice, PyTuple } from '../../objects/containers';
import { toArray } from '../../runtime/iteration';
import { toIndex } from '../../runtime/numbers';
import { E, pyException, valueError } from '../../exceptions';
import * as np from '../../../numpy/index';
import { entry, TableEntry } from '../../bind';
import { toArrayLike, wrapResult } from './convert';
import { withNumpyErrors } from './errors';
import { getitem } from './indexing';
import { PyNDArray } from './ndarray_object';

/** An int (number of equal sections) or a sequence of split points. */
function sections(v: PyValue): number | number[] {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(toIndex(v));
  return toArray(v).map(p => Number(toIndex(p)));
}

/** The pieces as slices `a[:, :, start:end]` of the array, so they share memory where slicing does. */
function pieces(value: PyValue, spec: PyValue, axisArg: number, equal: boolean): PyList {
  const arr = value instanceof PyNDArray ? value : (wrapResult(np.asarray(toArrayLike(value))) as PyNDArray);
  const rank = arr.array.shape.length;
  if (rank === 0) throw pyException(E.IndexError, 'tuple index out of range');
  if (axisArg < -rank || axisArg >= rank) throw pyException(E.IndexError, 'tuple index out of range');
  const axis = axisArg < 0 ? axisArg + rank : axisArg;
  const n = arr.array.shape[axis];
  const cut = sections(spec);
  if (equal) withNumpyErrors(() => np.checkEqualDivision(n, cut));
  const ranges = withNumpyErrors(() => np.splitRanges(n, cut));
  const whole = new PySlice(null, null, null);
  return new PyList(ranges.map(([start, end]) =>
    getitem(arr, new PyTuple([...Array(axis).fill(whole), new PySlice(start, end, null)]))));
}

const SPLIT_PARAMS = [
  { name: 'ary' },
  { name: 'indices_or_sections', doc: 'an int N (N pieces) or a sorted sequence of split points' },
  { name: 'axis', default: 0, type: 'int' },
] as const;

export const SPLIT_TABLE: readonly TableEntry[] = [
  entry({ name: 'np.split', doc: 'Split an array into multiple sub-arrays of equal size, or at the given points.', params: SPLIT_PARAMS },
    a => pieces(a.ary as PyValue, a.indices_or_sections as PyValue, a.axis, true)),
  entry({ name: 'np.array_split', doc: 'Split an array into multiple sub-arrays; N sections need not divide the axis equally.', params: SPLIT_PARAMS },
    a => pieces(a.ary as PyValue, a.indices_or_sections as PyValue, a.axis, false)),
  entry({
    name: 'np.meshgrid', doc: 'Return coordinate matrices from coordinate vectors.', varargs: 'xi',
    params: [
      { name: 'copy', default: true, kind: 'keyword', type: 'flag', doc: 'always a copy unless sparse' },
      { name: 'sparse', default: false, kind: 'keyword', type: 'flag' },
      { name: 'indexing', default: 'xy', kind: 'keyword', type: 'str', doc: "'xy' (Cartesian) or 'ij' (matrix)" },
    ],
  }, a => {
    if (a.indexing !== 'xy' && a.indexing !== 'ij') throw valueError("Valid values for `indexing` are 'xy' and 'ij'.");
    const grids = withNumpyErrors(() => np.meshgrid((a.xi as PyValue[]).map(v => toArrayLike(v)), a.indexing as 'xy' | 'ij', a.sparse));
    return new PyList(grids.map(g => wrapResult(g)));
  }),
];
