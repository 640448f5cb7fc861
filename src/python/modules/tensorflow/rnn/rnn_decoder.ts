// tf.contrib.legacy_seq2seq.rnn_decoder: the cell applied to a list of decoder inputs from an
// initial state, inside variable scope `scope` (default "rnn_decoder") with the scope reusing
// its variables after step 0. With a loop_function (char-rnn's sampler), each step after the
// first feeds loop_function(previous output, i) instead of the given input, built inside a
// reusing "loop_function" scope as TF does.
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { callValue } from '../../../runtime/call';
import { toArray } from '../../../runtime/iteration';
import { assertLikeRnnCell } from './composite_cells';

export const RNN_DECODER_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.contrib.legacy_seq2seq.rnn_decoder', doc: 'RNN decoder for the sequence-to-sequence model.',
    params: [{ name: 'decoder_inputs' }, { name: 'initial_state' }, { name: 'cell' },
      { name: 'loop_function', default: null }, { name: 'scope', default: null, type: 'str' }],
  }, a => {
    const cell = a.cell as PyValue, loopFunction = a.loop_function as PyValue;
    assertLikeRnnCell('cell', cell);
    const vs = tf.enterVariableScope(a.scope ?? 'rnn_decoder');
    try {
      let state = a.initial_state as PyValue;
      let prev: PyValue | null = null;
      const outputs: PyValue[] = [];
      const nameScope = tf.getDefaultGraph().getNameScope();
      toArray(a.decoder_inputs as PyValue).forEach((given, i) => {
        let input = given;
        if (loopFunction !== null && prev !== null) {
          const loop = tf.enterVariableScope('loop_function', { reuse: true });
          try { input = callValue(loopFunction, [prev, i], null); } finally { loop.exit(); }
        }
        // get_variable_scope().reuse_variables() from step 1 on: later steps share step 0's weights.
        // Ops stay in the decoder's name scope (reuse_variables changes no name scope).
        const reuse = i > 0 ? tf.enterVariableScope(vs.scope.name, { absolute: true, reuse: true, nameScope: nameScope ? `${nameScope}/` : '' }) : null;
        try {
          const [output, newState] = (callValue(cell, [input, state], null) as PyTuple).items;
          outputs.push(output);
          state = newState;
          if (loopFunction !== null) prev = output;
        } finally { reuse?.exit(); }
      });
      return new PyTuple([new PyList(outputs), state]);
    } finally { vs.exit(); }
  }),
];
