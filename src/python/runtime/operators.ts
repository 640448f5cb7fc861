// Binary and unary operators with Python's numeric semantics and dunder dispatch.
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyDict, PyList, PySet, PyTuple } from '../objects/containers';
import { NotImplemented } from '../objects/singletons';
import { HostObject, isHost, BinaryOpName, UnaryOpName } from '../host';
import { typeError, zeroDivision, pyException, E, valueError } from '../exceptions';
import { typeOf } from './type-name';
import { callMethodIfDefined } from './attributes';
import { floatFloorDiv, floatMod, ssizeOf } from './numbers';
import { PyInt, intOf, intToFloat } from './ints';
import { intAbs, intBinary, intInvert, intNegate } from './int-arith';
import { percentFormat } from './percent-format';
import { toArray } from './iteration';
import { callOverride, subOf } from './subclass';
import { checkSequenceLength, checkStringLength, MAX_STRING_LENGTH } from './limits';
import { PyScalarSub, unwrapScalar } from '../objects/scalar-sub';
import { callScalarOverride } from './scalar-subclass';

const DUNDER: Record<BinaryOpName, [string, string]> = {
  '+': ['__add__', '__radd__'], '-': ['__sub__', '__rsub__'], '*': ['__mul__', '__rmul__'],
  '/': ['__truediv__', '__rtruediv__'], '//': ['__floordiv__', '__rfloordiv__'], '%': ['__mod__', '__rmod__'],
  '**': ['__pow__', '__rpow__'], '@': ['__matmul__', '__rmatmul__'], '<<': ['__lshift__', '__rlshift__'],
  '>>': ['__rshift__', '__rrshift__'], '&': ['__and__', '__rand__'], '|': ['__or__', '__ror__'], '^': ['__xor__', '__rxor__'],
};
export const INPLACE: Record<BinaryOpName, string> = {
  '+': '__iadd__', '-': '__isub__', '*': '__imul__', '/': '__itruediv__', '//': '__ifloordiv__', '%': '__imod__',
  '**': '__ipow__', '@': '__imatmul__', '<<': '__ilshift__', '>>': '__irshift__', '&': '__iand__', '|': '__ior__', '^': '__ixor__',
};

