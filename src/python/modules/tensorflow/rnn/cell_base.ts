// tf.nn.rnn_cell.RNNCell: the base every cell shares (tf1-layers-rnn-data §2.1). Calling a cell
// opens its variable scope: on the first call `variable_scope(None, default_name=<snake_case
// class name>)` inside the current one (so a second cell gets `_1`), later calls re-enter that
// scope with reuse=True and its original name scope, so every time step shares the weights.
// Then `build(inputs.shape)` once and `call(inputs, state)`: subclasses (Python ones too)
// override `call`, `state_size` and `output_size`.
import type { PyValue } from '../../../objects/core';
import { PyList } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry } from '../../../bind';
import { defineClass } from '../../../bind/py_class';
import { getAttr } from '../../../runtime/attributes';
import { callMethod, callValue } from '../../../runtime/call';
import { typeName } from '../../../runtime/type-name';
import { pyException, E, valueError } from '../../../exceptions';
import { out } from '../define';
import { toDType } from '../dtype_object';
import { PyTensorShape } from '../shape_object';
import { leafTensor } from '../control/structured';
import { mapStructure } from '../control/nest';

/** What the engine side keeps per cell instance. */
export interface CellState {
  name: string | null;
  reuse: boolean | null;
  dtype: tf.DType | null;
  /** The cell's variable scope (full name) and name scope once it has been called. */
  scope: string | null;
  nameScope: string | null;
  built: boolean;
  variables: tf.Variable[];
}

const states = new WeakMap<object, CellState>();

export function cellState(self: PyValue): CellState {
  let s = states.get(self as object);
  if (!s) { s = { name: null, reuse: null, dtype: null, scope: null, nameScope: null, built: false, variables: [] }; states.set(self as object, s); }
  return s;
}

