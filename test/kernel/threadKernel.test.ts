// The kernel hosted as a worker thread of this process (host: 'thread', what `gradbook run` uses):
// the interrupt flag, a cell over the memory limit and a failing worker must end the kernel
// thread only, reported as the kernel's crash, with this process (the host) alive and able to
// start the next kernel.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink, until } from './helpers';

describe('kernel as a thread of the host process', function () {
  this.timeout(120_000);
  let kernel: KernelClient;
  afterEach(async () => { await kernel?.dispose(); });

  async function nextCellRuns(): Promise<void> {
    const sink = new RecordingSink();
    assert.deepEqual(await kernel.run("print('alive')\n6 * 7", undefined, sink), { status: 'ok', value: { 'text/plain': '42' } });
    assert.equal(sink.text(), 'alive\n');
  }

  it('runs in this process (no kernel pid) and interrupts a running cell with KeyboardInterrupt, keeping the state', async () => {
    kernel = pythonKernel({ host: 'thread' });
    await kernel.run("x = 'trained'", '<cell 1>', new RecordingSink());
    assert.equal(kernel.pid, undefined);
    const sink = new RecordingSink();
    const spinning = kernel.run("print('spinning')\nwhile True:\n    pass", '<cell 2>', sink);
    await until(() => sink.text() === 'spinning\n');
    assert.equal(await kernel.interrupt(), 'interrupted');
    const r = await spinning;
    assert.equal(r.status === 'error' && r.error.traceback.at(-1), 'KeyboardInterrupt');
    assert.deepEqual(await kernel.run('x', '<cell 3>', new RecordingSink()), { status: 'ok', value: { 'text/plain': "'trained'" } });
  });

  it('ends a kernel thread that ignores the interrupt and starts a fresh one', async () => {
    kernel = pythonKernel({ host: 'thread', interruptTimeoutMs: 1000 });
    const sink = new RecordingSink();
    const stuck = kernel.run("print('stuck')\nwhile True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass", undefined, sink);
    await until(() => sink.text() === 'stuck\n');
    assert.equal(await kernel.interrupt(), 'restarted');
    assert.equal((await stuck).status, 'lost');
    await nextCellRuns();
  });

  it('a cell over the memory limit (the worker heap limit) ends the kernel thread as an out-of-memory crash, not this process', async () => {
    kernel = pythonKernel({ host: 'thread', memoryLimitMb: 256, memoryLimitSource: "the test's limit" });
    const lost: string[] = [];
    kernel.onStateLost((_, cause) => lost.push(cause));
    await kernel.run("kept = 'before'", undefined, new RecordingSink());
    // A dict of small lists: V8 heap the interpreter's own budget check does not see.
    const r = await kernel.run('d = {}\ni = 0\nwhile True:\n    d[i] = [i]\n    i += 1', undefined, new RecordingSink());
    if (r.status === 'error') assert.equal(r.error.ename, 'MemoryError');
    else {
      assert.equal(r.status === 'lost' && r.reason, "The kernel crashed (out of memory) and was restarted; all variables and graph state were lost. Its memory limit is 256 MB (the test's limit).");
      assert.deepEqual(lost, ['crash']);
      const after = await kernel.run('kept', undefined, new RecordingSink());
      assert.equal(after.status === 'error' && after.error.ename, 'NameError', 'the state went with the ended thread');
    }
    await nextCellRuns();
  });

  describe('a worker that fails', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-thread-kernel-'));
    const script = (name: string, text: string) => { const f = path.join(dir, name); fs.writeFileSync(f, text); return f; };

    it('an internal error is the kernel\'s crash, named "an internal error", its stack in the log', async () => {
      const log: string[] = [];
      kernel = pythonKernel({ host: 'thread', restartAfterCrash: false, kernelScript: script('throws.js', "throw new Error('worker start failed');\n"), log: (t) => log.push(t) });
      const r = await kernel.run('1', undefined, new RecordingSink());
      assert.deepEqual(r, { status: 'lost', reason: 'The kernel crashed (an internal error); all variables and graph state were lost.' });
      assert.match(log.join(''), /kernel worker error: Error: worker start failed/);
    });

    it('a worker that exits says so with its exit code', async () => {
      kernel = pythonKernel({ host: 'thread', restartAfterCrash: false, kernelScript: script('exits.js', 'process.exit(3);\n') });
      const r = await kernel.run('1', undefined, new RecordingSink());
      assert.deepEqual(r, { status: 'lost', reason: 'The kernel crashed (the kernel thread exited with code 3); all variables and graph state were lost.' });
    });
  });
});
