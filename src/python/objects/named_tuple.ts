// Named tuples made in TypeScript (tf.nn.rnn_cell.LSTMStateTuple is one): a tuple whose class
// has the fields as properties, CPython's constructor signature and repr `Name(a=..., b=...)`,
// and `_fields`, `_replace`, `_asdict`, `_make`. Instances are real tuples (len, indexing,
// unpacking, isinstance(x, tuple)).
import type { PyValue, Kwargs } from './core';
import { PyClass } from './pyclass';
import { PyDict, PyTuple } from './containers';
import { T } from './types';
import { typeError, valueError } from '../exceptions';
import { toArray } from '../runtime/iteration';
import type { ParamSpec, Signature } from '../../engine';
import { argumentBinder } from '../bind/function';
import { PYTHON_METHOD_MESSAGES } from '../bind/messages';
import { classMethodOf, methodDescriptor, readOnlyProperty } from '../bind/objects';

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

// collections.namedtuple's methods are Python functions named by the class (`Point._replace()
// takes 1 positional argument but 2 were given`): signatures without self, CPython's Python-function
// call errors counting self.
export function namedTupleClass(name: string, module: string, fields: readonly string[], repr: (v: PyValue) => string): PyClass {
  const cls = new PyClass(name, [T.tuple], module);
  fieldsOf.set(cls, fields);
  const bindNew = argumentBinder({ name: `${name}.__new__`, doc: `Create new instance of ${name}(${fields.join(', ')})`, params: fields.map(f => ({ name: f })) },
    PYTHON_METHOD_MESSAGES, `${name}.__new__`);
  const make = (c: PyClass, args: PyValue[], kw: Kwargs): PyNamedTuple => {
    const a = bindNew(args, kw);
    return new PyNamedTuple(c, fields.map(f => a[f] as PyValue));
  };
  cls.nativeNew = make;
  fields.forEach((f, i) => cls.dict.set(f, readOnlyProperty<PyTuple>(f, self => self.items[i])));
  cls.dict.set('_fields', new PyTuple([...fields]));
  const M = (n: string, doc: string, params: ParamSpec[] = [], varkw?: string): Signature => ({ name: `${name}.${n}`, doc, params, ...(varkw ? { varkw } : {}) });
  cls.dict.set('_replace', methodDescriptor<PyNamedTuple, Signature>(cls, M('_replace', 'Return a new namedtuple object replacing specified fields with new values', [], 'kwds'), (self, a) => {
    const items = self.items.slice();
    const kwds = a.kwds as unknown as Map<string, PyValue>;
    const unexpected = [...kwds.keys()].filter(k => !fields.includes(k));
    if (unexpected.length) throw valueError(`Got unexpected field names: [${unexpected.map(k => `'${k}'`).join(', ')}]`);
    for (const [k, v] of kwds) items[fields.indexOf(k)] = v;
    return new PyNamedTuple(self.cls, items);
  }, PYTHON_METHOD_MESSAGES));
  cls.dict.set('_asdict', methodDescriptor<PyNamedTuple, Signature>(cls, M('_asdict', 'Return a new dict which maps field names to their values.'),
    self => PyDict.fromEntries(fields.map((f, i) => [f, self.items[i]])), PYTHON_METHOD_MESSAGES));
  cls.dict.set('_make', classMethodOf(M('_make', 'Make a new object from a sequence or iterable', [{ name: 'iterable' }]), (c, a) => {
    const items = [...toArray(a.iterable as PyValue)];
    if (items.length !== fields.length) throw typeError(`Expected ${fields.length} arguments, got ${items.length}`);
    return new PyNamedTuple(c as PyClass, items);
  }, PYTHON_METHOD_MESSAGES));
  cls.dict.set('__repr__', methodDescriptor<PyNamedTuple, Signature>(cls, M('__repr__', 'Return a nicely formatted representation string'),
    self => `${self.cls.name}(${fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(', ')})`, PYTHON_METHOD_MESSAGES));
  return cls;
}
