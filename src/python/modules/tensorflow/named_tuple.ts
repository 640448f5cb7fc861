// TF's generated-op namedtuples (`TopKV2(values, indices)`, `MaxPoolWithArgmax(output, argmax)`):
// a tuple whose class adds one read-only property per field, so both `values, indices = r` and
// `r.indices` work.
import { PyTuple } from '../../objects/containers';
import type { PyValue } from '../../objects/core';
import { PyClass } from '../../objects/pyclass';
import { PyBuiltin, PyProperty } from '../../objects/callables';
import { T } from '../../objects/types';

class PyNamedTuple extends PyTuple {
  constructor(items: PyValue[], readonly cls: PyClass) { super(items); }
  override get type(): PyClass { return this.cls; }
}

const classes = new Map<string, PyClass>();

function namedTupleClass(typeName: string, fields: readonly string[]): PyClass {
  const key = `${typeName}(${fields.join(',')})`;
  let cls = classes.get(key);
  if (!cls) {
    cls = new PyClass(typeName, [T.tuple], 'tensorflow.python.ops.gen_nn_ops');
    fields.forEach((field, i) => {
      cls!.dict.set(field, new PyProperty(new PyBuiltin(field, args => (args[0] as PyTuple).items[i], typeName)));
    });
    cls.dict.set('_fields', new PyTuple([...fields]));
    classes.set(key, cls);
  }
  return cls;
}

/** A tuple of `items`; with a type name and fields, an instance of that namedtuple class. */
export function makeTuple(items: PyValue[], typeName?: string, fields?: readonly string[]): PyTuple {
  return typeName && fields ? new PyNamedTuple(items, namedTupleClass(typeName, fields)) : new PyTuple(items);
}
