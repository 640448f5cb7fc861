// BasicRNNCell, GRUCell, BasicLSTMCell and LSTMCell with TF 1.15's equations, gate order,
// initial biases and variable names (tf1-layers-rnn-data §2.2): `kernel` [input + units, k·units]
// and `bias`, GRU's `gates/…` and `candidate/…`, LSTM gates i, j, f, o with forget_bias added
// in the forward pass. Settings live in the instance under TF's attribute names (`_num_units`).
import type { PyValue } from '../../../objects/core';
import { PyInstance, PyFloat } from '../../../objects/core';
import { toNumber } from '../../../runtime/numbers';
import { PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry } from '../../../bind';
import { defineClass } from '../../../bind/py_class';
import { pyException, E, valueError } from '../../../exceptions';
import { out } from '../define';
import { initializerOf } from '../tables/initializers';
import { leafTensor } from '../control/structured';
import { activate, addVariable, cellState, inputDepth, layerRnnCellClass } from './cell_base';
import { lstmStateTuple } from './state_tuple';

const MODULE = 'tensorflow.python.ops.rnn_cell_impl';
const UNITS = { name: 'num_units', type: 'int' } as const;
const ACTIVATION = { name: 'activation', default: null } as const;
const REUSE = { name: 'reuse', default: null } as const;
const NAME = { name: 'name', default: null, type: 'str' } as const;
const DTYPE = { name: 'dtype', default: null, type: 'dtype' } as const;

/** Settings the base __init__ and this cell's __init__ share. */
function initBase(self: PyValue, a: { reuse: unknown; name: string | null; dtype: tf.DType | null; kwargs: ReadonlyMap<string, unknown> }, attrs: Record<string, PyValue>): null {
  const s = cellState(self);
  s.name = a.name;
  s.dtype = a.dtype;
  s.reuse = a.reuse === null || a.reuse === undefined ? null : Boolean(a.reuse);
  for (const k of a.kwargs.keys()) throw pyException(E.TypeError, `('Keyword argument not understood:', '${k}')`);
  const dict = (self as PyInstance).dict;
  for (const [k, v] of Object.entries(attrs)) dict.set(k, v);
  return null;
}

const get = (self: PyValue, name: string): PyValue => (self as PyInstance).dict.get(name) ?? null;
const num = (self: PyValue, name: string): number => toNumber(get(self, name));
const tensorAttr = (self: PyValue, name: string): tf.Tensor => leafTensor(get(self, name));
const dtypeOf = (self: PyValue): tf.DType => cellState(self).dtype ?? 'float32';
const matmulBias = (xs: tf.Tensor[], kernel: tf.Tensor, bias: tf.Tensor) => tf.biasAdd(tf.matmul(tf.concat(xs, 1), kernel), bias);
const pyFloat = (v: number): PyValue => new PyFloat(v);

/** A state given as a tuple (c, h), or one tensor split in two along axis 1. */
function lstmState(state: PyValue, tuple: boolean, sizes: [number, number]): [tf.Tensor, tf.Tensor] {
  if (tuple) {
    const items = (state as PyTuple).items;
    if (!items || items.length !== 2) throw valueError(`Expected state to be a tuple of length 2, but received: ${String(state)}`);
    return [leafTensor(items[0]), leafTensor(items[1])];
  }
  const s = leafTensor(state);
  return [tf.slice(s, [0, 0], [-1, sizes[0]]), tf.slice(s, [0, sizes[0]], [-1, sizes[1]])];
}

function lstmResult(c: tf.Tensor, h: tf.Tensor, tuple: boolean): PyValue {
  return new PyTuple([out(h), tuple ? lstmStateTuple(out(c), out(h)) : out(tf.concat([c, h], 1))]);
}

