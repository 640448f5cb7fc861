// The notebook the Gradbook views follow: the active notebook editor's, kept while the focus is
// elsewhere (a text editor, the tensor view beside it, a panel), so the views do not go blank.
import * as vscode from 'vscode';

export class ActiveNotebook implements vscode.Disposable {
  private current: vscode.NotebookDocument | undefined = vscode.window.activeNotebookEditor?.notebook;
  private readonly changed = new vscode.EventEmitter<vscode.NotebookDocument | undefined>();
  /** Fired when the views should show another notebook (or none). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.window.onDidChangeActiveNotebookEditor((editor) => { if (editor) this.set(editor.notebook); }),
      vscode.workspace.onDidCloseNotebookDocument((nb) => {
        if (nb === this.current) this.set(vscode.window.activeNotebookEditor?.notebook ?? vscode.window.visibleNotebookEditors[0]?.notebook);
      }),
      this.changed,
    ];
  }

  get notebook(): vscode.NotebookDocument | undefined { return this.current; }

  private set(notebook: vscode.NotebookDocument | undefined): void {
    if (notebook === this.current) return;
    this.current = notebook;
    this.changed.fire(notebook);
  }

  dispose(): void { for (const s of this.subscriptions) s.dispose(); }
}
