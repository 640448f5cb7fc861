// The tensorflow submodules written in Python (tf.layers, tf.keras, tf.contrib.layers, ...) are
// imported on first use through a module-level __getattr__ (PEP 562), so `import tensorflow`
// stays as cheap as before and `tf.layers.dense` still works without importing tf.layers.
import { PyModule } from '../../objects/callables';
import { PyValue } from '../../objects/core';
import { E, pyException } from '../../exceptions';
import { ModuleContext } from '../registry';
import { PyList } from '../../objects/containers';
import { addLazyAttributes } from '../lazy_attributes';
import { CONTRIB_SUBMODULES, unsupportedContribText } from './contrib';

/** Attributes of `tensorflow` backed by Python-source modules `tensorflow.<name>`. */
export const PYTHON_SUBMODULES: readonly string[] = ['layers', 'keras'];

const noAttribute = (owner: PyModule) => (name: string): PyValue => {
  throw pyException(E.AttributeError, `module '${owner.name}' has no attribute '${name}'`);
};

export function installPythonSubmodules(tf: PyModule, ctx: ModuleContext): PyModule {
  const importing = (owner: PyModule, names: readonly string[]) =>
    Object.fromEntries(names.map(name => [name, () => ctx.importModule(`${owner.name}.${name}`) as PyValue]));
  addLazyAttributes(tf, importing(tf, PYTHON_SUBMODULES));
  const contrib = tf.dict.get('contrib') as PyModule;
  // Reaching tf.contrib.slim raises the same ImportError as `import tensorflow.contrib.slim`.
  // Any other name is a TF 1.15 contrib package Gradbook lacks (or a misspelling, which the
  // ImportError's list of supported packages shows); private names stay AttributeErrors.
  addLazyAttributes(contrib, importing(contrib, CONTRIB_SUBMODULES.filter(s => 'python' in s).map(s => s.name)), name => {
    if (name.startsWith('_')) return noAttribute(contrib)(name);
    throw pyException(E.ImportError, unsupportedContribText(name));
  });
  // Packages, so `import tensorflow.contrib.foo` says "No module named 'tensorflow.contrib.foo'".
  for (const pkg of [tf, contrib]) if (!pkg.dict.has('__path__')) pkg.set('__path__', new PyList([]));
  return tf;
}
