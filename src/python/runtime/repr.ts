// repr() and str() for every kind of value.
import { PyExceptionObj, PyFloat, PyInstance, PySingleton, PyValue } from '../objects/core';
import { PyDict, PyList, PyRange, PySet, PySlice, PyTuple } from '../objects/containers';
import { PyBoundMethod, PyBuiltin, PyClassMethod, PyFunction, PyMethodDescr, PyModule, PyProperty, PyStaticMethod, PyIterator, PySuper } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { HostObject, isHost } from '../host';
import { floatRepr } from './float-repr';
import { intToDecimal } from './int-text';
import { PyBigRange, bigRangeRepr } from './big-range';
import { PyBytes, bytesRepr } from './bytes';
import { objectId } from './hashing';
import { typeName } from './type-name';
import { callValue } from './call';
import { typeError } from '../exceptions';
import { callOverride, subOf } from './subclass';
import { toPyException } from '../interpreter/errors';
import { enterRecursiveCall, leaveRecursiveCall, recursing, WHILE_REPR } from '../interpreter/recursion';
import { PyScalarSub } from '../objects/scalar-sub';

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if ((c >= 0x80 && c < 0xa0) || c === 0xad) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

const reprStack = new Set<object>();

/** Repr of a container: `placeholder` for a cycle, RecursionError for nesting past the limit. */
function guarded(o: object, placeholder: string, f: () => string): string {
  if (reprStack.has(o)) return placeholder;
  enterRecursiveCall(WHILE_REPR);
  reprStack.add(o);
  try { return f(); } finally { reprStack.delete(o); leaveRecursiveCall(); }
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? intRepr(v) : floatRepr(v);
    case 'bigint': return intToDecimal(v);
    case 'string': return strRepr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (subOf(v) !== null) {
    const r = callOverride(v, '__repr__', []);
    if (r !== undefined) return checkString(r, '__repr__');
  }
  if (v instanceof PyList) {
    const body = guarded(v, '[...]', () => '[' + v.items.map(repr).join(', ') + ']');
    return v.sub !== null || v.type.name === 'list' ? body : `${v.type.name}(${body})`;
  }
  if (v instanceof PyTuple) {
    // A tuple subclass with its own __repr__ (named tuples).
    const own = v.type.lookup('__repr__');
    if (own instanceof PyMethodDescr && own.owner.module !== 'builtins') return String(own.fn(v, [], null));
    if (v.items.length === 1) return guarded(v, '(...)', () => '(' + repr(v.items[0]) + ',)');
    return guarded(v, '(...)', () => '(' + v.items.map(repr).join(', ') + ')');
  }
  if (v instanceof PyDict) {
    return guarded(v, '{...}', () => {
      const parts: string[] = [];
      for (const e of v.map.values()) parts.push(repr(e.k) + ': ' + repr(e.v));
      return '{' + parts.join(', ') + '}';
    });
  }
  if (v instanceof PySet) {
    const name = v.type.name;
    if (!v.size) return name + '()';
    const body = recursing(WHILE_REPR, () => '{' + v.values().map(repr).join(', ') + '}');
    return v.frozen || v.sub !== null ? `${name}(${body})` : body;
  }
  if (v instanceof PyInstance) return recursing(WHILE_REPR, () => instanceRepr(v));
  if (isHost(v)) return recursing(WHILE_REPR, () => v.repr());
  if (v instanceof PyClass) return `<class '${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${fakeAddress(v)}>`;
  if (v instanceof PyBuiltin) return `<built-in function ${v.name}>`;
  if (v instanceof PyMethodDescr) return `<method '${v.name}' of '${v.owner.name}' objects>`;
  if (v instanceof PyBoundMethod) {
    const f = v.func;
    if (f instanceof PyMethodDescr) return `<built-in method ${f.name} of ${typeName(v.self)} object at ${fakeAddress(v.self as object)}>`;
    const fname = f instanceof PyFunction ? f.qualname : '?';
    return `<bound method ${fname} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyBigRange) return bigRangeRepr(v);
  if (v instanceof PyBytes) return bytesRepr(v);
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PySingleton) return v.name;
  if (v instanceof PyProperty) return `<property object at ${fakeAddress(v)}>`;
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod) return `<${typeName(v)} object at ${fakeAddress(v)}>`;
  if (v instanceof PyIterator) return `<${v.cls.name} object at ${fakeAddress(v)}>`;
  if (v instanceof PySuper) return `<super: <class '${v.start.name}'>, <${v.selfClass.name} object>>`;
  return `<${typeName(v)} object>`;
}

function intRepr(v: number): string {
  if (Math.abs(v) < 1e21) return Object.is(v, -0) ? '0' : String(v);
  return BigInt(v).toString();
}

export function fakeAddress(o: object): string {
  return '0x' + (0x7f0000000000 + objectId(o) * 16).toString(16);
}

function instanceRepr(v: PyInstance): string {
  const m = v.cls.lookup('__repr__');
  if (v instanceof PyScalarSub && (m === undefined || (m instanceof PyMethodDescr && m.owner.isBuiltin))) return repr(v.value);
  if (m !== undefined && !(m instanceof PyMethodDescr && m.owner.name === 'object')) {
    const r = callValue(m, [v], null);
    if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
    return r;
  }
  if (v instanceof PyExceptionObj) return exceptionRepr(v);
  const mod = v.cls.module;
  return `<${mod === 'builtins' ? '' : mod + '.'}${v.cls.name} object at ${fakeAddress(v)}>`;
}

function exceptionRepr(e: PyExceptionObj): string {
  const args = e.args.length === 1 ? '(' + repr(e.args[0]) + ')' : repr(new PyTuple(e.args));
  return e.cls.name + args;
}

function checkString(r: PyValue, method: string): string {
  if (typeof r !== 'string') throw typeError(`${method} returned non-string (type ${typeName(r)})`);
  return r;
}

/**
 * repr() for views outside a cell (Variables view, hovers): never throws. A value whose repr
 * fails (nested too deep, a raising __repr__) shows its type and the error's class instead.
 */
export function safeRepr(v: PyValue): string {
  try {
    return repr(v);
  } catch (e) {
    return `<${typeName(v)} object (repr() raised ${toPyException(e).cls.name})>`;
  }
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (subOf(v) !== null) {
    const r = callOverride(v, '__str__', []);
    if (r !== undefined) return checkString(r, '__str__');
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__str__');
    // int and float print through repr (a subclass's own __repr__), str as the text it holds.
    if (v instanceof PyScalarSub && (m === undefined || (m instanceof PyMethodDescr && m.owner.isBuiltin))) {
      return typeof v.value === 'string' ? v.value : repr(v);
    }
    if (m !== undefined && !(m instanceof PyMethodDescr && m.owner.name === 'object')) {
      const r = callValue(m, [v], null);
      if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
      return r;
    }
    if (v instanceof PyExceptionObj) return exceptionStr(v);
  }
  if (isHost(v)) return v.str ? v.str() : v.repr();
  return repr(v);
}

export function exceptionStr(e: PyExceptionObj): string {
  if (e.args.length === 1 && e.cls.mro.some(c => c.isBuiltin && c.name === 'KeyError')) return repr(e.args[0]);
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  if (e.args.length <= 3 && typeof e.args[0] === 'number' && e.cls.mro.some(c => c.isBuiltin && c.name === 'OSError')) {
    // OSError(errno, strerror, filename) prints as "[Errno 2] No such file or directory: 'x'".
    return `[Errno ${e.args[0]}] ${str(e.args[1])}` + (e.args.length === 3 ? `: ${repr(e.args[2])}` : '');
  }
  if (e.args.length === 5 && typeof e.args[0] === 'number' && e.cls.mro.some(c => c.isBuiltin && c.name === 'OSError')) {
    // OSError(errno, strerror, filename, winerror, filename2): "[Errno 2] No such file or directory: 'a' -> 'b'".
    return `[Errno ${e.args[0]}] ${str(e.args[1])}: ${repr(e.args[2])} -> ${repr(e.args[4])}`;
  }
  return repr(new PyTuple(e.args));
}
