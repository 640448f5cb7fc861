// ==, <, <=, ..., `in`, with Python's rules for numbers, sequences, sets and dunders.
import { PyFloat, PyInstance, PyValue } from '../objects/core';
import { PyDict, PyList, PyRange, PySet, PyTuple } from '../objects/containers';
import { NotImplemented } from '../objects/singletons';
import { HostObject, isHost, CompareOpName } from '../host';
import { typeError } from '../exceptions';
import { typeOf } from './type-name';
import { callMethodIfDefined } from './attributes';
import { truthy } from './truth';
import { getIter } from './iteration';
import { PyBigRange } from './big-range';
import { PyBytes, bytesEqual } from './bytes';
import { subOf, callOverride } from './subclass';
import { IN_COMPARISON, enterRecursiveCall, leaveRecursiveCall } from '../interpreter/recursion';
import { PyScalarSub } from '../objects/scalar-sub';
import { callScalarOverride } from './scalar-subclass';

const DUNDER: Record<CompareOpName, string> = { '<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__', '==': '__eq__', '!=': '__ne__' };
const SWAP: Record<CompareOpName, CompareOpName> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

/** A number for comparison: ints stay exact (JS compares bigint with number exactly). */
function num(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

// `==` (not `===`) so that a bigint and a double compare by mathematical value, as CPython
// compares ints with floats: 2**53 + 1 != float(2**53 + 1), 2**64 == float(2**64).
function cmpNumbers(op: CompareOpName, a: number | bigint, b: number | bigint): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    // eslint-disable-next-line eqeqeq
    case '==': return a == b;
    // eslint-disable-next-line eqeqeq
    case '!=': return a != b;
  }
}

/** Python equality as a JS boolean (containers use identity first, as CPython does). */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return typeof a !== 'number' || a === a;
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a === 'string' && typeof b === 'string') return false;
    if (!(a instanceof PyInstance || b instanceof PyInstance || isHost(a) || isHost(b))) return false;
  }
  const r = richCompare('==', a, b);
  return typeof r === 'boolean' ? r : truthy(r);
}

function itemEq(a: PyValue, b: PyValue): boolean { return a === b || pyEq(a, b); }

// Nested containers compare recursively: each level counts against the recursion limit, and the
// path per level is kept to few small JS frames so the limit (not the JS stack) is what ends it.
function seqCompare(op: CompareOpName, a: PyValue[], b: PyValue[]): boolean {
  enterRecursiveCall(IN_COMPARISON);
  try {
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && itemEq(a[i], b[i])) i++;
    if (i === n) return cmpNumbers(op, a.length, b.length);
    if (op === '==') return false;
    if (op === '!=') return true;
    return truthy(richCompare(op, a[i], b[i]));
  } finally {
    leaveRecursiveCall();
  }
}

const isRange = (v: PyValue): v is PyRange | PyBigRange => v instanceof PyRange || v instanceof PyBigRange;

function builtinCompare(op: CompareOpName, a: PyValue, b: PyValue): PyValue {
  const an = num(a), bn = num(b);
  if (an !== undefined && bn !== undefined) return cmpNumbers(op, an, bn);
  if (typeof a === 'string' && typeof b === 'string') return cmpNumbers(op, a < b ? -1 : a > b ? 1 : 0, 0);
  if (a instanceof PyList && b instanceof PyList) return seqCompare(op, a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqCompare(op, a.items, b.items);
  return otherCompare(op, a, b);
}

/** Sets, dicts, bytes and ranges (apart from builtinCompare so its frame stays small). */
function otherCompare(op: CompareOpName, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => x.size <= y.size && x.values().every(v => y.has(v));
    switch (op) {
      case '==': return a.size === b.size && sub(a, b);
      case '!=': return !(a.size === b.size && sub(a, b));
      case '<=': return sub(a, b);
      case '<': return a.size < b.size && sub(a, b);
      case '>=': return sub(b, a);
      case '>': return b.size < a.size && sub(b, a);
    }
  }
  if (a instanceof PyDict && b instanceof PyDict && (op === '==' || op === '!=')) {
    let eq = a.size === b.size;
    if (eq) {
      enterRecursiveCall(IN_COMPARISON);
      try {
        for (const e of a.map.values()) { const o = b.get(e.k); if (o === undefined || !itemEq(e.v, o)) { eq = false; break; } }
      } finally {
        leaveRecursiveCall();
      }
    }
    return op === '==' ? eq : !eq;
  }
  if (a instanceof PyBytes && b instanceof PyBytes && (op === '==' || op === '!=')) return bytesEqual(a, b) === (op === '==');
  if (isRange(a) && isRange(b) && (op === '==' || op === '!=')) {
    // Ranges are equal when they produce the same sequence (CPython's range_equals).
    const [la, lb] = [BigInt(a.length), BigInt(b.length)];
    const eq = la === lb && (la === 0n || (BigInt(a.start) === BigInt(b.start) && (la === 1n || BigInt(a.step) === BigInt(b.step))));
    return op === '==' ? eq : !eq;
  }
  return NotImplemented;
}

