// The op-definition shape: the OpType constants match the registries, every registered op
// has a gradient or an explicit not-differentiable mark, typed attrs are defaulted and checked
// with TF's texts, and the op list registers every definition (and its Python signatures).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { registeredKernels, getKernel } from '../../../src/engine/kernels/registry';
import { getGradient, hasGradientEntry } from '../../../src/engine/gradients/registry';
import { OP_GROUPS } from '../../../src/engine/ops/index';
import { NOT_DIFFERENTIABLE } from '../../../src/engine/ops/op_def';

describe('op definitions', () => {
  beforeEach(() => clearDefaultGraphState());

  it('OpType lists exactly the registered op types', () => {
    const registered = new Set(registeredKernels().map(k => k.type));
    const listed = new Set<string>(Object.values(tf.OpType));
    assert.deepEqual([...registered].filter(t => !listed.has(t)), [], 'registered but missing from ops/op_types.ts');
    assert.deepEqual([...listed].filter(t => !registered.has(t)), [], 'listed in ops/op_types.ts but never registered');
    for (const [key, value] of Object.entries(tf.OpType)) assert.equal(key, value);
  });

  it('every registered op has a gradient or is marked not differentiable (registry walk, all families)', () => {
    const missing = registeredKernels().filter(k => !hasGradientEntry(k.type)).map(k => k.type);
    assert.deepEqual(missing, []);
  });

  it('the op list registers each definition with its kernel and its gradient mark', () => {
    const defs = OP_GROUPS.flatMap(g => g.ops);
    assert.ok(defs.length >= 26, `${defs.length} definitions`);
    for (const def of defs) {
      const kernel = getKernel(def.type);
      assert.ok(kernel, `${def.type} not registered`);
      assert.equal(kernel!.compute, def.compute, `${def.type}: the registered kernel is the definition's`);
      const grad = getGradient(def.type);
      if (def.gradient === NOT_DIFFERENTIABLE) assert.equal(grad, 'not-differentiable', def.type);
      else assert.equal(grad, def.gradient, def.type);
    }
  });

  it('typed attrs: omitted ones take their declared defaults', () => {
    const a = tf.constant([[1, 2]]), b = tf.constant([[3], [4]]);
    const op = tf.MatMul.make([a, b]);
    assert.deepEqual({ ...op.attrs }, { transpose_a: false, transpose_b: false });
    const conv = tf.Conv2D.make([tf.placeholder('float32', [1, 3, 3, 1]), tf.placeholder('float32', [1, 1, 1, 1])], { strides: [1, 1, 1, 1], padding: 'SAME' });
    assert.deepEqual(conv.attrs.dilations, [1, 1, 1, 1]);
    assert.equal(conv.attrs.data_format, 'NHWC');
    assert.equal(conv.attrs.use_cudnn_on_gpu, true);
  });

  it('typed attrs: a value of the wrong kind is TF\'s TypeError, also through the generic makeOp', () => {
    const a = tf.constant([[1, 2]]), b = tf.constant([[3], [4]]);
    assert.throws(() => tf.MatMul.make([a, b], { transpose_a: 1 as never }), { name: 'TypeError', message: "Expected bool for argument 'transpose_a' not 1." });
    assert.throws(() => tf.makeOp('MatMul', [a, b], { transpose_b: 'yes' }), { name: 'TypeError', message: "Expected bool for argument 'transpose_b' not 'yes'." });
    assert.throws(() => tf.makeOp('Conv2D', [tf.placeholder('float32', [1, 3, 3, 1]), tf.placeholder('float32', [1, 1, 1, 1])], { strides: 1, padding: 'SAME' }),
      { name: 'TypeError', message: 'Expected list for attr strides' });
  });

  it('an op built with the wrong number of inputs is a builder bug, reported as such', () => {
    assert.throws(() => tf.MatMul.make([tf.constant([[1]])]), /Op MatMul takes 2 inputs \(a, b\), got 1/);
  });

  it('every Python signature from the op list has a unique qualified name', () => {
    const names = tf.apiFunctions().flatMap(f => [f.signature.name, ...f.aliases ?? []]);
    assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), []);
    // TF1 spells a few functions with capitals (tf.Print, tf.Assert).
    for (const n of names) assert.match(n, /^tf\.[a-zA-Z_.0-9]+$/);
  });
});
