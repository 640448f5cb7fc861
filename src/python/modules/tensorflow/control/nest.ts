// TF's `nest` over Python values: lists, tuples (named tuples too) and dicts (by sorted key)
// are structure; everything else (tensors, TensorArrays, numbers, None) is a leaf. while_loop,
// cond, map_fn and the RNN functions flatten structures for the engine and pack results back.
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import { PyNamedTuple } from '../../../objects/named_tuple';
import { repr } from '../../../runtime/repr';
import { typeName } from '../../../runtime/type-name';
import { callValue } from '../../../runtime/call';
import { richCompare } from '../../../runtime/compare';
import { truthy } from '../../../runtime/truth';
import { typeError, valueError } from '../../../exceptions';

export function isSequence(v: PyValue): v is PyList | PyTuple | PyDict {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyDict;
}

function sortedKeys(d: PyDict): PyValue[] {
  return d.keys().sort((a, b) => (truthy(richCompare('<', a, b)) ? -1 : truthy(richCompare('<', b, a)) ? 1 : 0));
}

/** The direct children of a structure, in nest's order. */
export function children(v: PyList | PyTuple | PyDict): PyValue[] {
  if (v instanceof PyDict) return sortedKeys(v).map(k => v.get(k)!);
  return v.items;
}

export function flatten(v: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const walk = (x: PyValue) => { if (isSequence(x)) children(x).forEach(walk); else out.push(x); };
  walk(v);
  return out;
}

/** A structure like `instance` holding `items` (TF's `_sequence_like`). */
export function sequenceLike(instance: PyList | PyTuple | PyDict, items: PyValue[]): PyValue {
  if (instance instanceof PyDict) {
    const d = new PyDict();
    sortedKeys(instance).forEach((k, i) => d.set(k, items[i]));
    return d;
  }
  if (instance instanceof PyList) return new PyList(items);
  if (instance instanceof PyNamedTuple) return new PyNamedTuple(instance.cls, items);
  if (instance.type.name !== 'tuple' || !instance.type.isBuiltin) return callValue(instance.type, items, null);
  return new PyTuple(items);
}

export function packSequenceAs(structure: PyValue, flat: readonly PyValue[]): PyValue {
  if (!isSequence(structure)) {
    if (flat.length !== 1) throw valueError(`Structure is a scalar but len(flat_sequence) == ${flat.length} > 1`);
    return flat[0];
  }
  let i = 0;
  const build = (s: PyValue): PyValue => (isSequence(s) ? sequenceLike(s, children(s).map(build)) : flat[i++]);
  const n = flatten(structure).length;
  if (n !== flat.length) {
    throw valueError(`Could not pack sequence. Structure had ${n} elements, but flat_sequence had ${flat.length} elements.  Structure: ${repr(structure)}, flat_sequence: ${repr(new PyList([...flat]))}.`);
  }
  return build(structure);
}

export function mapStructure(f: (x: PyValue) => PyValue, structure: PyValue): PyValue {
  return packSequenceAs(structure, flatten(structure).map(f));
}

const describe = (v: PyValue) => `type=${typeName(v)} str=${repr(v)}`;

/** TF's assert_same_structure (check_types=True): the same nesting, counts and sequence types. */
export function assertSameStructure(a: PyValue, b: PyValue, checkTypes = true): void {
  const fail = (detail: string): never => {
    throw valueError(`The two structures don't have the same nested structure.\n\nFirst structure: ${describe(a)}\n\nSecond structure: ${describe(b)}\n\nMore specifically: ${detail}`);
  };
  const walk = (x: PyValue, y: PyValue) => {
    const sx = isSequence(x), sy = isSequence(y);
    if (sx !== sy) fail(`Substructure "${describe(sx ? x : y)}" is a sequence, while substructure "${describe(sx ? y : x)}" is not`);
    if (!sx) return;
    if (checkTypes && x.type !== (y as PyValue & { type: unknown }).type) {
      throw typeError(`The two structures don't have the same sequence type. Input structure has type <class '${typeName(x)}'>, while shallow structure has type <class '${typeName(y)}'>.`);
    }
    const cx = children(x as PyList), cy = children(y as PyList);
    if (cx.length !== cy.length) fail(`The two structures don't have the same number of elements. First structure: ${describe(x)}. Second structure: ${describe(y)}`);
    cx.forEach((c, i) => walk(c, cy[i]));
  };
  walk(a, b);
}
