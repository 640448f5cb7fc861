// The kernel machinery (queue, streams, interrupt, restart, progress) with real kernel processes,
// driven through KernelClient as the extension and the CLI drive it.
import assert from 'node:assert/strict';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink, until } from './helpers';

/** Catches every KeyboardInterrupt, so an interrupt never stops it. */
const ignoresInterrupts = `print('stuck')
while True:
    try:
        while True:
            pass
    except KeyboardInterrupt:
        pass`;

describe('KernelClient', function () {
  this.timeout(60_000);
  let kernel: KernelClient;
  afterEach(async () => { await kernel?.dispose(); });

  it('runs queued cells in order, numbering their executions', async () => {
    kernel = pythonKernel();
    const sinks = [new RecordingSink(), new RecordingSink(), new RecordingSink()];
    const results = await Promise.all([
      kernel.run("x = '1'\nprint('first')", '<cell 1>', sinks[0]),
      kernel.run("print('second')\nx", '<cell 2>', sinks[1]),
      kernel.run("print('third')", '<cell 3>', sinks[2]),
    ]);
    assert.deepEqual(sinks.map((s) => s.order), [1, 2, 3]);
    assert.deepEqual(sinks.map((s) => s.text()), ['first\n', 'second\n', 'third\n']);
    assert.deepEqual(results[1], { status: 'ok', value: { 'text/plain': "'1'" } });
    assert.deepEqual(results[2], { status: 'ok' });
  });

  it('streams stdout and stderr in the order they were written, while the cell still runs', async () => {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    const run = kernel.run("import sys, time\nprint('a')\nsys.stderr.write('b\\n')\nprint('c')\ntime.sleep(0.5)\nprint('d')", '<cell 1>', sink);
    await until(() => sink.text() === 'a\nc\n');
    const seenBeforeEnd = sink.text() + '|' + sink.text('stderr');
    await run;
    assert.equal(seenBeforeEnd, 'a\nc\n|b\n', 'output written before the sleep arrived while the cell was running');
    assert.deepEqual(sink.events.filter((e) => e.kind !== 'started').map((e) => `${e.kind}:${(e as { text: string }).text}`),
      ['stdout:a\n', 'stderr:b\n', 'stdout:c\n', 'stdout:d\n']);
  });

  it('shows display() values as mime bundles', async () => {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    const ok = await kernel.run("w = 'three'\ndisplay(w)", '<cell 1>', sink);
    assert.deepEqual(sink.events[1], { kind: 'display', data: { 'text/plain': "'three'" } });
    assert.deepEqual(ok, { status: 'ok' });
  });

  it('interrupts a running cell with KeyboardInterrupt, keeps the state and drops queued cells', async () => {
    kernel = pythonKernel();
    await kernel.run("x = 'trained'", '<cell 1>', new RecordingSink());
    const sink = new RecordingSink();
    const spinning = kernel.run("print('spinning')\nwhile True:\n    pass", '<cell 2>', sink);
    const queued = kernel.run("print('never')", '<cell 3>', new RecordingSink());
    await until(() => sink.text() === 'spinning\n');
    assert.equal(await kernel.interrupt(), 'interrupted');
    const r = await spinning;
    assert.equal(r.status === 'error' && r.error.ename, 'KeyboardInterrupt');
    const traceback = r.status === 'error' ? r.error.traceback : [];
    assert.equal(traceback.at(-1), 'KeyboardInterrupt');
    assert.match(traceback.join('\n'), /^Traceback \(most recent call last\):\n {2}File "<cell 2>", line [23], in <module>/);
    assert.equal((await queued).status, 'cancelled');
    assert.deepEqual(await kernel.run('x', '<cell 4>', new RecordingSink()), { status: 'ok', value: { 'text/plain': "'trained'" } });
  });

  it('an interrupt of a cell that already ended does not hit the next one', async () => {
    kernel = pythonKernel();
    assert.equal(await kernel.interrupt(), 'idle');
    const sink = new RecordingSink();
    assert.deepEqual(await kernel.run("import time\ntime.sleep(0.2)\n'slept'", '<cell 1>', sink), { status: 'ok', value: { 'text/plain': "'slept'" } });
  });

  it('replaces a kernel that ignores the interrupt, and says the state was lost', async () => {
    kernel = pythonKernel({ interruptTimeoutMs: 1000 });
    const lost: string[] = [];
    kernel.onStateLost((reason) => lost.push(reason));
    await kernel.run('x = 1', '<cell 1>', new RecordingSink());
    const sink = new RecordingSink();
    const stuck = kernel.run(ignoresInterrupts, '<cell 2>', sink);
    await until(() => sink.text() === 'stuck\n');
    assert.equal(await kernel.interrupt(), 'restarted');
    const r = await stuck;
    assert.equal(r.status, 'lost');
    assert.match(r.status === 'lost' ? r.reason : '', /did not stop within 1 s .*restarted.*state were lost/);
    assert.equal(lost.length, 1);
    const after = await kernel.run('x', '<cell 3>', new RecordingSink());
    assert.equal(after.status === 'error' && after.error.ename, 'NameError', 'the new kernel starts empty');
  });

  it('restart clears the state, the execution numbers and the variables', async () => {
    kernel = pythonKernel();
    const snapshots: number[] = [];
    kernel.onVariables((s) => snapshots.push(s.globals.length));
    await kernel.run("a = '1'\nb = '2'", '<cell 1>', new RecordingSink());
    await until(() => snapshots.length === 1);
    assert.deepEqual((await kernel.variables()).globals.map((g) => [g.name, g.value]), [['a', "'1'"], ['b', "'2'"]]);
    await kernel.restart();
    assert.deepEqual(snapshots, [2, 0]);
    assert.deepEqual((await kernel.variables()).globals, []);
    const sink = new RecordingSink();
    await kernel.run("print('again')", '<cell 1>', sink);
    assert.equal(sink.order, 1);
  });

  it('reports progress of a long loop: none in the first second, at most 10 a second, then a final one', async () => {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    await kernel.run('import time\nfor i in range(16):\n    time.sleep(0.1)', '<cell 1>', sink);
    const events = sink.progressEvents;
    assert.ok(events.length >= 2, `got ${events.length} progress events`);
    assert.ok(events[0].p.elapsedSeconds >= 1, 'first update after a second');
    const last = events.at(-1)!.p;
    assert.deepEqual([last.final, last.done, last.total], [true, 16, 16]);
    assert.ok(events.slice(0, -1).every((e) => !e.p.final && e.p.done < 16 && e.p.total === 16));
    for (let i = 1; i < events.length - 1; i++) assert.ok(events[i].p.elapsedSeconds - events[i - 1].p.elapsedSeconds >= 0.099);
  });

  it('sends no progress for a short loop', async () => {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    await kernel.run('import time\nfor i in range(5):\n    time.sleep(0.02)', '<cell 1>', sink);
    assert.equal(sink.progressEvents.length, 0);
  });

  it('gives the kernel the memory budget it was asked for: the V8 heap limit and the engine budget', async () => {
    kernel = pythonKernel({ memoryLimitMb: 700 });
    const ready = await kernel.start();
    assert.equal(ready?.memoryBudgetMb, 700);
    assert.ok(ready!.heapLimitMb >= 700 && ready!.heapLimitMb < 800, `heap limit ${ready!.heapLimitMb} MB`);
  });
});
