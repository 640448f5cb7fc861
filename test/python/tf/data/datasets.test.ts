// tf.data in TF1 graph mode: dataset structure (output_types / output_shapes), iterators
// (one-shot, initializable with a fed placeholder, reusable from_structure), map / filter traced
// once into a function, batch / padded_batch, shuffle's buffer semantics, repeat / take / skip /
// cache, TextLineDataset with decode_csv, the OutOfRangeError ("End of sequence") that ends an
// epoch, and a small model trained from a dataset.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { py, pyError } from './run';

const drain = (it: string) => [
  'def drain(t, sess):',
  '    out = []',
  '    while True:',
  '        try:',
  '            out.append(sess.run(t))',
  '        except tf.errors.OutOfRangeError:',
  '            return out',
  `sess = tf.Session()`,
  it,
];

describe('tf.data datasets and iterators', () => {
  it('structure: output_types and output_shapes of slices, tuples, dicts and zip', () => {
    const out = py([
      'a = tf.data.Dataset.from_tensor_slices(tf.zeros([4, 10]))',
      'b = tf.data.Dataset.from_tensor_slices((tf.zeros([4]), tf.zeros([4, 3], tf.int32)))',
      "c = tf.data.Dataset.from_tensor_slices({'x': np.arange(6.0).reshape(3, 2), 'y': [1, 2, 3]})",
      'print(a.output_types, a.output_shapes)',
      'print(b.output_types, b.output_shapes)',
      'print(c.output_types, c.output_shapes)',
      'print(tf.data.Dataset.zip((a, b)).output_shapes, tf.data.Dataset.range(3).output_types)',
      'print(isinstance(a, tf.data.Dataset), a.batch(2).output_shapes, a.batch(2, drop_remainder=True).output_shapes)',
    ]);
    assert.equal(out, [
      "<dtype: 'float32'> (10,)",
      "(tf.float32, tf.int32) (TensorShape([]), TensorShape([Dimension(3)]))",
      "{'x': tf.float64, 'y': tf.int32} {'x': TensorShape([Dimension(2)]), 'y': TensorShape([])}",
      "(TensorShape([Dimension(10)]), (TensorShape([]), TensorShape([Dimension(3)]))) <dtype: 'int64'>",
      'True (?, 10) (2, 10)', '',
    ].join('\n'));
  });

  it('one-shot iterator: every element once, then OutOfRangeError "End of sequence"', () => {
    const out = py([
      'n = tf.data.Dataset.range(2, 8, 2).make_one_shot_iterator().get_next()',
      'sess = tf.Session()',
      'print([sess.run(n) for _ in range(3)], n.dtype, n.shape)',
      'try:',
      '    sess.run(n)',
      'except tf.errors.OutOfRangeError as e:',
      "    print(type(e).__name__, e.message.split('\\n')[0], '[[node IteratorGetNext]]' in e.message)",
    ]);
    assert.equal(out, "[2, 4, 6] <dtype: 'int64'> ()\nOutOfRangeError End of sequence True\n");
  });

  it('initializable iterator: re-initializing restarts and re-reads the fed placeholder; uninitialized is TF\'s error', () => {
    const out = py([
      'limit = tf.placeholder(tf.int64, [])',
      'it = tf.data.Dataset.range(limit).make_initializable_iterator()',
      'nxt = it.get_next()',
      'sess = tf.Session()',
      ...drain('').slice(0, 7),
      'sess.run(it.initializer, {limit: 3})',
      'print(drain(nxt, sess))',
      'sess.run(it.initializer, {limit: 2})',
      'print(drain(nxt, sess))',
    ]);
    assert.equal(out, '[0, 1, 2]\n[0, 1]\n');
    assert.match(pyError([
      'it = tf.data.Dataset.range(3).make_initializable_iterator()', 'tf.Session().run(it.get_next())',
    ]), /FailedPreconditionError: GetNext\(\) failed because the iterator has not been initialized\. Ensure that you have run the initializer operation for this iterator before getting the next element\./);
  });

  it('map spreads tuples, takes dicts, captures outer tensors at initialization; filter keeps matching elements', () => {
    const out = py(drain([
      'scale = tf.placeholder(tf.float32, [])',
      'ds = tf.data.Dataset.from_tensor_slices((np.array([1., 2., 3., 4.], np.float32), np.array([0, 1, 0, 1])))',
      'ds = ds.map(lambda x, y: {"v": x * scale, "even": tf.equal(y, 0)})',
      'ds = ds.filter(lambda d: d["even"])',
      'it = ds.make_initializable_iterator()',
      'el = it.get_next()',
      "print(sorted(el.keys()), el['v'].dtype)",
      'sess.run(it.initializer, {scale: 10.0})',
      "print([float(d['v']) for d in drain(el, sess)])",
      'sess.run(it.initializer, {scale: -1.0})',
      "print([float(d['v']) for d in drain(el, sess)])",
      'sq = tf.data.Dataset.range(4).map(lambda i: [i * i, tf.cast(i, tf.float32)])',
      'print(sq.output_types, drain(sq.make_one_shot_iterator().get_next(), sess)[-1])',
    ].join('\n')));
    assert.equal(out, "['even', 'v'] <dtype: 'float32'>\n[10.0, 30.0]\n[-1.0, -3.0]\n(tf.int64, tf.float32) (9, 3.0)\n");
  });

  it('batch keeps or drops the remainder; padded_batch pads to the longest or a fixed size', () => {
    const out = py(drain([
      'r = tf.data.Dataset.range(5)',
      'print(drain(r.batch(2).make_one_shot_iterator().get_next(), sess))',
      'print(drain(r.batch(2, drop_remainder=True).make_one_shot_iterator().get_next(), sess))',
      'rows = tf.data.Dataset.range(1, 4).map(lambda x: tf.fill([tf.cast(x, tf.int32)], x))',
      'p = rows.padded_batch(2, padded_shapes=[None]).make_one_shot_iterator().get_next()',
      'print(p.shape, [b.tolist() for b in drain(p, sess)])',
      'q = rows.padded_batch(3, padded_shapes=[4], padding_values=tf.constant(-1, tf.int64)).make_one_shot_iterator().get_next()',
      'print(q.shape, sess.run(q).tolist())',
    ].join('\n')));
    assert.equal(out, [
      '[array([0, 1]), array([2, 3]), array([4])]',
      '[array([0, 1]), array([2, 3])]',
      '(?, ?) [[[1, 0], [2, 2]], [[3, 3, 3]]]',
      '(?, 4) [[1, -1, -1, -1], [2, 2, -1, -1], [3, 3, 3, -1]]', '',
    ].join('\n'));
    assert.match(pyError([
      'ds = tf.data.Dataset.range(1, 3).map(lambda x: tf.fill([tf.cast(x, tf.int32)], x)).batch(2)',
      'tf.Session().run(ds.make_one_shot_iterator().get_next())',
    ]), /InvalidArgumentError: Cannot batch tensors with different shapes in component 0\. First element had shape \[1\] and element 1 had shape \[2\]\./);
  });

  it('shuffle: buffer 1 keeps the order, a full buffer permutes, a seed repeats across sessions, each epoch reshuffles', () => {
    const out = py(drain([
      'def values(ds):',
      '    s = tf.Session()',
      '    return [int(v) for v in drain(ds.make_one_shot_iterator().get_next(), s)]',
      'r = tf.data.Dataset.range(20)',
      'print(values(r.shuffle(1)) == list(range(20)))',
      'a = values(r.shuffle(100, seed=7))',
      'print(sorted(a) == list(range(20)), a != list(range(20)), a == values(r.shuffle(100, seed=7)))',
      'two = values(r.shuffle(20, seed=3).repeat(2))',
      'print(sorted(two[:20]) == list(range(20)), two[:20] != two[20:])',
      'fixed = values(r.shuffle(20, seed=3, reshuffle_each_iteration=False).repeat(2))',
      'print(fixed[:20] == fixed[20:])',
      // With buffer 3 the first output is one of the first 3 inputs.
      'print(all(values(r.shuffle(3, seed=s))[0] < 3 for s in range(5)))',
    ].join('\n')));
    assert.equal(out, 'True\nTrue True True\nTrue True\nTrue\nTrue\n');
  });

  it('repeat, take, skip, concatenate, prefetch and cache', () => {
    const out = py(drain([
      'r = tf.data.Dataset.range(4)',
      'g = lambda ds: [int(v) for v in drain(ds.make_one_shot_iterator().get_next(), sess)]',
      'print(g(r.skip(1).take(2).repeat(2)), g(r.take(-1)), g(r.repeat(0)), g(r.concatenate(tf.data.Dataset.range(7, 9))))',
      'print(g(r.prefetch(tf.data.experimental.AUTOTUNE).take(2)))',
      // The cached pass replays the first, so the random map runs once per element.
      'noisy = r.map(lambda x: tf.random_uniform([])).cache().repeat(2)',
      'vals = drain(noisy.make_one_shot_iterator().get_next(), sess)',
      'print(len(vals), list(vals[:4]) == list(vals[4:]))',
    ].join('\n')));
    assert.equal(out, '[1, 2, 1, 2] [0, 1, 2, 3] [] [0, 1, 2, 3, 7, 8]\n[0, 1]\n8 True\n');
  });

  it('Iterator.from_structure serves two datasets; mismatched types and missing initializers are TF\'s errors', () => {
    const out = py(drain([
      'train = tf.data.Dataset.from_tensor_slices((np.zeros([4, 2], np.float32), np.arange(4))).batch(2)',
      'test = tf.data.Dataset.from_tensor_slices((np.ones([3, 2], np.float32), np.arange(3))).batch(3)',
      'it = tf.data.Iterator.from_structure(train.output_types, train.output_shapes)',
      'x, y = it.get_next()',
      'train_init, test_init = it.make_initializer(train), it.make_initializer(test)',
      'sess.run(train_init)',
      'print(len(drain(y, sess)))',
      'sess.run(test_init)',
      'print(sess.run(x).sum(), x.shape)',
    ].join('\n')));
    assert.equal(out, '2\n6.0 (?, 2)\n');
    assert.match(pyError([
      'it = tf.data.Iterator.from_structure(tf.int64, tf.TensorShape([]))',
      'it.make_initializer(tf.data.Dataset.from_tensors(1.0))',
    ]), /TypeError: Expected output types tf\.int64 but got dataset with output types tf\.float32\./);
    assert.match(pyError(['tf.data.Dataset.range(3).make_one_shot_iterator().initializer']), /ValueError: Iterator does not have an initializer\./);
  });

  it('TextLineDataset with skip(1) and decode_csv in map', () => {
    const file = path.join(os.tmpdir(), `gradbook-data-${process.pid}.csv`);
    fs.writeFileSync(file, 'x,label\n1.5,0\n2.5,1\r\n3.5,1\n');
    try {
      const out = py(drain([
        `ds = tf.data.TextLineDataset(${JSON.stringify(file)}).skip(1)`,
        'ds = ds.map(lambda line: tuple(tf.decode_csv(line, [[0.0], [0]]))).batch(2)',
        'print(drain(ds.make_one_shot_iterator().get_next(), sess))',
      ].join('\n')));
      assert.equal(out, '[(array([1.5, 2.5], dtype=float32), array([0, 1], dtype=int32)), (array([3.5], dtype=float32), array([1], dtype=int32))]\n');
    } finally { fs.unlinkSync(file); }
  });

  it('trains a linear model from a shuffled, batched, repeated dataset', () => {
    const out = py([
      'xs = np.linspace(-1, 1, 64).astype(np.float32)',
      'ys = (3 * xs - 0.5).astype(np.float32)',
      'ds = tf.data.Dataset.from_tensor_slices((xs, ys)).shuffle(64, seed=1).batch(16).repeat()',
      'x, y = ds.make_one_shot_iterator().get_next()',
      'w = tf.Variable(0.0)',
      'b = tf.Variable(0.0)',
      'loss = tf.reduce_mean(tf.square(w * x + b - y))',
      'train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)',
      'sess = tf.Session()',
      'sess.run(tf.global_variables_initializer())',
      'for _ in range(200):',
      '    sess.run(train)',
      'wv, bv = sess.run([w, b])',
      "print('%.3f %.3f' % (wv, bv))",
    ]);
    assert.equal(out, '3.000 -0.500\n');
  });
});
