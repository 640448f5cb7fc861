// import / from-import statements against the session's module cache, with CPython's relative
// import resolution (__package__) and error texts.
import type { Alias } from '../parser/ast';
import { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { E, pyException } from '../exceptions';
import { getAttrOpt } from '../runtime/attributes';
import { toArray } from '../runtime/iteration';
import type { ModuleCache } from '../modules/registry';
import type { ExprCompiler } from './compile-expr';
import { Ex, Frame, NORMAL } from './frame';

/** The module cache of the session currently running (set by PythonSession.runCell). */
export const importState: { cache: ModuleCache | null } = { cache: null };

export function currentCache(): ModuleCache {
  if (!importState.cache) throw pyException(E.ImportError, 'import outside a session');
  return importState.cache;
}

function importModule(name: string): PyValue {
  return currentCache().import(name);
}

/** The absolute name of `module` imported with `level` leading dots from a module with these globals. */
export function resolveName(module: string, level: number, globals: Map<string, PyValue>): string {
  if (level === 0) return module;
  let pkg = globals.get('__package__');
  if (pkg === undefined || pkg === null) {
    const name = globals.get('__name__');
    pkg = globals.has('__path__') ? name ?? null : typeof name === 'string' && name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : null;
  }
  if (typeof pkg !== 'string' || pkg === '' || pkg === '__main__') {
    throw pyException(E.ImportError, 'attempted relative import with no known parent package');
  }
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) throw pyException(E.ImportError, 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return module ? `${base}.${module}` : base;
}

export function compileImport(c: ExprCompiler, names: Alias[]): Ex {
  const steps = names.map(a => {
    if (a.asname) return { name: a.name, top: null as string | null, store: c.storeName(a.asname) };
    const top = a.name.split('.')[0];
    return { name: a.name, top, store: c.storeName(top) };
  });
  return f => {
    for (const s of steps) {
      const mod = importModule(s.name);
      s.store(f, s.top === null ? boundModule(s.name, mod) : s.top === s.name ? mod : importModule(s.top));
    }
    return NORMAL;
  };
}

/** `import a.b.c as m` binds a.b.c reached through attributes from a, as CPython 3.7+. */
function boundModule(name: string, mod: PyValue): PyValue {
  const parts = name.split('.');
  if (parts.length === 1) return mod;
  let v: PyValue | undefined = importModule(parts[0]);
  for (const p of parts.slice(1)) {
    v = getAttrOpt(v!, p);
    if (v === undefined) return mod;
  }
  return v!;
}

export function compileImportFrom(c: ExprCompiler, module: string, names: Alias[], level: number): Ex {
  if (names.length === 1 && names[0].name === '*') {
    return f => {
      const mod = importModule(resolveName(module, level, f.globals));
      if (mod instanceof PyModule) {
        const all = mod.dict.get('__all__');
        const keys = all !== undefined ? toArray(all).map(String) : [...mod.dict.keys()].filter(k => !k.startsWith('_'));
        for (const k of keys) {
          const v = mod.dict.get(k);
          if (v === undefined) throw pyException(E.AttributeError, `module '${mod.name}' has no attribute '${k}'`);
          f.globals.set(k, v);
        }
      }
      return NORMAL;
    };
  }
  const steps = names.map(a => ({ name: a.name, store: c.storeName(a.asname ?? a.name) }));
  return (f: Frame) => {
    const absName = resolveName(module, level, f.globals);
    const mod = importModule(absName);
    for (const s of steps) s.store(f, fromImport(mod, absName, s.name));
    return NORMAL;
  };
}

function fromImport(mod: PyValue, absName: string, name: string): PyValue {
  const v = getAttrOpt(mod, name);
  if (v !== undefined) return v;
  // A submodule not imported yet: `from pkg import mod`.
  const cache = currentCache();
  const sub = `${absName}.${name}`;
  try {
    return cache.import(sub);
  } catch (e) {
    const notFound = e instanceof Object && (e as { cls?: { name?: string } }).cls?.name === 'ModuleNotFoundError'
      && (e as { dict: Map<string, PyValue> }).dict.get('name') === sub;
    if (!notFound) throw e;
  }
  const file = mod instanceof PyModule ? mod.dict.get('__file__') : undefined;
  const where = typeof file === 'string' ? `(${file})` : '(unknown location)';
  const partial = cache.initializing.has(absName) ? `partially initialized module '${absName}' (most likely due to a circular import)` : `'${absName}'`;
  const err = pyException(E.ImportError, `cannot import name '${name}' from ${partial} ${where}`);
  err.dict.set('name', absName);
  return (() => { throw err; })();
}
