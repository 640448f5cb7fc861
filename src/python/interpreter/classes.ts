// `class` statements: run the body in its own namespace, then build the PyClass.
import type { Stmt } from '../parser/ast';
import { Cell, PyInstance, PyValue } from '../objects/core';
import { bindAttr, noteClassAttr } from '../runtime/attributes';
import { PyClassMethod, PyFunction, PyProperty, PyStaticMethod } from '../objects/callables';
import { PyClass } from '../objects/pyclass';
import { T } from '../objects/types';
import { typeError } from '../exceptions';
import { callValue } from '../runtime/call';
import { typeOf } from '../runtime/type-name';
import { Scope } from './scope';
import { Ex, Frame, NORMAL } from './frame';
import { ownerClass } from './functions';
import { resolve } from './refs';
import type { StmtCompiler } from './compile-stmt';

export function buildClass(c: StmtCompiler, s: Extract<Stmt, { kind: 'ClassDef' }>): Ex {
  const scope = s.scope as Scope;
  const inner = c.child(scope, s.name + '.') as StmtCompiler;
  const body = inner.block(s.body);
  const layout = scope.layout;
  const bases = c.exprs(s.bases);
  const decorators = c.exprs(s.decorators);
  const store = c.storeName(s.name);
  const closureIdx = layout.freeNames.map(n => {
    const found = resolve(c.scope, n);
    const r = found.k === 'ns' ? found.fallback : found;
    if (r.k !== 'cell') throw new Error('internal: class free variable is not a cell');
    return r.i;
  });
  const moduleName = c.moduleName;
  const qual = c.qualPrefix + s.name;
  return f => {
    const baseValues = bases.map(b => b(f));
    for (const b of baseValues) if (!(b instanceof PyClass)) throw typeError(`bases must be types, not ${typeOf(b).name}`);
    const ns = new Map<string, PyValue>();
    ns.set('__module__', moduleName);
    ns.set('__qualname__', qual);
    const cf = new Frame(layout.nSlots, layout.nCells, f.globals, ns, null);
    for (const i of layout.ownCells) cf.cells[i] = new Cell();
    closureIdx.forEach((src, k) => { cf.cells[layout.freeCells[k]] = f.cells[src]; });
    body(cf);
    const declaredModule = ns.get('__module__');
    const cls = new PyClass(s.name, baseValues.length ? (baseValues as PyClass[]) : [T.object], typeof declaredModule === 'string' ? declaredModule : moduleName);
    for (const [k, v] of ns) {
      if (k === '__qualname__') continue;
      noteClassAttr(k);
      cls.dict.set(k, v);
      const fn = unwrap(v);
      if (fn instanceof PyFunction) ownerClass.set(fn, cls);
    }
    // Descriptors learn the name they are bound to (functools.cached_property, CPython's __set_name__).
    for (const [k, v] of ns) {
      if (v instanceof PyInstance) {
        const setName = v.cls.lookup('__set_name__');
        if (setName !== undefined) callValue(bindAttr(setName, v, v.cls), [cls, k], null);
      }
    }
    let result: PyValue = cls;
    for (let i = decorators.length - 1; i >= 0; i--) result = callValue(decorators[i](f), [result], null);
    store(f, result);
    return NORMAL;
  };
}

function unwrap(v: PyValue): PyValue {
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod) return v.func;
  if (v instanceof PyProperty) return v.fget;
  return v;
}
