// Calling any callable value, and constructing instances of classes.
import { PyExceptionObj, PyInstance, PyValue, Kwargs, pyFloat } from '../objects/core';
import { PyClass } from '../objects/pyclass';
import { PyBoundMethod, PyBuiltin, PyFunction, PyMethodDescr, PyStaticMethod, PySuper } from '../objects/callables';
import { T } from '../objects/types';
import { containerBase, newContainer, subOf } from './subclass';
import { toArray } from './iteration';
import { descriptorSelf, newScalarSub, scalarBase } from './scalar-subclass';
import { PyScalarSub } from '../objects/scalar-sub';
import { HostObject, isHost } from '../host';
import { typeError } from '../exceptions';
import { typeOf } from './type-name';
import { bindAttr, getAttr, callBound, userHooks } from './attributes';

export function callValue(f: PyValue, args: PyValue[], kw: Kwargs): PyValue {
  if (f instanceof PyFunction) return f.code.invoke(f, undefined, args, kw);
  if (f instanceof PyBuiltin) return f.fn(args, kw);
  if (f instanceof PyBoundMethod) {
    const fn = f.func;
    if (fn instanceof PyFunction) return fn.code.invoke(fn, f.self, args, kw);
    if (fn instanceof PyMethodDescr) return fn.fn(descriptorSelf(fn.owner, f.self), args, kw);
    return callValue(fn, [f.self, ...args], kw);
  }
  if (f instanceof PyClass) return construct(f, args, kw);
  if (f instanceof PyMethodDescr) {
    if (!args.length) throw typeError(f.noSelfMessage());
    return f.fn(descrSelf(f, args[0]), args.slice(1), kw);
  }
  if (f instanceof PyInstance) {
    const c = f.cls.lookup('__call__');
    if (c !== undefined) {
      if (c instanceof PyFunction) return c.code.invoke(c, f, args, kw);
      return callValue(bindAttr(c, f, f.cls), args, kw);
    }
  }
  if (isHost(f) && f.call) return f.call(args, kw);
  throw typeError(`'${typeOf(f).name}' object is not callable`);
}

/**
 * The first argument of a method taken from its class (str.upper(x)), checked to be an instance of
 * the owner class (a subclass, or bool for int, counts) before the TypeScript body sees it.
 * NumPy's float64 and str_ subclass float and str in CPython: they are passed as those values.
 */
function descrSelf(f: PyMethodDescr, self: PyValue): PyValue {
  const cls = typeOf(self);
  if (cls.isSubclassOf(f.owner)) return descriptorSelf(f.owner, self);
  if (isHost(self) && cls.module === 'numpy') {
    if (f.owner === T.float && cls.name === 'float64' && self.number) return pyFloat(self.number());
    if (f.owner === T.str && cls.name === 'str_' && self.str) return self.str();
  }
  // C types name their module in CPython's message ('numpy.int64'); Python-defined classes do not.
  throw typeError(f.wrongSelfMessage(isHost(self) ? cls.qualname : cls.name));
}

/** obj.name(*args) without allocating a bound method in the common cases. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kw: Kwargs): PyValue {
  if (obj instanceof PyInstance) {
    const m = obj.cls.lookup(name);
    if (m instanceof PyFunction && !obj.dict.has(name) && !userHooks.getattribute) return m.code.invoke(m, obj, args, kw);
  } else if (!isHost(obj) && !(obj instanceof PyClass) && !(obj instanceof PySuper)) {
    const m = typeOf(obj).lookup(name);
    if (m instanceof PyMethodDescr) return m.fn(obj, args, kw);
  }
  return callValue(getAttr(obj, name), args, kw);
}

export function construct(cls: PyClass, args: PyValue[], kw: Kwargs): PyValue {
  let obj: PyValue;
  const userNew = userDefinedNew(cls);
  if (userNew !== undefined) {
    // CPython's type.__call__: __new__(cls, *args), then __init__ only on an instance of cls.
    obj = callValue(userNew, [cls, ...args], kw);
    if (!typeOf(obj).isSubclassOf(cls)) return obj;
  } else {
    // A class made in TypeScript over a container (a named tuple such as LSTMStateTuple) brings
    // its own nativeNew; only Python-defined subclasses are built as the bare container.
    const found = cls.findNativeNew();
    const container = cls.isBuiltin ? null : containerBase(cls);
    const base = container && found === container.nativeNew ? container : null;
    const nativeNew = base ? null : found;
    if (base) {
      // tuple and frozenset are filled by __new__; list, dict and set by __init__.
      const immutable = base === T.tuple || base === T.frozenset;
      obj = newContainer(cls, base, immutable && args.length ? [...toArray(args[0])] : []);
    } else if (nativeNew) {
      obj = nativeNew(cls, args, kw);
      // A Python subclass of int, float or str wraps the builtin value its base made.
      const scalar = cls.isBuiltin || obj instanceof PyInstance ? null : scalarBase(cls);
      if (scalar !== null) obj = newScalarSub(cls, obj);
      // Builtin and host types are fully built by nativeNew; user subclasses still get __init__.
      if (cls.isBuiltin || cls.nativeNew === nativeNew || !(obj instanceof PyInstance)) return obj;
    } else {
      obj = new PyInstance(cls);
    }
  }
  const init = cls.lookup('__init__');
  if (init instanceof PyFunction) {
    const r = init.code.invoke(init, obj, args, kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  } else if (init instanceof PyMethodDescr && init.owner.name !== 'object') {
    // A TypeScript-defined __init__ (bind/py_class.ts) takes keyword arguments too.
    init.fn(obj, args, kw);
  } else if (init !== undefined && !(init instanceof PyMethodDescr && init.owner.name === 'object')) {
    callValue(bindAttr(init, obj, cls), args, kw);
  } else if ((args.length || (kw && kw.size)) && !(obj instanceof PyExceptionObj) && userNew === undefined && !subOf(obj) && !(obj instanceof PyScalarSub)) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
  return obj;
}

/** A __new__ written in Python by the class or a base (namedtuple's), as a plain callable. */
function userDefinedNew(cls: PyClass): PyValue | undefined {
  for (const c of cls.mro) {
    const m = c.dict.get('__new__');
    if (m === undefined) continue;
    if (c.isBuiltin) return undefined;
    return m instanceof PyStaticMethod ? m.func : m;
  }
  return undefined;
}
