// Assignment and deletion targets: names, attributes, subscripts, and (starred) unpacking.
import type { Expr } from '../parser/ast';
import { PyValue } from '../objects/core';
import { PyList } from '../objects/containers';
import { valueError, typeError } from '../exceptions';
import { setAttr, delAttr, getAttr } from '../runtime/attributes';
import { setItem, delItem, getItem } from '../runtime/subscript';
import { toArray } from '../runtime/iteration';
import { typeOf } from '../runtime/type-name';
import { Frame, Store } from './frame';
import { compileDeleteRef, resolve } from './refs';
import type { ExprCompiler } from './compile-expr';

export function compileStore(c: ExprCompiler, t: Expr): Store {
  switch (t.kind) {
    case 'Name': return c.storeName(t.id);
    case 'Attribute': {
      const obj = c.expr(t.value), name = t.attr;
      return (f, v) => setAttr(obj(f), name, v);
    }
    case 'Subscript': {
      const obj = c.expr(t.value), key = c.expr(t.slice);
      return (f, v) => { const o = obj(f); setItem(o, key(f), v); };
    }
    case 'Tuple': case 'List': return compileUnpack(c, t.elts);
    case 'Starred': throw valueError('starred assignment target must be in a list or tuple');
    default: throw typeError(`cannot assign to ${t.kind}`);
  }
}

function unpackable(v: PyValue): PyValue[] {
  try {
    return toArray(v);
  } catch (e) {
    if (v === null || typeof v !== 'object' || !('items' in (v as object))) {
      const tn = typeOf(v).name;
      if (/not iterable/.test(String((e as { args?: PyValue[] }).args?.[0] ?? ''))) throw typeError(`cannot unpack non-iterable ${tn} object`);
    }
    throw e;
  }
}

function compileUnpack(c: ExprCompiler, elts: Expr[]): Store {
  const starAt = elts.findIndex(e => e.kind === 'Starred');
  const stores = elts.map(e => compileStore(c, e.kind === 'Starred' ? e.value : e));
  const n = elts.length;
  if (starAt < 0) {
    return (f: Frame, v: PyValue) => {
      const items = unpackable(v);
      if (items.length !== n) {
        if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
        throw valueError(`too many values to unpack (expected ${n})`);
      }
      for (let i = 0; i < n; i++) stores[i](f, items[i]);
    };
  }
  const after = n - starAt - 1;
  return (f: Frame, v: PyValue) => {
    const items = unpackable(v);
    if (items.length < n - 1) throw valueError(`not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
    for (let i = 0; i < starAt; i++) stores[i](f, items[i]);
    stores[starAt](f, new PyList(items.slice(starAt, items.length - after)));
    for (let i = 0; i < after; i++) stores[starAt + 1 + i](f, items[items.length - after + i]);
  };
}

export function compileDelete(c: ExprCompiler, t: Expr): (f: Frame) => void {
  switch (t.kind) {
    case 'Name': return compileDeleteRef(resolve(c.scope, t.id));
    case 'Attribute': { const obj = c.expr(t.value), name = t.attr; return f => delAttr(obj(f), name); }
    case 'Subscript': { const obj = c.expr(t.value), key = c.expr(t.slice); return f => { const o = obj(f); delItem(o, key(f)); }; }
    case 'Tuple': case 'List': { const parts = t.elts.map(e => compileDelete(c, e)); return f => { for (const p of parts) p(f); }; }
    default: throw typeError('cannot delete');
  }
}

/** For augmented assignment: evaluate the container once, then read and write. */
export function compileAugTarget(c: ExprCompiler, t: Expr): { load: (f: Frame) => [PyValue, (v: PyValue) => void] } {
  switch (t.kind) {
    case 'Attribute': {
      const obj = c.expr(t.value), name = t.attr;
      return { load: f => { const o = obj(f); return [getAttr(o, name), v => setAttr(o, name, v)]; } };
    }
    case 'Subscript': {
      const obj = c.expr(t.value), key = c.expr(t.slice);
      return { load: f => { const o = obj(f), k = key(f); return [getItem(o, k), v => setItem(o, k, v)]; } };
    }
    default: throw typeError('illegal augmented assignment target');
  }
}