function tryCompare(op: CompareOpName, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyInstance) {
    const r = callMethodIfDefined(a, DUNDER[op], [b]);
    if (r !== undefined) return r;
    if (op === '!=') {
      const eq = callMethodIfDefined(a, '__eq__', [b]);
      if (eq !== undefined && eq !== NotImplemented) return !truthy(eq);
    }
  } else if (isHost(a) && a.compare) return a.compare(op, b);
  return NotImplemented;
}

export function richCompare(op: CompareOpName, a: PyValue, b: PyValue): PyValue {
  if (subOf(a) !== null || subOf(b) !== null) {
    // A subclass's own comparison first (the right operand's when it subclasses the left's type).
    const rightFirst = subOf(b) !== null && typeOf(b) !== typeOf(a) && typeOf(b).isSubclassOf(typeOf(a));
    const first = rightFirst ? callOverride(b, DUNDER[SWAP[op]], [a]) : callOverride(a, DUNDER[op], [b]);
    if (first !== undefined && first !== NotImplemented) return first;
    const second = rightFirst ? callOverride(a, DUNDER[op], [b]) : callOverride(b, DUNDER[SWAP[op]], [a]);
    if (second !== undefined && second !== NotImplemented) return second;
  }
  const r0 = builtinCompare(op, a, b);
  if (r0 !== NotImplemented) return r0;
  if (a instanceof PyScalarSub || b instanceof PyScalarSub) return scalarSubclassCompare(op, a, b);
  let r = tryCompare(op, a, b);
  if (r !== NotImplemented) return r;
  r = tryCompare(SWAP[op], b, a);
  if (r !== NotImplemented) return r;
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw typeError(`'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/**
 * An int/float/str subclass operand: its own comparison dunders first (the right operand's when
 * its class derives from the left's), then the builtin comparison of the values they hold.
 */
function scalarSubclassCompare(op: CompareOpName, a: PyValue, b: PyValue): PyValue {
  const rightFirst = b instanceof PyScalarSub && typeOf(b) !== typeOf(a) && typeOf(b).isSubclassOf(typeOf(a));
  const first = rightFirst ? callScalarOverride(b, DUNDER[SWAP[op]], [a]) : callScalarOverride(a, DUNDER[op], [b]);
  if (first !== undefined && first !== NotImplemented) return first;
  const second = rightFirst ? callScalarOverride(a, DUNDER[op], [b]) : callScalarOverride(b, DUNDER[SWAP[op]], [a]);
  if (second !== undefined && second !== NotImplemented) return second;
  if (op === '!=') {
    const eq = callScalarOverride(a, '__eq__', [b]) ?? callScalarOverride(b, '__eq__', [a]);
    if (eq !== undefined && eq !== NotImplemented) return !truthy(eq);
  }
  const ua = a instanceof PyScalarSub ? a.value : a, ub = b instanceof PyScalarSub ? b.value : b;
  const r0 = builtinCompare(op, ua, ub);
  if (r0 !== NotImplemented) return r0;
  let r = a instanceof PyScalarSub ? NotImplemented : tryCompare(op, a, ub);
  if (r !== NotImplemented) return r;
  r = b instanceof PyScalarSub ? NotImplemented : tryCompare(SWAP[op], b, ua);
  if (r !== NotImplemented) return r;
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw typeError(`'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (subOf(container) !== null) { const r = callOverride(container, '__contains__', [item]); if (r !== undefined) return truthy(r); }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PySet) return container.has(item);
  if (typeof container === 'string') {
    if (item instanceof PyScalarSub) item = item.value;
    if (typeof item !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (itemEq(items[i], item)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    const n = num(item);
    if (n === undefined || (typeof n === 'number' && !Number.isInteger(n)) || typeof n === 'bigint') return false;
    const k = (n - container.start) / container.step;
    return Number.isInteger(k) && k >= 0 && k < container.length;
  }
  if (container instanceof PyBigRange) return container.contains(item);
  if (container instanceof PyInstance) {
    const r = callMethodIfDefined(container, '__contains__', [item]);
    if (r !== undefined) return truthy(r);
    if (container instanceof PyScalarSub) return contains(container.value, item);
  }
  if (isHost(container) && container.contains) return container.contains(item);
  let it;
  try { it = getIter(container); } catch {
    throw typeError(`argument of type '${typeOf(container).name}' is not iterable`);
  }
  for (let x = it.next(); x !== undefined; x = it.next()) if (itemEq(x, item)) return true;
  return false;
}
