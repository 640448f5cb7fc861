// TF's generated-op namedtuples (`TopKV2(values, indices)`, `MaxPoolWithArgmax(output, argmax)`):
// instances of one named-tuple class per type (objects/named_tuple.ts), so both
// `values, indices = r` and `r.indices` work, and nest and fetches see a named tuple.
import { PyTuple } from '../../objects/containers';
import type { PyValue } from '../../objects/core';
import type { PyClass } from '../../objects/pyclass';
import { namedTupleClass, PyNamedTuple } from '../../objects/named_tuple';
import { repr } from '../../runtime/repr';

const classes = new Map<string, PyClass>();

function opTupleClass(typeName: string, fields: readonly string[]): PyClass {
  const key = `${typeName}(${fields.join(',')})`;
  let cls = classes.get(key);
  if (!cls) {
    cls = namedTupleClass(typeName, 'tensorflow.python.ops.gen_nn_ops', fields, repr);
    classes.set(key, cls);
  }
  return cls;
}

/** A tuple of `items`; with a type name and fields, an instance of that namedtuple class. */
export function makeTuple(items: PyValue[], typeName?: string, fields?: readonly string[]): PyTuple {
  return typeName && fields ? new PyNamedTuple(opTupleClass(typeName, fields), items) : new PyTuple(items);
}
