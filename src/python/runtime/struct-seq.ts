// CPython's "struct sequences" (os.stat_result, time.struct_time, sys.version_info,
// os.terminal_size): tuples whose items also have names, printed as
// `time.struct_time(tm_year=2024, ...)`. Built as tuple subclasses, so they index, unpack and
// compare like tuples.
import { PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { PyMethodDescr } from '../objects/callables';
import { readOnlyProperty } from '../bind/objects';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { repr } from './repr';
import { newContainer } from './subclass';

export interface StructSeq {
  cls: PyClass;
  /** An instance from its visible fields, then any extra named-only values (st_atime...). */
  make(values: PyValue[], extra?: Record<string, PyValue>): PyTuple;
}

/** `fields` are the tuple's items by name; `hidden` are attributes outside the tuple. */
export function structSeq(qualified: string, fields: string[], hidden: string[] = []): StructSeq {
  const dot = qualified.lastIndexOf('.');
  const cls = new PyClass(qualified.slice(dot + 1), [T.tuple], dot > 0 ? qualified.slice(0, dot) : 'builtins');
  fields.forEach((f, i) => cls.dict.set(f, readOnlyProperty<PyTuple>(f, self => self.items[i])));
  cls.dict.set('n_fields', fields.length + hidden.length);
  cls.dict.set('n_sequence_fields', fields.length);
  cls.dict.set('__repr__', new PyMethodDescr('__repr__', (self: PyTuple) =>
    `${qualified}(${fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(', ')})`, cls));
  return {
    cls,
    make(values, extra = {}) {
      const t = newContainer(cls, T.tuple, values) as PyTuple;
      for (const h of hidden) t.sub!.dict.set(h, extra[h] ?? null);
      return t;
    },
  };
}
