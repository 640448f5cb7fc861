// importlib: import_module and reload over the session's module cache, from a signature table
// (they are Python functions in CPython, so call errors are a def's).
import { PyModule } from '../objects/callables';
import type { PyValue } from '../objects/core';
import { typeError } from '../exceptions';
import { entry, installTable, TableEntry } from '../bind';
import { registerModule } from '../modules/registry';
import { currentCache, resolveName } from './imports';

export const IMPORTLIB_TABLE: readonly TableEntry[] = [
  entry({ name: 'importlib.import_module', doc: 'Import a module (a relative name needs package).', params: [{ name: 'name' }, { name: 'package', default: null }] }, a => {
    const name = a.name;
    if (typeof name !== 'string') throw typeError('the first argument must be a string');
    let level = 0;
    while (name[level] === '.') level++;
    const globals = new Map<string, PyValue>([['__package__', a.package as PyValue]]);
    if (level && a.package === null) throw typeError(`the 'package' argument is required to perform a relative import for '${name}'`);
    return currentCache().import(resolveName(name.slice(level), level, globals));
  }),
  entry({ name: 'importlib.reload', doc: 'Reload the module and return it.', params: [{ name: 'module' }] }, a => currentCache().reload(a.module as PyValue)),
  entry({ name: 'importlib.invalidate_caches', doc: 'Call the invalidate_caches() method on all meta path finders (nothing to do in Gradbook).', params: [] }, () => null),
];

registerModule('importlib', () => {
  const m = new PyModule('importlib');
  installTable(m, IMPORTLIB_TABLE);
  return m;
});
