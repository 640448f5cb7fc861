// The kernel's Python session lives where its notebook is: a notebook in a folder reads the CSV
// beside it through the real kernel process, imports the helper module beside it, and may not
// touch files outside its allowed folders. The options are what the extension sends
// (src/extension/kernels.ts notebookSession): cwd and sys.path[0] = the notebook's folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KernelClient } from '../../src/kernel/kernelClient';
import { pythonKernel, RecordingSink } from './helpers';

describe('kernel session options (notebook folder, allowed folders)', function () {
  this.timeout(60_000);
  let kernel: KernelClient;
  let dir: string;
  let outside: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-nb-'));
    fs.writeFileSync(path.join(dir, 'data.csv'), 'x,y\n1,2\n3,4\n');
    fs.writeFileSync(path.join(dir, 'helper.py'), 'def scale(v):\n    return v * 10\n');
    // A folder that is not under any root: the tests' working folder (the repository).
    outside = path.resolve(__dirname, '../../package.json');
    const notebook = path.join(dir, 'analysis.ipynb');
    kernel = pythonKernel({ session: { notebookPath: notebook, cwd: dir, roots: [dir] } });
  });
  after(async () => { await kernel?.dispose(); });

  async function run(source: string) {
    const sink = new RecordingSink();
    const result = await kernel.run(source, undefined, sink);
    return { result, out: sink.text() };
  }

  it('reads a CSV beside the notebook by its relative name and imports a module beside it', async () => {
    const { result, out } = await run([
      'import csv, os, sys, helper',
      "rows = list(csv.DictReader(open('data.csv')))",
      "print(rows, helper.scale(int(rows[1]['y'])))",
      'print(os.getcwd() == sys.path[0], os.path.basename(sys.argv[0]))',
    ].join('\n'));
    assert.equal(result.status, 'ok', JSON.stringify(result));
    assert.equal(out, "[{'x': '1', 'y': '2'}, {'x': '3', 'y': '4'}] 40\nTrue analysis.ipynb\n");
  });

  it('writes beside the notebook, and refuses paths outside its folders with PermissionError', async () => {
    const { result, out } = await run("import os\nos.makedirs('out/run1', exist_ok=True)\nopen('out/run1/log.txt', 'w').write('ok')\nprint(sorted(os.listdir('out')))");
    assert.equal(result.status, 'ok', JSON.stringify(result));
    assert.equal(out, "['run1']\n");
    assert.equal(fs.readFileSync(path.join(dir, 'out/run1/log.txt'), 'utf8'), 'ok');
    const denied = await run(`open(${JSON.stringify(outside)}).read()`);
    assert.equal(denied.result.status, 'error');
    if (denied.result.status === 'error') assert.equal(denied.result.error.ename, 'PermissionError');
  });

  it('stops a cell on sys.exit without a traceback, as Jupyter shows it, and keeps the kernel', async () => {
    const { result } = await run('import sys\nsys.exit(3)');
    assert.equal(result.status, 'error');
    if (result.status === 'error') {
      assert.equal(result.error.ename, 'SystemExit');
      assert.equal(result.error.exitCode, 3);
      assert.deepEqual(result.error.traceback, ['An exception has occurred, use %tb to see the full traceback.', '', 'SystemExit: 3']);
    }
    assert.equal((await run('print(1 + 1)')).out, '2\n');
  });
});
