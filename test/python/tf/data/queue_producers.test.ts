// The queue input pipelines issue 11 lists that queues.test.ts does not drive: slice_input_producer
// + tf.train.batch (one epoch, a smaller final batch, then OutOfRangeError), WholeFileReader
// (key = file name, value = whole contents), input_producer + batch_join (one enqueue per
// tensor list) and range_input_producer + shuffle_batch_join (every element once).
import { strict as assert } from 'assert';
import { py } from './run';

const RUN_ALL = (fetch: string) => [
  'sess = tf.Session()', 'sess.run(tf.local_variables_initializer())', 'coord = tf.train.Coordinator()',
  'threads = tf.train.start_queue_runners(sess, coord)', 'rows = []', 'try:', '    while True:',
  `        rows.append(sess.run(${fetch}))`, 'except tf.errors.OutOfRangeError as e:', '    print(type(e).__name__)',
  'coord.request_stop()', 'coord.join(threads)',
];

describe('queue input producers and batching', () => {
  it('slice_input_producer slices tensors row by row; tf.train.batch groups them, allow_smaller_final_batch keeps the rest', () => {
    const out = py([
      'images = tf.constant(np.arange(10, dtype=np.float32).reshape(5, 2))',
      'labels = tf.constant(np.arange(5, dtype=np.int32))',
      'img, lab = tf.train.slice_input_producer([images, labels], num_epochs=1, shuffle=False)',
      'bx, by = tf.train.batch([img, lab], batch_size=2, allow_smaller_final_batch=True)',
      'print(bx.get_shape(), by.get_shape())',
      ...RUN_ALL('[bx, by]'),
      'print([(x.tolist(), y.tolist()) for x, y in rows])',
    ]);
    assert.equal(out, ['(?, 2) (?,)', 'OutOfRangeError',
      '[([[0.0, 1.0], [2.0, 3.0]], [0, 1]), ([[4.0, 5.0], [6.0, 7.0]], [2, 3]), ([[8.0, 9.0]], [4])]', ''].join('\n'));
  });
  it('WholeFileReader reads each queued file whole: (file name, contents)', () => {
    const out = py([
      'import os, tempfile', 'd = tempfile.mkdtemp()',
      "for i, text in enumerate(['alpha', 'beta\\ngamma']):", "    with open(os.path.join(d, 'f%d.txt' % i), 'w') as f:", '        f.write(text)',
      "q = tf.train.string_input_producer([os.path.join(d, 'f0.txt'), os.path.join(d, 'f1.txt')], num_epochs=1, shuffle=False)",
      'key, value = tf.WholeFileReader().read(q)',
      'sess = tf.Session()', 'sess.run(tf.local_variables_initializer())', 'tf.train.start_queue_runners(sess)',
      'for _ in range(2):', '    k, v = sess.run([key, value])', '    print(os.path.basename(k.decode()), v)',
    ]);
    assert.equal(out, "f0.txt b'alpha'\nf1.txt b'beta\\ngamma'\n");
  });
  it('batch_join: each tensor list is its own enqueue; every produced row lands in a batch once', () => {
    const out = py([
      'q = tf.train.input_producer(tf.constant([[1, 2], [3, 4], [5, 6]]), num_epochs=1, shuffle=False)',
      'x = q.dequeue()',
      'b = tf.train.batch_join([[x], [x * 10]], batch_size=2, allow_smaller_final_batch=True)',
      'print(b.get_shape())', ...RUN_ALL('b'),
      'flat = [r for batch in rows for r in batch.tolist()]',
      'print(len(flat), sorted(r[0] if r[0] < 10 else r[0] // 10 for r in flat), [len(batch) for batch in rows])',
    ]);
    assert.equal(out, '(?, 2)\nOutOfRangeError\n3 [1, 3, 5] [2, 1]\n');
  });
  it('shuffle_batch_join over range_input_producer: every element exactly once per epoch', () => {
    const out = py([
      'r = tf.train.range_input_producer(6, num_epochs=1, shuffle=False).dequeue()',
      's = tf.train.shuffle_batch_join([[r]], batch_size=3, capacity=6, min_after_dequeue=0, seed=1, allow_smaller_final_batch=True)',
      ...RUN_ALL('s'), 'print(sorted(v for batch in rows for v in batch.tolist()))',
    ]);
    assert.equal(out, 'OutOfRangeError\n[0, 1, 2, 3, 4, 5]\n');
  });
});