export const basicRnnCellClass = defineClass({
  name: 'BasicRNNCell', module: MODULE, bases: [layerRnnCellClass],
  methods: [
    entry({ name: 'BasicRNNCell.__init__', doc: 'The most basic RNN cell: output = new_state = act(W * [input, state] + b).',
      params: [{ name: 'self' }, UNITS, ACTIVATION, REUSE, NAME, DTYPE], varkw: 'kwargs' },
    a => initBase(a.self as PyValue, a, { _num_units: a.num_units, _activation: a.activation as PyValue })),
    entry({ name: 'BasicRNNCell.build', doc: 'kernel [input + units, units], bias [units].', params: [{ name: 'self' }, { name: 'inputs_shape' }] }, a => {
      const self = a.self as PyValue, n = num(self, '_num_units'), depth = inputDepth(a.inputs_shape as PyValue);
      (self as PyInstance).dict.set('_kernel', out(addVariable(self, 'kernel', [depth + n, n], dtypeOf(self))));
      (self as PyInstance).dict.set('_bias', out(addVariable(self, 'bias', [n], dtypeOf(self), tf.zerosInitializer())));
      return null;
    }),
    entry({ name: 'BasicRNNCell.call', doc: 'output = new_state = act(W * [input, state] + b).', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue;
      const h = activate(get(self, '_activation'), matmulBias([leafTensor(a.inputs as PyValue), leafTensor(a.state as PyValue)], tensorAttr(self, '_kernel'), tensorAttr(self, '_bias')));
      return new PyTuple([out(h), out(h)]);
    }),
  ],
  properties: { state_size: self => get(self, '_num_units'), output_size: self => get(self, '_num_units') },
});

export const gruCellClass = defineClass({
  name: 'GRUCell', module: MODULE, bases: [layerRnnCellClass],
  methods: [
    entry({ name: 'GRUCell.__init__', doc: 'Gated Recurrent Unit cell (cf. http://arxiv.org/abs/1406.1078).',
      params: [{ name: 'self' }, UNITS, ACTIVATION, REUSE, { name: 'kernel_initializer', default: null }, { name: 'bias_initializer', default: null }, NAME, DTYPE], varkw: 'kwargs' },
    a => initBase(a.self as PyValue, a, { _num_units: a.num_units, _activation: a.activation as PyValue, _kernel_initializer: a.kernel_initializer as PyValue, _bias_initializer: a.bias_initializer as PyValue })),
    entry({ name: 'GRUCell.build', doc: 'gates/kernel, gates/bias (1.0), candidate/kernel, candidate/bias (0.0).', params: [{ name: 'self' }, { name: 'inputs_shape' }] }, a => {
      const self = a.self as PyValue, n = num(self, '_num_units'), depth = inputDepth(a.inputs_shape as PyValue), dt = dtypeOf(self);
      const kInit = initializerOf(get(self, '_kernel_initializer')) ?? undefined;
      const bInit = initializerOf(get(self, '_bias_initializer'));
      const d = (self as PyInstance).dict;
      d.set('_gate_kernel', out(addVariable(self, 'gates/kernel', [depth + n, 2 * n], dt, kInit)));
      d.set('_gate_bias', out(addVariable(self, 'gates/bias', [2 * n], dt, bInit ?? tf.constantInitializer(1.0))));
      d.set('_candidate_kernel', out(addVariable(self, 'candidate/kernel', [depth + n, n], dt, kInit)));
      d.set('_candidate_bias', out(addVariable(self, 'candidate/bias', [n], dt, bInit ?? tf.zerosInitializer())));
      return null;
    }),
    entry({ name: 'GRUCell.call', doc: 'r, u = σ(W_g [x, h] + b_g); c = act(W_c [x, r·h] + b_c); h\' = u·h + (1 − u)·c.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue;
      const x = leafTensor(a.inputs as PyValue), h = leafTensor(a.state as PyValue);
      const value = tf.sigmoid(matmulBias([x, h], tensorAttr(self, '_gate_kernel'), tensorAttr(self, '_gate_bias')));
      const [r, u] = tf.split(value, 2, 1);
      const c = activate(get(self, '_activation'), matmulBias([x, tf.multiply(r, h)], tensorAttr(self, '_candidate_kernel'), tensorAttr(self, '_candidate_bias')));
      const newH = tf.add(tf.multiply(u, h), tf.multiply(tf.subtract(1, u), c));
      return new PyTuple([out(newH), out(newH)]);
    }),
  ],
  properties: { state_size: self => get(self, '_num_units'), output_size: self => get(self, '_num_units') },
});

