// Attribute access: obj.name, obj.name = v, del obj.name, with descriptor binding.
import { namespaceDict, readOnlyNamespaceDict } from '../objects/namespace-dict';
import { PyExceptionObj, PyInstance, PyValue } from '../objects/core';
import { PyClass } from '../objects/pyclass';
import { PyDict, PyList, PyTuple } from '../objects/containers';
import {
  PyBoundMethod, PyBuiltin, PyClassMethod, PyFunction, PyMethodDescr, PyModule, PyProperty, PyStaticMethod, PySuper,
} from '../objects/callables';
import { HostObject, isHost } from '../host';
import { E, attributeError, typeError } from '../exceptions';
import { typeOf } from './type-name';
import { callValue } from './call';
import { subOf } from './subclass';
import { toArray } from './iteration';
import { T } from '../objects/types';
import { descriptorSelf } from '../objects/scalar-sub';
import { InstanceDict } from '../objects/instance-dict';

/** Binds a class attribute found for `self` (functions become bound methods). */
export function bindAttr(attr: PyValue, self: PyValue, cls: PyClass): PyValue {
  if (attr instanceof PyFunction || attr instanceof PyMethodDescr) return new PyBoundMethod(self, attr);
  if (attr instanceof PyProperty) return callValue(attr.fget, [self], null);
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyClassMethod) return new PyBoundMethod(cls, attr.func);
  if (attr instanceof PyInstance) return descriptorGet(attr, self, cls);
  return attr;
}

/** A user-defined descriptor (a class with __get__, e.g. functools.cached_property) read from `self`. */
function descriptorGet(attr: PyInstance, self: PyValue, cls: PyClass): PyValue {
  const get = attr.cls.lookup('__get__');
  return get === undefined ? attr : callBound(get, attr, [self, cls]);
}

/** Members of every JS object, none of which is a Python attribute. */
export const JS_OBJECT_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = getAttrOpt(obj, name);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

