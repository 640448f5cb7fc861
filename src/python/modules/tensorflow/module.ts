// The `tensorflow` Python module: tf, tf.nn, tf.train, tf.losses, tf.summary, tf.errors,
// tf.compat.v1 (the same module), built once per interpreter session.
import { PyModule } from '../../objects/callables';
import { defineCore } from './fns_core';
import { defineLossReduction } from './losses_reduction';
import { defineDTypes, defineGraphKeys, defineErrors, defineCompat } from './fns_misc';
import { installSummary } from './summary/index';
import { installEngineApi } from './engine_api';
import { installPythonSide } from './tables';
import { installTable } from '../../bind';
import { CONTROL_FLOW_TABLE } from './control/bound';
import { tensorArrayClass } from './control/tensor_array_object';
import { installRnn } from './rnn/module';
import { installContrib } from './contrib';
import { indexedSlicesClass } from './indexed_slices_object';
import { sparseTensorClass, sparseTensorValueClass } from './sparse/sparse_tensor_object';
import { installData } from './data/module';
import { installQueues } from './queues/module';
import { installExample } from './example/module';
import { METRICS_TABLE } from './metrics/module';
import './tensor_object';

export function createTensorflowModule(): PyModule {
  const tf = new PyModule('tensorflow');
  defineCore(tf);
  defineDTypes(tf); defineGraphKeys(tf); defineErrors(tf); defineCompat(tf);
  tf.set('nn', new PyModule('tensorflow.nn'));
  const train = new PyModule('tensorflow.train');
  tf.set('train', train);
  const losses = new PyModule('tensorflow.losses');
  defineLossReduction(losses);
  tf.set('losses', losses);
  // Functions bound from signature tables: op builders (engine_api), Python-side tables, submodules.
  installContrib(tf);
  installEngineApi(tf);
  installPythonSide(tf);
  installTable(tf, CONTROL_FLOW_TABLE);
  installRnn(tf);
  installData(tf);
  installQueues(tf);
  installTable(tf, METRICS_TABLE);
  installSummary(tf);
  installExample(tf);
  tf.set('TensorArray', tensorArrayClass);
  tf.set('IndexedSlices', indexedSlicesClass);
  tf.set('SparseTensor', sparseTensorClass);
  tf.set('SparseTensorValue', sparseTensorValueClass);
  // TF also exports the class as tf.sparse.SparseTensor (the tf.sparse functions made the module).
  const sparse = tf.dict.get('sparse');
  if (sparse instanceof PyModule) sparse.set('SparseTensor', sparseTensorClass);
  // `import tensorflow.compat.v1 as tf` gets the same TF1 module (tf.compat itself was made by
  // the table of its text helpers, as_str and friends).
  const found = tf.dict.get('compat');
  const compat = found instanceof PyModule ? found : new PyModule('tensorflow.compat');
  compat.set('v1', tf);
  tf.set('compat', compat);
  return tf;
}
