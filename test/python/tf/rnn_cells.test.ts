// RNN cells and drivers against an independent float64 reference of TF 1.15's equations
// (fixtures/rnn_reference.json, written by fixtures/gen_rnn_fixtures.py in PyTorch): outputs,
// final states and the gradients of a weighted sum of both with respect to the inputs and every
// variable, which are looked up by TF's variable names. Then names, shapes and error texts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

interface Case {
  name: string; code: string; x: unknown; params: Record<string, unknown>; outputs: unknown; states: unknown[];
  w_out: unknown; w_states: unknown[]; grads: Record<string, unknown>; c0?: unknown; h0?: unknown;
}
const reference = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'rnn_reference.json'), 'utf8')) as { cases: Case[] };

function py(source: string): string {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(source, '<cell 1>');
  if (!r.ok) throw new Error(r.error.traceback);
  return out;
}

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);
function assertClose(actual: unknown, expected: unknown, what: string, tol = 1e-9): void {
  const a = flat(actual), e = flat(expected);
  assert.equal(a.length, e.length, `${what}: ${a.length} values, expected ${e.length}`);
  a.forEach((x, i) => assert.ok(Math.abs(x - e[i]) <= tol * (1 + Math.abs(e[i])), `${what}[${i}]: ${x} vs ${e[i]}`));
}

function runCase(c: Case): { outputs: unknown; states: unknown[]; grads: unknown[]; names: string[] } {
  const names = Object.keys(c.params).sort();
  const source = [
    'import tensorflow as tf', 'import numpy as np',
    `x = tf.constant(np.array(${JSON.stringify(c.x)}))`,
    `c0, h0 = ${JSON.stringify(c.c0 ?? 0)}, ${JSON.stringify(c.h0 ?? 0)}`,
    c.code,
    'def flat(s): return [a for b in s for a in flat(b)] if isinstance(s, (tuple, list)) else [s]',
    `loss = tf.reduce_sum(outputs * np.array(${JSON.stringify(c.w_out)}))`,
    `for s, w in zip(flat(state), ${JSON.stringify(c.w_states)}): loss = loss + tf.reduce_sum(s * np.array(w))`,
    'v = {t.op.name: t for t in tf.trainable_variables()}',
    `names = ${JSON.stringify(names)}`,
    'assert sorted(v) == names, sorted(v)',
    'grads = tf.gradients(loss, [x] + [v[n] for n in names])',
    'with tf.Session() as sess:',
    '    sess.run(tf.global_variables_initializer())',
    `    params = ${JSON.stringify(c.params)}`,
    '    for n in names: v[n].load(np.array(params[n]), sess)',
    '    o, st, g = sess.run([outputs, flat(state), grads])',
    '    print([o.tolist(), [s.tolist() for s in st], [a.tolist() for a in g]])',
  ].join('\n') + '\n';
  const [outputs, states, grads] = JSON.parse(py(source));
  return { outputs, states, grads, names };
}

describe('RNN cells against a float64 reference of TF\'s equations', () => {
  for (const c of reference.cases) {
    it(c.name, () => {
      const r = runCase(c);
      assertClose(r.outputs, c.outputs, 'outputs');
      c.states.forEach((s, i) => assertClose(r.states[i], s, `final state ${i}`));
      assertClose(r.grads[0], c.grads.x, 'd loss / d inputs', 1e-8);
      r.names.forEach((n, i) => assertClose(r.grads[i + 1], c.grads[n], `d loss / d ${n}`, 1e-8));
    });
  }
});