export const basicLstmCellClass = defineClass({
  name: 'BasicLSTMCell', module: MODULE, bases: [layerRnnCellClass],
  methods: [
    entry({ name: 'BasicLSTMCell.__init__', doc: 'Basic LSTM recurrent network cell (no peepholes, no projection).',
      params: [{ name: 'self' }, UNITS, { name: 'forget_bias', default: { float: 1 }, type: 'float' }, { name: 'state_is_tuple', default: true, type: 'flag' }, ACTIVATION, REUSE, NAME, DTYPE], varkw: 'kwargs' },
    a => initBase(a.self as PyValue, a, { _num_units: a.num_units, _forget_bias: pyFloat(a.forget_bias), _state_is_tuple: a.state_is_tuple, _activation: a.activation as PyValue })),
    entry({ name: 'BasicLSTMCell.build', doc: 'kernel [input + units, 4·units], bias [4·units].', params: [{ name: 'self' }, { name: 'inputs_shape' }] }, a => {
      const self = a.self as PyValue, n = num(self, '_num_units'), depth = inputDepth(a.inputs_shape as PyValue);
      (self as PyInstance).dict.set('_kernel', out(addVariable(self, 'kernel', [depth + n, 4 * n], dtypeOf(self))));
      (self as PyInstance).dict.set('_bias', out(addVariable(self, 'bias', [4 * n], dtypeOf(self), tf.zerosInitializer())));
      return null;
    }),
    entry({ name: 'BasicLSTMCell.call', doc: 'Gates i, j, f, o; c\' = c·σ(f + forget_bias) + σ(i)·act(j); h\' = act(c\')·σ(o).', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue, n = num(self, '_num_units'), tuple = get(self, '_state_is_tuple') === true;
      const [c, h] = lstmState(a.state as PyValue, tuple, [n, n]);
      const gates = matmulBias([leafTensor(a.inputs as PyValue), h], tensorAttr(self, '_kernel'), tensorAttr(self, '_bias'));
      const [i, j, f, o] = tf.split(gates, 4, tf.constant(1, 'int32'));
      const act = (t: tf.Tensor) => activate(get(self, '_activation'), t);
      const forget = tf.constant(tf.NDArray.from(num(self, '_forget_bias'), f.dtype));
      const newC = tf.add(tf.multiply(c, tf.sigmoid(tf.add(f, forget))), tf.multiply(tf.sigmoid(i), act(j)));
      const newH = tf.multiply(act(newC), tf.sigmoid(o));
      return lstmResult(newC, newH, tuple);
    }),
  ],
  properties: {
    state_size: self => (get(self, '_state_is_tuple') === true ? lstmStateTuple(get(self, '_num_units'), get(self, '_num_units')) : 2 * num(self, '_num_units')),
    output_size: self => get(self, '_num_units'),
  },
});

const projOf = (self: PyValue): number => (get(self, '_num_proj') === null ? num(self, '_num_units') : num(self, '_num_proj'));

