// MultiRNNCell (cells stacked under `cell_0`, `cell_1`, ... scopes) and the wrappers
// DropoutWrapper, ResidualWrapper, DeviceWrapper, which call the wrapped cell directly and add
// no variable scope of their own (tf1-layers-rnn-data §2.3-2.4).
import { nodeCrypto } from '../../../../shared/node_crypto';
import type { PyValue } from '../../../objects/core';
import { PyInstance } from '../../../objects/core';
import { PyDType } from '../dtype_object';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, isCallable } from '../../../bind';
import { defineClass } from '../../../bind/py_class';
import { getAttr } from '../../../runtime/attributes';
import { callMethod, callValue } from '../../../runtime/call';
import { toNumber } from '../../../runtime/numbers';
import { repr } from '../../../runtime/repr';
import { typeError, valueError } from '../../../exceptions';
import { out } from '../define';
import { isEngineBacked } from '../convert';
import { leafTensor } from '../control/structured';
import { children, flatten, isSequence, packSequenceAs } from '../control/nest';
import { addVariable, cellState, rnnCellClass, zeroState } from './cell_base';
import { isLstmStateTuple } from './state_tuple';

const MODULE = 'tensorflow.python.ops.rnn_cell_impl';
const get = (self: PyValue, name: string): PyValue => (self as PyInstance).dict.get(name) ?? null;
const cellsOf = (self: PyValue): PyValue[] => (get(self, '_cells') as PyTuple).items;

/** TF's assert_like_rnncell: the listed problems, or nothing. */
export function assertLikeRnnCell(name: string, cell: PyValue): void {
  const has = (a: string) => { try { return getAttr(cell, a) !== undefined; } catch (e) { return (e as { type?: { name?: string } }).type?.name === 'NotImplementedError'; } };
  const problems: string[] = [];
  if (!has('output_size')) problems.push("'output_size' property is missing");
  if (!has('state_size')) problems.push("'state_size' property is missing");
  if (!has('zero_state') && !has('get_initial_state')) problems.push("either 'zero_state' or 'get_initial_state' method is required");
  if (!isCallable(cell)) problems.push('is not callable');
  if (problems.length) throw typeError(`The argument '${name}' (${repr(cell)}) is not an RNNCell: ${problems.join(', ')}.`);
}