describe('RNN cells: names, shapes, structures, errors', () => {
  it('names variables and ops as TF does (rnn/basic_lstm_cell/kernel [input+units, 4·units], rnn/while/Exit_3)', () => {
    assert.equal(py([
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float32, [None, 6, 5])',
      'cell = tf.contrib.rnn.BasicLSTMCell(num_units=7)',
      'outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)',
      'print([(v.name, v.shape.as_list()) for v in tf.trainable_variables()])',
      'print(outputs.name, outputs.shape, state.c.name, state.h.name, type(state).__name__)',
      'print(cell.state_size, cell.output_size, isinstance(state, tuple), state._fields)',
      'z = cell.zero_state(3, tf.float32); print(z.c.name, z.c.shape)',
      'c2 = tf.nn.rnn_cell.BasicLSTMCell(2); print(type(c2) is type(cell), tf.nn.rnn_cell.LSTMStateTuple is tf.contrib.rnn.LSTMStateTuple)',
    ].join('\n') + '\n'), [
      "[('rnn/basic_lstm_cell/kernel:0', [12, 28]), ('rnn/basic_lstm_cell/bias:0', [28])]",
      'rnn/transpose_1:0 (?, 6, 7) rnn/while/Exit_3:0 rnn/while/Exit_4:0 LSTMStateTuple',
      "LSTMStateTuple(c=7, h=7) 7 True ('c', 'h')",
      'BasicLSTMCellZeroState/zeros:0 (3, 7)',
      'True True',
      '',
    ].join('\n'));
  });

  it('gives a second cell in the same scope its own _1 scope, and GRU gates a bias of 1.0', () => {
    assert.equal(py([
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float32, [2, 3])',
      'a, b = tf.nn.rnn_cell.GRUCell(4), tf.nn.rnn_cell.GRUCell(4)',
      'h = tf.zeros([2, 4])',
      'a(x, h); a(x, h); b(x, h)',
      'print([v.op.name for v in tf.trainable_variables()])',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    print(s.run(tf.trainable_variables()[1]))',
    ].join('\n') + '\n'), [
      "['gru_cell/gates/kernel', 'gru_cell/gates/bias', 'gru_cell/candidate/kernel', 'gru_cell/candidate/bias', 'gru_cell_1/gates/kernel', 'gru_cell_1/gates/bias', 'gru_cell_1/candidate/kernel', 'gru_cell_1/candidate/bias']",
      '[1. 1. 1. 1. 1. 1. 1. 1.]',
      '',
    ].join('\n'));
  });

  it('runs a Python subclass of RNNCell inside dynamic_rnn, and wrappers delegate', () => {
    assert.equal(py([
      'import tensorflow as tf',
      'class Acc(tf.nn.rnn_cell.RNNCell):',
      '    @property',
      '    def state_size(self): return 2',
      '    @property',
      '    def output_size(self): return 2',
      '    def call(self, inputs, state):',
      '        s = state + inputs',
      '        return s * 10., s',
      'x = tf.ones([1, 3, 2])',
      'out, st = tf.nn.dynamic_rnn(Acc(), x, dtype=tf.float32)',
      'res = tf.nn.rnn_cell.ResidualWrapper(Acc())',
      'drop = tf.nn.rnn_cell.DropoutWrapper(Acc(), output_keep_prob=1.0)',
      'out2, _ = tf.nn.dynamic_rnn(res, x, dtype=tf.float32, scope="r")',
      'print(drop.state_size, drop.output_size)',
      'with tf.Session() as s: print(s.run(out).tolist(), s.run(st).tolist(), s.run(out2)[0, 2].tolist())',
    ].join('\n') + '\n'), '2 2\n[[[10.0, 10.0], [20.0, 20.0], [30.0, 30.0]]] [[3.0, 3.0]] [31.0, 31.0]\n');
  });

  it('feeds and fetches a MultiRNNCell state as nested tuples (char-rnn sampling)', () => {
    assert.equal(py([
      'import tensorflow as tf',
      'import numpy as np',
      'cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(3) for _ in range(2)])',
      'init = cell.zero_state(1, tf.float32)',
      'x = tf.placeholder(tf.float32, [1, 1, 2])',
      'out, final = tf.nn.dynamic_rnn(cell, x, initial_state=init)',
      'with tf.Session() as s:',
      '    s.run(tf.global_variables_initializer())',
      '    st = s.run(init)',
      '    for _ in range(3): o, st = s.run([out, final], {x: np.ones([1, 1, 2]), init: st})',
      '    print(type(st).__name__, type(st[0]).__name__, st[1].h.shape)',
    ].join('\n') + '\n'), 'tuple LSTMStateTuple (1, 3)\n');
  });

  it('raises TF\'s errors', () => {
    const err = (lines: string[]) => {
      clearDefaultGraphState();
      const s = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined });
      const r = s.runCell(['import tensorflow as tf', ...lines].join('\n') + '\n', '<cell 1>');
      assert.ok(!r.ok);
      const tb = r.error.traceback.trim().split('\n');
      return tb[tb.length - 1];
    };
    assert.equal(err(['tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(2), tf.zeros([1, 2, 3]))']), 'ValueError: If there is no initial_state, you must give a dtype.');
    assert.equal(err(['tf.nn.static_rnn(tf.nn.rnn_cell.GRUCell(2), tf.zeros([1, 3]), dtype=tf.float32)']), 'TypeError: inputs must be a sequence');
    assert.equal(err(['tf.nn.rnn_cell.MultiRNNCell([])']), 'ValueError: Must specify at least one cell for MultiRNNCell.');
    assert.equal(err(['tf.nn.dynamic_rnn(3, tf.zeros([1, 2, 3]), dtype=tf.float32)']),
      "TypeError: The argument 'cell' (3) is not an RNNCell: 'output_size' property is missing, 'state_size' property is missing, either 'zero_state' or 'get_initial_state' method is required, is not callable.");
    assert.equal(err(['tf.nn.rnn_cell.LSTMCell(3, num_unit_shards=2)']), "NotImplementedError: __init__() argument 'num_unit_shards' is not supported by Gradbook: partitioned (sharded) kernels");
    assert.equal(err(['tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(2), input_keep_prob=1.5)']), 'ValueError: Parameter input_keep_prob must be between 0 and 1: 1');
    assert.equal(err(['tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(2), tf.placeholder(tf.float32, [1, 2, None]), dtype=tf.float32)']),
      'ValueError: Input size (depth of inputs) must be accessible via shape inference, but saw value None.');
  });
});
