// tf.nn.dynamic_rnn and tf.nn.bidirectional_dynamic_rnn as TF 1.15 builds them (rnn.py): inputs
// time-major, unstacked into TensorArrays, one while loop over (time, output arrays, state) with
// maximum_iterations = T, the cell called once inside it (so its ops are rnn/while/<cell>/…),
// and sequence_length handled by copying the state through and zeroing the output past each
// row's end (tf1-layers-rnn-data §2.5).
import type { PyValue } from '../../../objects/core';
import { PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { callMethod, callValue } from '../../../runtime/call';
import { getAttr } from '../../../runtime/attributes';
import { valueError } from '../../../exceptions';
import { out } from '../define';
import { PyDType } from '../dtype_object';
import { PyTensorShape } from '../shape_object';
import { leafTensor, structuredWhile } from '../control/structured';
import { assertSameStructure, children, flatten, mapStructure, packSequenceAs } from '../control/nest';
import { PyTensorArray } from '../control/tensor_array_object';
import { assertLikeRnnCell } from './composite_cells';

/** (B, T, ...) ↔ (T, B, ...), keeping the static shape. */
export function transposeBatchTime(x: tf.Tensor): tf.Tensor {
  const rank = x.shape?.length;
  if (rank === undefined) throw valueError('Expected input tensor to have rank at least 2, but saw shape: <unknown>');
  if (rank < 2) throw valueError(`Expected input tensor ${x.toString()} to have rank at least 2`);
  const perm = [1, 0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2)];
  return tf.transpose(x, perm);
}

/** The batch size: static dim 1 of a time-major input, else its dynamic shape[1]. */
function batchSizeOf(flat: tf.Tensor[]): number | tf.Tensor {
  for (const x of flat) { const d = x.shape?.[1]; if (d !== null && d !== undefined) return d; }
  return tf.gather(tf.shape(flat[0]), 1);
}

/** A size from state_size / output_size: an int or a TensorShape, as a list of dims. */
export function sizeDims(size: PyValue): (number | null)[] {
  return size instanceof PyTensorShape ? (size.shape ?? []) : [Number(size)];
}

/** zeros([batch] + size) for each flat size, with the static shape TF sets. */
export function zerosFor(sizes: PyValue[], batch: number | tf.Tensor, dtype: tf.DType): tf.Tensor[] {
  return sizes.map(size => {
    const dims = sizeDims(size) as number[];
    const shape = typeof batch === 'number' ? [batch, ...dims] : tf.concat([tf.expandDims(batch, 0), tf.constant(tf.NDArray.from(dims, 'int32'))], 0);
    const z = tf.zeros(shape, dtype);
    z.shape = [typeof batch === 'number' ? batch : null, ...dims];
    return z;
  });
}

export interface RnnStepMask { time: tf.Tensor; lengths: tf.Tensor; zeroOutput: tf.Tensor[] }

/**
 * `_rnn_step` with skip_conditionals: run the cell for the whole batch, then rows whose time is
 * past their length keep the old state and output zeros.
 */
export function maskedStep(mask: RnnStepMask | null, state: PyValue, output: PyValue, newState: PyValue): [PyValue, PyValue] {
  if (mask === null) return [output, newState];
  assertSameStructure(state, newState);
  const copy = tf.greaterEqual(mask.time, mask.lengths);
  const pick = (old: tf.Tensor, next: tf.Tensor) => {
    if (next.shape !== null && next.shape.length === 0) return next;
    const r = tf.where(copy, old, next);
    r.shape = old.shape;
    return r;
  };
  const outs = flatten(output).map((o, i) => out(pick(mask.zeroOutput[i], leafTensor(o))));
  const oldStates = flatten(state);
  const states = flatten(newState).map((s, i) => out(pick(leafTensor(oldStates[i]), leafTensor(s))));
  return [packSequenceAs(output, outs), packSequenceAs(newState, states)];
}

export interface DynamicRnnArgs {
  cell: PyValue; inputs: PyValue; sequence_length: tf.TensorLike | null; initial_state: PyValue;
  dtype: tf.DType | null; parallel_iterations: number | null; time_major: boolean;
}

