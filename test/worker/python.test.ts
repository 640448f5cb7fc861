// The kernel worker with the Python front end inside, driven through KernelClient as the extension drives it.
import assert from 'node:assert/strict';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink, until } from '../kernel/helpers';

describe('kernel worker (Python front end)', function () {
  let kernel: KernelClient;
  afterEach(async () => { await kernel?.dispose(); });

  it('runs cells in order, streams print, shows the last expression and numbers executions', async () => {
    kernel = pythonKernel();
    const a = new RecordingSink();
    const b = new RecordingSink();
    const [ra, rb] = await Promise.all([
      kernel.run("x = 6 * 7\nprint('hello', x)", undefined, a),
      kernel.run('x + 1', undefined, b),
    ]);
    assert.deepEqual([a.order, b.order], [1, 2]);
    assert.equal(a.text(), 'hello 42\n');
    assert.deepEqual(ra, { status: 'ok' });
    assert.deepEqual(rb, { status: 'ok', value: { 'text/plain': '43' } });
  });

  it('reports a Python error with its traceback lines and the cell name <cell N>', async () => {
    kernel = pythonKernel();
    const r = await kernel.run("print('before')\nundefined_name + 1", undefined, new RecordingSink());
    assert.equal(r.status, 'error');
    if (r.status !== 'error') return;
    assert.equal(r.error.ename, 'NameError');
    assert.equal(r.error.traceback.at(-1), "NameError: name 'undefined_name' is not defined");
    assert.ok(r.error.traceback.some((l) => l.includes('<cell 1>') && l.includes('line 2')), r.error.traceback.join('\n'));
  });

  it('interrupts `while True: pass` with KeyboardInterrupt and keeps the state', async () => {
    kernel = pythonKernel();
    await kernel.run('w = [1, 2, 3]', undefined, new RecordingSink());
    const sink = new RecordingSink();
    const loop = kernel.run("print('spinning')\nwhile True: pass", undefined, sink);
    await until(() => sink.text() === 'spinning\n');
    const t0 = performance.now();
    assert.equal(await kernel.interrupt(), 'interrupted');
    const r = await loop;
    console.log(`      (KeyboardInterrupt after ${(performance.now() - t0).toFixed(0)} ms)`);
    assert.equal(r.status === 'error' && r.error.ename, 'KeyboardInterrupt');
    assert.deepEqual(await kernel.run('w', undefined, new RecordingSink()), { status: 'ok', value: { 'text/plain': '[1, 2, 3]' } });
  });

  it('lets `except KeyboardInterrupt` handle the interrupt', async () => {
    kernel = pythonKernel();
    const sink = new RecordingSink();
    const loop = kernel.run("try:\n    print('in')\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n'done'", undefined, sink);
    await until(() => sink.text() === 'in\n');
    await kernel.interrupt();
    assert.deepEqual(await loop, { status: 'ok', value: { 'text/plain': "'done'" } });
    assert.equal(sink.text(), 'in\ncaught\n');
  });

  it('describes globals for the Variables view', async () => {
    kernel = pythonKernel();
    await kernel.run("n = 3\nname = 'gradbook'\ndef f(): pass", undefined, new RecordingSink());
    const { globals } = await kernel.variables();
    const byName = Object.fromEntries(globals.map((g) => [g.name, g]));
    assert.deepEqual([byName.n?.type, byName.n?.value], ['int', '3']);
    assert.deepEqual([byName.name?.type, byName.name?.value], ['str', "'gradbook'"]);
    assert.equal(await kernel.describe('name'), "'gradbook'");
  });
});