export const multiRnnCellClass = defineClass({
  name: 'MultiRNNCell', module: MODULE, bases: [rnnCellClass],
  methods: [
    entry({ name: 'MultiRNNCell.__init__', doc: 'RNN cell composed sequentially of multiple simple cells.',
      params: [{ name: 'self' }, { name: 'cells' }, { name: 'state_is_tuple', default: true, type: 'flag' }] }, a => {
      const self = a.self as PyValue, cells = a.cells as PyValue;
      if (!(cells instanceof PyList || cells instanceof PyTuple)) throw typeError(`cells must be a list or tuple, but saw: ${repr(cells)}.`);
      if (!cells.items.length) throw valueError('Must specify at least one cell for MultiRNNCell.');
      if (!a.state_is_tuple && cells.items.some(c => isSequence(getAttr(c, 'state_size')))) {
        throw valueError(`Some cells return tuples of states, but the flag state_is_tuple is not set.  State sizes are: ${repr(new PyList(cells.items.map(c => getAttr(c, 'state_size'))))}`);
      }
      cellState(self);
      (self as PyInstance).dict.set('_cells', new PyTuple(cells.items.slice()));
      (self as PyInstance).dict.set('_state_is_tuple', a.state_is_tuple);
      return null;
    }),
    entry({ name: 'MultiRNNCell.call', doc: 'Run the cells in order; each cell\'s output is the next one\'s input.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue, tuple = get(self, '_state_is_tuple') === true, cells = cellsOf(self);
      let input = a.inputs as PyValue;
      let offset = 0;
      const states: PyValue[] = [];
      cells.forEach((cell, i) => {
        const vs = tf.enterVariableScope(`cell_${i}`);
        try {
          let cur: PyValue;
          if (tuple) {
            const st = a.state as PyValue;
            if (!isSequence(st)) throw valueError(`Expected state to be a tuple of length ${cells.length}, but received: ${repr(st)}`);
            cur = children(st)[i];
          } else {
            const size = toNumber(getAttr(cell, 'state_size'));
            cur = out(tf.slice(leafTensor(a.state as PyValue), [0, offset], [-1, size]));
            offset += size;
          }
          const r = callValue(cell, [input, cur], null) as PyTuple;
          input = r.items[0];
          states.push(r.items[1]);
        } finally { vs.exit(); }
      });
      return new PyTuple([input, tuple ? new PyTuple(states) : out(tf.concat(states.map(s => leafTensor(s)), 1))]);
    }),
    entry({ name: 'MultiRNNCell.zero_state', doc: 'A tuple of each cell\'s zero state.', params: [{ name: 'self' }, { name: 'batch_size' }, { name: 'dtype', type: 'dtype' }] }, a => {
      const self = a.self as PyValue;
      if (get(self, '_state_is_tuple') !== true) return zeroState(self, a.batch_size as PyValue, a.dtype);
      return tf.getDefaultGraph().withNameScope('MultiRNNCellZeroState', null, () =>
        new PyTuple(cellsOf(self).map(c => callMethod(c, 'zero_state', [a.batch_size as PyValue, PyDType.of(a.dtype)], null))));
    }),
  ],
  properties: {
    state_size: self => {
      const sizes = cellsOf(self).map(c => getAttr(c, 'state_size'));
      return get(self, '_state_is_tuple') === true ? new PyTuple(sizes) : sizes.reduce((s: number, x) => s + toNumber(x), 0);
    },
    output_size: self => getAttr(cellsOf(self)[cellsOf(self).length - 1], 'output_size'),
    trainable_variables: self => new PyList(cellsOf(self).flatMap(c => (getAttr(c, 'trainable_variables') as PyList).items)),
    weights: self => new PyList(cellsOf(self).flatMap(c => (getAttr(c, 'weights') as PyList).items)),
    variables: self => new PyList(cellsOf(self).flatMap(c => (getAttr(c, 'variables') as PyList).items)),
  },
});

// ---- wrappers -------------------------------------------------------------------------------

const wrapped = (self: PyValue): PyValue => get(self, '_cell');
const delegate = {
  state_size: (self: PyValue) => getAttr(wrapped(self), 'state_size'),
  output_size: (self: PyValue) => getAttr(wrapped(self), 'output_size'),
  trainable_variables: (self: PyValue) => getAttr(wrapped(self), 'trainable_variables'),
  weights: (self: PyValue) => getAttr(wrapped(self), 'weights'),
  variables: (self: PyValue) => getAttr(wrapped(self), 'variables'),
  wrapped_cell: (self: PyValue) => wrapped(self),
};
const zeroStateDelegate = entry({ name: 'RNNCellWrapper.zero_state', doc: 'The wrapped cell\'s zero state.', params: [{ name: 'self' }, { name: 'batch_size' }, { name: 'dtype' }] },
  a => callMethod(wrapped(a.self as PyValue), 'zero_state', [a.batch_size as PyValue, a.dtype as PyValue], null));
