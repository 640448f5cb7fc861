// Operation.get_attr and Operation.node_def answer every attr TF's OpDef declares, as the exported
// NodeDef holds it: type attrs read off the tensors (T, Tidx, SrcT/DstT, Tshape, output_type), the
// op's own attrs in TF's encoding (strings as bytes, shapes as TensorShapeProto, Const's value as a
// TensorProto) and OpDef defaults; TF 1.15's get_attr returns tf.DType, lists, bytes and messages.
import assert from 'node:assert/strict';
import { run, errorOf } from '../helpers';

const out = (lines: string[]) => {
  const r = run(['import tensorflow as tf', 'tf.reset_default_graph()', ...lines].join('\n'));
  assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
  return r.stdout;
};
const error = (lines: string[]) => {
  const e = errorOf(run(['import tensorflow as tf', 'tf.reset_default_graph()', ...lines].join('\n')).result);
  return `${e.ename}: ${e.evalue}`;
};

describe('Operation.get_attr and node_def', () => {
  it('binary ops and MatMul carry T and their bool attrs', () => {
    assert.equal(out([
      'm = tf.constant(1.) * tf.constant(2.)',
      'a = tf.add(tf.constant([1, 2]), 3)',
      'print(m.op.get_attr("T"), m.op.get_attr("T") is tf.float32, a.op.get_attr("T") == tf.int32)',
      'x = tf.placeholder(tf.float64, [None, 3])',
      'mm = tf.matmul(x, tf.ones([2, 3], tf.float64), transpose_b=True)',
      'print(mm.op.get_attr("T"), mm.op.get_attr("transpose_a"), mm.op.get_attr("transpose_b"))',
    ]), "<dtype: 'float32'> True True\n<dtype: 'float64'> False True\n");
  });

  it('Cast, Sum, ArgMax and Reshape carry their type attrs', () => {
    assert.equal(out([
      'x = tf.placeholder(tf.float32, [None, 3])',
      'c = tf.cast(x, tf.int32)',
      'print(c.op.get_attr("SrcT"), c.op.get_attr("DstT"), c.op.get_attr("Truncate"))',
      's = tf.reduce_sum(x, axis=1, keepdims=True)',
      'print(s.op.type, s.op.get_attr("T"), s.op.get_attr("Tidx"), s.op.get_attr("keep_dims"))',
      'm = tf.argmax(x, 1)',
      'print(m.op.get_attr("T"), m.op.get_attr("Tidx"), m.op.get_attr("output_type"))',
      'm32 = tf.argmax(x, 1, output_type=tf.int32)',
      'print(m32.op.get_attr("output_type"))',
      'r = tf.reshape(x, [-1])',
      'print(r.op.get_attr("T"), r.op.get_attr("Tshape"))',
    ]), [
      "<dtype: 'float32'> <dtype: 'int32'> False",
      "Sum <dtype: 'float32'> <dtype: 'int32'> True",
      "<dtype: 'float32'> <dtype: 'int32'> <dtype: 'int64'>",
      "<dtype: 'int32'>",
      "<dtype: 'float32'> <dtype: 'int32'>",
    ].join('\n') + '\n');
  });

  it('Placeholder and Const give dtype, a TensorShapeProto and a TensorProto', () => {
    assert.equal(out([
      'p = tf.placeholder(tf.int64, [None, 4])',
      'sh = p.op.get_attr("shape")',
      'print(p.op.get_attr("dtype"), type(sh).__name__, [d.size for d in sh.dim], sh.unknown_rank)',
      'print(tf.placeholder(tf.float32).op.get_attr("shape").unknown_rank)',
      'c = tf.constant([[1., 2.]])',
      'v = c.op.get_attr("value")',
      'print(c.op.get_attr("dtype"), type(v).__name__, v.dtype, [d.size for d in v.tensor_shape.dim])',
    ]), "<dtype: 'int64'> TensorShapeProto [-1, 4] False\nTrue\n<dtype: 'float32'> TensorProto 1 [1, 2]\n");
  });

  it('Conv2D gives lists of ints and bytes for its string attrs', () => {
    assert.equal(out([
      'x = tf.placeholder(tf.float32, [1, 4, 4, 1])',
      'y = tf.nn.conv2d(x, tf.ones([2, 2, 1, 1]), strides=[1, 2, 2, 1], padding="SAME")',
      'o = y.op',
      'print(o.get_attr("T"), o.get_attr("strides"), o.get_attr("padding"), o.get_attr("data_format"))',
      'print(o.get_attr("dilations"), o.get_attr("use_cudnn_on_gpu"), type(o.get_attr("strides")).__name__)',
    ]), "<dtype: 'float32'> [1, 2, 2, 1] b'SAME' b'NHWC'\n[1, 1, 1, 1] True list\n");
  });

  it('node_def is a NodeDef whose attr map agrees with get_attr', () => {
    assert.equal(out([
      'm = tf.multiply(tf.constant(1.), tf.constant(2.), name="mul")',
      'nd = m.op.node_def',
      'print(type(nd).__name__, nd.name, nd.op, list(nd.input), sorted(nd.attr.keys()), nd.attr["T"].type)',
      'print(nd)',
    ]), "NodeDef mul Mul ['Const', 'Const_1'] ['T'] 1\nname: \"mul\"\nop: \"Mul\"\ninput: \"Const\"\ninput: \"Const_1\"\nattr {\n  key: \"T\"\n  value {\n    type: DT_FLOAT\n  }\n}\n\n");
  });

  it('an attr the NodeDef lacks keeps TF\'s ValueError', () => {
    assert.equal(error(['m = tf.constant(1.) * tf.constant(2.)', 'm.op.get_attr("X")']), "ValueError: No attr named 'X' in NodeDef: mul");
    assert.equal(error(['tf.constant(1.).op.get_attr("T")']), "ValueError: No attr named 'T' in NodeDef: Const");
  });
});
