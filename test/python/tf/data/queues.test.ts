// TF1 queue input pipelines without threads: queue ops and their TF texts, RandomShuffleQueue's
// min_after_dequeue, padding, dequeue_up_to after close, and a course-lab style CSV pipeline
// (string_input_producer + TextLineReader + decode_csv + shuffle_batch + Coordinator) whose
// runners run cooperatively and end with OutOfRangeError after num_epochs; an interrupt stops them.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InterruptError } from '../../../../src/engine/errors';
import { py, pyError, run } from './run';

describe('tf queues and queue runners', () => {
  it('FIFOQueue: enqueue_many, dequeue, size, close, and TF\'s closed-queue errors', () => {
    const out = py([
      'q = tf.FIFOQueue(5, [tf.int32, tf.float32], shapes=[[], [2]])',
      'fill = q.enqueue_many(([1, 2, 3], np.ones([3, 2], np.float32)))',
      'a, b = q.dequeue()',
      'many = q.dequeue_many(2)',
      'sess = tf.Session()',
      'sess.run(fill)',
      'print(sess.run(q.size()), sess.run(a), b.shape, many[0].shape, sess.run(many)[0])',
      'sess.run(q.close())',
      'for op in [q.dequeue(), q.enqueue((1, [0., 0.]))]:',
      '    try:',
      '        sess.run(op)',
      '    except (tf.errors.OutOfRangeError, tf.errors.CancelledError) as e:',
      "        print(type(e).__name__, e.message.split('\\n')[0])",
    ]);
    assert.equal(out, [
      '3 1 (2,) (2,) [2 3]',
      "OutOfRangeError FIFOQueue '_0_fifo_queue' is closed and has insufficient elements (requested 1, current size 0)".replace('_0_', out.match(/'(_\d+_)fifo_queue'/)![1]),
      `CancelledError FIFOQueue '${out.match(/'(_\d+_fifo_queue)'/)![1]}' is closed.`, '',
    ].join('\n'));
  });

  it('RandomShuffleQueue keeps min_after_dequeue until closed; dequeue_up_to drains the rest', () => {
    const out = py([
      'q = tf.RandomShuffleQueue(10, 3, tf.int32, shapes=[[]], seed=1)',
      'sess = tf.Session()',
      'sess.run(q.enqueue_many([[1, 2, 3, 4, 5]]))',
      'got = [sess.run(q.dequeue()) for _ in range(2)]',
      'print(sess.run(q.size()), all(1 <= g <= 5 for g in got))',
      'try:',
      '    sess.run(q.dequeue())',
      'except tf.errors.FailedPreconditionError as e:',
      "    print('would block')",
      'sess.run(q.close())',
      'rest = sess.run(q.dequeue_up_to(10))',
      'print(sorted(got + rest.tolist()))',
      'p = tf.PaddingFIFOQueue(4, tf.int32, shapes=[[None]])',
      'sess.run(p.enqueue([[1]])); sess.run(p.enqueue([[2, 2, 2]]))',
      'print(sess.run(p.dequeue_many(2)).tolist())',
    ]);
    assert.equal(out, '3 True\nwould block\n[1, 2, 3, 4, 5]\n[[1, 0, 0], [2, 2, 2]]\n');
  });

  it('a dequeue nothing can feed raises instead of hanging', () => {
    assert.match(pyError(['q = tf.FIFOQueue(2, tf.float32)', 'tf.Session().run(q.dequeue())']),
      /FailedPreconditionError: Dequeue from FIFOQueue '_\d+_fifo_queue' would block forever: it holds 0 elements, 1 requested/);
  });

  describe('course-lab CSV pipeline', () => {
    const dir = path.join(os.tmpdir(), `gradbook-queues-${process.pid}`);
    before(() => {
      fs.mkdirSync(dir, { recursive: true });
      // y = 2x + 1 on 12 points over two files, each with a header line.
      const rows = (xs: number[]) => ['x,y', ...xs.map(x => `${x},${2 * x + 1}`)].join('\n') + '\n';
      fs.writeFileSync(path.join(dir, 'a.csv'), rows([0, 1, 2, 3, 4, 5]));
      fs.writeFileSync(path.join(dir, 'b.csv'), rows([6, 7, 8, 9, 10, 11]));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const pipeline = (epochs: number) => [
      `files = [${JSON.stringify(path.join(dir, 'a.csv'))}, ${JSON.stringify(path.join(dir, 'b.csv'))}]`,
      `filename_queue = tf.train.string_input_producer(files, num_epochs=${epochs}, seed=2)`,
      'reader = tf.TextLineReader(skip_header_lines=1)',
      'key, value = reader.read(filename_queue)',
      'x, y = tf.decode_csv(value, record_defaults=[[0.0], [0.0]])',
      'xb, yb = tf.train.shuffle_batch([x, y], batch_size=4, capacity=10, min_after_dequeue=4, seed=3, allow_smaller_final_batch=True)',
    ];

    it('every row once per epoch, then OutOfRangeError; coord.join returns', () => {
      const out = py([
        ...pipeline(2),
        'seen = []',
        'with tf.Session() as sess:',
        '    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])',
        '    coord = tf.train.Coordinator()',
        '    threads = tf.train.start_queue_runners(sess=sess, coord=coord)',
        '    try:',
        '        while not coord.should_stop():',
        '            bx, by = sess.run([xb, yb])',
        '            assert (by == 2 * bx + 1).all()',
        '            seen.extend(bx.tolist())',
        '    except tf.errors.OutOfRangeError:',
        "        print('Done training -- epoch limit reached')",
        '    finally:',
        '        coord.request_stop()',
        '    coord.join(threads)',
        'print(len(threads), sorted(seen) == sorted(list(range(12)) * 2), seen != sorted(seen))',
      ]);
      assert.equal(out, 'Done training -- epoch limit reached\n2 True True\n');
    });

    it('without local_variables_initializer the epoch counter is uninitialized, as in TF', () => {
      assert.match(pyError([...pipeline(1), 'sess = tf.Session()', 'tf.train.start_queue_runners(sess)', 'sess.run(xb)']),
        /FailedPreconditionError: Attempting to use uninitialized value input_producer\/limit_epochs\/epochs/);
    });

    it('trains a model from the batches', () => {
      const out = py([
        ...pipeline(60),
        'w = tf.Variable(0.0); b = tf.Variable(0.0)',
        'loss = tf.reduce_mean(tf.square(w * xb / 10.0 + b - yb / 10.0))',
        'train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)',
        'with tf.Session() as sess:',
        '    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])',
        '    coord = tf.train.Coordinator()',
        '    threads = tf.train.start_queue_runners(sess, coord)',
        '    steps = 0',
        '    try:',
        '        while True:',
        '            sess.run(train); steps += 1',
        '    except tf.errors.OutOfRangeError:',
        '        pass',
        '    coord.request_stop(); coord.join(threads)',
        "    print(steps, '%.2f %.2f' % tuple(sess.run([w, b])))",
      ]);
      assert.equal(out, '180 2.00 0.10\n');
    });

    it('an interrupt stops the runners and the kernel lives on', () => {
      let calls = 0;
      const r = run([...pipeline(1000000), 'sess = tf.Session()', 'sess.run(tf.local_variables_initializer())', 'tf.train.start_queue_runners(sess)',
        'while True:', '    sess.run(xb)'], () => { if (++calls > 20000) throw new InterruptError(); });
      assert.match(r.error ?? '', /KeyboardInterrupt/);
    });
  });
});
