// The Summaries side panel (a webview view in the Gradbook panel): the scalars and histograms the
// followed notebook's FileWriters wrote, pushed as the kernel streams them while a cell trains.
import * as vscode from 'vscode';
import { summariesPanelHtml } from '../webviews/summaries/html';
import type { ShowSummariesMessage, SummariesPanelRequest } from '../webviews/summaries/protocol';
import { emptySummaries, type SummariesPayload } from '../shared/payloads/summaries';
import type { ActiveNotebook } from './activeNotebook';
import { followNotebookKernel } from './followKernel';
import type { KernelRegistry } from './kernels';
import { loadPage } from './loadPage';
import { notebookLabel, pageAssets, webviewOptions } from './webviewAssets';

export const SummariesViewId = 'gradbook.summaries';

export class SummariesPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  private readonly subscriptions: vscode.Disposable[];
  /** What the panel was last sent (the in-host tests read it). */
  lastMessage?: ShowSummariesMessage;

  constructor(private readonly extensionUri: vscode.Uri, private readonly kernels: KernelRegistry, private readonly active: ActiveNotebook) {
    this.subscriptions = [
      followNotebookKernel(active, kernels, () => this.refresh()),
      kernels.onDidChangeSummaries((nb) => { if (nb === active.notebook) this.refresh(); }),
    ];
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    const messages = view.webview.onDidReceiveMessage((m: SummariesPanelRequest) => { if (m?.type === 'ready') this.refresh(true); });
    const page = loadPage(view.webview, () => summariesPanelHtml(pageAssets(view.webview, this.extensionUri, 'webviews/summaries.js')));
    view.onDidDispose(() => {
      messages.dispose();
      page.dispose();
      if (this.view === view) this.view = undefined;
    });
  }

  /** Posts the active notebook's summaries; without `force`, only while the panel is open. */
  refresh(force = false): void {
    if (!this.view && !force) return;
    const notebook = this.active.notebook;
    const payload: SummariesPayload = (notebook && this.kernels.get(notebook)?.summaries) || emptySummaries();
    const message: ShowSummariesMessage = { type: 'summaries', payload, notebook: notebookLabel(notebook) };
    this.lastMessage = message;
    void this.view?.webview.postMessage(message);
  }

  dispose(): void { for (const s of this.subscriptions) s.dispose(); }
}
