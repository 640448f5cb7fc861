// Notebook controllers: the same Gradbook kernel serves our `gradbook` notebooks, `.ipynb` files
// opened in VS Code's own Jupyter notebook type, and `.ipynb` files opened with our serializer.
import * as vscode from 'vscode';
import { Mime } from '../shared/mimes';
import type { KernelClient } from '../kernel/kernelClient';
import { CellOutputWriter } from './cellOutputs';
import type { KernelRegistry } from './kernels';

export const NotebookType = { gradbook: 'gradbook', gradbookIpynb: 'gradbook-ipynb', jupyter: 'jupyter-notebook' } as const;
export const LanguageId = 'tf1-python';

interface ControllerSpec { id: string; notebookType: string; label: string; preferred: boolean }

/** Controller ids appear in `notebookKernel` as `gradbook.gradbook/<id>` (see the toolbar `when`). */
const controllerSpecs: ControllerSpec[] = [
  { id: 'gradbook-kernel', notebookType: NotebookType.gradbook, label: 'Gradbook (TF1)', preferred: true },
  { id: 'gradbook-ipynb-kernel', notebookType: NotebookType.gradbookIpynb, label: 'Gradbook (TF1)', preferred: true },
  { id: 'gradbook-jupyter-kernel', notebookType: NotebookType.jupyter, label: 'Gradbook (TF1, no Python needed)', preferred: false },
];

export function createControllers(kernels: KernelRegistry): vscode.Disposable[] {
  const disposables: vscode.Disposable[] = [];
  for (const spec of controllerSpecs) {
    const controller = vscode.notebooks.createNotebookController(spec.id, spec.notebookType, spec.label);
    controller.supportedLanguages = [LanguageId, 'python'];
    controller.supportsExecutionOrder = true;
    controller.description = 'TensorFlow 1 graph mode in TypeScript';
    controller.executeHandler = (cells, notebook) => runCells(controller, kernels.getOrCreate(notebook), cells);
    controller.interruptHandler = (notebook) => interrupt(kernels, notebook);
    // Start the kernel process when a notebook picks this kernel, as Jupyter does: the first cell
    // then runs at once instead of waiting for a process to boot.
    disposables.push(controller.onDidChangeSelectedNotebooks(({ notebook, selected }) => { if (selected) void kernels.getOrCreate(notebook).start(); }));
    if (spec.preferred) {
      const prefer = (nb: vscode.NotebookDocument) => {
        if (nb.notebookType === spec.notebookType) controller.updateNotebookAffinity(nb, vscode.NotebookControllerAffinity.Preferred);
      };
      vscode.workspace.notebookDocuments.forEach(prefer);
      disposables.push(vscode.workspace.onDidOpenNotebookDocument(prefer));
    }
    disposables.push(controller);
  }
  return disposables;
}

export async function interrupt(kernels: KernelRegistry, notebook: vscode.NotebookDocument): Promise<void> {
  // A kernel that had to be replaced reports that itself (KernelRegistry shows the warning).
  await kernels.get(notebook)?.interrupt();
}

async function runCells(controller: vscode.NotebookController, kernel: KernelClient, cells: vscode.NotebookCell[]): Promise<void> {
  await Promise.all(cells.map((cell) => runCell(controller, kernel, cell)));
}

async function runCell(controller: vscode.NotebookController, kernel: KernelClient, cell: vscode.NotebookCell): Promise<void> {
  // Raw cells (language `raw`) are code cells to VS Code but never run, as in Jupyter.
  if (cell.kind !== vscode.NotebookCellKind.Code || cell.document.languageId === 'raw') return;
  const execution = controller.createNotebookCellExecution(cell);
  const out = new CellOutputWriter(execution);
  let started = false;
  const result = await kernel.run(cell.document.getText(), undefined, {
    started(order) {
      started = true;
      execution.executionOrder = order;
      execution.start(Date.now());
      void execution.clearOutput();
    },
    stdout: (text) => out.write('stdout', text),
    stderr: (text) => out.write('stderr', text),
    display: (data, options) => out.display(data, 'display_data', options),
    clear: (wait) => out.clear(wait),
    progress: (p) => out.progress(p),
    summaries: (data) => out.summaries(data),
  });
  if (!started) execution.start(Date.now());
  switch (result.status) {
    case 'ok':
      if (result.value) out.display(result.value, 'execute_result');
      await out.finish();
      execution.end(true, Date.now());
      return;
    case 'error':
      out.error(result.error);
      await out.finish();
      execution.end(false, Date.now());
      return;
    case 'lost':
      out.error({ ename: 'KernelRestarted', evalue: result.reason, traceback: [`KernelRestarted: ${result.reason}`] });
      await out.finish();
      execution.end(false, Date.now());
      return;
    case 'cancelled':
      await out.finish();
      execution.end(undefined);
      return;
  }
}