export function noAttribute(obj: PyValue, name: string): PyExceptionObj {
  if (obj instanceof PyModule) return attributeError(`module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyClass) return attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  return attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
}

/**
 * Set once any Python class defines __getattribute__ (classes.ts, type(), setattr on a class):
 * until then reading an instance attribute does not look for one along the MRO.
 */
export const userHooks = { getattribute: false };

/** Called for each name a Python class gets: notes a user __getattribute__. */
export function noteClassAttr(name: string): void {
  if (name === '__getattribute__') userHooks.getattribute = true;
}

export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyInstance) {
    if (userHooks.getattribute) { const v = userGetattribute(obj, obj.cls, name); if (v !== undefined) return v; }
    return instanceAttr(obj, obj.cls, obj.dict, name);
  }
  const sub = subOf(obj);
  if (sub !== null) {
    if (userHooks.getattribute) { const v = userGetattribute(obj, sub.cls, name); if (v !== undefined) return v; }
    return instanceAttr(obj, sub.cls, sub.dict, name);
  }
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    if (name === '__dict__') return namespaceDict(obj.dict);
    // PEP 562: a module-level __getattr__ supplies missing attributes (six.moves' lazy modules).
    const hook = obj.dict.get('__getattr__');
    if (hook !== undefined) {
      try {
        return callValue(hook, [name], null);
      } catch (e) {
        if (e instanceof PyExceptionObj && e.cls.isSubclassOf(E.AttributeError)) return undefined;
        throw e;
      }
    }
    return undefined;
  }
  if (obj instanceof PyClass) return classAttr(obj, name);
  // A host's getattr hook may look names up in JS tables; the names every JS object has
  // (constructor, __proto__, toString, ...) are never Python attributes of a host type.
  if (isHost(obj) && obj.getattr && !JS_OBJECT_NAMES.has(name)) {
    const v = obj.getattr(name);
    if (v !== undefined) return v;
  }
  if (obj instanceof PySuper) return superAttr(obj, name);
  if (obj instanceof PyFunction || obj instanceof PyBuiltin) {
    const v = functionAttr(obj, name);
    if (v !== undefined) return v;
  }
  if (obj instanceof PyBoundMethod) {
    const v = boundMethodAttr(obj, name);
    if (v !== undefined) return v;
  }
  if (obj instanceof PyMethodDescr) {
    const v = descriptorAttr(obj, name);
    if (v !== undefined) return v;
  }
  const cls = typeOf(obj);
  const attr = cls.lookup(name);
  if (attr !== undefined) return bindAttr(attr, obj, cls);
  if (name === '__class__') return cls;
  return undefined;
}

/**
 * getattr(obj, name, default)'s lookup: undefined where nothing is found or the lookup raises
 * AttributeError (a property's getter, a class's __getattr__), as Python's three-argument getattr,
 * hasattr and IPython's formatter lookups treat it.
 */
export function getAttrIfAny(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOpt(obj, name);
  } catch (e) {
    if (e instanceof PyExceptionObj && e.cls.isSubclassOf(E.AttributeError)) return undefined;
    throw e;
  }
}

/**
 * object.__getattribute__ on an instance: data descriptors (properties, a class with __set__),
 * then the instance's own attributes, then the class's; `hook` adds the class's __getattr__ for
 * the names that finds nothing for (getattr(); object.__getattribute__ itself has no hook).
 */
function instanceAttr(obj: PyValue, cls: PyClass, dict: InstanceDict, name: string, hook = true): PyValue | undefined {
  const clsAttr = cls.lookup(name);
  if (clsAttr instanceof PyProperty) return callValue(clsAttr.fget, [obj], null);
  if (clsAttr instanceof PyInstance && isDataDescriptor(clsAttr)) return descriptorGet(clsAttr, obj, cls);
  const own = dict.get(name);
  if (own !== undefined) return own;
  if (clsAttr !== undefined) return bindAttr(clsAttr, obj, cls);
  switch (name) {
    case '__class__': return cls;
    case '__dict__': if (obj instanceof PyInstance && !hasInstanceDict(cls)) break; return dictView(dict);
  }
  if (obj instanceof PyExceptionObj) {
    switch (name) {
      case 'args': return new PyTuple(obj.args);
      case '__cause__': return obj.cause;
      case '__context__': return obj.context;
      case '__traceback__': return null;
      case 'value': if (inherits(obj, 'StopIteration')) return obj.args[0] ?? null; break;
      case 'code': if (inherits(obj, 'SystemExit')) return obj.args.length <= 1 ? obj.args[0] ?? null : new PyTuple(obj.args); break;
      case 'errno': case 'strerror': case 'filename':
        // OSError(errno, strerror[, filename]) exposes its arguments by name, as CPython.
        if (inherits(obj, 'OSError')) return obj.args.length >= 2 ? (obj.args[name === 'errno' ? 0 : name === 'strerror' ? 1 : 2] ?? null) : null;
        break;
    }
  }
  if (!hook) return undefined;
  const getattr = cls.lookup('__getattr__');
  if (getattr !== undefined) return callValue(getattr, [obj, name], null);
  return undefined;
}

/**
 * A class's own __getattribute__ (undefined when it has none): its result, or on AttributeError the
 * class's __getattr__ (CPython's slot_tp_getattr_hook); it reaches real attributes through
 * object.__getattribute__ or super().
 */
function userGetattribute(obj: PyValue, cls: PyClass, name: string): PyValue | undefined {
  const m = cls.lookup('__getattribute__');
  if (m === undefined || (m instanceof PyMethodDescr && m.owner === T.object)) return undefined;
  try {
    return callBound(m, obj, [name]);
  } catch (e) {
    const getattr = e instanceof PyExceptionObj && e.cls.isSubclassOf(E.AttributeError) ? cls.lookup('__getattr__') : undefined;
    if (getattr === undefined) throw e;
    return callBound(getattr, obj, [name]);
  }
}

/** A user descriptor that also defines __set__ or __delete__ wins over the instance's own attribute. */
function isDataDescriptor(attr: PyInstance): boolean {
  return attr.cls.lookup('__set__') !== undefined || attr.cls.lookup('__delete__') !== undefined;
}

/** The live PyDict over an instance's attributes (`obj.__dict__`, `vars(obj)`), made once. */
export function dictView(store: InstanceDict): PyDict {
  return (store.view ??= new PyDict(store.map)) as PyDict;
}

/** A class's __dict__ is CPython's read-only mappingproxy: class attributes are set with setattr. */
function refuseClassDictWrite(what: 'assignment' | 'deletion'): never {
  throw typeError(`'mappingproxy' object does not support item ${what}`);
}

/** `obj.__dict__ = d`: d (the very dict, as CPython) becomes the instance's attribute storage. */
function replaceDict(obj: PyValue, store: InstanceDict, value: PyValue): void {
  if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
  store.map = value.map;
  store.view = value;
}

/**
 * object.__getattribute__(obj, name): the generic lookup, without the class's __getattr__ (a
 * user __getattr__/__getattribute__ calls it to reach the real attributes); AttributeError if none.
 */
export function genericGetAttr(obj: PyValue, name: string): PyValue {
  const state = obj instanceof PyInstance ? obj : subOf(obj);
  if (state === null) return getAttr(obj, name);
  const v = instanceAttr(obj, state.cls, state.dict, name, false);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

function inherits(e: PyExceptionObj, builtinName: string): boolean {
  return e.cls.mro.some(c => c.isBuiltin && c.name === builtinName);
}

function classAttr(cls: PyClass, name: string): PyValue | undefined {
  const attr = cls.lookup(name);
  if (attr !== undefined) {
    if (attr instanceof PyClassMethod) return new PyBoundMethod(cls, attr.func);
    if (attr instanceof PyStaticMethod) return attr.func;
    if (attr instanceof PyInstance) return descriptorGet(attr, null, cls);
    return attr;
  }
  switch (name) {
    case '__name__': case '__qualname__': return cls.name;
    case '__module__': return cls.module;
    case '__mro__': return new PyTuple(cls.mro);
    case '__bases__': return new PyTuple(cls.bases);
    case '__base__': return cls.bases[0] ?? null;
    case '__dict__': return readOnlyNamespaceDict(cls.dict, refuseClassDictWrite);
    case '__doc__': return null;
    case '__class__': return typeOf(cls);
  }
  return undefined;
}

function functionAttr(f: PyFunction | PyBuiltin, name: string): PyValue | undefined {
  switch (name) {
    case '__name__': return f.name;
    case '__qualname__': return f instanceof PyFunction ? f.qualname : f.name;
    case '__module__': return f.module;
    case '__doc__': return f instanceof PyFunction ? f.doc : null;
  }
  if (f instanceof PyFunction && f.dict) return f.dict.get(name);
  return undefined;
}

/** A bound method names itself after its function; a Python function's other attributes show through. */
function boundMethodAttr(m: PyBoundMethod, name: string): PyValue | undefined {
  const f = m.func;
  if (name === '__self__') return m.self;
  if (f instanceof PyMethodDescr) return descriptorAttr(f, name);
  if (name === '__func__') return f;
  if (f instanceof PyFunction) return functionAttr(f, name);
  return name === '__name__' || name === '__qualname__' ? getAttrOpt(f, name) : undefined;
}

/** `str.upper.__name__` is 'upper', its __qualname__ 'str.upper', its __objclass__ str. */
function descriptorAttr(d: PyMethodDescr, name: string): PyValue | undefined {
  switch (name) {
    case '__name__': return d.name;
    case '__qualname__': return `${d.owner.name}.${d.name}`;
    case '__objclass__': return d.owner;
  }
  return undefined;
}

function superAttr(s: PySuper, name: string): PyValue | undefined {
  const mro = s.selfClass.mro;
  const start = mro.indexOf(s.start);
  for (let i = start + 1; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) {
      if (s.self instanceof PyClass && s.self === s.selfClass && !(v instanceof PyClassMethod)) {
        return v instanceof PyStaticMethod ? v.func : v;
      }
      return bindAttr(v, s.self, s.selfClass);
    }
  }
  return undefined;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyInstance) { setInstanceAttr(obj, obj.cls, obj.dict, name, value); return; }
  const sub = subOf(obj);
  if (sub !== null) { setInstanceAttr(obj, sub.cls, sub.dict, name, value); return; }
  if (obj instanceof PyClass && !obj.isBuiltin) {
    // The class's own name fields (repr, error texts) follow __name__/__qualname__/__module__.
    if ((name === '__name__' || name === '__qualname__') && typeof value === 'string') { obj.name = value; return; }
    if (name === '__module__' && typeof value === 'string') obj.module = value;
    noteClassAttr(name);
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyModule) { obj.dict.set(name, value); return; }
  if (obj instanceof PyFunction) {
    if (name === '__name__' && typeof value === 'string') { obj.name = value; return; }
    if (name === '__qualname__' && typeof value === 'string') { obj.qualname = value; return; }
    if (name === '__module__' && typeof value === 'string') { obj.module = value; return; }
    if (name === '__doc__') { obj.doc = value; return; }
    if (name === '__defaults__') { obj.defaults = value === null ? [] : [...toArray(value)]; return; }
    if (name === '__kwdefaults__') { obj.kwdefaults = value instanceof PyDict ? new Map([...value.map.values()].map(e => [String(e.k), e.v] as [string, PyValue])) : null; return; }
    (obj.dict ??= new Map()).set(name, value);
    return;
  }
  if (isHost(obj) && obj.setattr && !JS_OBJECT_NAMES.has(name) && obj.setattr(name, value)) return;
  if (obj instanceof PyClass) throw attributeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
  const tn = typeOf(obj).name;
  if (typeOf(obj).lookup(name) !== undefined) throw attributeError(`'${tn}' object attribute '${name}' is read-only`);
  throw attributeError(`'${tn}' object has no attribute '${name}'`);
}

function setInstanceAttr(obj: PyValue, cls: PyClass, dict: InstanceDict, name: string, value: PyValue): void {
  // A user __setattr__ comes first, even for properties (it may call object.__setattr__ for them).
  const custom = cls.lookup('__setattr__');
  // A class may also set `__setattr__ = dict.__setitem__` (attribute-style config dicts).
  if (custom !== undefined && !(custom instanceof PyMethodDescr && custom.owner === T.object)) {
    callValue(custom instanceof PyMethodDescr ? custom : bindAttr(custom, obj, cls), custom instanceof PyMethodDescr ? [obj, name, value] : [name, value], null);
    return;
  }
  genericSetInstanceAttr(obj, cls, dict, name, value);
}

/** object.__setattr__ on an instance: data descriptors, then `__dict__` itself, then the instance's dict. */
function genericSetInstanceAttr(obj: PyValue, cls: PyClass, dict: InstanceDict, name: string, value: PyValue): void {
  const clsAttr = cls.lookup(name);
  if (clsAttr instanceof PyProperty) {
    if (clsAttr.fset === null) throw attributeError(`property '${name}' of '${cls.name}' object has no setter`);
    callValue(clsAttr.fset, [obj, value], null);
    return;
  }
  if (clsAttr instanceof PyInstance) {
    const set = clsAttr.cls.lookup('__set__');
    if (set !== undefined) { callBound(set, clsAttr, [obj, value]); return; }
  }
  if (name === '__dict__' && clsAttr === undefined) { replaceDict(obj, dict, value); return; }
  if (obj instanceof PyInstance && !slotsAllow(cls, name)) throw attributeError(`'${cls.name}' object has no attribute '${name}'`);
  dict.set(name, value);
}

/** object.__setattr__(obj, name, value), which a user __setattr__ calls to store for real. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyClass) throw typeError("can't apply this __setattr__ to type object");
  const state = obj instanceof PyInstance ? obj : subOf(obj);
  if (state === null) { setAttr(obj, name, value); return; }
  genericSetInstanceAttr(obj, state.cls, state.dict, name, value);
}

/**
 * Whether an instance may hold `name`: always, unless every Python class of its MRO declares
 * __slots__ (then only the declared names, or any name when one declares '__dict__').
 */
function slotsAllow(cls: PyClass, name: string): boolean {
  if (!allSlotted(cls)) return true;
  for (const c of cls.mro) {
    const slots = c.dict.get('__slots__');
    if (slots === undefined) continue;
    if (typeof slots !== 'string' && !(slots instanceof PyList) && !(slots instanceof PyTuple)) return true;
    const names = typeof slots === 'string' ? [slots] : slots.items;
    if (names.includes('__dict__') || names.includes(name)) return true;
    // A private slot ('__x') is stored under its mangled name ('_Cls__x'), as the compiler writes it.
    const mangled = c.name.replace(/^_+/, '');
    if (names.some(n => typeof n === 'string' && n.startsWith('__') && !n.endsWith('__') && `_${mangled}${n}` === name)) return true;
  }
  return false;
}

/** True when every Python class of the MRO declares __slots__ (so instances may lack a __dict__). */
function allSlotted(cls: PyClass): boolean {
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const c = mro[i];
    if (c === T.object) continue;
    if (c.isBuiltin || !c.dict.has('__slots__')) return false;
  }
  return true;
}

/** Whether instances of `cls` have a __dict__ (not when only slots, none of them '__dict__', are declared). */
export function hasInstanceDict(cls: PyClass): boolean {
  return !allSlotted(cls) || slotsAllow(cls, '__dict__');
}

export function delAttr(obj: PyValue, name: string): void {
  const state = obj instanceof PyInstance ? obj : subOf(obj);
  if (state !== null) {
    const custom = customDelattr(state.cls);
    if (custom !== undefined) { callValue(custom instanceof PyMethodDescr ? custom : bindAttr(custom, obj, state.cls), custom instanceof PyMethodDescr ? [obj, name] : [name], null); return; }
    genericDelInstanceAttr(obj, state.cls, state.dict, name);
    return;
  }
  if (obj instanceof PyModule || (obj instanceof PyClass && !obj.isBuiltin)) {
    if (!obj.dict.delete(name)) throw noAttribute(obj, name);
    return;
  }
  throw noAttribute(obj, name);
}

/** object.__delattr__ on an instance: a property's deleter, a descriptor's __delete__, else the dict entry. */
function genericDelInstanceAttr(obj: PyValue, cls: PyClass, dict: InstanceDict, name: string): void {
  const clsAttr = cls.lookup(name);
  if (clsAttr instanceof PyProperty) {
    if (clsAttr.fdel === null) throw attributeError(`property '${name}' of '${cls.name}' object has no deleter`);
    callValue(clsAttr.fdel, [obj], null);
    return;
  }
  if (clsAttr instanceof PyInstance) {
    const del = clsAttr.cls.lookup('__delete__');
    if (del !== undefined) { callBound(del, clsAttr, [obj]); return; }
  }
  // `del obj.__dict__` leaves the instance a new empty one.
  if (name === '__dict__' && clsAttr === undefined && !dict.has(name)) { dict.map = new Map(); dict.view = null; return; }
  if (!dict.delete(name)) throw noAttribute(obj, name);
}

/** object.__delattr__(obj, name), which a user __delattr__ calls to delete for real. */
export function genericDelAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyClass) throw typeError("can't apply this __delattr__ to type object");
  const state = obj instanceof PyInstance ? obj : subOf(obj);
  if (state === null) { delAttr(obj, name); return; }
  genericDelInstanceAttr(obj, state.cls, state.dict, name);
}

function customDelattr(cls: PyClass): PyValue | undefined {
  const m = cls.lookup('__delattr__');
  return m instanceof PyMethodDescr && m.owner === T.object ? undefined : m;
}

/** Calls a user-defined dunder on an instance if its class defines one (undefined otherwise). */
export function callMethodIfDefined(obj: PyInstance, name: string, args: PyValue[] = []): PyValue | undefined {
  const m = obj.cls.lookup(name);
  if (m === undefined || m instanceof PyMethodDescr) return undefined;
  return callBound(m, obj, args);
}

export function callBound(m: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (m instanceof PyFunction) return m.code.invoke(m, self, args, null);
  if (m instanceof PyMethodDescr) return m.fn(descriptorSelf(m.owner, self), args, null);
  return callValue(bindAttr(m, self, typeOf(self)), args, null);
}