export const lstmCellClass = defineClass({
  name: 'LSTMCell', module: MODULE, bases: [layerRnnCellClass],
  methods: [
    entry({ name: 'LSTMCell.__init__', doc: 'Long short-term memory unit (LSTM) recurrent network cell, with optional peepholes, cell clipping and projection.',
      params: [{ name: 'self' }, UNITS, { name: 'use_peepholes', default: false, type: 'flag' }, { name: 'cell_clip', default: null, type: 'float' },
        { name: 'initializer', default: null }, { name: 'num_proj', default: null, type: 'int' }, { name: 'proj_clip', default: null, type: 'float' },
        { name: 'num_unit_shards', default: null, unsupported: 'partitioned (sharded) kernels' }, { name: 'num_proj_shards', default: null, unsupported: 'partitioned (sharded) kernels' },
        { name: 'forget_bias', default: { float: 1 }, type: 'float' }, { name: 'state_is_tuple', default: true, type: 'flag' }, ACTIVATION, REUSE, NAME, DTYPE], varkw: 'kwargs' },
    a => initBase(a.self as PyValue, a, {
      _num_units: a.num_units, _use_peepholes: a.use_peepholes, _cell_clip: a.cell_clip === null ? null : pyFloat(a.cell_clip),
      _initializer: a.initializer as PyValue, _num_proj: a.num_proj, _proj_clip: a.proj_clip === null ? null : pyFloat(a.proj_clip),
      _forget_bias: pyFloat(a.forget_bias), _state_is_tuple: a.state_is_tuple, _activation: a.activation as PyValue,
    })),
    entry({ name: 'LSTMCell.build', doc: 'kernel [input + proj, 4·units], bias, peephole diagonals, projection/kernel.', params: [{ name: 'self' }, { name: 'inputs_shape' }] }, a => {
      const self = a.self as PyValue, n = num(self, '_num_units'), p = projOf(self), dt = dtypeOf(self);
      const shape = a.inputs_shape as PyValue;
      let depth: number;
      try { depth = inputDepth(shape); } catch { throw valueError('Could not infer input size from inputs.get_shape()[-1]'); }
      const init = initializerOf(get(self, '_initializer')) ?? undefined;
      const d = (self as PyInstance).dict;
      d.set('_kernel', out(addVariable(self, 'kernel', [depth + p, 4 * n], dt, init)));
      d.set('_bias', out(addVariable(self, 'bias', [4 * n], dt, tf.zerosInitializer())));
      if (get(self, '_use_peepholes') === true) {
        for (const w of ['w_f_diag', 'w_i_diag', 'w_o_diag']) d.set(`_${w}`, out(addVariable(self, w, [n], dt, init)));
      }
      if (get(self, '_num_proj') !== null) d.set('_proj_kernel', out(addVariable(self, 'projection/kernel', [n, p], dt, init)));
      return null;
    }),
    entry({ name: 'LSTMCell.call', doc: 'LSTM step with optional peepholes, cell_clip, projection and proj_clip.', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] }, a => {
      const self = a.self as PyValue, n = num(self, '_num_units'), p = projOf(self), tuple = get(self, '_state_is_tuple') === true;
      const [cPrev, mPrev] = lstmState(a.state as PyValue, tuple, [n, p]);
      const gates = matmulBias([leafTensor(a.inputs as PyValue), mPrev], tensorAttr(self, '_kernel'), tensorAttr(self, '_bias'));
      const [i, j, f, o] = tf.split(gates, 4, 1);
      const act = (t: tf.Tensor) => activate(get(self, '_activation'), t);
      const peep = get(self, '_use_peepholes') === true;
      const forget = tf.constant(tf.NDArray.from(num(self, '_forget_bias'), f.dtype));
      const fGate = peep ? tf.add(tf.add(f, forget), tf.multiply(tensorAttr(self, '_w_f_diag'), cPrev)) : tf.add(f, forget);
      const iGate = peep ? tf.add(i, tf.multiply(tensorAttr(self, '_w_i_diag'), cPrev)) : i;
      let c = tf.add(tf.multiply(tf.sigmoid(fGate), cPrev), tf.multiply(tf.sigmoid(iGate), act(j)));
      if (get(self, '_cell_clip') !== null) c = tf.clipByValue(c, -num(self, '_cell_clip'), num(self, '_cell_clip'));
      const oGate = peep ? tf.add(o, tf.multiply(tensorAttr(self, '_w_o_diag'), c)) : o;
      let m = tf.multiply(tf.sigmoid(oGate), act(c));
      if (get(self, '_num_proj') !== null) {
        m = tf.matmul(m, tensorAttr(self, '_proj_kernel'));
        if (get(self, '_proj_clip') !== null) m = tf.clipByValue(m, -num(self, '_proj_clip'), num(self, '_proj_clip'));
      }
      return lstmResult(c, m, tuple);
    }),
  ],
  properties: {
    state_size: self => (get(self, '_state_is_tuple') === true ? lstmStateTuple(get(self, '_num_units'), projOf(self)) : num(self, '_num_units') + projOf(self)),
    output_size: self => projOf(self),
  },
});

