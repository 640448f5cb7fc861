// tf.Print and tf.print as the real kernel process sends them: their text arrives as the cell's
// stderr stream (tf.print with output_stream=sys.stdout as stdout), in order with print's output,
// where TF would write to the process's stderr that a notebook hides.
import assert from 'node:assert/strict';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink } from './helpers';

describe('kernel: tf.Print and tf.print write into the cell output', function () {
  this.timeout(60_000);
  let kernel: KernelClient | undefined;
  afterEach(async () => { await kernel?.dispose(); kernel = undefined; });

  it('streams tf.Print to stderr and tf.print to the stream it names', async () => {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    const r = await kernel.run([
      'import sys',
      'import tensorflow as tf',
      'x = tf.constant([1.0, 2.0, 3.0])',
      'logged = tf.Print(x, [x, tf.reduce_sum(x)], message="x and sum: ")',
      'shown = tf.print("x =", x, output_stream=sys.stdout)',
      'sess = tf.Session()',
      'print("before")',
      'sess.run(logged)',
      'sess.run(shown)',
      'print("after")',
    ].join('\n'), undefined, sink);
    assert.deepEqual(r, { status: 'ok' }, sink.text('stderr'));
    assert.equal(sink.text('stderr'), 'x and sum: [1 2 3][6]\n');
    assert.equal(sink.text('stdout'), 'before\nx = [1 2 3]\nafter\n');
  });
});
