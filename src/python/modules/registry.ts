// Module registry: `registerModule('numpy', ctx => makeNumpyModule(ctx))`. Loaders run once per
// session (each notebook gets fresh module state) on first import. Only registered modules can
// be imported: everything else is ModuleNotFoundError, which keeps cells sandboxed.
import { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { E, pyException } from '../exceptions';

export interface ModuleContext {
  /** Output streams of the session importing the module (for modules that print). */
  stdout(text: string): void;
  stderr(text: string): void;
  display(value: PyValue): void;
  /** Imports another module in the same session (e.g. tensorflow.compat.v1 -> tensorflow). */
  importModule(name: string): PyValue;
}

export type ModuleLoader = (ctx: ModuleContext) => PyValue;

const loaders = new Map<string, ModuleLoader>();

export function registerModule(name: string, loader: ModuleLoader): void { loaders.set(name, loader); }
export function isModuleRegistered(name: string): boolean { return loaders.has(name); }
export function registeredModuleNames(): string[] { return [...loaders.keys()].sort(); }

/** Per-session import machinery; the session owns one. */
export class ModuleCache {
  readonly modules = new Map<string, PyValue>();
  constructor(private readonly ctx: Omit<ModuleContext, 'importModule'>) {}

  import(name: string): PyValue {
    const cached = this.modules.get(name);
    if (cached !== undefined) return cached;
    const loader = loaders.get(name);
    if (!loader) {
      // Importing a.b requires a to exist first, as in CPython.
      const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : null;
      if (parent && !loaders.has(parent) && !this.modules.has(parent)) {
        this.import(parent);
      }
      throw pyException(E.ModuleNotFoundError, `No module named '${name}'`);
    }
    const mod = loader({ ...this.ctx, importModule: n => this.import(n) });
    this.modules.set(name, mod);
    // Make `a.b` reachable as an attribute of `a`.
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
      const parent = this.import(name.slice(0, dot));
      const attr = name.slice(dot + 1);
      if (parent instanceof PyModule && !parent.dict.has(attr)) parent.dict.set(attr, mod);
    }
    return mod;
  }
}
