// Registry of the builtin classes. Methods are attached by builtins/*-methods.ts.
import { PyClass } from './pyclass';
import { floatTypeRef } from './core';
import { typeTypeRef } from './type-ref';
import type { PyValue } from './core';
import { PyMethodDescr, NativeMethodFn } from './callables';

function builtin(name: string, bases: PyClass[]): PyClass {
  const c = new PyClass(name, bases);
  c.isBuiltin = true;
  return c;
}

const object = builtin('object', []);
const int = builtin('int', [object]);

export const T = {
  object,
  type: builtin('type', [object]),
  int,
  bool: builtin('bool', [int]),
  float: builtin('float', [object]),
  str: builtin('str', [object]),
  list: builtin('list', [object]),
  tuple: builtin('tuple', [object]),
  dict: builtin('dict', [object]),
  set: builtin('set', [object]),
  frozenset: builtin('frozenset', [object]),
  NoneType: builtin('NoneType', [object]),
  function: builtin('function', [object]),
  builtin_function: builtin('builtin_function_or_method', [object]),
  method: builtin('method', [object]),
  method_descriptor: builtin('method_descriptor', [object]),
  module: builtin('module', [object]),
  range: builtin('range', [object]),
  slice: builtin('slice', [object]),
  NotImplementedType: builtin('NotImplementedType', [object]),
  ellipsis: builtin('ellipsis', [object]),
  property: builtin('property', [object]),
  staticmethod: builtin('staticmethod', [object]),
  classmethod: builtin('classmethod', [object]),
  super: builtin('super', [object]),
  cell: builtin('cell', [object]),
};

floatTypeRef.cls = T.float;
typeTypeRef.cls = T.type;

const iteratorTypes = new Map<string, PyClass>();
const iteratorMethods = new Map<string, PyValue>();
/** Methods every iterator type has (__iter__, __next__); attached to existing and future types. */
export function defineIteratorMethods(methods: Record<string, NativeMethodFn>): void {
  for (const [name, fn] of Object.entries(methods)) iteratorMethods.set(name, new PyMethodDescr(name, fn, T.object));
  for (const c of iteratorTypes.values()) for (const [n, m] of iteratorMethods) c.dict.set(n, m);
}
/** Classes for iterator objects (list_iterator, zip, map, ...), made on first use. */
export function iteratorType(name: string): PyClass {
  let c = iteratorTypes.get(name);
  if (!c) {
    c = builtin(name, [T.object]);
    iteratorTypes.set(name, c);
    for (const [n, m] of iteratorMethods) c.dict.set(n, m);
  }
  return c;
}
