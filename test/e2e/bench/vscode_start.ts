// Entry point VS Code calls in the extension host (extensionTestsPath) for `npm run bench -- --only
// vscode-start` (bench/vscode_start.mjs): not a test file, so the e2e suite never runs it. Opens
// the MNIST example, and in each round shuts the notebook's kernel down (so the run request
// creates and starts a fresh kernel process, as the first run after opening a notebook does when
// its kernel was not started ahead) and runs the first code cell through VS Code's notebook
// command. Times are performance.now() in the extension host around that command: the browser's
// rendering of the outputs is not in them. Writes { rounds: [{ readyMs, cellMs, ok }] } to the
// report path the runner outside VS Code waits for.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { config, errorOf, gradbook, openNotebook, runCells, sleep, waitFor } from '../support/host';

interface Round { readyMs: number; cellMs: number; ok: boolean; error?: string }

const rounds = Math.max(1, Number(process.env.GRADBOOK_VSCODE_START_ROUNDS ?? 5));

export async function run(): Promise<void> {
  const started = Date.now();
  const out: { rounds: Round[]; error?: string; durationMs?: number } = { rounds: [] };
  try {
    const api = await gradbook();
    const editor = await openNotebook('examples/mnist_softmax.tfnb');
    const nb = editor.notebook;
    const first = nb.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code);
    if (!first) throw new Error('the example has no code cell');
    // The window is still loading when the notebook opens: let the kernel selection started end and settle.
    await api.kernels.get(nb)?.start();
    await sleep(2000);
    for (let i = 0; i < rounds; i++) {
      // Selecting the kernel starts one ahead of the first run; drop it so the run starts its own.
      await api.kernels.shutDown(nb);
      await sleep(300); // let the old process's exit settle before the clock starts
      let readyAt: number | undefined;
      const t0 = performance.now();
      const done = runCells(nb, first.index);
      // The controller creates the kernel synchronously in its execute handler; then wait for its ready event.
      // Polled every millisecond (waitFor's 50 ms could let the ready event pass before the listener).
      let kernel = api.kernels.get(nb);
      for (const end = t0 + 60_000; !kernel && performance.now() < end; kernel = api.kernels.get(nb)) await sleep(1);
      if (!kernel) throw new Error('the run request created no kernel within 60 s');
      void kernel.start().then(() => { readyAt = performance.now(); });
      await done;
      const cellAt = performance.now();
      await waitFor(() => readyAt !== undefined, 'the kernel ready event', 10_000);
      const ok = first.executionSummary?.success === true;
      out.rounds.push({ readyMs: readyAt! - t0, cellMs: cellAt - t0, ok, ...(ok ? {} : { error: errorOf(first)?.message ?? 'the cell did not succeed' }) });
    }
  } catch (e) {
    out.error = e instanceof Error ? e.stack ?? e.message : String(e);
  }
  out.durationMs = Date.now() - started;
  fs.writeFileSync(config.reportPath, JSON.stringify(out, null, 2));
}
