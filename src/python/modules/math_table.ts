// The math module's signature table: CPython 3.11's parameters for every function and the call-error
// texts its C functions print (`math.sin() takes exactly one argument (0 given)`, `pow expected 2
// arguments, got 1`). The implementations (math.ts, math-integers.ts, math-more.ts) take the bound
// arguments in parameter order, as a C function receives them.
import type { PyValue, Kwargs } from '../objects/core';
import type { Signature, ParamSpec } from '../../engine';
import { entry, TableEntry } from '../bind';
import type { Messages } from '../bind';
import { checkPositional, methO, unpackKeywords } from '../builtins/c_messages';

export type MathImpl = (args: PyValue[], kw: Kwargs) => PyValue;
/** What the implementation files register into: one implementation per function name. */
export interface MathDefiner { def(name: string, fn: MathImpl): unknown }

const METH_O = methO('math.');
const x = [{ name: 'x', kind: 'positional' }] as const;
const xy = (a: string, b: string) => [{ name: a, kind: 'positional' }, { name: b, kind: 'positional' }] as const;
const UNARY: [string, string][] = [
  ['sin', 'Return the sine of x (measured in radians).'], ['cos', 'Return the cosine of x (measured in radians).'],
  ['tan', 'Return the tangent of x (measured in radians).'], ['asin', 'Return the arc sine (measured in radians) of x.'],
  ['acos', 'Return the arc cosine (measured in radians) of x.'], ['atan', 'Return the arc tangent (measured in radians) of x.'],
  ['sinh', 'Return the hyperbolic sine of x.'], ['cosh', 'Return the hyperbolic cosine of x.'], ['tanh', 'Return the hyperbolic tangent of x.'],
  ['asinh', 'Return the inverse hyperbolic sine of x.'], ['acosh', 'Return the inverse hyperbolic cosine of x.'],
  ['atanh', 'Return the inverse hyperbolic tangent of x.'], ['exp', 'Return e raised to the power of x.'],
  ['expm1', 'Return exp(x)-1.'], ['log1p', 'Return the natural logarithm of 1+x (base e).'], ['fabs', 'Return the absolute value of the float x.'],
  ['degrees', 'Convert angle x from radians to degrees.'], ['radians', 'Convert angle x from degrees to radians.'],
  ['erf', 'Error function at x.'], ['erfc', 'Complementary error function at x.'], ['gamma', 'Gamma function at x.'],
  ['lgamma', 'Natural logarithm of absolute value of Gamma function at x.'], ['sqrt', 'Return the square root of x.'],
  ['isnan', 'Return True if x is a NaN (not a number), and False otherwise.'], ['isinf', 'Return True if x is a positive or negative infinity.'],
  ['isfinite', 'Return True if x is neither an infinity nor a NaN.'], ['modf', 'Return the fractional and integer parts of x.'],
  ['cbrt', 'Return the cube root of x.'], ['exp2', 'Return 2 raised to the power of x.'], ['frexp', 'Return the mantissa and exponent of x, as pair (m, e).'],
  ['ulp', 'Return the value of the least significant bit of the float x.'], ['floor', 'Return the floor of x as an Integral.'],
  ['ceil', 'Return the ceiling of x as an Integral.'], ['trunc', 'Truncates the Real x to the nearest Integral toward 0.'],
  ['log2', 'Return the base 2 logarithm of x.'], ['log10', 'Return the base 10 logarithm of x.'],
];
const BINARY: [string, readonly [string, string], string][] = [
  ['pow', ['x', 'y'], 'Return x**y (x to the power of y).'], ['atan2', ['y', 'x'], 'Return the arc tangent (measured in radians) of y/x.'],
  ['copysign', ['x', 'y'], 'Return a float with the magnitude (absolute value) of x but the sign of y.'],
  ['fmod', ['x', 'y'], 'Return fmod(x, y), according to platform C.'], ['dist', ['p', 'q'], 'Return the Euclidean distance between two points p and q.'],
  ['ldexp', ['x', 'i'], 'Return x * (2**i).'], ['nextafter', ['x', 'y'], 'Return the next floating-point value after x towards y.'],
  ['remainder', ['x', 'y'], 'Difference between x and the closest integer multiple of y.'],
  ['comb', ['n', 'k'], 'Number of ways to choose k items from n items without repetition and without order.'],
];

