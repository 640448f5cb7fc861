// The control family (ops/control/*): Const, Placeholder, PlaceholderWithDefault, Identity,
// Snapshot, StopGradient, NoOp and the helpers built on them (group, tuple, control
// dependencies), from TypeScript and from Python.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { pyRun } from './helpers';

describe('control ops', () => {
  beforeEach(() => clearDefaultGraphState());

  it('tf.constant fills a shape with a scalar, pads a short list with its last element, and verify_shape refuses', () => {
    const s = new tf.Session();
    assert.deepEqual((s.run(tf.constantOp(7, "int32", [2, 2], "Const")) as tf.NDArray).toNested(), [[7, 7], [7, 7]]);
    assert.deepEqual((s.run(tf.constantOp([1, 2], 'float32', [4], 'Const')) as tf.NDArray).toArray(), [1, 2, 2, 2]);
    assert.throws(() => tf.constantOp([1, 2], 'float32', [3], 'Const', true), { name: 'TypeError', message: "Expected Tensor's shape: (3,), got (2,)." });
    assert.throws(() => tf.constantOp(tf.constant([1]), null, null, 'Const'), { name: 'TypeError', message: 'Expected any non-tensor type, got a tensor instead.' });
  });

  it('placeholder_with_default passes its input unless fed, records dtype and shape attrs, and passes gradients', () => {
    const p = tf.placeholderWithDefault(tf.constant([1, 2]), [null]);
    assert.equal(p.op.attrs.dtype, 'float32');
    assert.deepEqual(p.shape, [null]);
    const s = new tf.Session();
    assert.deepEqual((s.run(p) as tf.NDArray).toArray(), [1, 2]);
    assert.deepEqual((s.run(p, [[p, tf.NDArray.from([5, 6, 7], 'float32')]]) as tf.NDArray).toArray(), [5, 6, 7]);
    checkGradient(x => tf.multiply(tf.placeholderWithDefault(x, [2, 3]), x), [randomArray([2, 3])]);
  });

  it('Identity and Snapshot pass the gradient, StopGradient blocks it', () => {
    checkGradient(x => tf.square(tf.identity(x)), [randomArray([3])]);
    checkGradient(x => tf.square(tf.Snapshot.make1([x])), [randomArray([2, 2])]);
    const x = tf.constant([1, 2]);
    const [g] = tf.gradients([tf.reduceSum(tf.multiply(tf.stopGradient(x), x))], [x]);
    assert.deepEqual((new tf.Session().run(g!) as tf.NDArray).toArray(), [1, 2]);
  });

  it('identity of a variable ref is a copy: a later in-place update in the same run does not change it', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const read = tf.identity(v.toTensor(true));
    const s = new tf.Session();
    s.run(v.initializer);
    const before = s.run(read) as tf.NDArray;
    s.run(v.assignAdd(tf.constant([10, 10])));
    assert.deepEqual(before.toArray(), [1, 2]);
  });

  it('group names a NoOp group_deps with control inputs; tuple gates every output on all inputs', () => {
    const a = tf.constant(1), b = tf.constant(2);
    const g = tf.group([a, b.op]);
    assert.equal(g.name, 'group_deps');
    assert.deepEqual(g.controlInputs.map(o => o.name), ['Const', 'Const_1']);
    assert.equal(tf.group([]).type, 'NoOp');
    const [ta, none, tb] = tf.tuple([a, null, b]);
    assert.equal(none, null);
    assert.equal(ta!.name, 'tuple/control_dependency:0');
    assert.equal(tb!.name, 'tuple/control_dependency_1:0');
    assert.deepEqual(ta!.op.controlInputs.map(o => o.name), ['tuple/group_deps']);
  });
});

describe('control ops from Python', () => {
  it('tf.constant(name=None), convert_to_tensor preferred_dtype, group flattening and TF\'s group error', () => {
    const out = pyRun([
      'import tensorflow as tf',
      'a = tf.constant([1., 2.], name=None)',
      'print(a.name, tf.convert_to_tensor([1, 2], preferred_dtype=tf.int64).dtype, tf.convert_to_tensor([1.5], preferred_dtype=tf.int32).dtype)',
      'g = tf.group(a, [tf.no_op(), (a.op,)], name="gg")',
      'print(g.name, [o.name for o in g.control_inputs])',
      'with tf.control_dependencies([g]):',
      '    d = tf.identity(a)',
      'print([o.name for o in d.op.control_inputs], tf.stop_gradient(a).op.type)',
      'try:',
      '    tf.group(1)',
      'except TypeError as e:',
      '    print(e)',
    ]);
    assert.equal(out, [
      'Const:0 <dtype: \'int64\'> <dtype: \'float32\'>',
      "gg ['Const', 'NoOp']",
      "['gg'] StopGradient",
      "Expected tf.group() expected Tensor arguments not '1' with type '<class 'int'>'",
      '',
    ].join('\n'));
  });

  it('placeholder and tuple call errors follow CPython', () => {
    const out = pyRun([
      'import tensorflow as tf',
      'for f in (lambda: tf.placeholder(), lambda: tf.tuple([tf.constant(1)], foo=1)):',
      '    try:',
      '        f()',
      '    except TypeError as e:',
      '        print(e)',
    ]);
    assert.equal(out, "placeholder() missing 1 required positional argument: 'dtype'\ntuple() got an unexpected keyword argument 'foo'\n");
  });
});
