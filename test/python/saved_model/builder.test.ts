// SavedModelBuilder from Python: the saved_model.pb it writes decodes with the tags, signatures,
// SaverDef and main op TF's loader needs; as_text, add_meta_graph and main_op; TF's errors for an
// existing export directory, tags not present, missing files and unsupported arguments.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pySession, tempDir } from '../train/helpers';
import { decodeSavedModel } from '../../../src/engine/formats/graph/saved_model';

const GRAPH = [
  'import tensorflow as tf',
  'x = tf.placeholder(tf.float32, [None, 3], name="x")',
  'w = tf.Variable(tf.ones([3, 2]), name="w")',
  'y = tf.matmul(x, w, name="y")',
  'counter = tf.Variable(0, name="counter", trainable=False, collections=[tf.GraphKeys.LOCAL_VARIABLES])',
  'init_counter = tf.group(tf.assign(counter, 7), name="init_counter")',
  'sess = tf.Session()',
  'sess.run(tf.global_variables_initializer())',
];

describe('tf.saved_model.builder.SavedModelBuilder', () => {
  it('writes a saved_model.pb with the tags, the signature, the SaverDef and the main op', () => {
    const dir = tempDir('sm-builder');
    const py = pySession(dir);
    const out = py.run([
      ...GRAPH,
      'builder = tf.saved_model.builder.SavedModelBuilder("out")',
      'sig = tf.saved_model.signature_def_utils.predict_signature_def({"x": x}, {"y": y})',
      'info = tf.saved_model.utils.build_tensor_info(y)',
      'print(info.name, info.dtype, [d.size for d in info.tensor_shape.dim])',
      'builder.add_meta_graph_and_variables(sess, [tf.saved_model.tag_constants.SERVING], signature_def_map={"predict": sig}, main_op=init_counter)',
      'builder.add_meta_graph([tf.saved_model.tag_constants.TRAINING, "extra"])',
      'print(builder.save())',
    ]);
    assert.equal(out, `y:0 1 [-1, 2]\nb'out/saved_model.pb'\n`);
    const saved = decodeSavedModel(fs.readFileSync(path.join(dir, 'out', 'saved_model.pb')), false);
    assert.equal(saved.saved_model_schema_version, 1);
    assert.deepEqual(saved.meta_graphs!.map(m => m.meta_info_def!.tags), [['serve'], ['train', 'extra']]);
    const serve = saved.meta_graphs![0];
    const sig = serve.signature_def!.predict;
    assert.equal(sig.method_name, 'tensorflow/serving/predict');
    assert.equal(sig.inputs!.x.name, 'x:0');
    assert.equal(sig.inputs!.x.dtype, 1);
    assert.deepEqual(sig.inputs!.x.tensor_shape!.dim!.map(d => Number(d.size)), [-1, 3]);
    assert.equal(sig.outputs!.y.name, 'y:0');
    assert.equal(serve.saver_def!.restore_op_name, 'save/restore_all');
    assert.deepEqual(serve.collection_def!.saved_model_main_op.node_list!.value, ['init_counter']);
    assert.ok(serve.graph_def!.node.some(n => n.name === 'save/RestoreV2'));
    assert.equal(saved.meta_graphs![1].signature_def, undefined);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out', 'variables')).sort(), ['variables.data-00000-of-00001', 'variables.index']);

    // The loader restores w, runs the main op (counter is in no saved collection), and finds the second tag set.
    const loaded = py.run([
      'with tf.Graph().as_default() as g:',
      '    with tf.Session() as s2:',
      '        m = tf.saved_model.loader.load(s2, ["serve"], "out")',
      '        print(s2.run("w:0").tolist(), s2.run("counter:0"))',
      'with tf.Graph().as_default() as g:',
      '    with tf.Session() as s3:',
      '        m = tf.saved_model.loader.load(s3, {"extra", "train"}, "out")',
      '        print(list(m.meta_info_def.tags), len(m.signature_def))',
    ]);
    assert.equal(loaded, '[[1.0, 1.0], [1.0, 1.0], [1.0, 1.0]] 7\n[\'train\', \'extra\'] 0\n');
  });

  it('save(as_text=True) writes saved_model.pbtxt, which loads; build_signature_def and the TF 1.15 aliases', () => {
    const dir = tempDir('sm-text');
    const py = pySession(dir);
    const out = py.run([
      ...GRAPH,
      'inputs = {"features": tf.saved_model.build_tensor_info(x)}',
      'outputs = {"scores": tf.saved_model.utils.build_tensor_info(y)}',
      'sig = tf.saved_model.build_signature_def(inputs, outputs, tf.saved_model.signature_constants.REGRESS_METHOD_NAME)',
      'b = tf.saved_model.Builder("txt")',
      'b.add_meta_graph_and_variables(sess, [tf.saved_model.SERVING], signature_def_map={tf.saved_model.DEFAULT_SERVING_SIGNATURE_DEF_KEY: sig})',
      'print(b.save(as_text=True), sorted(tf.gfile.ListDirectory("txt")))',
      'with tf.Graph().as_default() as g:',
      '    with tf.Session() as s2:',
      '        m = tf.saved_model.load(s2, [tf.saved_model.tag_constants.SERVING], "txt")',
      '        sd = m.signature_def["serving_default"]',
      '        print(sd.method_name, sd.inputs["features"].name)',
      '        print(s2.run(sd.outputs["scores"].name, {sd.inputs["features"].name: [[1.0, 2.0, 3.0]]}))',
    ]);
    assert.equal(out, [
      "b'txt/saved_model.pbtxt' ['saved_model.pbtxt', 'variables']",
      'tensorflow/serving/regress x:0',
      '[[6. 6.]]',
      '',
    ].join('\n'));
    const text = fs.readFileSync(path.join(dir, 'txt', 'saved_model.pbtxt'), 'utf8');
    assert.match(text, /^saved_model_schema_version: 1\nmeta_graphs \{\n/);
    assert.deepEqual(decodeSavedModel(Buffer.from(text), true).meta_graphs![0].meta_info_def!.tags, ['serve']);
  });

  it('raises TF\'s errors', () => {
    const dir = tempDir('sm-errors');
    fs.mkdirSync(path.join(dir, 'full'));
    fs.writeFileSync(path.join(dir, 'full', 'old.txt'), 'x');
    fs.mkdirSync(path.join(dir, 'empty'));
    const py = pySession(dir);
    const out = py.run([
      ...GRAPH,
      'def show(f):',
      '    try:',
      '        f()',
      '    except Exception as e:',
      '        print(type(e).__name__ + ":", e)',
      'show(lambda: tf.saved_model.builder.SavedModelBuilder("full"))',
      'b = tf.saved_model.builder.SavedModelBuilder("empty")',
      'show(lambda: b.add_meta_graph(["serve"]))',
      'show(lambda: b.add_meta_graph_and_variables(sess, ["serve"], assets_collection=[tf.constant("a.txt")]))',
      'show(lambda: b.add_meta_graph_and_variables(sess, ["serve"], strip_default_attrs=True))',
      'bad = tf.saved_model.build_signature_def({"x": tf.saved_model.build_tensor_info(x)}, {"y": tf.saved_model.build_tensor_info(y)})',
      'bad.outputs["y"].dtype = 0',
      'show(lambda: b.add_meta_graph_and_variables(sess, ["serve"], signature_def_map={"bad": bad}))',
      'b.add_meta_graph_and_variables(sess, ["serve"])',
      'show(lambda: b.add_meta_graph_and_variables(sess, ["train"]))',
      'b.save()',
      'show(lambda: tf.saved_model.loader.load(tf.Session(graph=tf.Graph()), ["train"], "empty"))',
      'show(lambda: tf.saved_model.loader.load(tf.Session(graph=tf.Graph()), ["serve"], "full"))',
      'show(lambda: tf.saved_model.predict_signature_def({}, {"y": y}))',
      'show(lambda: tf.saved_model.predict_signature_def({"x": x}, None))',
      'show(lambda: tf.saved_model.simple_save(sess, "empty", {"x": x}, {"y": y}))',
    ]);
    assert.equal(out, [
      "AssertionError: Export directory already exists, and isn't empty. Please choose a different export directory, or delete all the contents of the specified directory: full",
      'AssertionError: Graph state including variables and assets has not been saved yet. Please invoke `add_meta_graph_and_variables()` first.',
      "NotImplementedError: add_meta_graph_and_variables() argument 'assets_collection' is not supported by Gradbook: copying asset files into the SavedModel",
      "NotImplementedError: SavedModelBuilder.add_meta_graph_and_variables() argument 'strip_default_attrs' is not supported by Gradbook: writing MetaGraphDefs without default attrs",
      'AssertionError: All TensorInfo protos used in the SignatureDefs must have the dtype field set: name: "y:0"',
      'tensor_shape {',
      '  dim {',
      '    size: -1',
      '  }',
      '  dim {',
      '    size: 2',
      '  }',
      '}',
      '',
      'AssertionError: Graph state including variables and assets has already been saved. Please invoke `add_meta_graph()` instead.',
      "RuntimeError: MetaGraphDef associated with tags 'train' could not be found in SavedModel. To inspect available tag-sets in the SavedModel, please use the SavedModel CLI: `saved_model_cli`",
      "available_tags: [['serve']]",
      'OSError: SavedModel file does not exist at: full/{saved_model.pbtxt|saved_model.pb}',
      'ValueError: Prediction inputs cannot be None or empty.',
      'ValueError: Prediction outputs cannot be None or empty.',
      "AssertionError: Export directory already exists, and isn't empty. Please choose a different export directory, or delete all the contents of the specified directory: empty",
      '',
    ].join('\n'));
  });

  it('classification and regression signatures check dtypes as TF does; get_tensor_from_tensor_info finds the tensor', () => {
    const py = pySession(tempDir('sm-signatures'));
    const out = py.run([
      'import tensorflow as tf',
      'def show(f):',
      '    try:',
      '        r = f()',
      '        print(r.method_name, sorted(r.inputs.keys()), sorted((k, v.name) for k, v in r.outputs.items()))',
      '    except ValueError as e:',
      '        print("ValueError:", e)',
      'examples = tf.placeholder(tf.string, [None], name="examples")',
      'scores = tf.placeholder(tf.float32, [None, 3], name="scores")',
      'classes = tf.placeholder(tf.string, [None, 3], name="classes")',
      'show(lambda: tf.saved_model.classification_signature_def(examples, classes, scores))',
      'show(lambda: tf.saved_model.signature_def_utils.classification_signature_def(examples, None, scores))',
      'show(lambda: tf.saved_model.classification_signature_def(examples, None, None))',
      'show(lambda: tf.saved_model.classification_signature_def(scores, None, scores))',
      'show(lambda: tf.saved_model.classification_signature_def(examples, scores, None))',
      'show(lambda: tf.saved_model.regression_signature_def(examples, scores))',
      'show(lambda: tf.saved_model.signature_def_utils.regression_signature_def(examples, classes))',
      'show(lambda: tf.saved_model.regression_signature_def(None, scores))',
      'info = tf.saved_model.build_tensor_info(scores)',
      'print(tf.saved_model.utils.get_tensor_from_tensor_info(info) is scores, tf.saved_model.contains_saved_model("nowhere"))',
    ]);
    assert.equal(out, [
      "tensorflow/serving/classify ['inputs'] [('classes', 'classes:0'), ('scores', 'scores:0')]",
      "tensorflow/serving/classify ['inputs'] [('scores', 'scores:0')]",
      'ValueError: Classification classes and scores cannot both be None.',
      'ValueError: Classification examples must be a string Tensor.',
      'ValueError: Classification classes must be a string Tensor.',
      "tensorflow/serving/regress ['inputs'] [('outputs', 'scores:0')]",
      'ValueError: Regression output must be a float Tensor.',
      'ValueError: Regression examples cannot be None.',
      'True False',
      '',
    ].join('\n'));
  });
});
