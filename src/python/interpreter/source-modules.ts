// .py modules and packages found on sys.path (or a package's __path__), read through the
// session's FileSystem and run by our interpreter with CPython's import semantics: the module is
// in sys.modules before its code runs (circular imports see the partial module), removed again
// if its code fails; packages are folders with __init__.py, folders without one are namespace
// packages.
import * as path from 'path';
import { PyValue } from '../objects/core';
import { PyModule } from '../objects/callables';
import { PyList } from '../objects/containers';
import type { FileSystem } from '../../engine';
import type { ModuleCache, SourceModules } from '../modules/registry';
import { moduleNotFound } from '../modules/registry';
import { decode } from '../io/codecs';
import { runModuleSource } from './run-module';

interface Spec { file: string | null; packagePath: string[] | null }

export class FileSourceModules implements SourceModules {
  /** Source text by file name, for tracebacks. */
  readonly sources = new Map<string, string>();
  /** Modification time of each module file when it last ran (for %autoreload). */
  private readonly mtimes = new Map<string, number>();

  constructor(private readonly fs: FileSystem) {}

  load(name: string, searchPath: string[], cache: ModuleCache): PyValue | undefined {
    const spec = this.find(name.slice(name.lastIndexOf('.') + 1), searchPath);
    if (!spec) return undefined;
    const mod = new PyModule(name);
    const isPackage = spec.packagePath !== null;
    mod.dict.set('__doc__', null);
    mod.dict.set('__package__', isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.'))));
    mod.dict.set('__spec__', null);
    mod.dict.set('__loader__', null);
    if (spec.file) mod.dict.set('__file__', spec.file);
    if (isPackage) mod.dict.set('__path__', new PyList(spec.packagePath!));
    cache.sys.modules.set(name, mod);
    if (!spec.file) return mod;
    this.execute(mod, name, spec.file, cache);
    // A module may replace itself in sys.modules while it runs.
    const final = cache.sys.modules.get(name);
    if (final === undefined) throw moduleNotFound(name);
    return final;
  }

  reload(mod: PyModule, cache: ModuleCache): PyValue {
    const name = String(mod.dict.get('__name__'));
    const file = String(mod.dict.get('__file__'));
    if (!this.fs.exists(file)) throw moduleNotFound(name);
    this.execute(mod, name, file, cache, true);
    return cache.sys.modules.get(name) ?? mod;
  }

  private execute(mod: PyModule, name: string, file: string, cache: ModuleCache, reloading = false): void {
    const source = decode(this.fs.readFile(file), 'utf-8', 'replace');
    this.sources.set(file, source);
    this.mtimes.set(file, this.fs.stat(file).mtimeMs);
    cache.initializing.add(name);
    try {
      runModuleSource(source, file, name, mod.dict);
    } catch (e) {
      if (!reloading) cache.sys.modules.delete(name);
      throw e;
    } finally {
      cache.initializing.delete(name);
    }
  }

  /** Loaded file modules whose file changed on disk since they last ran. */
  changedModules(cache: ModuleCache): PyModule[] {
    const out: PyModule[] = [];
    for (const mod of cache.sys.modules.values()) {
      if (!(mod instanceof PyModule)) continue;
      const file = mod.dict.get('__file__');
      if (typeof file !== 'string' || !this.mtimes.has(file)) continue;
      try { if (this.fs.stat(file).mtimeMs !== this.mtimes.get(file)) out.push(mod); } catch { /* deleted: keep the module */ }
    }
    return out;
  }

  private find(last: string, searchPath: string[]): Spec | null {
    const portions: string[] = [];
    for (const entry of searchPath) {
      const dir = this.fs.resolve(entry === '' ? '.' : entry);
      const pkg = path.join(dir, last);
      if (this.isDir(pkg)) {
        const init = path.join(pkg, '__init__.py');
        if (this.isFile(init)) return { file: init, packagePath: [pkg] };
        portions.push(pkg);
      }
      const file = path.join(dir, last + '.py');
      if (this.isFile(file)) return { file, packagePath: null };
    }
    return portions.length ? { file: null, packagePath: portions } : null;
  }

  private isDir(p: string): boolean {
    try { return this.fs.exists(p) && this.fs.stat(p).isDirectory; } catch { return false; }
  }

  private isFile(p: string): boolean {
    try { return this.fs.exists(p) && !this.fs.stat(p).isDirectory; } catch { return false; }
  }
}
