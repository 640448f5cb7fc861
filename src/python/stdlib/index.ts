// Registers the standard-library modules written in Python (src/python/stdlib/**/*.py, bundled
// as text into sources.generated.ts by scripts/gen-stdlib.mjs). Each import runs the module's
// source in a fresh namespace of the importing session, like a .py file on sys.path, but the
// name is taken before sys.path is searched, as CPython's own stdlib modules are.
import { PyModule } from '../objects/callables';
import { PyList } from '../objects/containers';
import { registerModule } from '../modules/registry';
import { runModuleSource } from '../interpreter/run-module';
import { knownSources } from '../interpreter/source-registry';
import { STDLIB_SOURCES } from './sources.generated';
import './helpers';

/** The file name tracebacks show for a bundled module (`gradbook/stdlib/argparse.py`). */
const displayName = (file: string) => file.replace(/^src\/python\//, 'gradbook/');

for (const [name, { source, isPackage, file }] of Object.entries(STDLIB_SOURCES)) {
  const filename = displayName(file);
  knownSources.set(filename, source);
  registerModule(name, ctx => {
    const mod = new PyModule(name);
    mod.dict.set('__doc__', null);
    mod.dict.set('__package__', isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf('.'))));
    mod.dict.set('__file__', filename);
    if (isPackage) mod.dict.set('__path__', new PyList([]));
    // In sys.modules while its code runs, so its own imports of submodules find it.
    ctx.sys.modules.set(name, mod);
    try {
      runModuleSource(source, filename, name, mod.dict);
    } catch (e) {
      ctx.sys.modules.delete(name);
      throw e;
    }
    return mod;
  });
}