/** dynamic_rnn inside the already-open variable scope. */
export function dynamicRnnInScope(a: DynamicRnnArgs): PyTuple {
  const cell = a.cell;
  let flat = flatten(a.inputs).map(x => leafTensor(x));
  if (!a.time_major) flat = flat.map(transposeBatchTime);
  let lengths: tf.Tensor | null = null;
  if (a.sequence_length !== null) {
    lengths = tf.cast(tf.convertToTensor(a.sequence_length), 'int32');
    if (lengths.shape !== null && lengths.shape.length !== 1) throw valueError(`sequence_length must be a vector of length batch_size, but saw shape: ${new PyTensorShape(lengths.shape).str()}`);
    lengths = tf.identity(lengths, 'sequence_length');
  }
  const batch = batchSizeOf(flat);
  let state = a.initial_state;
  if (state === null) {
    if (a.dtype === null) throw valueError('If there is no initial_state, you must give a dtype.');
    state = callMethod(cell, 'zero_state', [typeof batch === 'number' ? batch : out(batch), PyDType.of(a.dtype)], null);
  }
  const stateDType = a.dtype ?? leafTensor(flatten(state)[0]).dtype;
  for (const x of flat) {
    if (x.shape === null || x.shape.length < 3) throw valueError(`Shape ${x.shape === null ? '<unknown>' : new PyTensorShape(x.shape).str()} must have rank at least 3`);
    if (x.shape.slice(2).some(d => d === null)) throw valueError('Input size (depth of inputs) must be accessible via shape inference, but saw value None.');
    if (x.shape[0] !== flat[0].shape![0]) throw valueError('Time steps is not the same for all the elements in the input in a batch.');
    if (x.shape[1] !== flat[0].shape![1]) throw valueError('Batch_size is not the same for all the elements in the input.');
  }
  const [constTime, constBatch] = [flat[0].shape![0], flat[0].shape![1]];
  const timeSteps = tf.gather(tf.shape(flat[0]), 0);
  const outputSize = getAttr(cell, 'output_size');
  const flatOutputSizes = flatten(outputSize);
  const zeroOutput = zerosFor(flatOutputSizes, batch, stateDType);
  const maxLen = lengths === null ? timeSteps : tf.reduceMax(lengths);
  const time = tf.constant(0, 'int32', 'time');
  const base = tf.getDefaultGraph().withNameScope('dynamic_rnn', null, scope => scope);
  const inputTas = flat.map((x, i) => new tf.TensorArray({ dtype: x.dtype, size: timeSteps, elementShape: x.shape!.slice(1), tensorArrayName: `${base}input_${i}` }).unstack(x));
  const outputTas = flatOutputSizes.map((size, i) => new PyTensorArray(new tf.TensorArray({
    dtype: stateDType, size: timeSteps, elementShape: [constBatch, ...sizeDims(size)], tensorArrayName: `${base}output_${i}`,
  })));
  const loopBound = tf.minimum(timeSteps, tf.maximum(1, maxLen));
  const result = structuredWhile(
    ([t]) => out(tf.less(leafTensor(t), loopBound)),
    ([t, tas, st]) => {
      const tT = leafTensor(t);
      const inputT = packSequenceAs(a.inputs, inputTas.map((ta, i) => {
        const r = ta.read(tT);
        r.shape = flat[i].shape!.slice(1);
        return out(r);
      }));
      const [output, newState] = (callValue(cell, [inputT, st], null) as PyTuple).items;
      const [o, s] = maskedStep(lengths === null ? null : { time: tT, lengths, zeroOutput }, st, output, newState);
      const written = flatten(o).map((v, i) => new PyTensorArray((children(tas as PyTuple)[i] as PyTensorArray).ta.write(tT, leafTensor(v))));
      return new PyTuple([out(tf.add(tT, 1)), new PyTuple(written), s]);
    },
    new PyTuple([out(time), new PyTuple(outputTas), state]),
    { parallelIterations: a.parallel_iterations ?? 32, maximumIterations: timeSteps, spread: true },
  );
  const [, finalTas, finalState] = children(result as PyTuple);
  const outputs = children(finalTas as PyTuple).map((ta, i) => {
    const stacked = (ta as PyTensorArray).ta.stack();
    stacked.shape = [constTime, constBatch, ...sizeDims(flatOutputSizes[i])];
    return a.time_major ? stacked : transposeBatchTime(stacked);
  });
  return new PyTuple([packSequenceAs(outputSize, outputs.map(out)), finalState]);
}

