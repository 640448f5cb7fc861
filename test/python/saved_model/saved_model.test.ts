// tf.saved_model from Python over real files: simple_save → a fresh graph and session → loader.load
// gives the same predictions; the real TF-written half_plus_two SavedModel loads and computes
// y = 0.5x + 2; the written saved_model.pb parses back with its tags and signature; TF's errors.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pySession, tempDir } from '../train/helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const TF_FIXTURES = path.join(ROOT, 'test', 'engine', 'formats', 'fixtures', 'tf');

/**
 * TF's half_plus_two_pbtxt SavedModel laid out as TF's testdata has it: the text saved_model.pbtxt
 * and the variables checkpoint the same generator wrote (a = 0.5, b = 2, c = 3); see
 * test/engine/formats/fixtures/SOURCES.md.
 */
function halfPlusTwo(dir: string): string {
  const exportDir = path.join(dir, 'half_plus_two', '00000123');
  fs.mkdirSync(path.join(exportDir, 'variables'), { recursive: true });
  fs.copyFileSync(path.join(TF_FIXTURES, 'saved_model_pbtxt', 'saved_model.pbtxt'), path.join(exportDir, 'saved_model.pbtxt'));
  for (const f of ['variables.index', 'variables.data-00000-of-00001']) fs.copyFileSync(path.join(TF_FIXTURES, 'half_plus_two', f), path.join(exportDir, 'variables', f));
  return exportDir;
}

const MODEL = [
  'import numpy as np',
  'import tensorflow as tf',
  'x_data = np.array([[1.0, -2.0], [0.5, 3.0], [-1.5, 0.25]], dtype=np.float32)',
  'with tf.Graph().as_default():',
  '    x = tf.placeholder(tf.float32, [None, 2], name="x")',
  '    w = tf.Variable([[1.0, -1.0, 0.5], [2.0, 0.0, -0.5]], name="w")',
  '    b = tf.Variable([0.1, 0.2, 0.3], name="b")',
  '    y = tf.nn.softmax(tf.matmul(x, w) + b, name="y")',
  '    with tf.Session() as sess:',
  '        sess.run(tf.global_variables_initializer())',
  '        sess.run([w.assign_add(tf.ones([2, 3]) * 0.25), b.assign([1.0, -1.0, 0.0])])',
  '        before = sess.run(y, {x: x_data})',
];

