// The pure-TypeScript core of Gradbook's `numpy` module. Everything here works on engine
// NDArrays; the Python binding (src/python/modules/numpy) converts Python values and calls in.
//
// Value conventions (values.ts): a Python int is a `bigint`, a float a `number`, a bool a
// `boolean`; a Python list/tuple is a JS array; NumPy scalars are `NumpyScalar` (a 0-d NDArray
// subclass) and print like NumPy 1.x scalars. Functions that NumPy makes return a Python
// scalar (randint(5), count_nonzero(a), allclose) return bigint/number/boolean. Errors are
// PyLikeError with the Python exception class NumPy raises. `ArrayLike` = NDArray | PyScalar |
// nested JS arrays. `Axis` = number | number[] | null.
//
// Printing (format/):
//   arrayStr(a): string                          str(a) / print(a), also for NumPy scalars
//   arrayRepr(a): string                         repr(a): array([...], dtype=float32) / 0.5
// Creation (convert.ts, creation.ts):
//   array(x, dtype?)  asarray(x, dtype?)  zeros(shape, dtype='float64')  ones  empty(=zeros)
//   full(shape, fill, dtype?)  zeros_like(a, dtype?)  ones_like  empty_like  full_like(a, fill, dtype?)
//   arange(start, stop?, step?, dtype?)  linspace(start, stop, num=50, endpoint=true, dtype?)
//   eye(n, m?, k=0, dtype='float64')  identity(n, dtype?)
// Elementwise (math_functions.ts; broadcasting + NEP 50 promotion, Python scalars weak):
//   binary(name, a, b) and add subtract multiply divide/true_divide floor_divide mod/remainder
//   power maximum minimum equal not_equal less less_equal greater greater_equal logical_and
//   logical_or logical_xor bitwise_and bitwise_or bitwise_xor — all (a, b) => NDArray
//   unary(name, a) and negative positive abs/absolute square sign floor ceil trunc rint exp expm1
//   exp2 log log2 log10 log1p sqrt sin cos tan arcsin arccos arctan sinh cosh tanh reciprocal
//   isnan isinf isfinite logical_not invert — all (a) => NDArray
//   around/round(a, decimals=0)  clip(a, a_min|null, a_max|null)
//   Python operators map to: + add, - subtract, * multiply, / true_divide, // floor_divide,
//   % remainder, ** power, == equal, != not_equal, < less, <= less_equal, > greater,
//   >= greater_equal, & bitwise_and, | bitwise_or, ^ bitwise_xor, unary - negative, ~ invert,
//   abs() absolute.
// Reductions (reductions.ts), axis: Axis = null, keepdims=false:
//   sum(a, axis, keepdims, dtype?)  prod  mean  std(a, axis, keepdims, ddof=0)  variance (np.var)
//   max/amax  min/amin  any  all  argmax(a, axis: number|null, keepdims)  argmin
//   count_nonzero(a, axis?, keepdims)  cumsum(a, axis: number|null, dtype?)  cumprod (same)
// Linear algebra (linalg.ts): dot(a, b)  matmul(a, b)  (the @ operator)
// Shapes (shape_ops.ts): reshape(a, shape with -1)  ravel  flatten  transpose(a, axes?)  swapaxes
//   squeeze(a, axis?)  expand_dims(a, axis)  concatenate(list, axis=0|null)  stack(list, axis=0)
//   vstack(list)  hstack(list)
// Matrices (matrix_ops.ts): column_stack(list)  dstack(list)  diag(v, k=0)  trace(a, offset, axis1,
//   axis2, dtype?)  tril(m, k=0)  triu(m, k=0); broadcast_to(a, shape) (broadcast.ts, a copy)
// Rearranging (rearrange.ts): tile(a, reps)  roll(a, shift, axis?)  flip(a, axis?)  fliplr  flipud
//   take(a, indices, axis?, mode)  argwhere(a)  atleast_1d  atleast_2d  atleast_3d
// Indexing (indexing.ts): getitem(a, items: IndexItem[]) → NDArray (NumpyScalar when all ints)
//   setitem(a, items, value)  nonzero(a) → NDArray[]  slice(start?, stop?, step?) → PySlice
//   ELLIPSIS; an IndexItem is number | bigint | PySlice | ELLIPSIS | null (newaxis) | NDArray |
//   JS array (a Python list index). The binding passes a[k] as [k] and a[i, j] as [i, j].
// Sorting and logic (sorting.ts, logic.ts): sort(a, axis=-1|null)  argsort  unique(a,
//   returnIndex, returnInverse, returnCounts) → {values, index?, inverse?, counts?}
//   where(cond) → NDArray[]  where(cond, x, y)  isclose(a, b, rtol, atol, equal_nan) → NDArray
//   allclose(...) → boolean  array_equal(a, b, equal_nan) → boolean
// Array methods (array_methods.ts): astype(a, dtype)  tolist(a)  item(a, i?)  fill(a, v)
//   .T is transpose(a); .shape/.dtype/.size/.ndim come from NDArray itself.
// Random (random/): RandomState class with seed rand randn random random_sample
//   standard_normal normal(loc, scale, size) uniform(low, high, size) randint(low, high?, size?,
//   dtype='int64') choice(a, size?, replace=true, p?) shuffle(x) permutation(x); the module-level
//   functions of the same names share globalRandomState(). size: number | number[] | null.
export * from './values';
export { promoteTypes, resultType } from './dtype_rules';
export { arrayStr, arrayRepr, scalarStr } from './format/array_format';
export { array, asarray } from './convert';
export * from './creation';
export { binary, BINARY_UFUNCS } from './binary_ufuncs';
export { unary, UNARY_UFUNCS, around, around as round } from './unary_ufuncs';
export * from './math_functions';
export {
  sum, prod, mean, std, variance, variance as var_, max, max as amax, min, min as amin,
  argmax, argmin, any, all, count_nonzero, cumsum, cumprod, median, quantile,
} from './reductions';
export type { Axis } from './reduce_plan';
export { dot, matmul } from './linalg';
export * from './shape_ops';
export * from './rearrange';
export { column_stack, dstack, diag, trace, tril, triu } from './matrix_ops';
export { broadcastTo as broadcast_to } from './broadcast';
export { splitRanges, checkEqualDivision, meshgrid } from './split';
export { getitem, setitem, nonzero, slice, sliceIndices, ELLIPSIS } from './indexing';
export type { IndexItem, PySlice } from './indexing';
export { sort, argsort, unique, searchsorted, bincount } from './sorting';
export type { UniqueResult } from './sorting';
export { where, clip, isclose, allclose, array_equal } from './logic';
export { astype, tolist, item, fill } from './array_methods';
export { RandomState } from './random/random_state';
export type { Size } from './random/random_state';
export * as random from './random/global_state';
