// Compile-time name resolution to load/store/delete closures.
import { PyValue } from '../objects/core';
import { E, nameError, pyException } from '../exceptions';
import type { Scope } from './scope';
import { Ev, Frame, state } from './frame';

export type Ref =
  | { k: 'slot'; i: number; name: string }
  | { k: 'cell'; i: number; name: string }
  | { k: 'global'; name: string }
  | { k: 'ns'; name: string; fallback: Ref };

export function resolve(s: Scope, name: string): Ref {
  switch (s.kind) {
    case 'module': return { k: 'global', name };
    case 'class':
      if (s.globalDecl.has(name)) return { k: 'global', name };
      if (s.free.has(name)) return { k: 'ns', name, fallback: { k: 'cell', i: s.layout.cell(name, false), name } };
      return { k: 'ns', name, fallback: { k: 'global', name } };
    case 'function':
      if (s.globalDecl.has(name)) return { k: 'global', name };
      if (s.locals.has(name)) {
        return s.captured.has(name) ? { k: 'cell', i: s.layout.cell(name, true), name } : { k: 'slot', i: s.layout.slot(name), name };
      }
      if (s.free.has(name)) return { k: 'cell', i: s.layout.cell(name, false), name };
      return { k: 'global', name };
    case 'comp': {
      if (s.locals.has(name)) {
        const key = s.keyPrefix + name;
        return s.captured.has(name) ? { k: 'cell', i: s.layout.cell(key, true), name } : { k: 'slot', i: s.layout.slot(key), name };
      }
      return resolve(s.parent!, name);
    }
  }
}

const unbound = (name: string) =>
  pyException(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);

export function loadGlobal(f: Frame, name: string): PyValue {
  const v = f.globals.get(name);
  if (v !== undefined) return v;
  const b = state.hooks.builtins.get(name);
  if (b !== undefined) return b;
  throw nameError(name);
}

export function compileLoad(ref: Ref): Ev {
  const name = ref.name;
  switch (ref.k) {
    case 'slot': {
      const i = ref.i;
      return f => { const v = f.slots[i]; if (v === undefined) throw unbound(name); return v; };
    }
    case 'cell': {
      const i = ref.i;
      return f => {
        const v = f.cells[i].v;
        if (v === undefined) throw pyException(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
        return v;
      };
    }
    case 'global': return f => loadGlobal(f, name);
    case 'ns': {
      const fallback = compileLoad(ref.fallback);
      return f => { const v = f.ns!.get(name); return v !== undefined ? v : fallback(f); };
    }
  }
}

export function compileStoreRef(ref: Ref): (f: Frame, v: PyValue) => void {
  const name = ref.name;
  switch (ref.k) {
    case 'slot': { const i = ref.i; return (f, v) => { f.slots[i] = v; }; }
    case 'cell': { const i = ref.i; return (f, v) => { f.cells[i].v = v; }; }
    case 'global': return (f, v) => { f.globals.set(name, v); };
    case 'ns': return (f, v) => { f.ns!.set(name, v); };
  }
}

export function compileDeleteRef(ref: Ref): (f: Frame) => void {
  const name = ref.name;
  switch (ref.k) {
    case 'slot': { const i = ref.i; return f => { if (f.slots[i] === undefined) throw unbound(name); f.slots[i] = undefined; }; }
    case 'cell': { const i = ref.i; return f => { if (f.cells[i].v === undefined) throw unbound(name); f.cells[i].v = undefined; }; }
    case 'global': return f => { if (!f.globals.delete(name)) throw nameError(name); };
    case 'ns': return f => { if (!f.ns!.delete(name)) throw nameError(name); };
  }
}
