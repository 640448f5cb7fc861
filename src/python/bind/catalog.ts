// Every signature table, in the order docs/API.md lists them. Adding a table (tf.train, os.path,
// matplotlib.pyplot...) is one line here; the doc generator and the table lint test read this.
// Not re-exported from ./index: the tables themselves import the binder.
import * as tf from '../../engine';
import type { Signature } from '../../engine';
import { NUMPY_TABLE } from '../modules/numpy/bound';
import { BUILTINS_TABLE } from '../builtins/bound';
import { CONTROL_FLOW_TABLES } from '../modules/tensorflow/control/bound';
import { RNN_TABLES } from '../modules/tensorflow/rnn/module';

export interface CatalogFunction { readonly signature: Signature; readonly aliases?: readonly string[] }
export interface CatalogSection {
  readonly title: string;
  /** Where the table lives, for the reader of docs/API.md. */
  readonly source: string;
  readonly functions: readonly CatalogFunction[];
}

export function apiCatalog(): CatalogSection[] {
  return [
    { title: 'TensorFlow (`tf`)', source: 'src/engine/ops/** (listed by src/engine/ops/index.ts)', functions: tf.apiFunctions() },
    { title: 'TensorFlow control flow (`tf.while_loop`, `tf.cond`, `tf.TensorArray`, ...)', source: 'src/python/modules/tensorflow/control/', functions: CONTROL_FLOW_TABLES },
    { title: 'TensorFlow RNNs (`tf.nn.dynamic_rnn`, `tf.nn.static_rnn`, ...)', source: 'src/python/modules/tensorflow/rnn/', functions: RNN_TABLES },
    { title: 'NumPy (`np`)', source: 'src/python/modules/numpy/bound.ts', functions: NUMPY_TABLE },
    { title: 'Builtins', source: 'src/python/builtins/bound.ts', functions: BUILTINS_TABLE },
  ];
}
