// tf.summary's ops from Python: string tensors named and tagged as TF names them, collections,
// merge/merge_all, fetched values as bytes that parse as tf.Summary, and TF's errors.
import { strict as assert } from 'assert';
import { pySession, tempDir } from '../train/helpers';
import { formats } from '../../../src/engine';

const prelude = ['import tensorflow as tf', 'import numpy as np'];

describe('tf.summary ops', () => {
  it('names ops and tags by their name scope, as summary_op_util does (scopes, repeats, family)', () => {
    const py = pySession(tempDir('sumops'));
    const out = py.run([...prelude,
      'x = tf.placeholder(tf.float32, [None], name="x")',
      'with tf.name_scope("train"):',
      '    a = tf.summary.scalar("loss", tf.reduce_mean(x))',
      'b = tf.summary.scalar("loss", tf.reduce_max(x))',
      'c = tf.summary.histogram("weights hist", x)',
      'd = tf.summary.scalar("acc", tf.reduce_min(x), family="eval")',
      'print(a.name, b.name, c.name, d.name)',
      'print(a.op.type, c.op.type, a.dtype, a.shape)',
      'print([t.name for t in tf.get_collection(tf.GraphKeys.SUMMARIES)])',
      'sess = tf.Session()',
      'for t in [a, b, c, d]:',
      '    s = tf.Summary()',
      '    s.ParseFromString(sess.run(t, {x: [1.0, 2.0, 6.0]}))',
      '    print(s.value[0].tag, s.value[0].WhichOneof("value"))',
    ]);
    assert.equal(out, [
      'train/loss:0 loss:0 weights_hist:0 eval/acc:0',
      "ScalarSummary HistogramSummary <dtype: 'string'> ()",
      "['train/loss:0', 'loss:0', 'weights_hist:0', 'eval/acc:0']",
      'train/loss simple_value', 'loss simple_value', 'weights_hist histo', 'eval/eval/acc simple_value', '',
    ].join('\n'));
  });

  it('a fetched summary is bytes: the Summary proto TF serializes (scalar value as float32)', () => {
    const py = pySession(tempDir('sumbytes'));
    const out = py.run([...prelude,
      's = tf.summary.scalar("lr", tf.constant(0.1))',
      'b = tf.Session().run(s)',
      'print(type(b).__name__, list(b))',
    ]);
    const expected = formats.scalarSummary('lr', 0.1);
    assert.equal(out.trim(), `bytes [${Array.from(expected).join(', ')}]`);
  });

  it('merge_all merges the SUMMARIES collection in order; collections= and scope= choose what joins', () => {
    const py = pySession(tempDir('summerge'));
    const out = py.run([...prelude,
      'print(tf.summary.merge_all())',
      'x = tf.placeholder(tf.float32, [])',
      'tf.summary.scalar("a", x)',
      'with tf.name_scope("inner"):',
      '    tf.summary.scalar("b", x * 2)',
      'tf.summary.scalar("c", x * 3, collections=["mine"])',
      'm = tf.summary.merge_all()',
      'only_inner = tf.summary.merge_all(scope="inner")',
      'mine = tf.summary.merge_all(key="mine")',
      'print(m.name, m.op.type, only_inner.name, mine.name)',
      'sess = tf.Session()',
      'for t in [m, only_inner, mine]:',
      '    s = tf.Summary.FromString(sess.run(t, {x: 1.5})) if hasattr(tf.Summary, "FromString") else None',
      '    s = tf.Summary()',
      '    s.ParseFromString(sess.run(t, {x: 1.5}))',
      '    print([(v.tag, v.simple_value) for v in s.value])',
      'manual = tf.summary.merge([tf.get_collection("mine")[0], tf.get_collection("summaries")[0]], name="both")',
      'print(manual.name)',
    ]);
    assert.equal(out, [
      'None',
      'Merge/MergeSummary:0 MergeSummary Merge_1/MergeSummary:0 Merge_2/MergeSummary:0',
      "[('a', 1.5), ('inner/b', 3.0)]",
      "[('inner/b', 3.0)]",
      "[('c', 4.5)]",
      'both/both:0', '',
    ].join('\n'));
  });

  it('image takes max_outputs positionally (PNG per image); a repeated tag in a merge is InvalidArgumentError', () => {
    const py = pySession(tempDir('sumimg'));
    const out = py.run([...prelude,
      'imgs = tf.constant(np.arange(5 * 2 * 3 * 1, dtype=np.float32).reshape(5, 2, 3, 1))',
      'i = tf.summary.image("digits", imgs, 2)',
      'sess = tf.Session()',
      's = tf.Summary()',
      's.ParseFromString(sess.run(i))',
      'print([(v.tag, v.image.height, v.image.width, v.image.colorspace, bytes(v.image.encoded_image_string[1:4])) for v in s.value])',
      'dup = tf.summary.merge([tf.summary.scalar("z", 1.0, collections=[]), tf.summary.scalar("z", 2.0, collections=[], family="z")])',
      'try:',
      '    sess.run(tf.summary.merge([i, i]))',
      'except tf.errors.InvalidArgumentError as e:',
      '    print("InvalidArgumentError", e.message.splitlines()[0])',
    ]);
    assert.equal(out, [
      "[('digits/image/0', 2, 3, 1, b'PNG'), ('digits/image/1', 2, 3, 1, b'PNG')]",
      'InvalidArgumentError Duplicate tag digits/image/0 found in summary inputs', '',
    ].join('\n'));
  });

  it('TF\'s errors: text needs a string tensor, audio needs 2-D or 3-D clips and a positive rate, scalar needs rank 0', () => {
    const py = pySession(tempDir('sumerr'));
    const run = (line: string) => {
      try { py.run([...prelude, line]); return 'no error'; } catch (e) { return (e as Error).message.trim().split('\n').pop()!; }
    };
    assert.equal(run('tf.summary.text("t", tf.constant(1.0))'), 'ValueError: Expected tensor Const:0 to have dtype string, got float32');
    assert.match(run('tf.Session().run(tf.summary.audio("a", tf.zeros([10]), 8000))'), /InvalidArgumentError: Tensor must be 3-D or 2-D, got: \[10\]/);
    assert.match(run('tf.Session().run(tf.summary.audio("a", tf.zeros([1, 10]), 0))'), /InvalidArgumentError: sample_rate must be > 0/);
    assert.match(run('tf.summary.scalar("s", tf.zeros([3]))'), /^ValueError: Shape must be rank 0 but is rank 1/);
    assert.match(run('tf.summary.scalar("s", 1.0, collections="x")'), /^TypeError: collections must be a list or tuple of strings/);
  });
});