/** TF's to_snake_case of the class name: BasicLSTMCell → basic_lstm_cell. */
export function snakeCase(name: string): string {
  return name.replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** get_variable in the cell's scope, remembered as one of the cell's weights. */
export function addVariable(self: PyValue, name: string, shape: number[], dtype: tf.DType, initializer?: NonNullable<Parameters<typeof tf.getVariable>[1]>['initializer']): tf.Variable {
  const v = tf.getVariable(name, { shape, dtype, initializer: initializer ?? null });
  const s = cellState(self);
  if (!s.variables.includes(v)) s.variables.push(v);
  return v;
}

/** The activation a cell was given (a Python callable), or tanh. */
export function activate(fn: PyValue, x: tf.Tensor): tf.Tensor {
  return fn === null ? tf.tanh(x) : leafTensor(callValue(fn, [out(x)], null));
}

/** The static depth of a cell input, with TF's error when it is unknown. */
export function inputDepth(shape: PyValue): number {
  const s = (shape as PyTensorShape).shape ?? null;
  const d = s === null ? null : s[s.length - 1];
  if (d === null || d === undefined) throw valueError(`Expected inputs.shape[-1] to be known, saw shape: ${shape instanceof PyTensorShape ? shape.str() : String(shape)}`);
  return d;
}

function enterCellScope(self: PyValue, scope: PyValue): { exit: () => void } {
  const s = cellState(self);
  if (s.scope !== null) return tf.enterVariableScope(s.scope, { absolute: true, reuse: true, nameScope: s.nameScope ?? undefined });
  const name = scope !== null ? String(scope) : s.name ?? tf.uniqueVariableScopeName(snakeCase(typeName(self)));
  const vs = tf.enterVariableScope(name, { reuse: s.reuse ?? undefined });
  s.scope = vs.scope.name;
  s.nameScope = vs.nameScope;
  return vs;
}

/** cell(inputs, state): scope, build once, call. */
export function callCell(self: PyValue, inputs: PyValue, state: PyValue, scope: PyValue): PyValue {
  const s = cellState(self);
  const x = leafTensor(inputs);
  if (x.dtype !== 'float32' && x.dtype !== 'float64') throw valueError(`RNN cell only supports floating point inputs, but saw dtype: <dtype: '${x.dtype}'>`);
  if (s.dtype === null) s.dtype = x.dtype;
  const vs = enterCellScope(self, scope);
  try {
    if (!s.built) {
      callMethod(self, 'build', [new PyTensorShape(x.shape)], null);
      s.built = true;
    }
    return callMethod(self, 'call', [out(x), state], null);
  } finally {
    vs.exit();
  }
}

/** zeros([batch_size, s]) for every s in state_size, under `<ClassName>ZeroState`. */
export function zeroState(self: PyValue, batchSize: PyValue, dtype: tf.DType, stateSize: PyValue = getAttr(self, 'state_size')): PyValue {
  return tf.getDefaultGraph().withNameScope(`${typeName(self)}ZeroState`, null, () => mapStructure(size => {
    const dims = size instanceof PyTensorShape ? (size.shape ?? []) : [Number(size)];
    const batch = typeof batchSize === 'number' ? batchSize : leafTensor(batchSize);
    const shape = typeof batch === 'number'
      ? [batch, ...(dims as number[])]
      : tf.concat([tf.expandDims(batch, 0), tf.constant(tf.NDArray.from(dims as number[], 'int32'))], 0);
    const z = tf.zeros(shape, dtype);
    z.shape = [typeof batch === 'number' ? batch : null, ...dims];
    return out(z);
  }, stateSize));
}

const NAME = { name: 'name', default: null, type: 'str' } as const;

export const rnnCellClass = defineClass({
  name: 'RNNCell', module: 'tensorflow.python.ops.rnn_cell_impl',
  methods: [
    entry({
      name: 'RNNCell.__init__', doc: 'Abstract object representing an RNN cell.',
      params: [{ name: 'self' }, { name: 'trainable', default: true, type: 'bool' }, NAME, { name: 'dtype', default: null, type: 'dtype' }],
      varkw: 'kwargs',
    }, a => {
      const s = cellState(a.self as PyValue);
      s.name = a.name;
      s.dtype = a.dtype;
      for (const [k, v] of a.kwargs) {
        if (k === '_reuse') s.reuse = v === null ? null : Boolean(v);
        else throw pyException(E.TypeError, `('Keyword argument not understood:', '${k}')`);
      }
      if (!a.trainable) throw pyException(E.NotImplementedError, tf.unsupportedArgumentText('__init__', 'trainable', 'cells always have trainable weights'));
      return null;
    }),
    entry({
      name: 'RNNCell.__call__', doc: 'Run this RNN cell on inputs, starting from the given state.',
      params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }, { name: 'scope', default: null }],
    }, a => callCell(a.self as PyValue, a.inputs as PyValue, a.state as PyValue, a.scope as PyValue)),
    entry({ name: 'RNNCell.build', doc: 'Creates the cell\'s variables (once, on the first call).', params: [{ name: 'self' }, { name: 'inputs_shape' }] }, () => null),
    entry({ name: 'RNNCell.call', doc: 'The cell\'s computation: (output, new_state).', params: [{ name: 'self' }, { name: 'inputs' }, { name: 'state' }] },
      () => { throw pyException(E.NotImplementedError, 'Abstract method'); }),
    entry({
      name: 'RNNCell.zero_state', doc: 'Return zero-filled state tensor(s).',
      params: [{ name: 'self' }, { name: 'batch_size' }, { name: 'dtype', type: 'dtype' }],
    }, a => zeroState(a.self as PyValue, a.batch_size as PyValue, a.dtype)),
    entry({
      name: 'RNNCell.get_initial_state', doc: 'The initial state: zeros for batch_size (or the batch of inputs).',
      params: [{ name: 'self' }, { name: 'inputs', default: null }, { name: 'batch_size', default: null }, { name: 'dtype', default: null }],
    }, a => {
      let batch = a.batch_size as PyValue, dtype = toDType(a.dtype as PyValue);
      if (a.inputs !== null) {
        const x = leafTensor(a.inputs as PyValue);
        batch = x.shape?.[0] ?? out(tf.gather(tf.shape(x), 0));
        dtype = dtype ?? x.dtype;
      }
      if (batch === null || dtype === null) throw valueError('batch_size and dtype cannot be None while constructing initial state: batch_size=None, dtype=None');
      return zeroState(a.self as PyValue, batch, dtype);
    }),
  ],
  properties: {
    state_size: () => { throw pyException(E.NotImplementedError, 'Abstract method'); },
    output_size: () => { throw pyException(E.NotImplementedError, 'Abstract method'); },
    name: self => cellState(self).name ?? snakeCase(typeName(self)),
    trainable_variables: self => new PyList(cellState(self).variables.map(out)),
    trainable_weights: self => new PyList(cellState(self).variables.map(out)),
    weights: self => new PyList(cellState(self).variables.map(out)),
    variables: self => new PyList(cellState(self).variables.map(out)),
    built: self => cellState(self).built,
  },
});

/** LayerRNNCell: the same base (TF separates the Layer bookkeeping; Gradbook keeps it in RNNCell). */
export const layerRnnCellClass = defineClass({ name: 'LayerRNNCell', module: 'tensorflow.python.ops.rnn_cell_impl', bases: [rnnCellClass] });

