// A .tfnb opened before Gradbook's contributions were known (the web workbench restores or opens
// editors while remote extensions are still being scanned) lands in a JSON text editor. Reopen
// such editors as notebooks, once, at activation.
import * as vscode from 'vscode';
import { NotebookType } from './controllers';

export async function reopenTextEditorsAsNotebooks(): Promise<void> {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (!(tab.input instanceof vscode.TabInputText) || !tab.input.uri.path.endsWith('.tfnb')) continue;
      const uri = tab.input.uri;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc?.isDirty) continue; // the user is editing the JSON on purpose
      await vscode.commands.executeCommand('vscode.openWith', uri, NotebookType.gradbook, { viewColumn: group.viewColumn, preserveFocus: !tab.isActive });
      const stale = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
      await vscode.window.tabGroups.close(stale);
    }
  }
}
