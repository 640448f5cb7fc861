// Session, Graph and tf.train bound from TF 1.15's signatures: CPython's call errors with TF's
// qualified method names, feeding/fetching rules, make_callable, optimizer constructors,
// schedules against their formulas, and the global-step helpers.
import { strict as assert } from 'assert';
import { pySession } from './helpers';

describe('Session and Graph from Python (signature tables)', () => {
  it('Session.run takes options/run_metadata, call errors name Session.run, make_callable feeds positionally', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float32, name="x")',
      'y = x * 2.0',
      'sess = tf.Session()',
      'print(sess.run(y, {x: 3.0}, None, None), sess.run(fetches=[y], feed_dict={x: 1.0}))',
      'f = sess.make_callable(y, feed_list=[x])',
      'print(f(5.0), sess.graph is tf.get_default_graph(), [n.name for n in sess.graph_def.node][:1])',
      'for call in (lambda: sess.run(), lambda: sess.run(y, feed=1), lambda: sess.partial_run_setup([y])):',
      '    try:',
      '        call()',
      '    except (TypeError, NotImplementedError) as e:',
      '        print(type(e).__name__, e)',
      'print(x, tf.placeholder(tf.int32, shape=[None, 2]))',
    ]);
    assert.equal(out, [
      '6.0 [2.0]',
      "10.0 True ['x']",
      "TypeError Session.run() missing 1 required positional argument: 'fetches'",
      "TypeError Session.run() got an unexpected keyword argument 'feed'",
      'NotImplementedError Session.partial_run_setup() is not supported by Gradbook',
      'Tensor("x:0", dtype=float32) Tensor("Placeholder:0", shape=(?, 2), dtype=int32)',
      '',
    ].join('\n'));
  });

  it('Graph.is_feedable / prevent_feeding / prevent_fetching with TF\'s errors', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'd = tf.add(2, 5)',
      'e = tf.multiply(d, 3)',
      'g = tf.get_default_graph()',
      'with tf.Session() as sess:',
      '    print(g.is_feedable(d), sess.run(e, feed_dict={d: 15}))',
      '    g.prevent_feeding(d)',
      '    g.prevent_fetching(e.op)',
      '    print(g.is_feedable(d), g.is_fetchable(e), g.is_fetchable(d))',
      '    for f in (lambda: sess.run(e, {d: 1}), lambda: sess.run(e)):',
      '        try:',
      '            f()',
      '        except ValueError as err:',
      '            print(err)',
      'print(g.unique_name("x"), g.unique_name("x"), g.unique_name("x", mark_as_used=False), g.get_operation_by_name("Add").type)',
    ]);
    assert.equal(out, [
      'True 45',
      'False False True',
      'Tensor Tensor("Add:0", shape=(), dtype=int32) may not be fed.',
      "Operation 'Mul' has been marked as not fetchable. Typically this happens when it is defined in another function or code block. Use return values,explicit Python locals or TensorFlow collections to access it.",
      'x x_1 x_2 Add',
      '',
    ].join('\n'));
  });
});

describe('session option messages', () => {
  it('ConfigProto / GPUOptions / RunOptions / RunMetadata are message objects Session accepts', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'config = tf.ConfigProto(allow_soft_placement=True)',
      'config.gpu_options.allow_growth = True',
      'print(config)',
      'with tf.Session(config=config) as s:',
      '    print(s.run(tf.constant(3), options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE), run_metadata=tf.RunMetadata()))',
      'for f in (lambda: setattr(config, "foo", 1), lambda: tf.ConfigProto(bar=2)):',
      '    try:',
      '        f()',
      '    except (AttributeError, ValueError) as e:',
      '        print(type(e).__name__, e)',
    ]);
    assert.equal(out, [
      'allow_soft_placement: true', 'gpu_options {', '  allow_growth: true', '}', '3',
      'AttributeError Assignment not allowed (no field "foo" in protocol message object).',
      'ValueError Protocol message ConfigProto has no "bar" field.', '',
    ].join('\n'));
  });
});

