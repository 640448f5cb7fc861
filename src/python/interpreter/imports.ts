// import / from-import statements against the session's module cache.
import type { Alias } from '../parser/ast';
import { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { E, pyException } from '../exceptions';
import { getAttrOpt } from '../runtime/attributes';
import { toArray } from '../runtime/iteration';
import type { ModuleCache } from '../modules/registry';
import type { ExprCompiler } from './compile-expr';
import { Ex, NORMAL } from './frame';

/** The module cache of the session currently running (set by PythonSession.runCell). */
export const importState: { cache: ModuleCache | null } = { cache: null };

function importModule(name: string): PyValue {
  if (!importState.cache) throw pyException(E.ImportError, 'import outside a session');
  return importState.cache.import(name);
}

export function compileImport(c: ExprCompiler, names: Alias[]): Ex {
  const steps = names.map(a => {
    if (a.asname) return { name: a.name, bind: a.name, store: c.storeName(a.asname) };
    const top = a.name.split('.')[0];
    return { name: a.name, bind: top, store: c.storeName(top) };
  });
  return f => {
    for (const s of steps) {
      const mod = importModule(s.name);
      s.store(f, s.bind === s.name ? mod : importModule(s.bind));
    }
    return NORMAL;
  };
}

export function compileImportFrom(c: ExprCompiler, module: string, names: Alias[], level: number): Ex {
  if (level > 0) {
    return () => { throw pyException(E.ImportError, 'attempted relative import with no known parent package'); };
  }
  if (names.length === 1 && names[0].name === '*') {
    return f => {
      const mod = importModule(module);
      if (mod instanceof PyModule) {
        const all = mod.dict.get('__all__');
        const keys = all !== undefined ? toArray(all).map(String) : [...mod.dict.keys()].filter(k => !k.startsWith('_'));
        for (const k of keys) f.globals.set(k, mod.dict.get(k)!);
      }
      return NORMAL;
    };
  }
  const steps = names.map(a => ({ name: a.name, store: c.storeName(a.asname ?? a.name) }));
  return f => {
    const mod = importModule(module);
    for (const s of steps) {
      let v = getAttrOpt(mod, s.name);
      if (v === undefined) {
        try { v = importModule(module + '.' + s.name); } catch {
          throw pyException(E.ImportError, `cannot import name '${s.name}' from '${module}' (unknown location)`);
        }
      }
      s.store(f, v);
    }
    return NORMAL;
  };
}
