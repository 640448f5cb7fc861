// tf.debugging.assert_shapes from Python: its `shapes` is a Python structure (a dict of tensor →
// spec, or an iterable of (tensor, spec) pairs) whose spec entries are compared the way TF's
// Python code compares them, so the conversion to the engine's spec entries lives here.
import type { PyValue } from '../../../objects/core';
import { PyFloat } from '../../../objects/core';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import { Ellipsis } from '../../../objects/singletons';
import { toArray } from '../../../runtime/iteration';
import { indexValue } from '../../../runtime/numbers';
import { repr, str } from '../../../runtime/repr';
import { typeName } from '../../../runtime/type-name';
import { typeError, valueError } from '../../../exceptions';
import { toEngine } from '../convert';
import { PyDimension } from '../dimension_object';
import { wrap } from '../wrappers';

/** What CPython's int() accepts from a str: an optional sign, digits (with single underscores), spaces. */
const INT_TEXT = /^\s*[+-]?\d+(_\d+)*\s*$/;

/**
 * One entry as TF reads it: None and '.' are any size; '*' and ... mean innermost; whatever int()
 * parses is an explicit size (3, '3', 2.0, True); anything else is a symbol compared by value.
 */
function specEntry(v: PyValue): tf.ShapeSpecEntry {
  if (v === null || v === '.') return null;
  if (v === '*' || v === Ellipsis) return tf.INNERMOST;
  if (typeof v === 'number' || typeof v === 'boolean') return Number(v);
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat && Number.isFinite(v.v)) return Math.trunc(v.v);
  if (typeof v === 'string' && INT_TEXT.test(v)) return Number.parseInt(v.replace(/_/g, ''), 10);
  // A TensorShape's dims: known ones are explicit sizes, unknown ones any size.
  if (v instanceof PyDimension) return v.value;
  // NumPy integers (a spec given as an array) and other objects with __index__.
  try { return Number(indexValue(v)); } catch { /* not an integer: a symbol */ }
  return { symbol: typeof v === 'string' ? `str:${v}` : `${typeName(v)}:${repr(v)}` };
}

function specOf(s: PyValue): tf.ShapeConstraint['spec'] {
  let items: PyValue[];
  try {
    items = toArray(s);
  } catch {
    return { notIterable: str(s) };
  }
  return items.map(specEntry);
}

/** `for x, s in shapes`: a dict's items, else each element unpacked into two. */
function pairsOf(shapes: PyValue): [PyValue, PyValue][] {
  if (shapes instanceof PyDict) return shapes.keys().map(k => [k, shapes.get(k)!]);
  return toArray(shapes).map((pair) => {
    if (!(pair instanceof PyList || pair instanceof PyTuple) && typeof pair !== 'string') throw typeError(`cannot unpack non-iterable ${typeName(pair)} object`);
    const items = toArray(pair);
    if (items.length > 2) throw valueError('too many values to unpack (expected 2)');
    if (items.length < 2) throw valueError(`not enough values to unpack (expected 2, got ${items.length})`);
    return [items[0], items[1]];
  });
}

export const ASSERT_SHAPES_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.debugging.assert_shapes', doc: 'Assert tensor shapes and dimension size relationships between tensors.',
    params: [
      { name: 'shapes' }, { name: 'data', default: null, type: 'tensors' }, { name: 'summarize', default: null, type: 'int' },
      { name: 'message', default: null, type: 'str' }, { name: 'name', default: null, type: 'name' },
    ],
  }, (a) => {
    // A spec of None puts no constraint on its tensor.
    const constraints = pairsOf(a.shapes as PyValue).filter(([, s]) => s !== null).map(([x, s]) => ({ x: toEngine(x) as tf.TensorLike, spec: specOf(s) }));
    return wrap(tf.assertShapes(constraints, a.data as tf.TensorLike[] | null, a.summarize as number | null, a.message as string | null, a.name as string | null));
  }, { aliases: ['tf.compat.v1.debugging.assert_shapes'] }),
];
