// Diagnostics as you type: each served cell's syntax error and the names and arguments Gradbook
// does not provide, from the language worker, a short pause after the last keystroke. A change in
// one cell re-checks its whole notebook, since an import in one cell changes what others mean.
import * as vscode from 'vscode';
import type { DiagnosticInfo } from '../../shared/language';
import type { KernelRegistry } from '../kernels';
import { findCell, servedCell } from './cells';
import type { LanguageClient } from './languageClient';

const pauseMs = 150;

export class CellDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('gradbook');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: LanguageClient, private readonly kernels: KernelRegistry) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidOpenNotebookDocument((nb) => this.scheduleNotebook(nb)),
      vscode.workspace.onDidCloseNotebookDocument((nb) => { for (const c of nb.getCells()) this.collection.delete(c.document.uri); }),
      vscode.workspace.onDidChangeNotebookDocument((e) => { if (e.contentChanges.length) this.scheduleNotebook(e.notebook); }),
    ];
    for (const nb of vscode.workspace.notebookDocuments) this.scheduleNotebook(nb);
  }

  private schedule(document: vscode.TextDocument): void {
    const found = findCell(document);
    if (found) this.scheduleNotebook(found.notebook);
  }

  private scheduleNotebook(notebook: vscode.NotebookDocument): void {
    const key = notebook.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.check(notebook); }, pauseMs));
  }

  async check(notebook: vscode.NotebookDocument): Promise<void> {
    await Promise.all(notebook.getCells().map(async (cell) => {
      const served = servedCell(cell.document, this.kernels);
      if (!served) { this.collection.delete(cell.document.uri); return; }
      const version = cell.document.version;
      const found = await this.client.diagnostics(served.doc);
      if (cell.document.version !== version) return; // typed on meanwhile: the next check answers
      this.collection.set(cell.document.uri, found.map((d) => toDiagnostic(cell.document, d)));
    }));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}

function toDiagnostic(document: vscode.TextDocument, d: DiagnosticInfo): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(d.start), document.positionAt(Math.max(d.end, d.start + 1)));
  const severity = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, d.message, severity);
  diagnostic.source = 'Gradbook';
  diagnostic.code = d.code;
  return diagnostic;
}
