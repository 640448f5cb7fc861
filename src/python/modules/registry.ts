// Module registry and the per-session import machinery. Built-in modules are registered with
// `registerModule('numpy', ctx => makeNumpyModule(ctx))`; their loaders run once per session (each
// notebook gets fresh module state) on first import and take precedence over files. Other names
// are looked up as .py files and packages on sys.path (see interpreter/source-modules.ts).
import { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyDict, PyList } from '../objects/containers';
import { E, pyException } from '../exceptions';
import { getAttrOpt } from '../runtime/attributes';
import { toArray } from '../runtime/iteration';

export interface SysState {
  /** sys.modules: the cache itself, so `del sys.modules[name]` forces a fresh import. */
  modules: PyDict;
  /** sys.path: folders searched for .py modules and packages, in order. */
  path: PyList;
  argv: PyList;
}

export interface ModuleContext {
  /** Output streams of the session importing the module (for modules that print). */
  stdout(text: string): void;
  stderr(text: string): void;
  display(value: PyValue, options?: { displayId?: string; update?: boolean }): void;
  /** IPython's clear_output (a no-op outside a notebook kernel). */
  clearOutput(wait: boolean): void;
  /** Runs `hook` after every cell of this session (IPython's post_execute event). */
  onPostExecute(hook: () => void): void;
  /** The session runs notebook cells (IPython), not a script. */
  ipython: boolean;
  /** Imports another module in the same session (e.g. tensorflow.compat.v1 -> tensorflow). */
  importModule(name: string): PyValue;
  /** The session's sys.modules, sys.path and sys.argv. */
  sys: SysState;
}

export type ModuleLoader = (ctx: ModuleContext) => PyValue;

/** Finds and runs .py modules for names no registered loader provides. */
export interface SourceModules {
  /** Loads `name` from the folders in `searchPath`; undefined when no file or package matches. */
  load(name: string, searchPath: string[], cache: ModuleCache): PyValue | undefined;
  /** Runs the module's file again in its namespace (importlib.reload). */
  reload(mod: PyModule, cache: ModuleCache): PyValue;
}

const loaders = new Map<string, ModuleLoader>();

export function registerModule(name: string, loader: ModuleLoader): void { loaders.set(name, loader); }
export function isModuleRegistered(name: string): boolean { return loaders.has(name); }
export function registeredModuleNames(): string[] { return [...loaders.keys()].sort(); }

export const moduleNotFound = (name: string, why = '') => {
  const e = pyException(E.ModuleNotFoundError, `No module named '${name}'${why}`);
  e.dict.set('name', name);
  return e;
};

/** Per-session import machinery; the session owns one. */
export class ModuleCache {
  readonly sys: SysState;
  /** Modules whose code is running right now (for circular-import messages). */
  readonly initializing = new Set<string>();
  private readonly loadingRegistered = new Set<string>();

  constructor(
    private readonly ctx: Omit<ModuleContext, 'importModule' | 'sys'>,
    readonly sources: SourceModules | null = null,
    sys?: Partial<SysState>,
  ) {
    this.sys = { modules: sys?.modules ?? new PyDict(), path: sys?.path ?? new PyList([]), argv: sys?.argv ?? new PyList(['']) };
  }

  /** Kept for callers that read the cache as a map of names. */
  get modules(): Map<string, PyValue> {
    const m = new Map<string, PyValue>();
    for (const e of this.sys.modules.map.values()) m.set(String(e.k), e.v);
    return m;
  }

  /** `import name` for an absolute dotted name: the module itself (not its top package). */
  import(name: string): PyValue {
    const cached = this.sys.modules.get(name);
    if (cached !== undefined) {
      if (cached === null) throw moduleNotFound(name, '; halted; None in sys.modules');
      return cached;
    }
    const dot = name.lastIndexOf('.');
    let parent: PyValue | null = null;
    // A registered module's loader may import its own submodules (os imports os.path) while it
    // is not in sys.modules yet; it attaches them itself.
    if (dot > 0 && !this.loadingRegistered.has(name.slice(0, dot))) {
      parent = this.import(name.slice(0, dot));
      // The parent's __init__ may have imported this submodule already.
      const now = this.sys.modules.get(name);
      if (now !== undefined && now !== null) return now;
    }
    const mod = this.find(name, parent, dot);
    if (parent instanceof PyModule) {
      const attr = name.slice(dot + 1);
      if (loaders.has(name)) { if (!parent.dict.has(attr)) parent.dict.set(attr, mod); }
      else parent.dict.set(attr, mod);
    }
    return mod;
  }

  private find(name: string, parent: PyValue | null, dot: number): PyValue {
    const loader = loaders.get(name);
    if (loader) {
      this.loadingRegistered.add(name);
      try {
        const mod = loader({ ...this.ctx, importModule: n => this.import(n), sys: this.sys });
        this.sys.modules.set(name, mod);
        return mod;
      } finally {
        this.loadingRegistered.delete(name);
      }
    }
    let searchPath: string[];
    if (parent !== null) {
      const pkgPath = parent instanceof PyModule ? parent.dict.get('__path__') : getAttrOpt(parent, '__path__');
      if (pkgPath === undefined || pkgPath === null) throw moduleNotFound(name, `; '${name.slice(0, dot)}' is not a package`);
      searchPath = toArray(pkgPath).map(String);
    } else {
      searchPath = toArray(this.sys.path).filter(p => typeof p === 'string') as string[];
    }
    const mod = this.sources?.load(name, searchPath, this);
    if (mod === undefined) throw moduleNotFound(name);
    return mod;
  }

  reload(mod: PyValue): PyValue {
    if (!(mod instanceof PyModule)) throw pyException(E.TypeError, 'reload() argument must be a module');
    const name = String(mod.dict.get('__name__'));
    if (this.sys.modules.get(name) !== mod) throw pyException(E.ImportError, `module ${name} not in sys.modules`);
    if (loaders.has(name) || !this.sources || !mod.dict.has('__file__')) return mod;
    return this.sources.reload(mod, this);
  }
}