/** Wrappers run the cell without a scope of their own: `__call__` goes straight to `call`. */
const callDelegate = (name: string) => entry({ name: `${name}.__call__`, doc: 'Run the wrapped cell.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }, { name: 'scope', default: null }] },
  a => callMethod(a.self as PyValue, 'call', [a.inputs as PyValue, a.state as PyValue], null));

function setWrapped(self: PyValue, cell: PyValue): void {
  assertLikeRnnCell('cell', cell);
  cellState(self);
  (self as PyInstance).dict.set('_cell', cell);
}

/** TF's per-tensor dropout seed: md5(str(seed) + salt), first 8 hex digits, & 0x7FFFFFFF. */
function derivedSeed(seed: number | null, salt: string): number | null {
  if (seed === null) return null;
  return parseInt(nodeCrypto().createHash('md5').update(`${seed}${salt}`).digest('hex').slice(0, 8), 16) & 0x7fffffff;
}

type Keep = number | tf.Tensor;
function keepArg(v: PyValue, name: string): Keep {
  if (isEngineBacked(v)) return leafTensor(v);
  const k = toNumber(v);
  if (!(k >= 0 && k <= 1)) throw valueError(`Parameter ${name} must be between 0 and 1: ${Math.trunc(k)}`);
  return k;
}
const active = (k: Keep) => typeof k !== 'number' || k < 1;

/** Dropout over every tensor of a structure (the state filter leaves an LSTM's c alone). */
function dropStructure(values: PyValue, keep: Keep, kind: string, seed: number | null, filterState: boolean): PyValue {
  const flat = flatten(values);
  const keepMask = filterState ? stateFilterMask(values) : flat.map(() => true);
  return packSequenceAs(values, flat.map((v, i) => (keepMask[i]
    ? out(tf.dropout(leafTensor(v), keep, null, derivedSeed(seed, `${kind}_${i}`)))
    : v)));
}

/** TF's default dropout_state_filter_visitor: every tensor except the c of an LSTMStateTuple. */
function stateFilterMask(state: PyValue): boolean[] {
  const mask: boolean[] = [];
  const walk = (s: PyValue) => {
    if (isLstmStateTuple(s)) { mask.push(false, ...flatten(s.items[1]).map(() => true)); return; }
    if (isSequence(s)) { children(s).forEach(walk); return; }
    mask.push(true);
  };
  walk(state);
  return mask;
}

export const dropoutWrapperClass = defineClass({
  name: 'DropoutWrapper', module: MODULE, bases: [rnnCellClass],
  methods: [
    entry({ name: 'DropoutWrapper.__init__', doc: 'Operator adding dropout to inputs and outputs of the given cell.',
      params: [{ name: 'self' }, { name: 'cell' }, { name: 'input_keep_prob', default: { float: 1 } }, { name: 'output_keep_prob', default: { float: 1 } },
        { name: 'state_keep_prob', default: { float: 1 } }, { name: 'variational_recurrent', default: false, type: 'flag', unsupported: 'one dropout mask shared by all time steps' },
        { name: 'input_size', default: null }, { name: 'dtype', default: null }, { name: 'seed', default: null, type: 'int' },
        { name: 'dropout_state_filter_visitor', default: null, unsupported: 'a custom state filter (the default drops all but an LSTM\'s c)' }] }, a => {
      const self = a.self as PyValue;
      setWrapped(self, a.cell as PyValue);
      const d = (self as PyInstance).dict;
      keepArg(a.input_keep_prob as PyValue, 'input_keep_prob');
      keepArg(a.state_keep_prob as PyValue, 'state_keep_prob');
      keepArg(a.output_keep_prob as PyValue, 'output_keep_prob');
      d.set('_input_keep_prob', a.input_keep_prob as PyValue);
      d.set('_output_keep_prob', a.output_keep_prob as PyValue);
      d.set('_state_keep_prob', a.state_keep_prob as PyValue);
      d.set('_seed', a.seed);
      return null;
    }),
    callDelegate('DropoutWrapper'),
    entry({ name: 'DropoutWrapper.call', doc: 'Dropout on the inputs, then the cell, then dropout on the new state and the output.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue, seed = get(self, '_seed') as number | null;
      const inKeep = keepArg(get(self, '_input_keep_prob'), 'input_keep_prob');
      const stKeep = keepArg(get(self, '_state_keep_prob'), 'state_keep_prob');
      const outKeep = keepArg(get(self, '_output_keep_prob'), 'output_keep_prob');
      const inputs = active(inKeep) ? dropStructure(a.inputs as PyValue, inKeep, 'input', seed, false) : a.inputs as PyValue;
      const r = callValue(wrapped(self), [inputs, a.state as PyValue], null) as PyTuple;
      let [output, state] = r.items;
      if (active(stKeep)) state = dropStructure(state, stKeep, 'state', seed, true);
      if (active(outKeep)) output = dropStructure(output, outKeep, 'output', seed, false);
      return new PyTuple([output, state]);
    }),
    zeroStateDelegate,
  ],
  properties: delegate,
});

export const residualWrapperClass = defineClass({
  name: 'ResidualWrapper', module: MODULE, bases: [rnnCellClass],
  methods: [
    entry({ name: 'ResidualWrapper.__init__', doc: 'RNNCell wrapper that ensures cell inputs are added to the outputs.',
      params: [{ name: 'self' }, { name: 'cell' }, { name: 'residual_fn', default: null }] }, a => {
      setWrapped(a.self as PyValue, a.cell as PyValue);
      (a.self as PyInstance).dict.set('_residual_fn', a.residual_fn as PyValue);
      return null;
    }),
    callDelegate('ResidualWrapper'),
    entry({ name: 'ResidualWrapper.call', doc: 'output = inputs + cell output; the state passes through.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue, inputs = a.inputs as PyValue;
      const [output, state] = (callValue(wrapped(self), [inputs, a.state as PyValue], null) as PyTuple).items;
      const fn = get(self, '_residual_fn');
      const res = fn !== null ? callValue(fn, [inputs, output], null) : (() => {
        const outs = flatten(output);
        return packSequenceAs(output, flatten(inputs).map((x, i) => out(tf.add(leafTensor(x), leafTensor(outs[i])))));
      })();
      return new PyTuple([res, state]);
    }),
    zeroStateDelegate,
  ],
  properties: delegate,
});

export const deviceWrapperClass = defineClass({
  name: 'DeviceWrapper', module: MODULE, bases: [rnnCellClass],
  methods: [
    entry({ name: 'DeviceWrapper.__init__', doc: 'Operator that ensures an RNNCell runs on a particular device (one CPU here: no effect).',
      params: [{ name: 'self' }, { name: 'cell' }, { name: 'device', type: 'str' }] }, a => { setWrapped(a.self as PyValue, a.cell as PyValue); return null; }),
    callDelegate('DeviceWrapper'),
    entry({ name: 'DeviceWrapper.call', doc: 'Run the wrapped cell.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] },
      a => callValue(wrapped(a.self as PyValue), [a.inputs as PyValue, a.state as PyValue], null)),
    zeroStateDelegate,
  ],
  properties: delegate,
});


/**
 * tf.contrib.rnn.OutputProjectionWrapper: the wrapped cell's output times a `kernel` [depth,
 * output_size] plus a zero-initialised `bias`, both in the wrapper's own scope
 * (`.../output_projection_wrapper/kernel`; the wrapped cell's weights nest inside it), then the
 * optional activation. Unlike the other wrappers it is an ordinary cell with a scope.
 */
export const outputProjectionWrapperClass = defineClass({
  name: 'OutputProjectionWrapper', module: 'tensorflow.contrib.rnn.python.ops.core_rnn_cell', bases: [rnnCellClass],
  methods: [
    entry({ name: 'OutputProjectionWrapper.__init__', doc: 'Operator adding an output projection to the given cell.',
      params: [{ name: 'self' }, { name: 'cell' }, { name: 'output_size', type: 'int' }, { name: 'activation', default: null }, { name: 'reuse', default: null }] }, a => {
      const self = a.self as PyValue;
      setWrapped(self, a.cell as PyValue);
      if (a.output_size < 1) throw valueError(`Parameter output_size must be > 0: ${a.output_size}.`);
      const s = cellState(self);
      s.reuse = a.reuse === null ? null : Boolean(a.reuse);
      const d = (self as PyInstance).dict;
      d.set('_output_size', a.output_size);
      d.set('_activation', a.activation as PyValue);
      return null;
    }),
    entry({ name: 'OutputProjectionWrapper.call', doc: 'Run the cell, then project its output to output_size.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue;
      const [output, state] = (callValue(wrapped(self), [a.inputs as PyValue, a.state as PyValue], null) as PyTuple).items;
      const x = leafTensor(output);
      const depth = x.shape?.[x.shape.length - 1];
      if (depth === null || depth === undefined) throw valueError(`linear is expecting 2D arguments: ${repr(output)}`);
      const n = get(self, '_output_size') as number;
      const kernel = addVariable(self, 'kernel', [depth, n], x.dtype);
      const bias = addVariable(self, 'bias', [n], x.dtype, tf.zerosInitializer());
      let projected = tf.add(tf.matmul(x, kernel), bias);
      const fn = get(self, '_activation');
      if (fn !== null) projected = leafTensor(callValue(fn, [out(projected)], null));
      return new PyTuple([out(projected), state]);
    }),
    zeroStateDelegate,
  ],
  properties: {
    state_size: self => getAttr(wrapped(self), 'state_size'),
    output_size: self => get(self, '_output_size'),
    wrapped_cell: self => wrapped(self),
  },
});
