// The notebook serializer for `.tfnb` (and `.ipynb` through "Open With"): nbformat 4 JSON via
// src/shared/nbformat. A file that is not a notebook throws, so VS Code shows the message and
// opens nothing — the file is never overwritten.
import * as vscode from 'vscode';
import { parseNotebook, serializeNotebook, type CellModel, type NotebookModel } from '../shared/nbformat';

export class NbformatSerializer implements vscode.NotebookSerializer {
  constructor(private readonly codeLanguage: string) {}

  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    return toNotebookData(parseNotebook(new TextDecoder().decode(content), this.codeLanguage));
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    return new TextEncoder().encode(serializeNotebook(fromNotebookData(data)));
  }
}

export function toNotebookData(model: NotebookModel): vscode.NotebookData {
  const cells = model.cells.map((c) => {
    const kind = c.kind === 'markdown' ? vscode.NotebookCellKind.Markup : vscode.NotebookCellKind.Code;
    const cell = new vscode.NotebookCellData(kind, c.source, c.languageId);
    cell.metadata = c.metadata;
    cell.outputs = c.outputs.map((o) => new vscode.NotebookCellOutput(o.items.map((i) => new vscode.NotebookCellOutputItem(i.data, i.mime)), o.metadata));
    if (c.executionOrder !== undefined) cell.executionSummary = { executionOrder: c.executionOrder };
    return cell;
  });
  const data = new vscode.NotebookData(cells);
  data.metadata = model.metadata;
  return data;
}

export function fromNotebookData(data: vscode.NotebookData): NotebookModel {
  const cells: CellModel[] = data.cells.map((c) => ({
    kind: c.kind === vscode.NotebookCellKind.Markup ? 'markdown' : 'code',
    languageId: c.languageId,
    source: c.value,
    metadata: c.metadata ?? {},
    outputs: (c.outputs ?? []).map((o) => ({ items: o.items.map((i) => ({ mime: i.mime, data: i.data })), metadata: o.metadata ?? {} })),
    executionOrder: c.executionSummary?.executionOrder,
  }));
  return { cells, metadata: data.metadata ?? {} };
}
