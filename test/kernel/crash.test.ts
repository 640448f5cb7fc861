// No cell may end the host: cells that exhaust memory, or ask for arrays longer than V8 can hold,
// end at worst the kernel process. This mocha process plays the extension host, driving the same
// KernelClient the extension uses; each test ends with the host alive and a next cell running.
import assert from 'node:assert/strict';
import type { CellResult, KernelClient, StateLossCause } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink, until } from './helpers';

const crashMessage = /^The kernel crashed \(out of memory\??\) and was restarted; all variables and graph state were lost\. Its memory limit is 256 MB \(the test's limit\)\.$/;

/** The cell failed cleanly: a Python MemoryError, or the kernel crashed and said why. */
function assertOutOfMemory(r: CellResult): void {
  if (r.status === 'error') assert.equal(r.error.ename, 'MemoryError', r.error.traceback.join('\n'));
  else assert.match(r.status === 'lost' ? r.reason : JSON.stringify(r), crashMessage);
}

describe('kernel crashes never reach the host', function () {
  this.timeout(120_000);
  let kernel: KernelClient;
  let lost: StateLossCause[];
  beforeEach(async () => {
    kernel = pythonKernel({ memoryLimitMb: 256, memoryLimitSource: "the test's limit" });
    lost = [];
    kernel.onStateLost((_, cause) => lost.push(cause));
    assert.deepEqual(await kernel.run("kept = 'before'", undefined, new RecordingSink()), { status: 'ok' });
  });
  afterEach(async () => { await kernel?.dispose(); });

  async function nextCellRuns(): Promise<void> {
    const sink = new RecordingSink();
    const r = await kernel.run("print('alive')\n6 * 7", undefined, sink);
    assert.deepEqual(r, { status: 'ok', value: { 'text/plain': '42' } });
    assert.equal(sink.text(), 'alive\n');
  }

  for (const [title, source] of [
    ['a list longer than V8 arrays can be: [0]*(2*10**8)', 'x = [0]*(2*10**8)'],
    ['list(range(2*10**8))', 'x = list(range(2*10**8))'],
    ['a list that grows without end: while True: l.append(0)', 'l = []\nwhile True:\n    l.append(0)'],
  ]) {
    it(`survives ${title}, then runs the next cell`, async () => {
      const pid = kernel.pid;
      const r = await kernel.run(source, undefined, new RecordingSink());
      assertOutOfMemory(r);
      if (r.status === 'lost') {
        assert.deepEqual(lost, ['crash']);
        assert.notEqual(kernel.pid, pid, 'a fresh kernel process started at once');
        const after = await kernel.run('kept', undefined, new RecordingSink());
        assert.equal(after.status === 'error' && after.error.ename, 'NameError', 'the state went with the crashed kernel');
      }
      await nextCellRuns();
    });
  }

  it('survives V8 aborting the kernel process ("Fatal JavaScript invalid size error") under a budget large enough to reach it', async () => {
    await kernel.dispose();
    kernel = pythonKernel({ memoryLimitMb: 4096 });
    const r = await kernel.run('x = [0]*(2*10**8)', undefined, new RecordingSink());
    if (r.status === 'error') assert.equal(r.error.ename, 'MemoryError');
    else assert.match(r.status === 'lost' ? r.reason : '', /^The kernel crashed \(out of memory\??\) and was restarted;.* Its memory limit is 4096 MB\.$/);
    await nextCellRuns();
  });

  it('survives a huge ndarray: np.zeros((10**6, 10**6)) fails as a Python error or a crash', async () => {
    const r = await kernel.run('import numpy as np\nx = np.zeros((10**6, 10**6))', undefined, new RecordingSink());
    if (r.status === 'error') {
      // MemoryError once the engine checks its budget (numpy: "Unable to allocate 7.28 TiB").
      assert.match(r.error.traceback.at(-1)!, /^[A-Za-z]+Error: /);
      assert.ok(r.error.traceback.some((l) => l.includes('np.zeros((10**6, 10**6))')), r.error.traceback.join('\n'));
    } else assertOutOfMemory(r);
    await nextCellRuns();
  });

  it('survives the OS killing the kernel process (SIGKILL, as the OOM killer does)', async () => {
    const sink = new RecordingSink();
    const running = kernel.run("print('working')\nwhile True:\n    pass", undefined, sink);
    await until(() => sink.text() === 'working\n');
    process.kill(kernel.pid!, 'SIGKILL');
    const r = await running;
    assert.match(r.status === 'lost' ? r.reason : JSON.stringify(r), /^The kernel crashed \(killed by the system, out of memory\?\) and was restarted;/);
    await nextCellRuns();
  });

  it('a crash fails the running cell, cancels the queued ones and empties the Variables view', async () => {
    const snapshots: number[] = [];
    kernel.onVariables((s) => snapshots.push(s.globals.length));
    const crashing = kernel.run('x = [0]*(2*10**8)', undefined, new RecordingSink());
    const queued = kernel.run("print('never')", undefined, new RecordingSink());
    assertOutOfMemory(await crashing);
    if ((await crashing).status === 'lost') {
      assert.equal((await queued).status, 'cancelled');
      assert.equal(snapshots.at(-1), 0);
    }
  });

  it('without restartAfterCrash (the CLI) no new kernel starts until asked', async () => {
    await kernel.dispose();
    kernel = pythonKernel({ memoryLimitMb: 256, restartAfterCrash: false });
    const r = await kernel.run('x = [0]*(2*10**8)', undefined, new RecordingSink());
    if (r.status === 'lost') {
      assert.match(r.reason, /^The kernel crashed \(out of memory\??\); all variables and graph state were lost\./);
      assert.equal(kernel.pid, undefined);
    }
    await nextCellRuns();
  });
});
