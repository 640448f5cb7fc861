// Every Python-side tf function with an unsupported parameter raises NotImplementedError naming the
// function and the parameter when it is given (one call each), and control_dependencies orders
// UPDATE_OPS before a train op.
import { strict as assert } from 'assert';
import { pySession } from './helpers';

const CALLS: [string, string][] = [
  ['tf.variable_scope("s", partitioner=lambda *a: None).__enter__()', "variable_scope() argument 'partitioner' is not supported by Gradbook: partitioned variables"],
  ['tf.variable_scope("s", custom_getter=lambda *a: None).__enter__()', "variable_scope() argument 'custom_getter' is not supported by Gradbook: custom getters"],
  ['tf.get_variable("g", [1], custom_getter=lambda *a: None)', "get_variable() argument 'custom_getter' is not supported by Gradbook: custom getters"],
  ['tf.Session().make_callable(c, accept_options=True)', "Session.make_callable() argument 'accept_options' is not supported by Gradbook: run options"],
  ['tf.get_default_graph().as_graph_def(from_version=3)', "Graph.as_graph_def() argument 'from_version' is not supported by Gradbook: partial GraphDefs"],
  ['tf.import_graph_def(tf.GraphDef(), producer_op_list=[])', "import_graph_def() argument 'producer_op_list' is not supported by Gradbook: stripping default attrs from an op list"],
  ['tf.train.export_meta_graph(meta_info_def=1)', "export_meta_graph() argument 'meta_info_def' is not supported by Gradbook: custom MetaInfoDefs"],
  ['tf.train.import_meta_graph("x.meta", return_elements=["x:0"])', "import_meta_graph() argument 'return_elements' is not supported by Gradbook: import_scoped_meta_graph options other than input_map"],
  ['tf.saved_model.loader.load(None, ["serve"], "d", clear_devices=True)', "load() argument 'clear_devices' is not supported by Gradbook: import_meta_graph options other than input_map"],
  ['tf.train.Saver(reshape=True)', "Saver.__init__() argument 'reshape' is not supported by Gradbook: restoring into variables of another shape"],
  ['tf.train.Saver(write_version=1)', "Saver.__init__() argument 'write_version' is not supported by Gradbook: V1 checkpoints (only saver_pb2.SaverDef.V2)"],
  ['tf.train.Saver().export_meta_graph(export_scope="s")', "Saver.export_meta_graph() argument 'export_scope' is not supported by Gradbook: export scopes"],
  ['tf.train.update_checkpoint_state("d", "p", all_model_checkpoint_timestamps=[1.0])', "update_checkpoint_state() argument 'all_model_checkpoint_timestamps' is not supported by Gradbook: timestamps (CheckpointManager)"],
  ['tf.io.gfile.walk(".", onerror=print)', "walk() argument 'onerror' is not supported by Gradbook: error callbacks"],
  ['tf.Variable(1.0, aggregation=1)', "Variable.__init__() argument 'aggregation' is not supported by Gradbook: distribution strategies"],
];

describe('unsupported arguments of the Python-side tables', () => {
  it('raise NotImplementedError naming the function and the argument', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'c = tf.constant(1.0)',
      'v = tf.Variable(1.0)',
      ...CALLS.flatMap(([call]) => ['try:', `    ${call}`, '    print("no error")', 'except NotImplementedError as e:', '    print(e)']),
    ]);
    assert.equal(out, CALLS.map(([, text]) => text).join('\n') + '\n');
  });

  it('control_dependencies on UPDATE_OPS runs the updates with the train op', () => {
    const out = pySession().run([
      'import tensorflow as tf',
      'counter = tf.Variable(0, name="counter")',
      'tf.add_to_collection(tf.GraphKeys.UPDATE_OPS, tf.assign_add(counter, 1))',
      'w = tf.Variable(1.0)',
      'with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):',
      '    train = tf.train.GradientDescentOptimizer(0.1).minimize(w * w)',
      'print([op.name for op in train.control_inputs])',
      'with tf.Session() as sess:',
      '    sess.run(tf.global_variables_initializer())',
      '    for _ in range(3):',
      '        sess.run(train)',
      '    print(sess.run(counter), round(float(sess.run(w)), 4))',
    ]);
    assert.equal(out, "['AssignAdd', 'GradientDescent/update_Variable/ApplyGradientDescent']\n3 0.512\n");
  });
});
