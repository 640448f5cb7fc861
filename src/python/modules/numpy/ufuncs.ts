// Elementwise functions with the ufunc call signature: np.exp(x, /, out=None, *, where=True,
// casting='same_kind', order='K', dtype=None, subok=True). dtype= casts the result, as NumPy's
// ufunc dtype= does for the cases notebooks use. Aliases are the same function object, as in
// NumPy (np.abs is np.absolute).
import * as np from '../../../numpy/index';
import type { NDArray, DType } from '../../../engine';
import type { TableEntry } from '../../bind';
import { checkOrder, npEntry } from './args';
import { toArrayLike, wrapResult } from './convert';
import type { PyValue } from '../../objects/core';
import { PyInstance } from '../../objects/core';
import { callMethodIfDefined } from '../../runtime/attributes';

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
const ALIASES: Record<string, string[]> = {
  absolute: ['np.abs', 'np.fabs'], true_divide: ['np.divide'], remainder: ['np.mod'], invert: ['np.bitwise_not'],
};

/** The ufunc keywords after the operands: only dtype (and the no-op order/subok) is implemented. */
const UFUNC_KEYWORDS = [
  { name: 'out', default: null, unsupported: true },
  { name: 'where', default: true, kind: 'keyword', unsupported: true },
  { name: 'casting', default: 'same_kind', kind: 'keyword', unsupported: true },
  { name: 'order', default: 'K', kind: 'keyword' },
  { name: 'dtype', default: null, kind: 'keyword', type: 'npdtype' },
  { name: 'subok', default: true, kind: 'keyword', type: 'flag', doc: 'no effect: there are no ndarray subclasses' },
] as const;

function finish(name: string, r: NDArray, order: unknown, d: DType | null, inputs: PyValue[]): PyValue {
  checkOrder(name, order as PyValue);
  return wrapOutput(wrapResult(d && d !== r.dtype ? np.astype(r, d) : r), inputs);
}

/** NumPy's __array_wrap__ protocol: the first input of one of our classes that defines
 * __array_wrap__ (pandas' Series and DataFrame) turns the ndarray result back into its own kind,
 * so np.log(series) is a Series with the same index and name, as in pandas. */
function wrapOutput(result: PyValue, inputs: PyValue[]): PyValue {
  for (const v of inputs) {
    if (!(v instanceof PyInstance)) continue;
    const wrapped = callMethodIfDefined(v, '__array_wrap__', [result]);
    if (wrapped !== undefined) return wrapped;
  }
  return result;
}

const unary = (name: string): TableEntry => npEntry({
  name: `np.${name}`, doc: `The ufunc ${name}(x), elementwise.`,
  params: [{ name: 'x', kind: 'positional' }, ...UFUNC_KEYWORDS],
}, a => finish(name, np.unary(name, toArrayLike(a.x as PyValue)), a.order, a.dtype, [a.x as PyValue]), { aliases: ALIASES[name] });

const binary = (name: string): TableEntry => npEntry({
  name: `np.${name}`, doc: `The ufunc ${name}(x1, x2), elementwise with broadcasting.`,
  params: [{ name: 'x1', kind: 'positional' }, { name: 'x2', kind: 'positional' }, ...UFUNC_KEYWORDS],
}, a => finish(name, np.binary(name, toArrayLike(a.x1 as PyValue), toArrayLike(a.x2 as PyValue)), a.order, a.dtype, [a.x1 as PyValue, a.x2 as PyValue]), { aliases: ALIASES[name] });

const rounding = (name: string): TableEntry => npEntry({
  name: `np.${name}`, doc: 'Evenly round to the given number of decimals.',
  params: [{ name: 'a' }, { name: 'decimals', default: 0, type: 'int' }, { name: 'out', default: null, unsupported: true }],
}, a => wrapResult(np.around(toArrayLike(a.a as PyValue), a.decimals)));

export const UFUNCS: readonly TableEntry[] = [
  ...UNARY_NAMES.map(unary),
  ...BINARY_NAMES.map(binary),
  rounding('around'),
  rounding('round'),
];
