// The parts of tf written in Python (src/python/stdlib/tensorflow/*.py: tf.estimator, tf.app,
// tf.flags, tf.logging, tf.feature_column, the session hooks of tf.train), as TF itself writes its
// high-level APIs. They load on first use through a PEP 562 module __getattr__, so `import
// tensorflow` stays fast and a program that never touches them never runs their source.
import { PyBuiltin, PyModule } from '../../objects/callables';
import type { PyValue } from '../../objects/core';
import { attributeError } from '../../exceptions';
import { getAttr } from '../../runtime/attributes';
import type { ModuleContext } from '../registry';

/** attribute → the module that provides it, and the name there (undefined: the module itself). */
interface LazyAttribute { readonly module: string; readonly name?: string }

export const TF_PYTHON_ATTRIBUTES: Readonly<Record<string, LazyAttribute>> = {
  app: { module: 'tensorflow.app' },
  flags: { module: 'tensorflow.flags' },
  logging: { module: 'tensorflow.logging' },
  get_logger: { module: 'tensorflow.logging', name: 'get_logger' },
  estimator: { module: 'tensorflow.estimator' },
  feature_column: { module: 'tensorflow.feature_column' },
};

/** tf.train names written in Python (hooks and monitored sessions). */
const fromModule = (module: string, names: string[]) => names.map(name => [name, { module, name }] as const);
export const TRAIN_PYTHON_ATTRIBUTES: Readonly<Record<string, LazyAttribute>> = Object.fromEntries([
  ...fromModule('tensorflow.train_hooks', [
    'SessionRunHook', 'SessionRunArgs', 'SessionRunContext', 'SessionRunValues', 'LoggingTensorHook', 'StopAtStepHook',
    'NanTensorHook', 'NanLossDuringTrainingError', 'CheckpointSaverHook', 'CheckpointSaverListener', 'StepCounterHook',
    'FinalOpsHook', 'FeedFnHook',
  ]),
  ...fromModule('tensorflow.monitored_session', [
    'Scaffold', 'MonitoredTrainingSession', 'MonitoredSession', 'SingularMonitoredSession', 'ChiefSessionCreator',
  ]),
]);

function lazyGetattr(owner: PyModule, table: Readonly<Record<string, LazyAttribute>>, ctx: ModuleContext): PyBuiltin {
  return new PyBuiltin('__getattr__', args => {
    const name = String(args[0]);
    const found = table[name];
    if (!found) throw attributeError(`module '${owner.name}' has no attribute '${name}'`);
    const mod = ctx.importModule(found.module);
    const value: PyValue = found.name === undefined ? mod : getAttr(mod, found.name);
    owner.set(name, value);
    return value;
  }, owner.name);
}

export function installPythonModules(tf: PyModule, ctx: ModuleContext): void {
  tf.set('__getattr__', lazyGetattr(tf, TF_PYTHON_ATTRIBUTES, ctx));
  const train = tf.dict.get('train');
  if (train instanceof PyModule) train.set('__getattr__', lazyGetattr(train, TRAIN_PYTHON_ATTRIBUTES, ctx));
}