export function binaryOp(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  // Hot path: two small ints.
  if (typeof a === 'number' && typeof b === 'number') return intBinary(op, a, b);
  if (subOf(a) !== null || subOf(b) !== null) {
    const r = subclassOp(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = builtinOp(op, a, b);
  if (r !== NotImplemented) return r;
  if (a instanceof PyScalarSub || b instanceof PyScalarSub) return scalarSubclassOp(op, a, b);
  return dunderOp(op, a, b);
}

/**
 * An int/float/str subclass operand: the subclass's own dunders first (the right operand's when
 * its class derives from the left's), then the builtin operator on the values they hold
 * (`Seconds(1.5) + 1` is a float, as in CPython), then the other operand's dunders.
 */
function scalarSubclassOp(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  const [forward, reflected] = DUNDER[op];
  const rightFirst = b instanceof PyScalarSub && typeOf(a) !== typeOf(b) && typeOf(b).isSubclassOf(typeOf(a));
  const first = rightFirst ? callScalarOverride(b, reflected, [a]) : callScalarOverride(a, forward, [b]);
  if (first !== undefined && first !== NotImplemented) return first;
  const second = rightFirst ? callScalarOverride(a, forward, [b]) : callScalarOverride(b, reflected, [a]);
  if (second !== undefined && second !== NotImplemented) return second;
  const ua = unwrapScalar(a), ub = unwrapScalar(b);
  let r = builtinOp(op, ua, ub);
  if (r !== NotImplemented) return r;
  if (!(a instanceof PyScalarSub)) { r = tryForward(op, a, ub); if (r !== NotImplemented) return r; }
  if (!(b instanceof PyScalarSub)) { r = tryReflected(op, ua, b); if (r !== NotImplemented) return r; }
  throw unsupported(op, a, b);
}

function floatOp(op: BinaryOpName, a: number, b: number): PyValue {
  switch (op) {
    case '+': return new PyFloat(a + b);
    case '-': return new PyFloat(a - b);
    case '*': return new PyFloat(a * b);
    case '/': if (b === 0) throw zeroDivision('float division by zero'); return new PyFloat(a / b);
    case '//': if (b === 0) throw zeroDivision('float floor division by zero'); return new PyFloat(floatFloorDiv(a, b));
    case '%': if (b === 0) throw zeroDivision('float modulo'); return new PyFloat(floatMod(a, b));
    case '**': {
      if (a === 0 && b < 0) throw zeroDivision('0.0 cannot be raised to a negative power');
      if (a < 0 && !Number.isInteger(b)) throw valueError('math domain error (complex results are not supported)');
      const r = Math.pow(a, b);
      if (!isFinite(r) && isFinite(a) && isFinite(b)) throw pyException(E.OverflowError, "(34, 'Numerical result out of range')");
      return new PyFloat(r);
    }
  }
  return NotImplemented;
}

/** Operators between builtin types; NotImplemented if none applies. */
function builtinOp(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  const ai = intOf(a), bi = intOf(b);
  if (ai !== undefined && bi !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return intBinary(op, ai, bi);
  }
  // Mixed int/float: the int becomes a float first (OverflowError past the float range).
  const af = a instanceof PyFloat ? a.v : ai !== undefined && b instanceof PyFloat ? intToFloat(ai) : undefined;
  const bf = b instanceof PyFloat ? b.v : bi !== undefined && af !== undefined ? intToFloat(bi) : undefined;
  if (af !== undefined && bf !== undefined) return floatOp(op, af, bf);

  switch (op) {
    case '+':
      if (typeof a === 'string' && typeof b === 'string') {
        if (a.length + b.length > MAX_STRING_LENGTH) checkStringLength(a.length + b.length);
        return a + b;
      }
      if (a instanceof PyList && b instanceof PyList) { checkSequenceLength(a.items.length + b.items.length); return new PyList(a.items.concat(b.items)); }
      if (a instanceof PyTuple && b instanceof PyTuple) { checkSequenceLength(a.items.length + b.items.length); return new PyTuple(a.items.concat(b.items)); }
      break;
    case '*':
      if (bi !== undefined) { const r = repeat(a, bi); if (r !== NotImplemented) return r; }
      if (ai !== undefined) { const r = repeat(b, ai); if (r !== NotImplemented) return r; }
      break;
    case '%':
      if (typeof a === 'string') return percentFormat(a, b);
      break;
    case '|': case '&': case '-': case '^':
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
      if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
        const d = new PyDict();
        for (const e of a.map.values()) d.set(e.k, e.v);
        for (const e of b.map.values()) d.set(e.k, e.v);
        return d;
      }
      break;
  }
  return NotImplemented;
}

/** seq * n: CPython's OverflowError for counts past Py_ssize_t, MemoryError for results too large to hold. */
function repeat(seq: PyValue, n: PyInt): PyValue {
  if (typeof seq !== 'string' && !(seq instanceof PyList) && !(seq instanceof PyTuple)) return NotImplemented;
  const count = Math.max(0, ssizeOf(n));
  if (typeof seq === 'string') {
    if (seq.length && count > 1) checkStringLength(seq.length * count);
    return seq.repeat(count);
  }
  const items = seq.items, len = items.length;
  const total = count * len;
  checkSequenceLength(total);
  const out: PyValue[] = new Array(total);
  for (let i = 0; i < total; i += len) for (let j = 0; j < len; j++) out[i + j] = items[j];
  return seq instanceof PyList ? new PyList(out) : new PyTuple(out);
}

/** list.extend / list += without spreading (a spread of a long array overflows the JS stack). */
export function extendList(target: PyValue[], items: readonly PyValue[]): void {
  checkSequenceLength(target.length + items.length);
  for (let i = 0, n = items.length; i < n; i++) target.push(items[i]);
}

function setOp(op: string, a: PySet, b: PySet): PySet {
  const out = new PySet(a.frozen);
  switch (op) {
    case '|': for (const v of a.values()) out.add(v); for (const v of b.values()) out.add(v); break;
    case '&': for (const v of a.values()) if (b.has(v)) out.add(v); break;
    case '-': for (const v of a.values()) if (!b.has(v)) out.add(v); break;
    case '^':
      for (const v of a.values()) if (!b.has(v)) out.add(v);
      for (const v of b.values()) if (!a.has(v)) out.add(v);
      break;
  }
  return out;
}

/** A list/dict/tuple/set subclass's own operator (Counter + Counter), before the builtin one. */
function subclassOp(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  const [forward, reflected] = DUNDER[op];
  const rightFirst = subOf(b) !== null && typeOf(a) !== typeOf(b) && typeOf(b).isSubclassOf(typeOf(a));
  const first = rightFirst ? callOverride(b, reflected, [a]) : callOverride(a, forward, [b]);
  if (first !== undefined && first !== NotImplemented) return first;
  const second = rightFirst ? callOverride(a, forward, [b]) : callOverride(b, reflected, [a]);
  return second === undefined ? NotImplemented : second;
}

function tryForward(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyInstance) {
    const r = callMethodIfDefined(a, DUNDER[op][0], [b]);
    if (r !== undefined) return r;
  } else if (isHost(a) && a.binop) return a.binop(op, b, false);
  return NotImplemented;
}

