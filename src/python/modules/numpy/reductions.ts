// Reductions with NumPy 1.26's signatures: sum(a, axis=None, dtype=None, out=None, keepdims=...).
// dtype= converts the input first (so mean(int_array, dtype=np.float32) accumulates in float32).
// `<no value>` defaults arrive as undefined: keepdims then means False.
import * as np from '../../../numpy/index';
import type { NDArray, DType } from '../../../engine';
import type { TableEntry } from '../../bind';
import { npEntry, numpyAxis, oneAxis } from './args';
import { wrapResult, toArrayLike } from './convert';
import type { PyValue } from '../../objects/core';
import { E, pyException, valueError } from '../../exceptions';

const NO_VALUE = { expr: '<no value>' } as const;
const A = { name: 'a', type: 'array' } as const;
const AXIS = { name: 'axis', default: null, type: 'axis' } as const;
const DTYPE = { name: 'dtype', default: null, type: 'npdtype' } as const;
const OUT = { name: 'out', default: null, unsupported: true } as const;
const KEEPDIMS = { name: 'keepdims', default: NO_VALUE, type: 'flag' } as const;
const INITIAL = { name: 'initial', default: NO_VALUE, unsupported: true } as const;
const WHERE = { name: 'where', default: NO_VALUE, unsupported: true } as const;
const WHERE_KW = { ...WHERE, kind: 'keyword' } as const;

const withDtype = (a: NDArray, d: DType | null): NDArray => (d && d !== a.dtype ? a.astype(d) : a);

type Reduce = (a: NDArray, axis: np.Axis, keepdims: boolean) => NDArray;

/** sum, prod: (a, axis=None, dtype=None, out=None, keepdims, initial, where). */
const summing = (name: string, doc: string, r: (a: NDArray, axis: np.Axis, keepdims: boolean, dtype: DType | null) => NDArray) => npEntry({
  name: `np.${name}`, doc, params: [A, AXIS, DTYPE, OUT, KEEPDIMS, INITIAL, WHERE],
}, a => wrapResult(r(a.a, numpyAxis(a.axis), a.keepdims ?? false, a.dtype)));

/** max, min, amax, amin: (a, axis=None, out=None, keepdims, initial, where). */
const extreme = (name: string, doc: string, r: Reduce, aliases?: readonly string[]) => npEntry({
  name: `np.${name}`, doc, params: [A, AXIS, OUT, KEEPDIMS, INITIAL, WHERE],
}, a => wrapResult(r(a.a, numpyAxis(a.axis), a.keepdims ?? false)), aliases ? { aliases } : {});

/** any, all: (a, axis=None, out=None, keepdims, *, where). */
const logical = (name: string, doc: string, r: Reduce) => npEntry({
  name: `np.${name}`, doc, params: [A, AXIS, OUT, KEEPDIMS, WHERE_KW],
}, a => wrapResult(r(a.a, numpyAxis(a.axis), a.keepdims ?? false)));

/** std, var: (a, axis=None, dtype=None, out=None, ddof=0, keepdims, *, where). */
const spread = (name: string, doc: string, r: (a: NDArray, axis: np.Axis, keepdims: boolean, ddof: number) => NDArray) => npEntry({
  name: `np.${name}`, doc, params: [A, AXIS, DTYPE, OUT, { name: 'ddof', default: 0, type: 'int' }, KEEPDIMS, WHERE_KW],
}, a => wrapResult(r(withDtype(a.a, a.dtype), numpyAxis(a.axis), a.keepdims ?? false, a.ddof)));

/** argmax, argmin: (a, axis=None, out=None, *, keepdims). */
const argExtreme = (name: string, doc: string, r: (a: NDArray, axis: number | null, keepdims: boolean) => NDArray) => npEntry({
  name: `np.${name}`, doc, params: [A, AXIS, OUT, { ...KEEPDIMS, kind: 'keyword' }],
}, a => wrapResult(r(a.a, oneAxis(a.axis), a.keepdims ?? false)));

