// tf.nn.static_rnn (tf.contrib.rnn.static_rnn) and static_bidirectional_rnn: the cell unrolled
// once per input in the graph, weights shared by the cell's captured scope (and the `rnn`
// scope set to reuse after step 0, for cells that call get_variable themselves).
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { callMethod, callValue } from '../../../runtime/call';
import { getAttr } from '../../../runtime/attributes';
import { typeError, valueError } from '../../../exceptions';
import { out } from '../define';
import { PyDType } from '../dtype_object';
import { leafTensor } from '../control/structured';
import { flatten, isSequence, packSequenceAs, children } from '../control/nest';
import { assertLikeRnnCell } from './composite_cells';
import { maskedStep, zerosFor } from './dynamic_rnn';

interface StaticArgs { cell: PyValue; inputs: PyValue; initial_state: PyValue; dtype: tf.DType | null; sequence_length: tf.TensorLike | null }

function staticRnnInScope(a: StaticArgs): [PyValue[], PyValue] {
  const inputs = a.inputs;
  if (!isSequence(inputs)) throw typeError('inputs must be a sequence');
  const steps = children(inputs);
  if (!steps.length) throw valueError('inputs must not be empty');
  let first: PyValue = inputs;
  while (isSequence(first)) first = children(first)[0];
  const firstT = leafTensor(first);
  for (const x of flatten(inputs).map(v => leafTensor(v))) {
    const rest = x.shape?.slice(1) ?? [null];
    rest.forEach((d, i) => { if (d === null) throw valueError(`Input size (dimension ${i} of inputs) must be accessible via shape inference, but saw value None.`); });
  }
  const staticBatch = firstT.shape?.[0] ?? null;
  const batch: number | tf.Tensor = staticBatch ?? tf.gather(tf.shape(firstT), 0);
  let state = a.initial_state;
  if (state === null) {
    if (a.dtype === null) throw valueError('If no initial_state is provided, dtype must be specified');
    state = callMethod(a.cell, 'zero_state', [typeof batch === 'number' ? batch : out(batch), PyDType.of(a.dtype)], null);
  }
  let lengths: tf.Tensor | null = null;
  let zeroOutput: tf.Tensor[] = [];
  if (a.sequence_length !== null) {
    const given = tf.convertToTensor(a.sequence_length);
    if (given.shape !== null && given.shape.length !== 1) throw valueError('sequence_length must be a vector of length batch_size');
    const dtype = a.dtype ?? leafTensor(flatten(state)[0]).dtype;
    zeroOutput = zerosFor(flatten(getAttr(a.cell, 'output_size')), batch, dtype);
    lengths = tf.cast(given, 'int32');
  }
  const outputs: PyValue[] = [];
  const scope = tf.currentVariableScope().name;
  const nameScope = tf.getDefaultGraph().getNameScope();
  steps.forEach((input, t) => {
    // varscope.reuse_variables(): later steps reuse what step 0 made.
    const reuse = t > 0 ? tf.enterVariableScope(scope, { absolute: true, reuse: true, nameScope: nameScope ? `${nameScope}/` : '' }) : null;
    try {
      const [output, newState] = (callValue(a.cell, [input, state], null) as PyTuple).items;
      const [o, s] = maskedStep(lengths === null ? null : { time: tf.constant(t, 'int32'), lengths, zeroOutput }, state, output, newState);
      outputs.push(o);
      state = s;
    } finally { reuse?.exit(); }
  });
  return [outputs, state];
}

/** _reverse_seq: the list reversed, or each row reversed within its own length. */
function reverseSeq(seq: PyValue[], lengths: tf.TensorLike | null): PyValue[] {
  if (lengths === null) return seq.slice().reverse();
  const flatSeq = seq.map(x => flatten(x).map(v => leafTensor(v)));
  const results: PyValue[][] = seq.map(() => []);
  flatSeq[0].forEach((_, k) => {
    const joined = tf.stack(flatSeq.map(f => f[k]));
    const reversed = tf.unstack(tf.reverseSequence(joined, tf.cast(tf.convertToTensor(lengths), 'int64'), 0, 1));
    reversed.forEach((r, t) => { r.shape = flatSeq[t][k].shape; results[t].push(out(r)); });
  });
  return results.map((r, t) => packSequenceAs(seq[t], r));
}

const COMMON = [
  { name: 'dtype', default: null, type: 'dtype' },
  { name: 'sequence_length', default: null, type: 'tensor' },
  { name: 'scope', default: null, type: 'str' },
] as const;

export const STATIC_RNN_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.nn.static_rnn', doc: 'Creates a recurrent neural network specified by RNNCell cell, unrolled over a list of inputs.',
    params: [{ name: 'cell' }, { name: 'inputs' }, { name: 'initial_state', default: null }, ...COMMON],
  }, a => {
    assertLikeRnnCell('cell', a.cell as PyValue);
    const vs = tf.enterVariableScope(a.scope ?? 'rnn');
    try {
      const [outputs, state] = staticRnnInScope({ ...a, cell: a.cell as PyValue, inputs: a.inputs as PyValue, initial_state: a.initial_state as PyValue });
      return new PyTuple([new PyList(outputs), state]);
    } finally { vs.exit(); }
  }, { aliases: ['tf.contrib.rnn.static_rnn'] }),
  entry({
    name: 'tf.nn.static_bidirectional_rnn', doc: 'Creates a bidirectional recurrent neural network (unrolled).',
    params: [{ name: 'cell_fw' }, { name: 'cell_bw' }, { name: 'inputs' }, { name: 'initial_state_fw', default: null }, { name: 'initial_state_bw', default: null }, ...COMMON],
  }, a => {
    assertLikeRnnCell('cell_fw', a.cell_fw as PyValue);
    assertLikeRnnCell('cell_bw', a.cell_bw as PyValue);
    const inputs = a.inputs as PyValue;
    if (!isSequence(inputs)) throw typeError('inputs must be a sequence');
    if (!children(inputs).length) throw valueError('inputs must not be empty');
    let fw: [PyValue[], PyValue], bw: [PyValue[], PyValue];
    const outer = tf.enterVariableScope(a.scope ?? 'bidirectional_rnn');
    try {
      const f = tf.enterVariableScope('fw');
      try { fw = staticRnnInScope({ cell: a.cell_fw as PyValue, inputs, initial_state: a.initial_state_fw as PyValue, dtype: a.dtype, sequence_length: a.sequence_length }); } finally { f.exit(); }
      const b = tf.enterVariableScope('bw');
      try {
        const reversed = new PyList(reverseSeq(children(inputs), a.sequence_length));
        bw = staticRnnInScope({ cell: a.cell_bw as PyValue, inputs: reversed, initial_state: a.initial_state_bw as PyValue, dtype: a.dtype, sequence_length: a.sequence_length });
      } finally { b.exit(); }
    } finally { outer.exit(); }
    const outputBw = reverseSeq(bw[0], a.sequence_length);
    const outputs = fw[0].map((o, t) => {
      const fo = flatten(o), bo = flatten(outputBw[t]);
      return packSequenceAs(o, fo.map((x, k) => out(tf.concat([leafTensor(x), leafTensor(bo[k])], 1))));
    });
    return new PyTuple([new PyList(outputs), fw[1], bw[1]]);
  }, { aliases: ['tf.contrib.rnn.static_bidirectional_rnn'] }),
];
