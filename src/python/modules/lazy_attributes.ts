// PEP 562 lazy attributes of a module: a name's loader runs on first access (importing a
// Python-source submodule, say) and the value is kept in the module. One table per module backs
// its `__getattr__` and `__dir__`, so several parts can add names to the same module (tf.layers
// and tf.estimator both live on `tensorflow`), and dir() and the editor's catalogue see them all.
import { PyModule } from '../objects/callables';
import { entry, tableFunction } from '../bind';
import type { PyValue } from '../objects/core';
import { PyList } from '../objects/containers';
import { E, pyException } from '../exceptions';

interface LazyTable { loaders: Map<string, () => PyValue>; missing?: (name: string) => PyValue }
const tables = new WeakMap<PyModule, LazyTable>();

/** Adds lazily loaded attributes to `owner`; `missing` answers names no loader has (default: AttributeError). */
export function addLazyAttributes(owner: PyModule, loaders: Readonly<Record<string, () => PyValue>>, missing?: (name: string) => PyValue): void {
  let table = tables.get(owner);
  if (!table) {
    const t: LazyTable = { loaders: new Map() };
    table = t;
    tables.set(owner, t);
    // PEP 562's `def __getattr__(name)` and `def __dir__()`, as a Python module defines them.
    owner.set('__getattr__', tableFunction(entry({ name: `${owner.name}.__getattr__`, doc: 'A lazily loaded attribute of the module.', params: [{ name: 'name' }] }, a => {
      const name = String(a.name);
      const load = t.loaders.get(name);
      if (load) {
        const value = load();
        owner.dict.set(name, value);
        return value;
      }
      if (t.missing) return t.missing(name);
      throw pyException(E.AttributeError, `module '${owner.name}' has no attribute '${name}'`);
    }), owner.name));
    owner.set('__dir__', tableFunction(entry({ name: `${owner.name}.__dir__`, doc: "The module's names, the lazy ones included.", params: [] },
      () => new PyList([...new Set([...owner.dict.keys(), ...t.loaders.keys()])].sort())), owner.name));
  }
  for (const [name, load] of Object.entries(loaders)) table.loaders.set(name, load);
  if (missing) table.missing = missing;
}
