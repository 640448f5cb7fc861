// The NaN/Inf warning as the real kernel process sends it: a display output in the cell that ran
// the bad step, markdown with a command link to the op in the graph, and plain text for
// Jupyter and `gradbook run`; the setting turns it off.
import assert from 'node:assert/strict';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink } from './helpers';

const program = [
  'import tensorflow as tf',
  'x = tf.placeholder(tf.float32, [2])',
  'y = tf.log(x)',
  'loss = tf.reduce_sum(y)',
  'sess = tf.Session()',
  'print(sess.run(loss, {x: [0.0, 1.0]}))',
].join('\n');

async function displays(kernel: KernelClient) {
  const sink = new RecordingSink();
  const result = await kernel.run(program, undefined, sink);
  assert.equal(result.status, 'ok', JSON.stringify(result));
  return { sink, shown: sink.events.filter((e) => e.kind === 'display').map((e) => (e as { data: Record<string, unknown> }).data) };
}

describe('kernel: NaN/Inf origin warning', function () {
  this.timeout(60_000);
  let kernel: KernelClient | undefined;
  afterEach(async () => { await kernel?.dispose(); kernel = undefined; });

  it('shows which op produced -inf, the line that created it and a link to the graph', async () => {
    kernel = pythonKernel();
    const { sink, shown } = await displays(kernel);
    assert.equal(sink.text(), '-inf\n');
    assert.equal(shown.length, 1);
    const md = String(shown[0]['text/markdown']);
    const text = String(shown[0]['text/plain']);
    assert.match(text, /^Warning: NaN\/Inf in sess\.run #1: the first op to produce it was Log \(Log\)/);
    assert.match(text, /created at line 3: y = tf\.log\(x\)/);
    assert.match(text, /Placeholder:0 float32\[2\]: min 0, max 1, mean 0\.5/);
    assert.match(text, /non-finite results: Sum:0 \(fetched\)/);
    assert.match(md, /\[Show Log in the graph\]\(command:gradbook\.showGraph\?%5B%22Log%22%5D\)/);
  });

  it('gradbook.nanCheck.enabled = false (nanCheck: false) shows nothing', async () => {
    kernel = pythonKernel({ session: { nanCheck: false } });
    const { shown } = await displays(kernel);
    assert.deepEqual(shown, []);
  });
});
