// importlib: import_module and reload over the session's module cache.
import { PyModule } from '../objects/callables';
import type { PyValue } from '../objects/core';
import { typeError } from '../exceptions';
import { argumentBinder } from '../bind';
import { registerModule } from '../modules/registry';
import { currentCache, resolveName } from './imports';

// importlib.import_module(name, package=None) is a Python function: Python's call-error texts.
const importModuleArgs = argumentBinder({
  name: 'importlib.import_module', doc: 'Import a module; a relative name needs package.',
  params: [{ name: 'name' }, { name: 'package', default: null }],
});

registerModule('importlib', () => {
  const m = new PyModule('importlib');
  m.def('import_module', (args, kw) => {
    const { name, package: pkg } = importModuleArgs(args, kw) as { name: PyValue; package: PyValue };
    if (typeof name !== 'string') throw typeError('the first argument must be a string');
    let level = 0;
    while (name[level] === '.') level++;
    const globals = new Map([['__package__', pkg]]);
    if (level && pkg === null) {
      throw typeError(`the 'package' argument is required to perform a relative import for '${name}'`);
    }
    return currentCache().import(resolveName(name.slice(level), level, globals));
  });
  m.def('reload', args => currentCache().reload(args[0]));
  m.def('invalidate_caches', () => null);
  return m;
});
