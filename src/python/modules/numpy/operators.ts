// Python operators on ndarrays and NumPy scalars: + - * / // % ** @ & | ^, comparisons,
// unary - + ~ abs(), and format specs (f'{acc:.4f}'). Python scalars are weak operands
// (float32_array * 2.0 stays float32); values we cannot convert (tf.Tensor) give
// NotImplemented so the other operand's reflected method runs.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { NotImplemented } from '../../objects/singletons';
import type { BinaryOpName, CompareOpName, UnaryOpName, MaybeNotImplemented } from '../../host';
import { formatValue } from '../../runtime/format-spec';
import { typeError, valueError } from '../../exceptions';
import { castScalar, DType, NumericArray } from '../../../engine';
import * as np from '../../../numpy/index';
import { PyNDArray } from './ndarray_object';
import { coreScalar, toArrayLike, wrapResult, elementToPy } from './convert';

const BINARY: Partial<Record<BinaryOpName, string>> = {
  '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'true_divide', '//': 'floor_divide', '%': 'remainder',
  '**': 'power', '&': 'bitwise_and', '|': 'bitwise_or', '^': 'bitwise_xor',
};
const COMPARE: Record<CompareOpName, string> = {
  '==': 'equal', '!=': 'not_equal', '<': 'less', '<=': 'less_equal', '>': 'greater', '>=': 'greater_equal',
};
const UNARY: Record<UnaryOpName, string> = { neg: 'negative', pos: 'positive', abs: 'absolute', invert: 'invert' };

/** The other operand in core form, or undefined when NumPy would not take it. */
function operand(v: PyValue): np.ArrayLike | undefined {
  if (v instanceof PyNDArray) return v.array;
  const s = coreScalar(v);
  if (s !== undefined) return s;
  if (v instanceof PyList || v instanceof PyTuple) return toArrayLike(v);
  return undefined;
}

export function binop(a: PyNDArray, op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented {
  const b = operand(other);
  if (b === undefined) return NotImplemented;
  const [x, y] = reflected ? [b, a.array] : [a.array, b];
  if (op === '@') {
    if (np.asarray(x).rank === 0 || np.asarray(y).rank === 0) throw typeError("matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
    return wrapResult(np.matmul(x, y));
  }
  const name = BINARY[op];
  if (!name) return NotImplemented;
  return wrapResult(np.binary(name, x, y));
}

/** a op= b writes the result into a's buffer with NumPy's same-kind casting check. */
export function inplace(a: PyNDArray, op: BinaryOpName, other: PyValue): MaybeNotImplemented {
  const r = binop(a, op, other, false);
  if (!(r instanceof PyNDArray)) return r;
  const target = a.array, result = r.array;
  if (!sameKindCast(result.dtype, target.dtype)) {
    throw typeError(`Cannot cast ufunc '${op === '@' ? 'matmul' : BINARY[op]}' output from dtype('${result.dtype}') to dtype('${target.dtype}') with casting rule 'same_kind'`);
  }
  if (result.shape.length !== target.shape.length || result.shape.some((d, i) => d !== target.shape[i])) {
    throw valueError(`non-broadcastable output operand with shape ${shapeText(target.shape)} doesn't match the broadcast shape ${shapeText(result.shape)}`);
  }
  const src = result.data as NumericArray, dst = target.data as NumericArray;
  for (let i = 0; i < dst.length; i++) dst[i] = castScalar(src[i], target.dtype);
  return a;
}

const KIND_ORDER: Record<string, number> = { bool: 0, uint8: 1, int32: 1, int64: 1, float32: 2, float64: 2 };
const sameKindCast = (from: DType, to: DType) => KIND_ORDER[from] <= KIND_ORDER[to];
const shapeText = (s: readonly number[]) => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

export function compare(a: PyNDArray, op: CompareOpName, other: PyValue): MaybeNotImplemented {
  const b = operand(other);
  if (b === undefined) return NotImplemented;
  return wrapResult(np.binary(COMPARE[op], a.array, b));
}

export function unary(a: PyNDArray, op: UnaryOpName): MaybeNotImplemented {
  return wrapResult(np.unary(UNARY[op], a.array));
}

/** format(x, spec): a scalar (or 0-d array) formats as the Python number it holds. */
export function format(a: PyNDArray, spec: string): string {
  if (a.array.rank !== 0) {
    if (spec === '') return a.str();
    throw typeError('unsupported format string passed to numpy.ndarray.__format__');
  }
  // NumPy formats through the Python number, so f'{np.float32(0.1)}' shows the double's digits.
  return formatValue(elementToPy(Number(a.array.data[0]), a.array.dtype), spec);
}
