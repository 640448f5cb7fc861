// NumPy's type promotion (NEP 50, NumPy 2 rules): arrays and NumPy scalars are "strong",
// Python scalars are "weak" and only pick their kind, so float32_array * 2.0 stays float32
// while int64_array + float32_array becomes float64.
import { DType } from '../engine/dtypes';
import { NDArray } from '../engine/ndarray';
import { PyScalar, pyError } from './values';

/** An operand as promotion sees it: a strong dtype, or the kind of a weak Python scalar. */
export type Operand = { dtype: DType; weak?: 'bool' | 'int' | 'float' };

export function operandOf(x: NDArray | PyScalar): Operand {
  if (x instanceof NDArray) return { dtype: x.dtype };
  if (typeof x === 'boolean') return { dtype: 'bool', weak: 'bool' };
  if (typeof x === 'bigint') return { dtype: 'int64', weak: 'int' };
  return { dtype: 'float64', weak: 'float' };
}

const RANK: Record<string, number> = { bool: 0, uint8: 1, int8: 1.5, uint16: 1.7, int16: 1.8, int32: 2, int64: 3, float16: 3.5, float32: 4, float64: 5 };

/** np.promote_types for the dtypes we store. */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === 'string' || b === 'string') {
    if (a === b) return a;
    throw pyError('TypeError', `The DType <class 'numpy.dtypes.StrDType'> could not be promoted`);
  }
  if (a === b) return a;
  const [lo, hi] = RANK[a] < RANK[b] ? [a, b] : [b, a];
  // int32/int64 with float32 need float64 to hold every integer exactly.
  if (hi === 'float32' && (lo === 'int32' || lo === 'int64')) return 'float64';
  return hi;
}

export function resultType(...ops: Operand[]): DType {
  const strong = ops.filter(o => !o.weak);
  if (strong.length === 0) {
    // Only Python scalars: they behave as int64 / float64 / bool.
    return ops.reduce((acc, o) => promoteTypes(acc, o.dtype), 'bool' as DType);
  }
  let dtype = strong.reduce((acc, o) => promoteTypes(acc, o.dtype), strong[0].dtype);
  for (const o of ops) {
    if (o.weak === 'int' && dtype === 'bool') dtype = 'int64';
    if (o.weak === 'float' && !isFloatDType(dtype)) dtype = 'float64';
  }
  return dtype;
}

export function isFloatDType(d: DType): boolean { return d === 'float16' || d === 'float32' || d === 'float64'; }
export function isIntDType(d: DType): boolean { return d === 'int8' || d === 'int16' || d === 'int32' || d === 'int64' || d === 'uint8' || d === 'uint16'; }

/** dtype of float math (exp, sqrt, true division) on this input: ints go to float64. */
export function floatResultType(d: DType): DType {
  // NumPy gives float16 for bool/uint8; we have no float16, float32 is the nearest.
  if (d === 'bool' || d === 'uint8') return 'float32';
  return isFloatDType(d) ? d : 'float64';
}

/** Accumulator dtype of sum/prod/cumsum: small ints and bools widen to int64. */
export function sumResultType(d: DType): DType {
  return d === 'bool' || d === 'int32' || d === 'uint8' ? 'int64' : d;
}
