// Elementwise functions: np.exp(x), np.maximum(a, b), np.round(a, 2), ... with dtype= casting
// the result as NumPy's ufunc dtype= does for the cases notebooks use.
import * as np from '../../../numpy/index';
import type { NDArray } from '../../../engine/ndarray';
import { intArg } from './args';
import { dtypeArg } from './dtype_object';
import { toArrayLike, wrapResult } from './convert';
import { fn, NumpyFunction, Params } from './registry';
import { typeError } from '../../exceptions';

const UNARY_NAMES = [
  'negative', 'positive', 'absolute', 'square', 'sign', 'floor', 'ceil', 'trunc', 'rint', 'exp', 'expm1', 'exp2',
  'log', 'log2', 'log10', 'log1p', 'sqrt', 'sin', 'cos', 'tan', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh',
  'reciprocal', 'isnan', 'isinf', 'isfinite', 'logical_not', 'invert',
];
const BINARY_NAMES = [
  'add', 'subtract', 'multiply', 'true_divide', 'floor_divide', 'remainder', 'power', 'maximum', 'minimum',
  'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'logical_and', 'logical_or', 'logical_xor',
  'bitwise_and', 'bitwise_or', 'bitwise_xor',
];
const ALIASES: Record<string, string> = {
  abs: 'absolute', divide: 'true_divide', mod: 'remainder', fabs: 'absolute', bitwise_not: 'invert',
};

function finish(r: NDArray, p: Params): NDArray {
  if (p.out !== undefined && p.out !== null) throw typeError('out= is not supported by Gradbook');
  const d = dtypeArg(p.dtype);
  return d && d !== r.dtype ? np.astype(r, d) : r;
}

const unaryFn = (name: string, ufunc: string) =>
  fn(name, ['x', 'out', 'dtype'], 1, p => wrapResult(finish(np.unary(ufunc, toArrayLike(p.x!)), p)));
const binaryFn = (name: string, ufunc: string) =>
  fn(name, ['x1', 'x2', 'out', 'dtype'], 2, p => wrapResult(finish(np.binary(ufunc, toArrayLike(p.x1!), toArrayLike(p.x2!)), p)));

export const UFUNCS: NumpyFunction[] = [
  ...UNARY_NAMES.map(n => unaryFn(n, n)),
  ...BINARY_NAMES.map(n => binaryFn(n, n)),
  ...Object.entries(ALIASES).map(([alias, n]) => (UNARY_NAMES.includes(n) ? unaryFn(alias, n) : binaryFn(alias, n))),
  fn('around', ['a', 'decimals', 'out'], 1, p => wrapResult(np.around(toArrayLike(p.a!), intArg(p.decimals, 0)))),
  fn('round', ['a', 'decimals', 'out'], 1, p => wrapResult(np.around(toArrayLike(p.a!), intArg(p.decimals, 0)))),
];