export const REDUCTIONS: readonly TableEntry[] = [
  summing('sum', 'Sum of array elements over a given axis.', (a, ax, k, d) => np.sum(a, ax, k, d)),
  summing('prod', 'Return the product of array elements over a given axis.', (a, ax, k, d) => np.prod(withDtype(a, d), ax, k)),
  npEntry({
    name: 'np.mean', doc: 'Compute the arithmetic mean along the specified axis.', params: [A, AXIS, DTYPE, OUT, KEEPDIMS, WHERE_KW],
  }, a => wrapResult(np.mean(withDtype(a.a, a.dtype), numpyAxis(a.axis), a.keepdims ?? false))),
  npEntry({
    name: 'np.median', doc: 'Compute the median along the specified axis.',
    params: [A, AXIS, OUT, { name: 'overwrite_input', default: false, type: 'flag' }, { name: 'keepdims', default: false, type: 'flag' }],
  }, a => wrapResult(np.median(a.a, numpyAxis(a.axis), a.keepdims))),
  quantileEntry('percentile', 'Compute the q-th percentile of the data along the specified axis.', 100),
  quantileEntry('quantile', 'Compute the q-th quantile of the data along the specified axis.', 1),
  spread('std', 'Compute the standard deviation along the specified axis.', np.std),
  spread('var', 'Compute the variance along the specified axis.', np.variance),
  extreme('max', 'Return the maximum of an array or maximum along an axis.', np.max),
  extreme('amax', 'Return the maximum of an array or maximum along an axis.', np.max),
  extreme('min', 'Return the minimum of an array or minimum along an axis.', np.min),
  extreme('amin', 'Return the minimum of an array or minimum along an axis.', np.min),
  // ptp: max - min in the array's dtype (NumPy 1.x also has it as ndarray.ptp, which the
  // TF1-era cookbooks call: x_vals.ptp(0)).
  npEntry({
    name: 'np.ptp', doc: 'Range of values (maximum - minimum) along an axis.', params: [A, AXIS, OUT, KEEPDIMS],
  }, a => {
    const axis = numpyAxis(a.axis), keep = a.keepdims ?? false;
    return wrapResult(np.binary('subtract', np.max(a.a, axis, keep), np.min(a.a, axis, keep)));
  }),
  logical('any', 'Test whether any array element along a given axis evaluates to True.', np.any),
  logical('all', 'Test whether all array elements along a given axis evaluate to True.', np.all),
  argExtreme('argmax', 'Returns the indices of the maximum values along an axis.', np.argmax),
  argExtreme('argmin', 'Returns the indices of the minimum values along an axis.', np.argmin),
  npEntry({
    name: 'np.count_nonzero', doc: 'Counts the number of non-zero values in the array a.',
    params: [A, AXIS, { name: 'keepdims', default: false, kind: 'keyword', type: 'flag' }],
  }, a => wrapResult(np.count_nonzero(a.a, numpyAxis(a.axis), a.keepdims))),
  npEntry({
    name: 'np.cumsum', doc: 'Return the cumulative sum of the elements along a given axis.', params: [A, AXIS, DTYPE, OUT],
  }, a => wrapResult(np.cumsum(a.a, oneAxis(a.axis), a.dtype))),
  npEntry({
    name: 'np.cumprod', doc: 'Return the cumulative product of elements along a given axis.', params: [A, AXIS, DTYPE, OUT],
  }, a => wrapResult(np.cumprod(a.a, oneAxis(a.axis), a.dtype))),
];

/** np.percentile (q in [0, 100]) and np.quantile (q in [0, 1]): NumPy's default linear method. */
function quantileEntry(name: 'percentile' | 'quantile', doc: string, scale: number): TableEntry {
  return npEntry({
    name: `np.${name}`, doc,
    params: [A, { name: 'q', doc: 'a number or a 1-D sequence of numbers' }, AXIS, OUT, { name: 'overwrite_input', default: false, type: 'flag' },
      { name: 'method', default: 'linear', type: 'str', doc: "'linear' only" }, { name: 'keepdims', default: false, type: 'flag' },
      { name: 'interpolation', default: null, kind: 'keyword', unsupported: 'deprecated; method= names the method' }],
  }, a => {
    if (a.method !== 'linear') throw pyException(E.NotImplementedError, `${name}() method '${a.method}' is not supported by Gradbook (only 'linear')`);
    const q = np.asarray(toArrayLike(a.q as PyValue));
    if (q.shape.length > 1) throw pyException(E.NotImplementedError, `${name}() with a ${q.shape.length}-D q is not supported by Gradbook (a number or a 1-D sequence)`);
    const qs = Array.from(q.data as unknown as ArrayLike<number>, v => Number(v) / scale);
    if (qs.some(v => !(v >= 0 && v <= 1))) throw valueError(name === 'percentile' ? 'Percentiles must be in the range [0, 100]' : 'Quantiles must be in the range [0, 1]');
    return wrapResult(np.quantile(a.a, qs, q.shape.length === 0, numpyAxis(a.axis), a.keepdims));
  });
}
