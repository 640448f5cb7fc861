// The tensor view of a value the Variables view names, in an editor beside the notebook: shape,
// dtype, statistics, histogram, images / heatmap / values. One panel, reused for each click.
import * as vscode from 'vscode';
import { tensorPanelHtml } from '../webviews/tensor/html';
import type { ShowTensorMessage, TensorPanelRequest } from '../webviews/tensor/protocol';
import type { TensorRequest } from '../shared/protocol';
import type { KernelClient } from '../kernel/kernelClient';
import { loadPage } from './loadPage';
import { pageAssets, webviewOptions } from './webviewAssets';

export const TensorPanelType = 'gradbook.tensor';

export class TensorPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private pageReady = false;
  /** What the panel shows (or will once its page loaded); the in-host tests read it. */
  lastMessage?: ShowTensorMessage;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async show(kernel: KernelClient, name: string, source: TensorRequest['source']): Promise<ShowTensorMessage> {
    const { payload, text } = await kernel.tensor(name, source);
    const message: ShowTensorMessage = payload ? { type: 'tensor', payload } : { type: 'text', name, text };
    const panel = this.open();
    panel.title = `${payload?.name ?? name}${payload ? ` ${shapeText(payload.shape)}` : ''}`;
    panel.reveal(vscode.ViewColumn.Beside, true);
    this.lastMessage = message;
    if (this.pageReady) void panel.webview.postMessage(message);
    return message;
  }

  private open(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(TensorPanelType, 'Tensor', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...webviewOptions(this.extensionUri), retainContextWhenHidden: true });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'gradbook.svg');
    this.pageReady = false;
    const messages = panel.webview.onDidReceiveMessage((m: TensorPanelRequest) => {
      if (m?.type !== 'ready') return;
      this.pageReady = true;
      if (this.lastMessage) void panel.webview.postMessage(this.lastMessage);
    });
    const page = loadPage(panel.webview, () => tensorPanelHtml(pageAssets(panel.webview, this.extensionUri, 'webviews/tensor.js')));
    panel.onDidDispose(() => {
      messages.dispose();
      page.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
    this.panel = panel;
    return panel;
  }

  dispose(): void { this.panel?.dispose(); }
}

function shapeText(shape: number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}
