// Which text documents are Gradbook cells, and the notebook around one: the language features
// serve `tf1-python` cells everywhere and `python` cells of notebooks our kernel runs.
import * as vscode from 'vscode';
import type { CellDocument } from '../../shared/language';
import type { KernelRegistry } from '../kernels';
import { LanguageId, NotebookType } from '../controllers';

export const cellSelector: vscode.DocumentSelector = [
  { language: LanguageId },
  { language: 'python', scheme: 'vscode-notebook-cell' },
];

export interface CellInNotebook { notebook: vscode.NotebookDocument; cell: vscode.NotebookCell; doc: CellDocument }

export function findCell(document: vscode.TextDocument): { notebook: vscode.NotebookDocument; cell: vscode.NotebookCell } | undefined {
  for (const notebook of vscode.workspace.notebookDocuments) {
    const cell = notebook.getCells().find((c) => c.document === document || c.document.uri.toString() === document.uri.toString());
    if (cell) return { notebook, cell };
  }
  return undefined;
}

/** Our notebooks always; a Jupyter notebook once the Gradbook kernel was picked for it. */
export function isServed(notebook: vscode.NotebookDocument, cell: vscode.NotebookCell, kernels: KernelRegistry): boolean {
  if (cell.kind !== vscode.NotebookCellKind.Code) return false;
  if (cell.document.languageId === LanguageId) return true;
  if (notebook.notebookType === NotebookType.gradbook || notebook.notebookType === NotebookType.gradbookIpynb) return true;
  return notebook.notebookType === NotebookType.jupyter && !!kernels.get(notebook);
}

/** The cell with every code cell of its notebook (imports anywhere count). */
export function servedCell(document: vscode.TextDocument, kernels: KernelRegistry): CellInNotebook | undefined {
  const found = findCell(document);
  if (!found || !isServed(found.notebook, found.cell, kernels)) return undefined;
  const code = found.notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
  return { ...found, doc: { cells: code.map((c) => c.document.getText()), index: code.indexOf(found.cell) } };
}
