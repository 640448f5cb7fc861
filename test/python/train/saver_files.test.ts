// tf.train.Saver and the checkpoint functions over real files (issue 14): TF's file names and
// state-file text, max_to_keep, var_list dicts, TF's restore errors, checkpoints written by real
// TensorFlow restored into graphs built in Python, a checkpoint written by another process, and a
// fresh session (kernel restart) that restores and continues training.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pySession, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'engine', 'formats', 'fixtures', 'tf');

describe('tf.train.Saver with files', () => {
  it('writes TF\'s files and state file, keeps max_to_keep checkpoints and finds them again', () => {
    const dir = tempDir('saver');
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf',
      'w = tf.Variable([1.0, 2.0], name="w")',
      'step = tf.Variable(0, name="global_step", trainable=False)',
      'saver = tf.train.Saver(max_to_keep=2)',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    for i in range(3):',
      '        sess.run([w.assign_add([1.0, 1.0]), step.assign_add(1)])',
      '        path = saver.save(sess, "model/model.ckpt", global_step=step)',
      '    print(path, saver.last_checkpoints)',
      'print(tf.train.latest_checkpoint("model"), tf.train.checkpoint_exists("model/model.ckpt-1"), tf.train.checkpoint_exists("model/model.ckpt-2"))',
      'state = tf.train.get_checkpoint_state("model")',
      'print(state.model_checkpoint_path, list(state.all_model_checkpoint_paths))',
      'print(tf.train.list_variables("model"), tf.train.load_variable("model/model.ckpt-2", "w"))',
    ]);
    assert.equal(out, [
      "model/model.ckpt-3 ['model/model.ckpt-2', 'model/model.ckpt-3']",
      'model/model.ckpt-3 False True',
      "model/model.ckpt-3 ['model/model.ckpt-2', 'model/model.ckpt-3']",
      "[('global_step', []), ('w', [2])] [3. 4.]",
      '',
    ].join('\n'));
    assert.deepEqual(fs.readdirSync(path.join(dir, 'model')).sort(), [
      'checkpoint', 'model.ckpt-2.data-00000-of-00001', 'model.ckpt-2.index', 'model.ckpt-2.meta',
      'model.ckpt-3.data-00000-of-00001', 'model.ckpt-3.index', 'model.ckpt-3.meta',
    ]);
    // A relative save_dir stores relative paths, exactly as TF writes the file.
    assert.equal(fs.readFileSync(path.join(dir, 'model', 'checkpoint'), 'utf8'),
      'model_checkpoint_path: "model.ckpt-3"\nall_model_checkpoint_paths: "model.ckpt-2"\nall_model_checkpoint_paths: "model.ckpt-3"\n');
  });

  it('restores values; var_list dicts choose the keys; pad_step_number and Tensor global steps name the prefix', () => {
    const py = pySession(tempDir('saver-keys'));
    const out = py.run([
      'import tensorflow as tf',
      'w = tf.Variable([1.0, 2.0], name="w")',
      'gs = tf.train.get_or_create_global_step()',
      'saver = tf.train.Saver({"weights/kernel": w}, pad_step_number=True)',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    sess.run(tf.assign_add(gs, 42))',
      '    p = saver.save(sess, "ck/m", global_step=gs, write_meta_graph=False)',
      '    sess.run(w.assign([7.0, 8.0]))',
      '    saver.restore(sess, p)',
      '    print(p, sess.run(w))',
      'r = tf.train.NewCheckpointReader(p)',
      'print(r.get_variable_to_shape_map(), r.get_variable_to_dtype_map(), r.has_tensor("w"), r.get_tensor("weights/kernel"))',
      'print(sorted(tf.gfile.ListDirectory("ck")))',
    ]);
    assert.equal(out, [
      'ck/m-00000042 [1. 2.]',
      "{'weights/kernel': [2]} {'weights/kernel': tf.float32} False [1. 2.]",
      "['checkpoint', 'm-00000042.data-00000-of-00001', 'm-00000042.index']",
      '',
    ].join('\n'));
  });

  it('restore errors are TF\'s: missing key, shape mismatch, bad path, None; save of an uninitialized variable', () => {
    const py = pySession(tempDir('saver-errors'));
    const out = py.run([
      'import tensorflow as tf',
      'a = tf.Variable([1.0, 2.0], name="a")',
      'with tf.Session() as sess:',
      '    sess.run(a.initializer)',
      '    p = tf.train.Saver().save(sess, "x/m")',
      'tf.reset_default_graph()',
      'a = tf.Variable([1.0, 2.0, 3.0], name="a")',
      'b = tf.Variable(1.0, name="b")',
      'def attempt(f):',
      '    try:',
      '        f()',
      '    except Exception as e:',
      '        print(type(e).__name__ + ":", str(e).splitlines()[0])',
      '        return e',
      'with tf.Session() as sess:',
      '    e = attempt(lambda: tf.train.Saver([b]).restore(sess, p))',
      '    print("Key b not found in checkpoint" in e.message)',
      '    attempt(lambda: tf.train.Saver([a]).restore(sess, p))',
      '    attempt(lambda: tf.train.Saver().restore(sess, "x/none"))',
      '    attempt(lambda: tf.train.Saver().restore(sess, None))',
      '    attempt(lambda: tf.train.Saver().save(sess, "x/m2"))',
      '    attempt(lambda: tf.train.Saver([]))',
      '    attempt(lambda: tf.train.Saver(sharded=True))',
    ]);
    assert.equal(out, [
      'NotFoundError: Restoring from checkpoint failed. This is most likely due to a Variable name or other graph key that is missing from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:',
      'True',
      'InvalidArgumentError: Restoring from checkpoint failed. This is most likely due to a mismatch between the current graph and the graph from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:',
      'ValueError: The passed save_path is not a valid checkpoint: x/none',
      "ValueError: Can't load save_path when it is None.",
      'FailedPreconditionError: Attempting to use uninitialized value a',
      'ValueError: No variables to save',
      "NotImplementedError: Saver.__init__() argument 'sharded' is not supported by Gradbook: sharded checkpoints (one data file per device)",
      '',
    ].join('\n'));
  });

  it('restores checkpoints written by real TensorFlow into variables built in Python', () => {
    const py = pySession(tempDir('tf-fixtures'), [FIXTURES]);
    const out = py.run([
      'import tensorflow as tf',
      `root = ${JSON.stringify(FIXTURES)}`,
      'a = tf.Variable(0.0, name="a"); b = tf.Variable(0.0, name="b"); c = tf.Variable(0.0, name="c")',
      'with tf.variable_scope("some_scope"):',
      '    emb = tf.get_variable("embeddings", [5, 16])',
      '    idx = tf.get_variable("indices", [5], dtype=tf.int64)',
      'with tf.Session() as sess:',
      '    tf.train.Saver([a, b, c]).restore(sess, root + "/half_plus_two/variables")',
      '    print(sess.run([a, b, c]))',
      '    tf.train.Saver([emb, idx]).restore(sess, root + "/bundle_checkpoint/bundle_checkpoint")',
      '    e, i = sess.run([emb, idx])',
      '    print(e.shape, e[0, :3], e[4, -1], i, i.dtype)',
      'print(tf.train.list_variables(root + "/embedding/embedding.ckpt"))',
      'print(tf.train.load_variable(root + "/embedding/embedding.ckpt", "my_embedding").tolist())',
      'r = tf.train.NewCheckpointReader(root + "/tensorrt/model.ckpt-46900")',
      'shapes = r.get_variable_to_shape_map()',
      'print(len(shapes), shapes["global_step"], r.get_variable_to_dtype_map()["global_step"], "conv2d/kernel/Adam" in shapes)',
    ]);
    assert.equal(out, [
      '[0.5, 2.0, 3.0]',
      '(5, 16) [0. 1. 2.] 79.0 [3 4 5 6 7] int64',
      "[('my_embedding', [3, 2])]",
      '[[1.0, 2.0], [3.0, 5.0], [7.0, 11.0]]',
      "27 [] <dtype: 'int64'> True",
      '',
    ].join('\n'));
  });

  it('a checkpoint saved by another process restores to the same values', function () {
    this.timeout(60_000);
    const dir = tempDir('child');
    const child = execFileSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'child_save.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
    const [prefix, values] = child.trim().split('\n');
    assert.equal(prefix, 'model/child.ckpt-3', child);
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf',
      'w = tf.Variable(tf.zeros([3, 2]), name="w")',
      'b = tf.Variable(tf.zeros([2]), name="b")',
      'with tf.Session() as sess:',
      '    tf.train.Saver([w, b]).restore(sess, tf.train.latest_checkpoint("model"))',
      '    print(repr(sess.run(w).tolist()), repr(sess.run(b).tolist()))',
    ]);
    assert.equal(out.trim(), values);
    // The Adam slots were saved too, under TF's names.
    const names = py.run(['print([n for n, _ in tf.train.list_variables("model")])']);
    assert.equal(names.trim(), "['b', 'b/Adam', 'b/Adam_1', 'beta1_power', 'beta2_power', 'w', 'w/Adam', 'w/Adam_1']");
  });

  it('a fresh session (kernel restart) restores and continues training exactly where the first stopped', () => {
    const dir = tempDir('restart');
    const model = [
      'import tensorflow as tf',
      'x = tf.constant([[1.0, 2.0], [2.0, 1.0], [3.0, 3.0]])',
      'y = tf.constant([[5.0], [4.0], [9.0]])',
      'w = tf.Variable(tf.zeros([2, 1]), name="w")',
      'gs = tf.train.get_or_create_global_step()',
      'loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - y))',
      'train = tf.train.MomentumOptimizer(0.02, 0.9).minimize(loss, global_step=gs)',
      'saver = tf.train.Saver()',
    ];
    const first = pySession(dir);
    const straight = first.run([...model,
      'sess = tf.Session()',
      'sess.run(tf.global_variables_initializer())',
      'for i in range(10):',
      '    sess.run(train)',
      '    if i == 4:',
      '        saver.save(sess, "run/model.ckpt", global_step=gs)',
      'print(repr(sess.run(w).tolist()), sess.run(gs))',
    ]);
    const second = pySession(dir);
    const resumed = second.run([...model,
      'sess = tf.Session()',
      'saver.restore(sess, tf.train.latest_checkpoint("run"))',
      'print(sess.run(gs))',
      'for i in range(5):',
      '    sess.run(train)',
      'print(repr(sess.run(w).tolist()), sess.run(gs))',
    ]);
    const [afterRestore, final] = resumed.trim().split('\n');
    assert.equal(afterRestore, '5');
    assert.equal(final, straight.trim(), 'the momentum slots were restored too');
  });

  it('import_meta_graph rebuilds the graph, its collections and a Saver; training continues', () => {
    const py = pySession(tempDir('meta'));
    const out = py.run([
      'import tensorflow as tf',
      'x = tf.placeholder(tf.float32, [None, 1], name="x")',
      'w = tf.Variable([[2.0]], name="w")',
      'y = tf.matmul(x, w, name="y")',
      'loss = tf.reduce_mean(tf.square(y - 3.0), name="loss")',
      'train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)',
      'tf.add_to_collection("outputs", y)',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    sess.run(train, {x: [[1.0]]})',
      '    p = tf.train.Saver().save(sess, "m/model")',
      '    expected = sess.run(w)',
      'tf.reset_default_graph()',
      'saver = tf.train.import_meta_graph(p + ".meta")',
      'g = tf.get_default_graph()',
      'print([v.name for v in tf.global_variables()], isinstance(tf.trainable_variables()[0], tf.Variable))',
      'y2 = tf.get_collection("outputs")[0]',
      'train2 = tf.get_collection(tf.GraphKeys.TRAIN_OP)[0]',
      'with tf.Session() as sess:',
      '    saver.restore(sess, p)',
      '    print((sess.run("w:0") == expected).all(), sess.run(y2, {"x:0": [[1.0]]}))',
      '    sess.run(train2, {"x:0": [[1.0]]})',
      '    print(sess.run(g.get_tensor_by_name("loss:0"), {"x:0": [[1.0]]}) < sess.run("loss:0", {"x:0": [[1.0]]}) + 1)',
    ]);
    assert.equal(out, "['w:0'] True\nTrue [[2.2]]\nTrue\n");
  });

  it('init_from_checkpoint makes initializers load a checkpoint (variable and scope mappings)', () => {
    const py = pySession(tempDir('init-from'));
    const out = py.run([
      'import tensorflow as tf',
      'with tf.variable_scope("old"):',
      '    a = tf.get_variable("a", initializer=[1.0, 2.0])',
      '    b = tf.get_variable("b", initializer=3.0)',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    tf.train.Saver().save(sess, "c/m")',
      'tf.reset_default_graph()',
      'with tf.variable_scope("new"):',
      '    a = tf.get_variable("a", [2])',
      '    b = tf.get_variable("b", [])',
      'other = tf.Variable(0.0, name="other")',
      'tf.train.init_from_checkpoint("c", {"old/": "new/"})',
      'tf.train.init_from_checkpoint("c/m", {"old/b": other})',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    print(sess.run([a, b, other]))',
      'try:',
      '    tf.train.init_from_checkpoint("c", {"old/a": other})',
      'except ValueError as e:',
      '    print(e)',
    ]);
    assert.equal(out, "[array([1., 2.], dtype=float32), 3.0, 3.0]\nShape of variable other:0 (()) doesn't match with shape of tensor old/a ((2,)) from checkpoint reader.\n");
  });

  it('keep_checkpoint_every_n_hours and max_to_keep=None, and unsupported save arguments', () => {
    const py = pySession(tempDir('keep'));
    const out = py.run([
      'import tensorflow as tf',
      'v = tf.Variable(1.0, name="v")',
      'saver = tf.train.Saver(max_to_keep=None)',
      'with tf.Session() as sess:',
      '    sess.run(v.initializer)',
      '    for i in range(3):',
      '        saver.save(sess, "k/m", global_step=i, write_meta_graph=False)',
      '    print(saver.last_checkpoints, sorted(f for f in tf.gfile.ListDirectory("k") if f.endswith(".index")))',
      '    print(tf.gfile.GFile("k/checkpoint").read())',
      '    try:',
      '        saver.save(sess, "k/m", strip_default_attrs=True)',
      '    except NotImplementedError as e:',
      '        print(e)',
    ]);
    assert.equal(out, [
      "[] ['m-0.index', 'm-1.index', 'm-2.index']",
      'model_checkpoint_path: "m-2"',
      'all_model_checkpoint_paths: "m-2"',
      '',
      "Saver.save() argument 'strip_default_attrs' is not supported by Gradbook: writing .meta files without default attrs",
      '',
    ].join('\n'));
  });
});
