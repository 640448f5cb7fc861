// importlib: import_module and reload over the session's module cache.
import { PyModule } from '../objects/callables';
import { typeError } from '../exceptions';
import { parseArgs } from '../builtins/args';
import { registerModule } from '../modules/registry';
import { currentCache, resolveName } from './imports';

registerModule('importlib', () => {
  const m = new PyModule('importlib');
  m.def('import_module', (args, kw) => {
    const [name, pkg] = parseArgs('import_module', args, kw, ['name', 'package'], 1);
    if (typeof name !== 'string') throw typeError('the first argument must be a string');
    let level = 0;
    while (name[level] === '.') level++;
    const globals = new Map([['__package__', pkg ?? null]]);
    if (level && (pkg === undefined || pkg === null)) {
      throw typeError(`the 'package' argument is required to perform a relative import for '${name}'`);
    }
    return currentCache().import(resolveName(name.slice(level), level, globals));
  });
  m.def('reload', args => currentCache().reload(args[0]));
  m.def('invalidate_caches', () => null);
  return m;
});