function tryReflected(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  if (b instanceof PyInstance) {
    const r = callMethodIfDefined(b, DUNDER[op][1], [a]);
    if (r !== undefined) return r;
  } else if (isHost(b) && b.binop) return b.binop(op, a, true);
  return NotImplemented;
}

function dunderOp(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  // A subclass on the right gets the first chance, as in CPython.
  const rightFirst = ta !== tb && tb.isSubclassOf(ta) && b instanceof PyInstance;
  let r = rightFirst ? tryReflected(op, a, b) : tryForward(op, a, b);
  if (r !== NotImplemented) return r;
  if (ta !== tb || !(a instanceof PyInstance) || rightFirst) {
    r = rightFirst ? tryForward(op, a, b) : tryReflected(op, a, b);
    if (r !== NotImplemented) return r;
  }
  throw unsupported(op, a, b);
}

export function unsupported(op: string, a: PyValue, b: PyValue) {
  const tn = (v: PyValue) => typeOf(v).name;
  if (op === '**') return typeError(`unsupported operand type(s) for ** or pow(): '${tn(a)}' and '${tn(b)}'`);
  if (op === '*' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple) && b instanceof PyFloat) {
    return typeError(`can't multiply sequence by non-int of type 'float'`);
  }
  if (op === '+' && typeof a === 'string') return typeError(`can only concatenate str (not "${tn(b)}") to str`);
  if (op === '+' && (a instanceof PyList || a instanceof PyTuple)) return typeError(`can only concatenate ${tn(a)} (not "${tn(b)}") to ${tn(a)}`);
  return typeError(`unsupported operand type(s) for ${op}: '${tn(a)}' and '${tn(b)}'`);
}

/** a op= b: tries __iop__ first (list += extends in place), then the binary operator. */
export function inplaceOp(op: BinaryOpName, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return intBinary(op, a, b);
  if (subOf(a) !== null) {
    const r = callOverride(a, INPLACE[op], [b]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  if (a instanceof PyList && op === '+') {
    const items = b instanceof PyList || b instanceof PyTuple ? b.items : undefined;
    if (items) { extendList(a.items, items === a.items ? items.slice() : items); return a; }
    if (typeof b !== 'string' && !(b instanceof PyInstance) && !(isHost(b))) throw unsupported('+', a, b);
    extendList(a.items, toArray(b));
    return a;
  }
  if (a instanceof PyInstance) {
    const r = callMethodIfDefined(a, INPLACE[op], [b]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  // Host objects with in-place semantics (numpy arrays: `w -= lr * g` keeps w's buffer and dtype).
  if (isHost(a) && a.inplace) {
    const r = a.inplace(op, b);
    if (r !== NotImplemented) return r;
  }
  return binaryOp(op, a, b);
}

export function unaryOp(op: UnaryOpName, v: PyValue): PyValue {
  if (typeof v === 'number' || typeof v === 'bigint') {
    switch (op) {
      case 'neg': return intNegate(v);
      case 'pos': return v;
      case 'abs': return intAbs(v);
      case 'invert': return intInvert(v);
    }
  }
  if (typeof v === 'boolean') return unaryOp(op, v ? 1 : 0);
  if (v instanceof PyFloat) {
    switch (op) {
      case 'neg': return new PyFloat(-v.v);
      case 'pos': return v;
      case 'abs': return new PyFloat(Math.abs(v.v));
    }
  }
  const name = { neg: '__neg__', pos: '__pos__', invert: '__invert__', abs: '__abs__' }[op];
  if (subOf(v) !== null) {
    const r = callOverride(v, name, []);
    if (r !== undefined) return r;
  }
  if (v instanceof PyInstance) {
    const r = callMethodIfDefined(v, name);
    if (r !== undefined) return r;
    if (v instanceof PyScalarSub) return unaryOp(op, v.value);
  } else if (isHost(v) && v.unary) {
    const r = v.unary(op);
    if (r !== NotImplemented) return r;
  }
  if (op === 'abs') throw typeError(`bad operand type for abs(): '${typeOf(v).name}'`);
  const sym = { neg: '-', pos: '+', invert: '~' }[op];
  throw typeError(`bad operand type for unary ${sym}: '${typeOf(v).name}'`);
}