interface MathFunction { signature: Signature; messages: Partial<Messages> }
const fn = (signature: Signature, messages: Partial<Messages>): MathFunction => ({ signature, messages });
const noKeywordsVarargs = { unexpectedKeyword: (c: { fn: string }) => `math.${c.fn}() takes no keyword arguments` };

// Clinic functions with keyword-only parameters: _PyArg_UnpackKeywords decides their texts.
const ISCLOSE = [{ name: 'a' }, { name: 'b' }, { name: 'rel_tol', default: { float: 1e-9 }, kind: 'keyword' }, { name: 'abs_tol', default: { float: 0 }, kind: 'keyword' }] as const;
const PROD = [{ name: 'iterable', kind: 'positional' }, { name: 'start', default: 1, kind: 'keyword' }] as const;

const FUNCTIONS: MathFunction[] = [
  ...UNARY.map(([name, doc]) => fn({ name: `math.${name}`, doc, params: x }, METH_O)),
  fn({ name: 'math.factorial', doc: 'Find n!.', params: [{ name: 'n', kind: 'positional' }] }, METH_O),
  fn({ name: 'math.isqrt', doc: 'Return the integer part of the square root of the input.', params: [{ name: 'n', kind: 'positional' }] }, METH_O),
  fn({ name: 'math.fsum', doc: 'Return an accurate floating point sum of values in the iterable seq.', params: [{ name: 'seq', kind: 'positional' }] }, METH_O),
  ...BINARY.map(([name, [a, b], doc]) => fn({ name: `math.${name}`, doc, params: xy(a, b) }, checkPositional(2, 2, `math.${name}`))),
  fn({ name: 'math.perm', doc: 'Number of ways to choose k items from n items without repetition and with order.', params: [{ name: 'n', kind: 'positional' }, { name: 'k', default: null, kind: 'positional' }] }, checkPositional(1, 2, 'math.perm')),
  fn({ name: 'math.log', doc: 'log(x, [base=math.e]): the logarithm of x to the given base.', params: [{ name: 'x', kind: 'positional' }, { name: 'base', default: { expr: 'math.e' }, kind: 'positional' }] },
    { missing: () => 'math.log requires 1 to 2 arguments', tooManyPositional: () => 'math.log requires 1 to 2 arguments', unexpectedKeyword: c => `${c.fn}() takes no keyword arguments`, positionalOnlyAsKeyword: c => `${c.fn}() takes no keyword arguments` }),
  fn({ name: 'math.hypot', doc: 'Multidimensional Euclidean distance from the origin to a point.', varargs: 'coordinates', params: [] }, noKeywordsVarargs),
  fn({ name: 'math.gcd', doc: 'Greatest Common Divisor.', varargs: 'integers', params: [] }, noKeywordsVarargs),
  fn({ name: 'math.lcm', doc: 'Least Common Multiple.', varargs: 'integers', params: [] }, noKeywordsVarargs),
  fn({
    name: 'math.isclose', doc: 'Determine whether two floating point numbers are close in value.',
    params: ISCLOSE,
  }, unpackKeywords(ISCLOSE)),
  fn({
    name: 'math.prod', doc: "Calculate the product of all the elements in the input iterable (times 'start', default 1).",
    params: PROD,
  }, unpackKeywords(PROD)),
];

/**
 * The table entries, given the implementations: each receives its positional parameters in order
 * (an omitted optional one left out, as CPython's C functions see it) and its keyword-only ones
 * as keywords.
 */
export function mathTable(impls: ReadonlyMap<string, MathImpl>): TableEntry[] {
  return FUNCTIONS.map(({ signature, messages }) => {
    const impl = impls.get(signature.name.slice('math.'.length));
    if (!impl) throw new Error(`${signature.name}: no implementation`);
    const positional = signature.params.filter(p => p.kind !== 'keyword');
    const keyword = signature.params.filter(p => p.kind === 'keyword');
    return entry(signature, a => {
      const args = a as Record<string, unknown>;
      const values = positional.map((p: ParamSpec) => args[p.name] as PyValue | undefined).filter((v): v is PyValue => v !== undefined);
      if (signature.varargs) values.push(...(args[signature.varargs] as PyValue[]));
      const kw: Kwargs = keyword.length ? new Map(keyword.map(p => [p.name, args[p.name] as PyValue])) : null;
      return impl(values, kw);
    }, { messages });
  });
}

/** The signatures alone, for docs/API.md. */
export const MATH_SIGNATURES: readonly { signature: Signature }[] = FUNCTIONS;