const PARAMS = {
  sequenceLength: { name: 'sequence_length', default: null, type: 'tensor' },
  dtype: { name: 'dtype', default: null, type: 'dtype' },
  parallel: { name: 'parallel_iterations', default: null, type: 'int', doc: 'scheduling only: time steps run one after another' },
  swap: { name: 'swap_memory', default: false, type: 'flag', doc: 'GPU memory hint: no effect' },
  timeMajor: { name: 'time_major', default: false, type: 'flag' },
  scope: { name: 'scope', default: null, type: 'str' },
} as const;

export const DYNAMIC_RNN_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.nn.dynamic_rnn', doc: 'Creates a recurrent neural network specified by RNNCell cell.',
    params: [{ name: 'cell' }, { name: 'inputs' }, PARAMS.sequenceLength, { name: 'initial_state', default: null }, PARAMS.dtype,
      PARAMS.parallel, PARAMS.swap, PARAMS.timeMajor, PARAMS.scope],
  }, a => {
    assertLikeRnnCell('cell', a.cell as PyValue);
    const vs = tf.enterVariableScope(a.scope ?? 'rnn');
    try {
      return dynamicRnnInScope({ ...a, cell: a.cell as PyValue, inputs: a.inputs as PyValue, initial_state: a.initial_state as PyValue });
    } finally { vs.exit(); }
  }),
  entry({
    name: 'tf.nn.bidirectional_dynamic_rnn', doc: 'Creates a dynamic version of bidirectional recurrent neural network.',
    params: [{ name: 'cell_fw' }, { name: 'cell_bw' }, { name: 'inputs' }, PARAMS.sequenceLength, { name: 'initial_state_fw', default: null },
      { name: 'initial_state_bw', default: null }, PARAMS.dtype, PARAMS.parallel, PARAMS.swap, PARAMS.timeMajor, PARAMS.scope],
  }, a => {
    assertLikeRnnCell('cell_fw', a.cell_fw as PyValue);
    assertLikeRnnCell('cell_bw', a.cell_bw as PyValue);
    const [timeAxis, batchAxis] = a.time_major ? [0, 1] : [1, 0];
    const lengths = a.sequence_length;
    const rev = (x: tf.Tensor) => (lengths === null ? tf.reverse(x, [timeAxis]) : tf.reverseSequence(x, lengths, timeAxis, batchAxis));
    const common = { sequence_length: lengths, dtype: a.dtype, parallel_iterations: a.parallel_iterations, time_major: a.time_major };
    let fw: PyTuple, bwRaw: PyTuple;
    const outer = tf.enterVariableScope(a.scope ?? 'bidirectional_rnn');
    try {
      const f = tf.enterVariableScope('fw');
      try { fw = dynamicRnnInScope({ ...common, cell: a.cell_fw as PyValue, inputs: a.inputs as PyValue, initial_state: a.initial_state_fw as PyValue }); } finally { f.exit(); }
      const b = tf.enterVariableScope('bw');
      try {
        const reversed = mapStructure(x => out(rev(leafTensor(x))), a.inputs as PyValue);
        bwRaw = dynamicRnnInScope({ ...common, cell: a.cell_bw as PyValue, inputs: reversed, initial_state: a.initial_state_bw as PyValue });
      } finally { b.exit(); }
    } finally { outer.exit(); }
    const outputBw = mapStructure(x => out(rev(leafTensor(x))), bwRaw.items[0]);
    return new PyTuple([new PyTuple([fw.items[0], outputBw]), new PyTuple([fw.items[1], bwRaw.items[1]])]);
  }),
];