describe('tf.saved_model', () => {
  it('simple_save then loader.load in a new graph and session gives the same predictions', () => {
    const dir = tempDir('saved-model');
    const py = pySession(dir);
    const out = py.run([
      ...MODEL,
      '        tf.saved_model.simple_save(sess, "export/1", inputs={"x": x}, outputs={"y": y})',
      'print(sorted(tf.gfile.ListDirectory("export/1")), sorted(tf.gfile.ListDirectory("export/1/variables")))',
      'print(tf.saved_model.loader.maybe_saved_model_directory("export/1"), tf.saved_model.maybe_saved_model_directory("export"))',
      'with tf.Graph().as_default() as graph:',
      '    with tf.Session(graph=graph) as sess:',
      '        meta = tf.saved_model.loader.load(sess, [tf.saved_model.tag_constants.SERVING], "export/1")',
      '        sig = meta.signature_def[tf.saved_model.signature_constants.DEFAULT_SERVING_SIGNATURE_DEF_KEY]',
      '        print(sig.method_name, sig.inputs["x"].name, sig.outputs["y"].name, list(meta.meta_info_def.tags))',
      '        after = sess.run(graph.get_tensor_by_name(sig.outputs["y"].name), {graph.get_tensor_by_name(sig.inputs["x"].name): x_data})',
      '        print(sorted(v.op.name for v in tf.global_variables()), sess.run("w:0")[0])',
      'print(np.allclose(before, after), np.abs(before - after).max() == 0.0)',
    ]);
    assert.equal(out, [
      "['saved_model.pb', 'variables'] ['variables.data-00000-of-00001', 'variables.index']",
      'True False',
      "tensorflow/serving/predict x:0 y:0 ['serve']",
      "['b', 'w'] [ 1.25 -0.75  0.75]",
      'True True',
      '',
    ].join('\n'));
  });

  it('loads the TF-written half_plus_two SavedModel (text, TF 1.1) and computes y = 0.5x + 2 and y3 = 0.5x + 3', () => {
    const dir = tempDir('saved-model-h2');
    const exportDir = halfPlusTwo(dir);
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf',
      `export_dir = ${JSON.stringify(exportDir)}`,
      'print(tf.saved_model.loader.maybe_saved_model_directory(export_dir))',
      'with tf.Graph().as_default() as g:',
      '    # tf.Example parsing (ParseExample) is not in Gradbook: its outputs are replaced through input_map.',
      '    x_in = tf.placeholder(tf.float32, [None, 1], name="x_in")',
      '    x2_in = tf.placeholder(tf.float32, [None, 1], name="x2_in")',
      '    with tf.Session() as sess:',
      '        meta = tf.saved_model.load(sess, ["serve"], export_dir,',
      '                                   input_map={"ParseExample/ParseExample:0": x_in, "ParseExample/ParseExample:1": x2_in})',
      '        print(sorted(meta.signature_def.keys()))',
      '        y = g.get_tensor_by_name(meta.signature_def["regress_x_to_y"].outputs["outputs"].name)',
      '        y3 = g.get_tensor_by_name(meta.signature_def["classify_x2_to_y3"].outputs["scores"].name)',
      '        print(sess.run(y, {x_in: [[1.0], [2.0], [4.0]]}).ravel().tolist(), sess.run(y3, {x2_in: [[0.0], [3.0]]}).ravel().tolist())',
      '        print(sess.run("a:0"), sess.run("b:0"), sess.run("c:0"))',
      '        # filename_tensor is in no variables collection: only the legacy_init_op (group_deps) set it',
      '        print(sess.run("filename_tensor:0"))',
    ]);
    assert.equal(out, [
      'True',
      "['classify_x2_to_y3', 'classify_x_to_y', 'regress_x2_to_y3', 'regress_x_to_y', 'regress_x_to_y2', 'serving_default']",
      '[2.5, 3.0, 4.0] [3.0, 4.5]',
      '0.5 2.0 3.0',
      "b'foo.txt'",
      '',
    ].join('\n'));
  });

  it('without input_map the unsupported ParseExample op stops the load, naming it; import_scope prefixes the loaded names', () => {
    const dir = tempDir('saved-model-scope');
    const exportDir = halfPlusTwo(dir);
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf',
      'try:',
      `    tf.saved_model.loader.load(tf.Session(graph=tf.Graph()), ["serve"], ${JSON.stringify(exportDir)})`,
      'except NotImplementedError as e:',
      '    print(e)',
      ...MODEL.slice(0, 1),
      ...MODEL.slice(2),
      '        tf.saved_model.simple_save(sess, "scoped", inputs={"x": x}, outputs={"y": y})',
      'with tf.Graph().as_default() as g:',
      '    with tf.Session() as sess:',
      '        meta = tf.saved_model.loader.load(sess, ("serve",), "scoped", import_scope="m")',
      '        sig = meta.signature_def["serving_default"]',
      '        print(sig.inputs["x"].name, [v.name for v in tf.global_variables()])',
      '        after = sess.run("m/" + sig.outputs["y"].name, {"m/" + sig.inputs["x"].name: x_data})',
      'print(np.array_equal(before, after))',
    ]);
    assert.equal(out, [
      "import_graph_def: node 'ParseExample/ParseExample': op type 'ParseExample' is not supported by Gradbook",
      "x:0 ['m/w:0', 'm/b:0']",
      'True',
      '',
    ].join('\n'));
  });
});
