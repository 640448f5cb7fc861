// The numpy-level names of the ufuncs (np.add, np.exp, ...) as plain functions.
import { NDArray } from '../engine/ndarray';
import { binary } from './binary_ufuncs';
import { unary } from './unary_ufuncs';
import { ArrayLike } from './values';

type Bin = (a: ArrayLike, b: ArrayLike) => NDArray;
type Un = (a: ArrayLike) => NDArray;
const bin = (name: string): Bin => (a, b) => binary(name, a, b);
const un = (name: string): Un => a => unary(name, a);

export const add = bin('add'), subtract = bin('subtract'), multiply = bin('multiply');
export const true_divide = bin('true_divide'), divide = true_divide, floor_divide = bin('floor_divide');
export const remainder = bin('remainder'), mod = remainder, power = bin('power');
export const maximum = bin('maximum'), minimum = bin('minimum');
export const equal = bin('equal'), not_equal = bin('not_equal'), less = bin('less'), less_equal = bin('less_equal');
export const greater = bin('greater'), greater_equal = bin('greater_equal');
export const logical_and = bin('logical_and'), logical_or = bin('logical_or'), logical_xor = bin('logical_xor');
export const bitwise_and = bin('bitwise_and'), bitwise_or = bin('bitwise_or'), bitwise_xor = bin('bitwise_xor');

export const negative = un('negative'), positive = un('positive'), absolute = un('absolute'), abs = absolute;
export const square = un('square'), sign = un('sign'), floor = un('floor'), ceil = un('ceil'), trunc = un('trunc'), rint = un('rint');
export const exp = un('exp'), expm1 = un('expm1'), exp2 = un('exp2'), log = un('log'), log2 = un('log2');
export const log10 = un('log10'), log1p = un('log1p'), sqrt = un('sqrt');
export const sin = un('sin'), cos = un('cos'), tan = un('tan'), arcsin = un('arcsin'), arccos = un('arccos');
export const arctan = un('arctan'), sinh = un('sinh'), cosh = un('cosh'), tanh = un('tanh'), reciprocal = un('reciprocal');
export const isnan = un('isnan'), isinf = un('isinf'), isfinite = un('isfinite'), logical_not = un('logical_not');
export const invert = un('invert');
