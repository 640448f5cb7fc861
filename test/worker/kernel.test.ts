// The kernel worker machinery with real worker threads, driven through KernelClient as the
// extension drives it. Commands are the scripted stand-in language (fixtures/scriptedBackend.ts).
import assert from 'node:assert/strict';
import { KernelClient, type CellResult } from '../../src/worker/kernelClient';
import { RecordingSink, scriptedKernel, until } from './helpers';

describe('kernel worker (scripted session)', function () {
  let kernel: KernelClient;
  afterEach(async () => { await kernel?.dispose(); });

  it('runs queued cells in order, numbering their executions', async () => {
    kernel = scriptedKernel();
    const sinks = [new RecordingSink(), new RecordingSink(), new RecordingSink()];
    const results = await Promise.all([
      kernel.run('set x 1\nprint first', '<cell 1>', sinks[0]),
      kernel.run('print second\nget x', '<cell 2>', sinks[1]),
      kernel.run('print third', '<cell 3>', sinks[2]),
    ]);
    assert.deepEqual(sinks.map((s) => s.order), [1, 2, 3]);
    assert.deepEqual(sinks.map((s) => s.text()), ['first\n', 'second\n', 'third\n']);
    assert.deepEqual(results[1], { status: 'ok', value: { 'text/plain': "'1'" } });
    assert.deepEqual(results[2], { status: 'ok' });
  });

  it('streams stdout and stderr in the order they were written, while the cell still runs', async () => {
    kernel = scriptedKernel();
    const sink = new RecordingSink();
    const run = kernel.run('print a\neprint b\nprint c\nloop 3 150\nprint d', '<cell 1>', sink);
    await new Promise((r) => setTimeout(r, 250));
    const seenBeforeEnd = sink.text() + '|' + sink.text('stderr');
    await run;
    assert.equal(seenBeforeEnd, 'a\nc\n|b\n', 'output written before the loop arrived while the cell was running');
    assert.deepEqual(sink.events.filter((e) => e.kind !== 'started').map((e) => `${e.kind}:${(e as any).text}`),
      ['stdout:a\n', 'stderr:b\n', 'stdout:c\n', 'stdout:d\n']);
  });

  it('shows display() values as mime bundles and errors as Python errors', async () => {
    kernel = scriptedKernel();
    const sink = new RecordingSink();
    const ok = await kernel.run('set w 3\nshow w', '<cell 1>', sink);
    assert.deepEqual(sink.events[1], { kind: 'display', data: { 'text/plain': "'3'" } });
    assert.deepEqual(ok, { status: 'ok' });
    const bad = await kernel.run('print before\nget nope', '<cell 2>', new RecordingSink());
    assert.equal(bad.status, 'error');
    assert.deepEqual(bad.status === 'error' && bad.error.traceback, ['  File "<cell 2>", line 2', "NameError: name 'nope' is not defined"]);
  });

  it('turns an exception the session did not catch into an error output', async () => {
    kernel = scriptedKernel();
    const r = await kernel.run('throw boom', '<cell 1>', new RecordingSink());
    assert.equal(r.status === 'error' && r.error.ename, 'TypeError');
    assert.equal(r.status === 'error' && r.error.traceback.at(-1), 'TypeError: boom');
  });

  it('interrupts a loop that polls the flag with KeyboardInterrupt and keeps the state', async () => {
    kernel = scriptedKernel();
    await kernel.run('set x trained', '<cell 1>', new RecordingSink());
    const sink = new RecordingSink();
    const spinning = kernel.run('print spinning\nspin', '<cell 2>', sink);
    await until(() => sink.text() === 'spinning\n');
    const t0 = performance.now();
    assert.equal(await kernel.interrupt(), 'interrupted');
    const r = await spinning;
    console.log(`      (interrupted after ${(performance.now() - t0).toFixed(0)} ms)`);
    assert.equal(r.status === 'error' && r.error.ename, 'KeyboardInterrupt');
    const after = await kernel.run('get x', '<cell 3>', new RecordingSink());
    assert.deepEqual(after, { status: 'ok', value: { 'text/plain': "'trained'" } });
  });

  it('drops the queued cells when interrupted', async () => {
    kernel = scriptedKernel();
    const sink = new RecordingSink();
    const first = kernel.run('print go\nspin', '<cell 1>', sink);
    const queued = kernel.run('print never', '<cell 2>', new RecordingSink());
    await until(() => sink.text() === 'go\n');
    await kernel.interrupt();
    assert.equal((await first).status, 'error');
    assert.equal((await queued).status, 'cancelled');
  });

  it('replaces a worker that ignores the interrupt, and says the state was lost', async () => {
    kernel = scriptedKernel(1000);
    const lost: string[] = [];
    kernel.onStateLost((reason) => lost.push(reason));
    await kernel.run('set x 1', '<cell 1>', new RecordingSink());
    const sink = new RecordingSink();
    const stuck = kernel.run('print stuck\nhang', '<cell 2>', sink);
    await until(() => sink.text() === 'stuck\n');
    assert.equal(await kernel.interrupt(), 'restarted');
    const r = await stuck as CellResult;
    assert.equal(r.status, 'lost');
    assert.match(r.status === 'lost' ? r.reason : '', /restarted.*state were lost/);
    assert.equal(lost.length, 1);
    const next = new RecordingSink();
    const after = await kernel.run('get x', '<cell 3>', next);
    assert.equal(after.status === 'error' && after.error.ename, 'NameError', 'the new worker starts empty');
  });

  it('fails the running cell when the worker dies, then starts a fresh worker', async () => {
    kernel = scriptedKernel();
    const lost: string[] = [];
    kernel.onStateLost((reason) => lost.push(reason));
    await kernel.run('set x 1', '<cell 1>', new RecordingSink());
    const dying = kernel.run('print bye\nexit 7', '<cell 2>', new RecordingSink());
    const queued = kernel.run('print never', '<cell 3>', new RecordingSink());
    const r = await dying;
    assert.equal(r.status, 'lost');
    assert.match(r.status === 'lost' ? r.reason : '', /crashed \(worker exited with code 7\)/);
    assert.equal((await queued).status, 'cancelled');
    assert.equal(lost.length, 1);
    const sink = new RecordingSink();
    const fresh = await kernel.run('print alive\nget x', '<cell 4>', sink);
    assert.equal(sink.text(), 'alive\n');
    assert.equal(sink.order, 1, 'execution numbers start again');
    assert.equal(fresh.status === 'error' && fresh.error.ename, 'NameError');
  });

  it('restart clears the state, the execution numbers and the variables', async () => {
    kernel = scriptedKernel();
    const snapshots: number[] = [];
    kernel.onVariables((s) => snapshots.push(s.globals.length));
    await kernel.run('set a 1\nset b 2', '<cell 1>', new RecordingSink());
    await until(() => snapshots.length === 1);
    assert.deepEqual((await kernel.variables()).globals.map((g) => [g.name, g.value]), [['a', "'1'"], ['b', "'2'"]]);
    await kernel.restart();
    assert.deepEqual(snapshots, [2, 0]);
    assert.deepEqual((await kernel.variables()).globals, []);
    const sink = new RecordingSink();
    await kernel.run('print again', '<cell 1>', sink);
    assert.equal(sink.order, 1);
  });

  it('reports progress of a long loop: none in the first second, at most 10 a second, then a final one', async () => {
    kernel = scriptedKernel();
    const sink = new RecordingSink();
    await kernel.run('loop 16 100', '<cell 1>', sink);
    const events = sink.progressEvents;
    assert.ok(events.length >= 2, `got ${events.length} progress events`);
    assert.ok(events[0].p.elapsedSeconds >= 1, 'first update after a second');
    const last = events.at(-1)!.p;
    assert.deepEqual([last.final, last.done, last.total], [true, 16, 16]);
    assert.ok(events.slice(0, -1).every((e) => !e.p.final && e.p.done < 16 && e.p.total === 16));
    for (let i = 1; i < events.length - 1; i++) assert.ok(events[i].p.elapsedSeconds - events[i - 1].p.elapsedSeconds >= 0.099);
  });

  it('sends no progress for a short loop', async () => {
    kernel = scriptedKernel();
    const sink = new RecordingSink();
    await kernel.run('loop 5 20', '<cell 1>', sink);
    assert.equal(sink.progressEvents.length, 0);
  });
});
