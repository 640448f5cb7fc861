// Binary ufuncs (+ - * / // % ** comparisons, maximum, minimum, bitwise/logical) with
// broadcasting and NumPy's promotion. Each entry says how its output dtype follows from the
// common input dtype and computes one element in double precision; the store casts.
import { NDArray } from '../engine/ndarray';
import { DType, NumericArray, castScalar } from '../engine/dtypes';
import { broadcastIndex, broadcastShapes } from './broadcast';
import { asarray } from './convert';
import { Operand, isFloatDType, isIntDType, operandOf, resultType } from './dtype_rules';
import { ArrayLike, PyScalar, isPyScalar, pyError, pyScalarAs, scalarIfZeroDim } from './values';

interface BinaryUfunc {
  /** dtype of the result given the common dtype of the inputs. */
  out(common: DType): DType;
  /** One element; `dtype` is the common dtype (for int vs float semantics). */
  fn(x: number, y: number, dtype: DType): number;
}

const same = (d: DType) => d;
const toBool = () => 'bool' as DType;
const noBool = (name: string, hint: string) => (d: DType) => {
  if (d === 'bool') throw pyError('TypeError', `numpy boolean ${name}, the \`${hint}\` operator, is not supported, use the bitwise_xor, the \`^\` operator, or the logical_xor function instead.`);
  return d;
};

