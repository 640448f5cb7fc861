// The Gradients side panel (a webview view in the Gradbook panel): per-variable gradient and
// update statistics of the followed notebook's last optimizer step, from the engine's telemetry.
import * as vscode from 'vscode';
import { gradientsPanelHtml } from '../webviews/gradients/html';
import type { PanelRequest, ShowGradientsMessage } from '../webviews/gradients/protocol';
import type { ActiveNotebook } from './activeNotebook';
import { followNotebookKernel, LatestOnly } from './followKernel';
import type { KernelRegistry } from './kernels';
import { loadPage } from './loadPage';
import { notebookLabel, pageAssets, webviewOptions } from './webviewAssets';

export const GradientsViewId = 'gradbook.gradients';

export class GradientsPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  private readonly latest = new LatestOnly();
  private readonly subscriptions: vscode.Disposable[];
  /** What the panel was last sent (the in-host tests read it). */
  lastMessage?: ShowGradientsMessage;

  constructor(private readonly extensionUri: vscode.Uri, private readonly kernels: KernelRegistry, private readonly active: ActiveNotebook) {
    this.subscriptions = [followNotebookKernel(active, kernels, () => void this.refresh())];
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    const messages = view.webview.onDidReceiveMessage((m: PanelRequest) => {
      if (m?.type === 'ready' || m?.type === 'refresh') void this.refresh();
    });
    const page = loadPage(view.webview, () => gradientsPanelHtml(pageAssets(view.webview, this.extensionUri, 'webviews/gradients.js')));
    view.onDidDispose(() => {
      messages.dispose();
      page.dispose();
      if (this.view === view) this.view = undefined;
    });
  }

  /** Without `force`, only while the panel is open (the page asks again when it opens). */
  async refresh(force = false): Promise<void> {
    if (!this.view && !force) return;
    const notebook = this.active.notebook;
    const kernel = notebook && this.kernels.get(notebook);
    await this.latest.run(async () => (kernel ? kernel.gradients() : null), (payload) => {
      const message: ShowGradientsMessage = { type: 'gradients', payload, notebook: notebookLabel(notebook) };
      this.lastMessage = message;
      void this.view?.webview.postMessage(message);
    });
  }

  dispose(): void { for (const s of this.subscriptions) s.dispose(); }
}
