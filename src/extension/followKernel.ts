// The side panels redraw when the notebook they follow changes, and after every cell its kernel
// ran (the kernel registry reports fresh variables after each cell, on restart and on a crash).
import * as vscode from 'vscode';
import type { ActiveNotebook } from './activeNotebook';
import type { KernelRegistry } from './kernels';

export function followNotebookKernel(active: ActiveNotebook, kernels: KernelRegistry, refresh: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    active.onDidChange(() => refresh()),
    kernels.onDidChangeVariables((nb) => { if (nb === active.notebook) refresh(); }),
  );
}

/** Drops answers to all but the latest request, so a slow answer never overwrites a newer one. */
export class LatestOnly {
  private generation = 0;
  async run<T>(work: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const mine = ++this.generation;
    const value = await work();
    if (mine === this.generation) apply(value);
  }
}
