// Named tuples made in TypeScript (tf.nn.rnn_cell.LSTMStateTuple is one): a tuple whose class
// has the fields as properties, CPython's constructor signature and repr `Name(a=..., b=...)`,
// and `_fields`, `_replace`, `_asdict`, `_make`. Instances are real tuples (len, indexing,
// unpacking, isinstance(x, tuple)).
import type { PyValue, Kwargs } from './core';
import { PyClass } from './pyclass';
import { PyDict, PyTuple } from './containers';
import { PyBuiltin, PyClassMethod, PyMethodDescr, PyProperty } from './callables';
import { T } from './types';
import { typeError } from '../exceptions';

/** A tuple of a named-tuple class. */
export class PyNamedTuple extends PyTuple {
  constructor(readonly cls: PyClass, items: PyValue[]) { super(items); }
  override get type(): PyClass { return this.cls; }
}

/** The field names of a named-tuple class made by namedTupleClass (along its MRO). */
export function namedTupleFields(cls: PyClass): readonly string[] | undefined {
  for (const c of cls.mro) { const f = fieldsOf.get(c); if (f) return f; }
  return undefined;
}
const fieldsOf = new WeakMap<PyClass, readonly string[]>();

export function namedTupleClass(name: string, module: string, fields: readonly string[], repr: (v: PyValue) => string): PyClass {
  const cls = new PyClass(name, [T.tuple], module);
  fieldsOf.set(cls, fields);
  const make = (c: PyClass, args: PyValue[], kw: Kwargs): PyNamedTuple => {
    const items: (PyValue | undefined)[] = fields.map((_, i) => args[i]);
    if (args.length > fields.length) throw typeError(`${name}.__new__() takes ${fields.length + 1} positional arguments but ${args.length + 1} were given`);
    for (const [k, v] of kw ?? []) {
      const i = fields.indexOf(k);
      if (i < 0) throw typeError(`${name}.__new__() got an unexpected keyword argument '${k}'`);
      if (items[i] !== undefined) throw typeError(`${name}.__new__() got multiple values for argument '${k}'`);
      items[i] = v;
    }
    const missing = fields.filter((_, i) => items[i] === undefined);
    if (missing.length) {
      const list = missing.map(m => `'${m}'`);
      const text = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
      throw typeError(`${name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${text}`);
    }
    return new PyNamedTuple(c, items as PyValue[]);
  };
  cls.nativeNew = make;
  fields.forEach((f, i) => cls.dict.set(f, new PyProperty(new PyBuiltin(f, args => (args[0] as PyTuple).items[i]))));
  cls.dict.set('_fields', new PyTuple([...fields]));
  cls.dict.set('_replace', new PyMethodDescr('_replace', (self: PyNamedTuple, args, kw) => {
    if (args.length) throw typeError(`_replace() takes 1 positional argument but ${args.length + 1} were given`);
    const items = self.items.slice();
    for (const [k, v] of kw ?? []) {
      const i = fields.indexOf(k);
      if (i < 0) throw typeError(`Got unexpected field names: ['${k}']`);
      items[i] = v;
    }
    return new PyNamedTuple(self.cls, items);
  }, cls));
  cls.dict.set('_asdict', new PyMethodDescr('_asdict', (self: PyNamedTuple) => PyDict.fromEntries(fields.map((f, i) => [f, self.items[i]])), cls));
  cls.dict.set('_make', new PyClassMethod(new PyBuiltin('_make', args => make(args[0] as PyClass, (args[1] as PyTuple).items ?? [], null))));
  cls.dict.set('__repr__', new PyMethodDescr('__repr__', (self: PyNamedTuple) => `${self.cls.name}(${fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(', ')})`, cls));
  return cls;
}
