// A cell whose run reported NaN/Inf gets a status bar item that opens the Graph panel focused on
// the origin op. VS Code does not run command links inside notebook outputs, so the warning's
// markdown link works in the Markdown preview and this item is the way in a notebook.
import * as vscode from 'vscode';
import { Mime } from '../shared/mimes';

function originOp(cell: vscode.NotebookCell): string | undefined {
  for (const output of cell.outputs) {
    for (const item of output.items) {
      if (item.mime !== Mime.nanOrigin) continue;
      try { return (JSON.parse(new TextDecoder().decode(item.data)) as { op?: string }).op; } catch { return undefined; }
    }
  }
  return undefined;
}

export const nanStatusBar: vscode.NotebookCellStatusBarItemProvider = {
  provideCellStatusBarItems(cell) {
    const op = originOp(cell);
    if (!op) return [];
    const item = new vscode.NotebookCellStatusBarItem(`$(warning) NaN/Inf from ${op}: show in graph`, vscode.NotebookCellStatusBarAlignment.Left);
    item.command = { title: 'Show in graph', command: 'gradbook.showGraph', arguments: [op] };
    item.tooltip = `Open the Graph panel focused on ${op}, the first op whose output was NaN or Inf`;
    return [item];
  },
};
