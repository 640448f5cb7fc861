// The parts of tf written in Python (src/python/stdlib/tensorflow/*.py: tf.estimator, tf.app,
// tf.flags, tf.logging, tf.feature_column, tf.image and tf.random_crop, tf.eye / tf.norm / tf.trace / tf.cross and the diagonal helpers, the session hooks of tf.train), as TF itself writes its
// high-level APIs. They load on first use through a PEP 562 module __getattr__, so `import
// tensorflow` stays fast and a program that never touches them never runs their source.
import { PyModule } from '../../objects/callables';
import { addLazyAttributes } from '../lazy_attributes';
import type { PyValue } from '../../objects/core';
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
  image: { module: 'tensorflow.image' },
  distributions: { module: 'tensorflow.distributions' },
  random_crop: { module: 'tensorflow.image', name: 'random_crop' },
  ...Object.fromEntries(['eye', 'norm', 'trace', 'diag', 'diag_part', 'matrix_diag', 'matrix_diag_part', 'matrix_band_part', 'cross']
    .map(name => [name, { module: 'tensorflow.linalg_extra', name }])),
};

/** tf.train names written in Python (hooks, monitored sessions, ExponentialMovingAverage). */
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
  ...fromModule('tensorflow.moving_averages', ['ExponentialMovingAverage']),
]);

/** Loaders of a table's attributes: import the module, then take the name from it. */
function loaders(table: Readonly<Record<string, LazyAttribute>>, ctx: ModuleContext): Record<string, () => PyValue> {
  return Object.fromEntries(Object.entries(table).map(([attr, found]) => [attr, () => {
    const mod = ctx.importModule(found.module);
    return found.name === undefined ? mod : getAttr(mod, found.name);
  }]));
}

export function installPythonModules(tf: PyModule, ctx: ModuleContext): void {
  addLazyAttributes(tf, loaders(TF_PYTHON_ATTRIBUTES, ctx));
  const train = tf.dict.get('train');
  if (train instanceof PyModule) addLazyAttributes(train, loaders(TRAIN_PYTHON_ATTRIBUTES, ctx));
}
