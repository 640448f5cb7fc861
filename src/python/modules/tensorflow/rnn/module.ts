// Where the RNN classes and functions live: tf.nn.rnn_cell.* and tf.contrib.rnn.* hold the same
// class objects (TF's contrib re-exports them); the driver functions are table entries with
// their tf.contrib.rnn aliases.
import type { PyValue } from '../../../objects/core';
import { PyModule } from '../../../objects/callables';
import { installTable, TableEntry } from '../../../bind';
import { rnnCellClass, layerRnnCellClass } from './cell_base';
import { basicLstmCellClass, basicRnnCellClass, gruCellClass, lstmCellClass } from './cells';
import { deviceWrapperClass, dropoutWrapperClass, multiRnnCellClass, outputProjectionWrapperClass, residualWrapperClass } from './composite_cells';
import { lstmStateTupleClass } from './state_tuple';
import { DYNAMIC_RNN_TABLE } from './dynamic_rnn';
import { STATIC_RNN_TABLE } from './static_rnn';
import { SEQ2SEQ_TABLE } from './seq2seq';
import { RNN_DECODER_TABLE } from './rnn_decoder';

/** tf.nn.rnn_cell's classes (TF 1.15's list). */
const RNN_CELL_CLASSES: Readonly<Record<string, PyValue>> = {
  RNNCell: rnnCellClass, BasicRNNCell: basicRnnCellClass, GRUCell: gruCellClass, BasicLSTMCell: basicLstmCellClass,
  LSTMCell: lstmCellClass, MultiRNNCell: multiRnnCellClass, DropoutWrapper: dropoutWrapperClass,
  ResidualWrapper: residualWrapperClass, DeviceWrapper: deviceWrapperClass, LSTMStateTuple: lstmStateTupleClass,
};

/** The RNN function tables (for the catalog and docs/API.md). */
export const RNN_TABLES: readonly TableEntry[] = [...DYNAMIC_RNN_TABLE, ...STATIC_RNN_TABLE, ...SEQ2SEQ_TABLE, ...RNN_DECODER_TABLE];

/** tf.nn.rnn_cell and the RNN functions in tf.nn. */
export function installRnn(tf: PyModule): void {
  const nn = tf.dict.get('nn') as PyModule;
  const cells = new PyModule('tensorflow.nn.rnn_cell');
  for (const [name, cls] of Object.entries(RNN_CELL_CLASSES)) cells.set(name, cls);
  nn.set('rnn_cell', cells);
  installTable(tf, RNN_TABLES);
}

export function fillContribRnn(mod: PyModule): void {
  for (const [name, cls] of Object.entries(RNN_CELL_CLASSES)) mod.set(name, cls);
  mod.set('LayerRNNCell', layerRnnCellClass);
  // contrib-only (core_rnn_cell.py): not in tf.nn.rnn_cell.
  mod.set('OutputProjectionWrapper', outputProjectionWrapperClass);
}