describe('tf.train from Python (signature tables)', () => {
  it('optimizer constructors: TF 1.15 signatures, callable and tensor hyperparameters, slots and methods', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'w = tf.Variable([1.0, 2.0], name="w")',
      'loss = tf.reduce_sum(tf.square(w))',
      'lr = tf.placeholder_with_default(0.1, [])',
      'opt = tf.train.MomentumOptimizer(lambda: lr, 0.9, use_nesterov=True)',
      'gv = opt.compute_gradients(loss, gate_gradients=tf.train.Optimizer.GATE_GRAPH)',
      'train = opt.apply_gradients(gv, name="step")',
      'print(train.name, opt.get_slot_names(), opt.get_slot(w, "momentum").name, isinstance(opt, tf.train.Optimizer))',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    sess.run(train)',
      '    print(sess.run(w))',
      'adam = tf.train.AdamOptimizer(beta1=tf.constant(0.5))',
      'print(adam.get_name(), [v.name for v in (adam.minimize(loss), adam.variables())[1]])',
      'for make in (lambda: tf.train.MomentumOptimizer(0.1), lambda: tf.train.GradientDescentOptimizer(0.1, name=None), lambda: tf.train.AdagradOptimizer(0.1, initial_accumulator_value=0.0)):',
      '    try:',
      '        make()',
      '    except (TypeError, ValueError) as e:',
      '        print(type(e).__name__, e)',
    ]);
    // Nesterov momentum, one step from w = [1, 2], g = 2w: accum = g; w -= lr*g + lr*0.9*accum = 0.38*g.
    assert.equal(out, [
      "step ['momentum'] w/Momentum:0 True",
      '[0.62 1.24]',
      "Adam ['beta1_power:0', 'beta2_power:0', 'w/Adam:0', 'w/Adam_1:0']",
      "TypeError MomentumOptimizer.__init__() missing 1 required positional argument: 'momentum'",
      'ValueError Must specify the optimizer name',
      'ValueError initial_accumulator_value must be positive: 0',
      '',
    ].join('\n'));
  });

  it('learning-rate schedules follow their formulas at a fed global step', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'gs = tf.placeholder(tf.int32, [])',
      'rates = [',
      '    tf.train.exponential_decay(0.1, gs, 10, 0.5, staircase=True),',
      '    tf.train.exponential_decay(0.1, gs, 10, 0.5),',
      '    tf.train.inverse_time_decay(0.1, gs, 10, 0.5),',
      '    tf.train.polynomial_decay(0.1, gs, 100, end_learning_rate=0.01, power=2.0),',
      '    tf.train.cosine_decay(0.1, gs, 100, alpha=0.1),',
      '    tf.train.piecewise_constant(gs, [10, 20], [1.0, 0.5, 0.1]),',
      ']',
      'with tf.Session() as sess:',
      '    print(" ".join("%.6f" % v for v in sess.run(rates, {gs: 25})))',
      'print(rates[0].name, rates[5].name)',
    ]);
    const gs = 25;
    const expected = [
      0.1 * 0.5 ** Math.floor(gs / 10), 0.1 * 0.5 ** (gs / 10), 0.1 / (1 + 0.5 * gs / 10),
      (0.1 - 0.01) * (1 - gs / 100) ** 2 + 0.01, 0.1 * (0.9 * 0.5 * (1 + Math.cos(Math.PI * gs / 100)) + 0.1), 0.1,
    ].map(v => v.toFixed(6)).join(' ');
    assert.equal(out, `${expected}\nExponentialDecay:0 PiecewiseConstant:0\n`);
  });

  it('global step helpers: create, get, get_or_create, global_step, and TF\'s errors', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'print(tf.train.get_global_step())',
      'gs = tf.train.create_global_step()',
      'print(gs.name, gs.dtype, tf.train.get_or_create_global_step() is gs, tf.train.get_global_step() is gs)',
      'inc = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(tf.Variable([1.0]) ** 2), global_step=gs)',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    sess.run(inc); sess.run(inc)',
      '    print(tf.train.global_step(sess, gs))',
      'try:',
      '    tf.train.create_global_step()',
      'except ValueError as e:',
      '    print(e)',
      'try:',
      '    tf.train.assert_global_step(tf.constant(1.0))',
      'except TypeError as e:',
      '    print(e)',
    ]);
    assert.equal(out, [
      'None',
      "global_step:0 <dtype: 'int64_ref'> True True",
      '2',
      '"global_step" already exists.',
      'Existing "global_step" does not have integer type: float32',
      '',
    ].join('\n'));
  });
});
