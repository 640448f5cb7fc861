// Functions, builtin functions, methods, modules and the descriptor wrappers.
import { PyObject, PyValue, Kwargs, Cell } from './core';
import type { PyClass } from './pyclass';
import { T } from './types';

/** What the interpreter compiles a def/lambda into; `invoke` runs one call. */
export interface FunctionCode {
  name: string;
  invoke(fn: PyFunction, self: PyValue | undefined, args: PyValue[], kw: Kwargs): PyValue;
}

export class PyFunction extends PyObject {
  dict: Map<string, PyValue> | null = null;
  qualname: string;
  doc: PyValue = null;
  constructor(
    public name: string,
    readonly code: FunctionCode,
    public defaults: PyValue[],
    public kwdefaults: Map<string, PyValue> | null,
    readonly closure: Cell[] | null,
    readonly globals: Map<string, PyValue>,
    public module: string,
  ) { super(); this.qualname = name; }
  get type(): PyClass { return T.function; }
}

export type NativeFn = (args: PyValue[], kw: Kwargs) => PyValue;
export type NativeMethodFn = (self: any, args: PyValue[], kw: Kwargs) => PyValue;

/** A function implemented in TypeScript (len, math.sqrt, tf.matmul, ...). */
export class PyBuiltin extends PyObject {
  constructor(readonly name: string, readonly fn: NativeFn, public module: string | null = null) { super(); }
  get type(): PyClass { return T.builtin_function; }
}

/** A method of a builtin type implemented in TypeScript (list.append); binds like a function. */
export class PyMethodDescr extends PyObject {
  constructor(readonly name: string, readonly fn: NativeMethodFn, readonly owner: PyClass) { super(); }
  get type(): PyClass { return T.method_descriptor; }
  /** CPython's slot wrappers (list.__init__, int.__add__) word their errors apart from methods. */
  get isSlotWrapper(): boolean { return /^__\w+__$/.test(this.name) && !METHOD_DUNDERS.has(this.name); }
  /** CPython's TypeError for calling this unbound with no arguments. */
  noSelfMessage(): string {
    return this.isSlotWrapper ? `descriptor '${this.name}' of '${this.owner.name}' object needs an argument`
      : `unbound method ${this.owner.name}.${this.name}() needs an argument`;
  }
  /** CPython's TypeError for calling this unbound on an instance of `typeName`, not of the owner. */
  wrongSelfMessage(typeName: string): string {
    return this.isSlotWrapper ? `descriptor '${this.name}' requires a '${this.owner.name}' object but received a '${typeName}'`
      : `descriptor '${this.name}' for '${this.owner.name}' objects doesn't apply to a '${typeName}' object`;
  }
}
/** Dunder methods CPython's builtin types define as plain methods (method_descriptor), not slots. */
const METHOD_DUNDERS = new Set(['__alloc__', '__bytes__', '__ceil__', '__complex__', '__contains__', '__dir__', '__floor__',
  '__format__', '__getitem__', '__getnewargs__', '__getstate__', '__instancecheck__', '__reduce__', '__reduce_ex__',
  '__reversed__', '__round__', '__setstate__', '__sizeof__', '__subclasscheck__', '__subclasses__', '__trunc__']);

export class PyBoundMethod extends PyObject {
  constructor(readonly self: PyValue, readonly func: PyValue) { super(); }
  get type(): PyClass { return T.method; }
}

export class PyModule extends PyObject {
  /** `dict` may be given: the notebook's globals are the __main__ module's namespace. */
  constructor(readonly name: string, readonly dict = new Map<string, PyValue>()) { super(); this.dict.set('__name__', name); }
  get type(): PyClass { return T.module; }
  set(name: string, value: PyValue): this { this.dict.set(name, value); return this; }
}

export class PyProperty extends PyObject {
  /** `doc`: property(doc=...), else None (CPython then shows fget's docstring). */
  constructor(readonly fget: PyValue, readonly fset: PyValue = null, readonly fdel: PyValue = null, readonly doc: PyValue = null) { super(); }
  get type(): PyClass { return T.property; }
}
export class PyStaticMethod extends PyObject {
  constructor(readonly func: PyValue) { super(); }
  get type(): PyClass { return T.staticmethod; }
}
export class PyClassMethod extends PyObject {
  constructor(readonly func: PyValue) { super(); }
  get type(): PyClass { return T.classmethod; }
}
/** super() proxy: attribute lookup starts after `start` in the MRO of type(self). */
export class PySuper extends PyObject {
  constructor(readonly start: PyClass, readonly self: PyValue, readonly selfClass: PyClass) { super(); }
  get type(): PyClass { return T.super; }
}

/** Lazy iterators (map, zip, list_iterator, ...): next() returns undefined when exhausted. */
export class PyIterator extends PyObject {
  constructor(readonly cls: PyClass, readonly next: () => PyValue | undefined) { super(); }
  get type(): PyClass { return this.cls; }
}
