// tf.Dimension (TF1's tensor_shape.Dimension): one entry of a static shape, known or None.
// Arithmetic (+ - * // %) and ordering take a Dimension or anything `as_dimension` accepts
// (an int, a float equal to an int, None) and propagate an unknown value: Dimension(None) * 4 is
// Dimension(None), Dimension(7) < None is None. `/` is not defined in TF1, so Python's TypeError.
// As in TF 1.15, *, // and % give NotImplemented for an operand as_dimension refuses (so
// Dimension * Tensor reaches Tensor.__rmul__), while + and - raise its error.
import { safeRepr } from '../../runtime/repr';
import { HostObject, hostClass, BinaryOpName, CompareOpName, MaybeNotImplemented } from '../../host';
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { NotImplemented } from '../../objects/singletons';
import { valueError, typeError, zeroDivision } from '../../exceptions';

/** TF's Dimension(value): an int, a float equal to an int, or None; negative sizes are refused. */
export function dimensionValue(v: PyValue): number | null {
  if (v === null) return null;
  if (v instanceof PyDimension) return v.value;
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (v instanceof PyFloat) {
    n = Math.trunc(v.v);
    if (n !== v.v) throw valueError(`Ambiguous dimension: ${safeRepr(v)}`);
  } else if (typeof v === 'string') {
    n = Number(v.trim());
    if (!/^\s*[+-]?\d+\s*$/.test(v)) throw valueError(`invalid literal for int() with base 10: ${safeRepr(v)}`);
  } else {
    throw typeError(`int() argument must be a string, a bytes-like object or a number, not '${(v as { type?: { name: string } }).type?.name ?? typeof v}'`);
  }
  if (n < 0) throw valueError(`Dimension ${n} must be >= 0`);
  return n;
}

type Arith = (a: number, b: number) => number;
// Python's floor division and modulo on ints (the sign of % follows the divisor).
const pyFloorDiv: Arith = (a, b) => Math.floor(a / b);
const pyMod: Arith = (a, b) => a - Math.floor(a / b) * b;
const ARITHMETIC: Partial<Record<BinaryOpName, Arith>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '//': pyFloorDiv,
  '%': pyMod,
};
/** __mul__/__rmul__, __floordiv__ and __mod__/__rmod__ catch as_dimension's error; the rest do not. */
const SWALLOWS_BAD_OPERAND = (op: BinaryOpName, reflected: boolean) => op === '*' || op === '%' || (op === '//' && !reflected);
const ORDER: Partial<Record<CompareOpName, (a: number, b: number) => boolean>> = {
  '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b,
};

export class PyDimension extends HostObject {
  constructor(readonly value: number | null) { super(); }
  override get pyTypeName() { return 'Dimension'; }
  override get type() { return hostClass('Dimension', 'tensorflow'); }
  override repr(): string { return `Dimension(${this.value === null ? 'None' : this.value})`; }
  str(): string { return this.value === null ? '?' : String(this.value); }
  number(): number { if (this.value === null) throw valueError('Cannot convert an unknown Dimension to an int'); return this.value; }
  index(): number { return this.number(); }
  getattr(name: string): PyValue | undefined { return name === 'value' ? this.value : undefined; }

  binop(op: BinaryOpName, other: PyValue, reflected: boolean): MaybeNotImplemented {
    const f = ARITHMETIC[op];
    if (!f) return NotImplemented;
    let o: number | null;
    try { o = dimensionValue(other); } catch (e) {
      if (SWALLOWS_BAD_OPERAND(op, reflected)) return NotImplemented;
      throw e;
    }
    if (this.value === null || o === null) return new PyDimension(null);
    if ((op === '//' || op === '%') && (reflected ? this.value : o) === 0) {
      throw zeroDivision('integer division or modulo by zero');
    }
    return new PyDimension(dimensionValue(reflected ? f(o, this.value) : f(this.value, o)));
  }

  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    let o: number | null;
    try { o = dimensionValue(other); } catch { return NotImplemented; }
    if (this.value === null || o === null) return null;
    if (op === '==') return this.value === o;
    if (op === '!=') return this.value !== o;
    return ORDER[op]!(this.value, o);
  }
  override hashKey(): unknown { return this.value; }
}

// tf.Dimension(value).
hostClass('Dimension', 'tensorflow').nativeNew = (_cls, args) => {
  if (args.length !== 1) throw typeError(`__init__() takes 2 positional arguments but ${args.length + 1} were given`);
  return new PyDimension(dimensionValue(args[0]));
};
