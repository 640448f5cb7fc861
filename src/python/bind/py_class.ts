// Python classes whose methods are signature-table entries: the class is an ordinary Python
// class (instances have a __dict__, user code can subclass it and call super().__init__), and
// each method binds its arguments with the one binder, so CPython's call errors and the
// NotImplementedError for unsupported parameters come for free. Method signatures name the
// class (`BasicLSTMCell.__init__`) and start with `self`.
import type { PyValue } from '../objects/core';
import { PyClass } from '../objects/pyclass';
import { PyMethodDescr } from '../objects/callables';
import { readOnlyProperty } from './objects';
import { T } from '../objects/types';
import { boundFunction, TableEntry } from './function';

export interface ClassSpec {
  readonly name: string;
  /** The module __module__ reports ('tensorflow.python.ops.rnn_cell_impl'). */
  readonly module: string;
  readonly bases?: readonly PyClass[];
  readonly methods?: readonly TableEntry[];
  /** Read-only properties computed from the instance. */
  readonly properties?: Readonly<Record<string, (self: PyValue) => PyValue>>;
  /** Plain class attributes. */
  readonly attrs?: Readonly<Record<string, PyValue>>;
}

export function defineClass(spec: ClassSpec): PyClass {
  const cls = new PyClass(spec.name, spec.bases?.length ? [...spec.bases] : [T.object], spec.module);
  for (const m of spec.methods ?? []) {
    const name = m.signature.name.slice(m.signature.name.lastIndexOf('.') + 1);
    const call = boundFunction(m);
    cls.dict.set(name, new PyMethodDescr(name, (self, args, kw) => call([self, ...args], kw), cls));
  }
  for (const [name, get] of Object.entries(spec.properties ?? {})) {
    cls.dict.set(name, readOnlyProperty(name, get));
  }
  for (const [name, value] of Object.entries(spec.attrs ?? {})) cls.dict.set(name, value);
  return cls;
}
