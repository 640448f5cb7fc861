// The Graph side panel (a webview view in the Gradbook panel): the graph of the followed
// notebook's kernel with its last run highlighted, focused on a global after Show Graph.
import * as vscode from 'vscode';
import { isCheckGradientsRequest, type GraphPanelMessage, type GraphPanelRequest } from '../webviews/graph/messages';
import { graphPanelHtml } from '../webviews/graph/html';
import type { ActiveNotebook } from './activeNotebook';
import { followNotebookKernel, LatestOnly } from './followKernel';
import type { KernelRegistry } from './kernels';
import { loadPage } from './loadPage';
import { isSaveSvgRequest, saveSvg } from './saveSvg';
import { pageAssets, webviewOptions } from './webviewAssets';

export const GraphViewId = 'gradbook.graph';
const emptyText = 'Run a cell that builds a graph.';

export class GraphPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  /** The global the graph is focused on (Show Graph of a variable), until another notebook is shown. */
  private focusName?: string;
  private readonly latest = new LatestOnly();
  private readonly subscriptions: vscode.Disposable[];
  /** What the panel was last sent (the in-host tests read it). */
  lastMessage?: GraphPanelMessage;
  /** The last Check gradients answer sent (the in-host tests read it). */
  lastGradientCheck?: GraphPanelMessage;

  constructor(private readonly extensionUri: vscode.Uri, private readonly kernels: KernelRegistry, private readonly active: ActiveNotebook) {
    this.subscriptions = [
      active.onDidChange(() => { this.focusName = undefined; }),
      followNotebookKernel(active, kernels, () => void this.refresh()),
    ];
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = webviewOptions(this.extensionUri);
    const messages = view.webview.onDidReceiveMessage((m: GraphPanelRequest) => {
      if (m?.type === 'ready') void this.refresh();
      else if (isSaveSvgRequest(m)) void saveSvg(m);
      else if (isCheckGradientsRequest(m)) void this.checkGradients(m.loss, m.variables);
    });
    const page = loadPage(view.webview, () => graphPanelHtml(pageAssets(view.webview, this.extensionUri, 'webviews/graph.js')));
    view.onDidDispose(() => {
      messages.dispose();
      page.dispose();
      if (this.view === view) this.view = undefined;
    });
  }

  /** Shows the graph, focused on the op behind `name` when it names a graph object. */
  async show(name?: string): Promise<void> {
    this.focusName = name;
    // Fetch now even if VS Code has not resolved the view yet: the page gets it when it says ready.
    await this.refresh(true);
  }

  /** Without `force`, only while the panel is open (the page asks again when it opens). */
  async refresh(force = false): Promise<void> {
    if (!this.view && !force) return;
    const notebook = this.active.notebook;
    const kernel = notebook && this.kernels.get(notebook);
    await this.latest.run(async () => (kernel ? kernel.graph(this.focusName) : null), (payload) => {
      this.post(payload ? { type: 'graph', payload } : { type: 'empty', text: emptyText });
    });
  }

  /**
   * Check gradients from the panel: the kernel runs the check between cells in its live state (the
   * graph the panel shows, the values of the session that last computed the loss) and the panel
   * shows the table. Returns what it posted, for the in-host tests.
   */
  async checkGradients(loss: string, variables: string[]): Promise<GraphPanelMessage> {
    const notebook = this.active.notebook;
    const kernel = notebook && this.kernels.get(notebook);
    const answer = kernel
      ? await kernel.checkGradients(loss, variables, this.focusName)
      : { payload: null, error: 'No kernel is running for this notebook: run its cells first.' };
    const message: GraphPanelMessage = { type: 'gradientCheck', loss, ...answer };
    this.lastGradientCheck = message;
    void this.view?.webview.postMessage(message);
    return message;
  }

  private post(message: GraphPanelMessage): void {
    this.lastMessage = message;
    void this.view?.webview.postMessage(message);
  }

  dispose(): void { for (const s of this.subscriptions) s.dispose(); }
}