function floorDiv(x: number, y: number, d: DType): number {
  if (isIntDType(d) || d === 'bool') return y === 0 ? 0 : Math.floor(x / y);
  return floatDivmod(x, y)[0];
}
function mod(x: number, y: number, d: DType): number {
  if (isIntDType(d) || d === 'bool') { if (y === 0) return 0; const r = x % y; return r !== 0 && (r < 0) !== (y < 0) ? r + y : r; }
  return floatDivmod(x, y)[1];
}
/** npy_divmod: floor division and modulo that agree with each other and with Python. */
function floatDivmod(a: number, b: number): [number, number] {
  let m = a % b;
  if (!b) return [a / b, m];
  let div = (a - m) / b;
  if (m) { if ((b < 0) !== (m < 0)) { m += b; div -= 1; } } else m = b < 0 ? -0 : 0;
  let fd: number;
  if (div) { fd = Math.floor(div); if (div - fd > 0.5) fd += 1; } else fd = (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  return [fd, m];
}
function power(x: number, y: number, d: DType): number {
  if (isIntDType(d)) {
    if (y < 0) throw pyError('ValueError', 'Integers to negative integer powers are not allowed.');
    let r = 1, b = x, e = y;
    while (e > 0) { if (e & 1) r *= b; b *= b; e = Math.floor(e / 2); }
    return r;
  }
  return Math.pow(x, y);
}
const maxNaN = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : x >= y ? x : y);
const minNaN = (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : x <= y ? x : y);
const intOnly = (name: string) => (d: DType) => {
  if (isFloatDType(d)) throw pyError('TypeError', `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  return d;
};

export const BINARY_UFUNCS: Record<string, BinaryUfunc> = {
  add: { out: same, fn: (x, y, d) => (d === 'bool' ? (x || y ? 1 : 0) : x + y) },
  subtract: { out: noBool('subtract', '-'), fn: (x, y) => x - y },
  multiply: { out: same, fn: (x, y, d) => (d === 'int32' ? Math.imul(x, y) : x * y) },
  true_divide: { out: d => (isFloatDType(d) ? d : 'float64'), fn: (x, y) => x / y },
  // NumPy gives int8 for bool // bool, bool % bool, bool ** bool; int64 is our smallest signed int.
  floor_divide: { out: d => (d === 'bool' ? 'int64' : d), fn: floorDiv },
  remainder: { out: d => (d === 'bool' ? 'int64' : d), fn: mod },
  power: { out: d => (d === 'bool' ? 'int64' : d), fn: power },
  maximum: { out: same, fn: maxNaN },
  minimum: { out: same, fn: minNaN },
  equal: { out: toBool, fn: (x, y) => (x === y ? 1 : 0) },
  not_equal: { out: toBool, fn: (x, y) => (x !== y ? 1 : 0) },
  less: { out: toBool, fn: (x, y) => (x < y ? 1 : 0) },
  less_equal: { out: toBool, fn: (x, y) => (x <= y ? 1 : 0) },
  greater: { out: toBool, fn: (x, y) => (x > y ? 1 : 0) },
  greater_equal: { out: toBool, fn: (x, y) => (x >= y ? 1 : 0) },
  logical_and: { out: toBool, fn: (x, y) => (x && y ? 1 : 0) },
  logical_or: { out: toBool, fn: (x, y) => (x || y ? 1 : 0) },
  logical_xor: { out: toBool, fn: (x, y) => (!x !== !y ? 1 : 0) },
  bitwise_and: { out: intOnly('bitwise_and'), fn: (x, y, d) => (d === 'bool' ? x & y : bigAnd(x, y)) },
  bitwise_or: { out: intOnly('bitwise_or'), fn: (x, y, d) => (d === 'bool' ? x | y : bigOr(x, y)) },
  bitwise_xor: { out: intOnly('bitwise_xor'), fn: (x, y, d) => (d === 'bool' ? x ^ y : bigXor(x, y)) },
};
// int64 values live in doubles; bit operations go through BigInt to keep all 53 bits.
function bigAnd(x: number, y: number) { return Number(BigInt(x) & BigInt(y)); }
function bigOr(x: number, y: number) { return Number(BigInt(x) | BigInt(y)); }
function bigXor(x: number, y: number) { return Number(BigInt(x) ^ BigInt(y)); }

export type BinaryName = keyof typeof BINARY_UFUNCS;

/** Apply a binary ufunc to array-likes (Python scalars count as weak). */
export function binary(name: string, a: ArrayLike, b: ArrayLike): NDArray {
  const u = BINARY_UFUNCS[name];
  if (!u) throw pyError('TypeError', `unknown ufunc ${name}`);
  const x = isPyScalar(a) ? a : asarray(a);
  const y = isPyScalar(b) ? b : asarray(b);
  const common = resultType(operandOf(x as NDArray | PyScalar), operandOf(y as NDArray | PyScalar));
  const outDtype = u.out(common);
  const xs = asValues(x, common), ys = asValues(y, common);
  const shape = broadcastShapes(xs.shape, ys.shape);
  const out = NDArray.zeros(outDtype, shape);
  const dst = out.data as NumericArray;
  const ix = broadcastIndex(xs.shape, shape), iy = broadcastIndex(ys.shape, shape);
  const xd = xs.data, yd = ys.data, f = u.fn;
  const n = out.size;
  const exactStore = outDtype === 'float64' || outDtype === 'bool' || outDtype === 'int64';
  for (let i = 0; i < n; i++) {
    const v = f(xd[ix ? ix[i] : i], yd[iy ? iy[i] : i], common);
    dst[i] = exactStore ? (outDtype === 'int64' ? wrapInt64(Math.trunc(v)) : v) : castScalar(v, outDtype);
  }
  return scalarIfZeroDim(out);
}

/** int64 keeps NumPy's two's-complement wrap-around (values are doubles; see engine/dtypes.ts). */
function wrapInt64(x: number): number {
  if (x < 2 ** 63 && x >= -(2 ** 63) || !isFinite(x)) return x;
  return Number(BigInt.asIntN(64, BigInt(x)));
}

/** Input values cast to the common dtype (a weak float becomes float32 next to float32 arrays). */
function asValues(x: NDArray | PyScalar, common: DType): { shape: readonly number[]; data: { readonly [i: number]: number; readonly length: number } } {
  if (isPyScalar(x)) return { shape: [], data: [pyScalarAs(x, common)] };
  if (x.dtype === common) return { shape: x.shape, data: x.data as NumericArray };
  return { shape: x.shape, data: x.astype(common).data as NumericArray };
}

export type { Operand };
