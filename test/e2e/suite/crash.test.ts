// A cell never takes down the extension host (this suite runs inside it). Running out of memory in
// a cell is a MemoryError and the kernel lives on; a kernel process that dies all the same (the
// OS's OOM killer sends SIGKILL) fails the running cell with what happened, a fresh kernel starts,
// and the next cell runs. The memory limit comes from the gradbook.kernel.memoryLimitMB setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { errorOf, gradbook, openNotebook, outputText, runCells, screenshot, waitFor } from '../support/host';

describe('Kernel crashes', () => {
  const settings = () => vscode.workspace.getConfiguration('gradbook.kernel');
  before(async () => { await settings().update('memoryLimitMB', 256, vscode.ConfigurationTarget.Global); });
  after(async () => { await settings().update('memoryLimitMB', undefined, vscode.ConfigurationTarget.Global); });

  it('x = [0]*(2*10**8) is a MemoryError; a kernel killed by the OS fails only its cell, and the next cell runs in a fresh kernel', async () => {
    const editor = await openNotebook('crash.tfnb');
    const nb = editor.notebook;
    const api = await gradbook();
    await runCells(nb, 0);
    assert.equal(outputText(nb.cellAt(0), 'text/plain'), "'before the crash'");
    const kernelPid = api.kernels.get(nb)!.pid;
    assert.ok(kernelPid && kernelPid !== process.pid, 'the kernel runs in a process of its own');

    await runCells(nb, 1);
    assert.equal(errorOf(nb.cellAt(1))!.name, 'MemoryError');
    assert.equal(api.kernels.get(nb)!.pid, kernelPid, 'the same kernel lives on');

    const running = runCells(nb, 2);
    await waitFor(() => outputText(nb.cellAt(2), 'application/vnd.code.notebook.stdout') === 'sleeping\n', 'the cell to start');
    process.kill(kernelPid, 'SIGKILL');
    await running;
    await waitFor(() => errorOf(nb.cellAt(2)), 'the killed cell to fail');
    const crash = errorOf(nb.cellAt(2))!;
    assert.equal(crash.name, 'KernelRestarted');
    assert.match(crash.message, /^The kernel crashed \(killed by the system, out of memory\?\) and was restarted; all variables and graph state were lost\. Its memory limit is 256 MB \(the gradbook\.kernel\.memoryLimitMB setting\)\.$/);
    assert.equal(nb.cellAt(2).executionSummary?.success, false);
    await screenshot('kernel-crashed');

    await waitFor(() => api.kernels.get(nb)!.pid !== kernelPid && api.kernels.get(nb)!.pid, 'a fresh kernel process');
    await runCells(nb, 3);
    assert.equal(outputText(nb.cellAt(3), 'application/vnd.code.notebook.stdout'), 'after the crash\n');
    assert.equal(outputText(nb.cellAt(3), 'text/plain'), '42');
    assert.equal(nb.cellAt(3).executionSummary?.executionOrder, 1, 'the fresh kernel counts from 1');
    await runCells(nb, 0, 1);
    assert.equal(nb.cellAt(0).executionSummary?.success, true);
  });
});
