// tf.Variable, get_variable, variable_scope, initializers and the initialization helpers bound
// from TF 1.15's signatures: values against formulas written here, TF's names and error texts,
// and NotImplementedError for what Gradbook does not implement.
import { strict as assert } from 'assert';
import { pySession } from './helpers';

describe('variables from Python (signature tables)', () => {
  it('get_variable: regularizer losses in REGULARIZATION_LOSSES, constraint after each update, trainable/collections', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'with tf.variable_scope("layer"):',
      '    w = tf.get_variable("w", [2], initializer=tf.constant_initializer([3.0, -4.0]), regularizer=lambda v: 0.5 * tf.reduce_sum(tf.square(v)),',
      '                        constraint=lambda t: tf.clip_by_value(t, -1.0, 1.0))',
      '    s = tf.get_variable("s", [], dtype=tf.int32, trainable=False, collections=["mine", tf.GraphKeys.GLOBAL_VARIABLES])',
      'reg = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)',
      'print([t.name for t in reg], [v.name for v in tf.trainable_variables()], [v.name for v in tf.get_collection("mine")])',
      'train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_sum(w))',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    print(sess.run(reg), sess.run(s))',
      '    sess.run(train)',
      '    print(sess.run(w))',
    ]);
    // 0.5 * (9 + 16) = 12.5; one step: [2.9, -4.1], then clipped to [-1, 1].
    assert.equal(out, "['layer/w/Regularizer/mul:0'] ['layer/w:0'] ['layer/s:0']\n[12.5] 0\n[ 1. -1.]\n");
  });

  it('variable_scope objects: reuse_variables, reopening by object, AUTO_REUSE, default_name, auxiliary_name_scope', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'with tf.variable_scope("foo") as scope:',
      '    v = tf.get_variable("v", [1])',
      '    scope.reuse_variables()',
      '    print(tf.get_variable("v", [1]) is v, scope.name, scope.original_name_scope, tf.get_variable_scope().reuse)',
      'with tf.variable_scope(scope, reuse=True):',
      '    print(tf.get_variable("v").name, tf.constant(0).name)',
      'for _ in range(2):',
      '    with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):',
      '        u = tf.get_variable("u", [2])',
      'print(len(tf.global_variables()), u.name)',
      'with tf.variable_scope(None, default_name="block"):',
      '    a = tf.get_variable("a", [1])',
      'with tf.variable_scope(None, default_name="block"):',
      '    b = tf.get_variable("a", [1])',
      'with tf.variable_scope("noname", auxiliary_name_scope=False):',
      '    c = tf.constant(1.0, name="c")',
      '    d = tf.get_variable("d", [1])',
      'print(a.name, b.name, c.name, d.name)',
      'try:',
      '    with tf.variable_scope("foo"):',
      '        tf.get_variable("v", [1])',
      'except ValueError as e:',
      '    print(str(e).split(" Did")[0])',
    ]);
    assert.equal(out, [
      'True foo foo/ True',
      'foo/v:0 foo_1/Const:0',
      '2 shared/u:0',
      'block/a:0 block_1/a:0 c:0 noname/d:0',
      'Variable foo/v already exists, disallowed.',
      '',
    ].join('\n'));
  });

  it('optimizer slots are get_variable calls: minimize after reuse_variables() is TF1\'s ValueError, AUTO_REUSE and GD are fine, slot names nest in the caller\'s variable scope', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'with tf.variable_scope("model") as scope:',
      '    w = tf.get_variable("w", [1])',
      '    scope.reuse_variables()',
      '    loss = tf.reduce_sum(tf.square(tf.get_variable("w", [1])))',
      '    sgd = tf.train.GradientDescentOptimizer(0.1).minimize(loss)',
      '    try:',
      '        tf.train.AdamOptimizer(0.1).minimize(loss)',
      '    except ValueError as e:',
      '        print(e)',
      'with tf.variable_scope("model", reuse=tf.AUTO_REUSE):',
      '    tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)',
      'print([v.name for v in tf.global_variables() if "Momentum" in v.name])',
      'with tf.variable_scope("train"):',
      '    tf.train.AdamOptimizer(0.1).minimize(loss)',
      'with tf.name_scope("ns"):',
      '    tf.train.RMSPropOptimizer(0.1).minimize(loss)',
      'print([v.name for v in tf.global_variables() if "Adam" in v.name or "RMSProp" in v.name])',
    ]);
    // TF 1.x slot_creator opens variable_scope(None, "<primary op name>/<optimizer name>") inside the
    // caller's scope and calls get_variable there (hence the doubled "model/model/w").
    assert.equal(out, [
      'Variable model/model/w/Adam/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?',
      "['model/model/w/Momentum:0']",
      // The slot's variable scope nests in the caller's; a name scope alone leaves it out
      // (get_variable ignores name scopes), as real TF1 variable listings show.
      "['train/model/w/Adam:0', 'train/model/w/Adam_1:0', 'model/w/RMSProp:0', 'model/w/RMSProp_1:0']",
      '',
    ].join('\n'));
  });

  it('tf.Variable: shape/validate_shape, read_value=False, load, to_proto, initialized_value; unsupported arguments', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'v = tf.Variable(tf.zeros([2]), validate_shape=False, shape=[None], name="v")',
      'w = tf.Variable(lambda: tf.ones([2, 2]), dtype=tf.float32, name="w")',
      'print(v.shape, w.initial_value.name, type(w.assign_add(tf.ones([2, 2]), read_value=False)).__name__)',
      'print(w.to_proto().snapshot_name, w.to_proto().initializer_name)',
      'with tf.Session() as sess:',
      '    w.load([[1.0, 2.0], [3.0, 4.0]], sess)',
      '    print(sess.run(w).tolist(), w.eval(sess).sum())',
      'for kw in ({"use_resource": True}, {"variable_def": 1}, {"synchronization": 1}):',
      '    try:',
      '        tf.Variable(1.0, **kw)',
      '    except NotImplementedError as e:',
      '        print(e)',
      'try:',
      '    tf.get_variable("p", [2], use_resource=True)',
      'except NotImplementedError as e:',
      '    print(e)',
    ]);
    assert.equal(out, [
      "(?,) w/Initializer/ones:0 Operation",
      'w/read:0 w/Assign',
      '[[1.0, 2.0], [3.0, 4.0]] 10.0',
      "Variable.__init__() argument 'use_resource' is not supported by Gradbook: resource variables (TF1 graphs use ref variables)",
      "Variable.__init__() argument 'variable_def' is not supported by Gradbook: rebuilding from a VariableDef (use tf.train.import_meta_graph)",
      "Variable.__init__() argument 'synchronization' is not supported by Gradbook: distribution strategies",
      "get_variable() argument 'use_resource' is not supported by Gradbook: resource variables (TF1 graphs use ref variables)",
      '',
    ].join('\n'));
  });

  it('initializer objects: constructor dtypes, call signature, seeds repeat, variance scaling bounds', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'import numpy as np',
      'z = tf.zeros_initializer(dtype=tf.int32)',
      'c = tf.constant_initializer([1.0, 2.0])',
      'print(z([2]).dtype, c([4]).name, tf.Session().run(c([4])))',
      'u = tf.variance_scaling_initializer(scale=2.0, mode="fan_avg", distribution="uniform", seed=3)',
      'limit = np.sqrt(3 * 2.0 / ((100 + 50) / 2))',
      'vals = tf.Session().run(u([100, 50]))',
      'print(vals.shape, bool(np.abs(vals).max() <= limit), bool(np.abs(vals).max() > 0.9 * limit))',
      'g = tf.glorot_normal_initializer(seed=5)',
      'print(bool((tf.Session().run(g([3, 3])) == tf.Session().run(g([3, 3]))).all()), tf.initializers.he_normal is not None)',
      'try:',
      '    z([2], partition_info=1)',
      'except NotImplementedError as e:',
      '    print(e)',
      'try:',
      '    tf.variance_scaling_initializer(mode="fan_x")',
      'except ValueError as e:',
      '    print(e)',
    ]);
    assert.equal(out, [
      "<dtype: 'int32'> Const:0 [1. 2. 2. 2.]",
      '(100, 50) True True',
      'True True',
      "__call__() argument 'partition_info' is not supported by Gradbook: partitioned variables",
      'Invalid `mode` argument: fan_x',
      '',
    ].join('\n'));
  });

  it('initialization helpers and report_uninitialized_variables', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'a = tf.Variable(1.0, name="a")',
      'b = tf.Variable(2.0, name="b", collections=[tf.GraphKeys.LOCAL_VARIABLES])',
      'report = tf.report_uninitialized_variables()',
      'with tf.Session() as sess:',
      // TF prints these names as bytes (b'a'); Gradbook's string arrays print plain.
      '    r = sess.run(report)',
      '    print(r.shape, r)',
      '    sess.run(tf.local_variables_initializer())',
      '    print(sess.run(report), sess.run(tf.is_variable_initialized(b)))',
      '    sess.run(tf.variables_initializer([a], name="just_a"))',
      '    print(sess.run(report).shape, tf.variables_initializer([]).type, tf.initialize_all_variables().name)',
    ]);
    assert.equal(out, "(2,) [b'a' b'b']\n[b'a'] True\n(0,) NoOp init_2\n");
  });
});
