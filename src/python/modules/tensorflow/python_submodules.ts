// The tensorflow submodules written in Python (tf.layers, tf.keras, tf.contrib.layers, ...) are
// imported on first use through a module-level __getattr__ (PEP 562), so `import tensorflow`
// stays as cheap as before and `tf.layers.dense` still works without importing tf.layers.
import { PyBuiltin, PyModule } from '../../objects/callables';
import { PyValue } from '../../objects/core';
import { E, pyException } from '../../exceptions';
import { ModuleContext } from '../registry';
import { PyList } from '../../objects/containers';
import { callValue } from '../../runtime/call';
import { CONTRIB_SUBMODULES, unsupportedContribText } from './contrib';

/** Attributes of `tensorflow` backed by Python-source modules `tensorflow.<name>`. */
export const PYTHON_SUBMODULES: readonly string[] = ['layers', 'keras'];

function lazyAttributes(owner: PyModule, names: readonly string[], ctx: ModuleContext, missing: (name: string) => PyValue): void {
  const known = new Set(names);
  owner.set('__getattr__', new PyBuiltin('__getattr__', args => {
    const name = String(args[0]);
    if (known.has(name)) {
      const mod = ctx.importModule(`${owner.name}.${name}`);
      owner.dict.set(name, mod);
      return mod;
    }
    return missing(name);
  }, owner.name));
}

const noAttribute = (owner: PyModule) => (name: string): PyValue => {
  throw pyException(E.AttributeError, `module '${owner.name}' has no attribute '${name}'`);
};

/** `fallback`: an earlier module __getattr__ of tf that names missing here go on to. */
export function installPythonSubmodules(tf: PyModule, ctx: ModuleContext, fallback?: PyValue): PyModule {
  lazyAttributes(tf, PYTHON_SUBMODULES, ctx, fallback === undefined ? noAttribute(tf) : name => callValue(fallback, [name], null));
  const contrib = tf.dict.get('contrib') as PyModule;
  // Reaching tf.contrib.slim raises the same ImportError as `import tensorflow.contrib.slim`.
  // Any other name is a TF 1.15 contrib package Gradbook lacks (or a misspelling, which the
  // ImportError's list of supported packages shows); private names stay AttributeErrors.
  lazyAttributes(contrib, CONTRIB_SUBMODULES.filter(s => 'python' in s).map(s => s.name), ctx, name => {
    if (name.startsWith('_')) return noAttribute(contrib)(name);
    throw pyException(E.ImportError, unsupportedContribText(name));
  });
  // A package, so `import tensorflow.contrib.foo` says "No module named 'tensorflow.contrib.foo'".
  if (!contrib.dict.has('__path__')) contrib.set('__path__', new PyList([]));
  return tf;
}
