// Wiring only: serializers, controllers, commands, the Variables view and the view panels.
import * as vscode from 'vscode';
import { ActiveNotebook } from './activeNotebook';
import { createControllers, LanguageId, NotebookType } from './controllers';
import { registerCommands } from './commands';
import { nanStatusBar } from './nanStatusBar';
import { KernelRegistry } from './kernels';
import { reopenTextEditorsAsNotebooks } from './reopenAsNotebook';
import { NbformatSerializer } from './serializer';
import { VariablesView, VariablesViewId } from './variablesView';
import { GraphPanel, GraphViewId } from './graphPanel';
import { GradientsPanel, GradientsViewId } from './gradientsPanel';
import { TensorPanel } from './tensorPanel';
import { SummariesPanel, SummariesViewId } from './summariesPanel';
import { isSaveSvgRequest, saveSvg } from './saveSvg';
import { registerLanguageFeatures, type LanguageFeatures } from './language';

/** What activate() returns; the in-host tests read the extension's state through it. */
/** The graph notebook renderer's id in package.json (`notebookRenderer`). */
const GraphRendererId = 'gradbook.graph';

export interface GradbookApi {
  kernels: KernelRegistry;
  variablesView: VariablesView;
  graphPanel: GraphPanel;
  gradientsPanel: GradientsPanel;
  tensorPanel: TensorPanel;
  language: LanguageFeatures;
  summariesPanel: SummariesPanel;
}

export function activate(context: vscode.ExtensionContext): GradbookApi {
  const kernels = new KernelRegistry(context.extensionPath);
  const active = new ActiveNotebook();
  const variablesView = new VariablesView(kernels, active);
  const graphPanel = new GraphPanel(context.extensionUri, kernels, active);
  const gradientsPanel = new GradientsPanel(context.extensionUri, kernels, active);
  const tensorPanel = new TensorPanel(context.extensionUri);
  const summariesPanel = new SummariesPanel(context.extensionUri, kernels, active);
  const retained = { webviewOptions: { retainContextWhenHidden: true } };
  const language = registerLanguageFeatures(context.extensionPath, kernels);
  context.subscriptions.push(
    language,
    kernels,
    active,
    variablesView,
    graphPanel,
    gradientsPanel,
    tensorPanel,
    summariesPanel,
    vscode.workspace.registerNotebookSerializer(NotebookType.gradbook, new NbformatSerializer(LanguageId), { transientOutputs: false }),
    vscode.workspace.registerNotebookSerializer(NotebookType.gradbookIpynb, new NbformatSerializer('python'), { transientOutputs: false }),
    vscode.window.registerTreeDataProvider(VariablesViewId, variablesView),
    // Not retained: hiding and showing the panel builds a fresh webview, the way out when code-server's
    // webview service worker never hands a page its content frame (the page replays lastMessage on ready).
    vscode.window.registerWebviewViewProvider(GraphViewId, graphPanel),
    vscode.window.registerWebviewViewProvider(GradientsViewId, gradientsPanel, retained),
    vscode.window.registerWebviewViewProvider(SummariesViewId, summariesPanel, retained),
    // The graph renderer's Export SVG button in notebook outputs (requiresMessaging: optional).
    vscode.notebooks.createRendererMessaging(GraphRendererId).onDidReceiveMessage(({ message }) => { if (isSaveSvgRequest(message)) void saveSvg(message); }),
    ...[NotebookType.gradbook, NotebookType.gradbookIpynb, 'jupyter-notebook'].map((type) => vscode.notebooks.registerNotebookCellStatusBarItemProvider(type, nanStatusBar)),
    ...createControllers(kernels),
    ...registerCommands({ kernels, extensionPath: context.extensionPath, active, graphPanel, gradientsPanel, tensorPanel, summariesPanel }),
  );
  void reopenTextEditorsAsNotebooks();
  return { kernels, variablesView, graphPanel, gradientsPanel, tensorPanel, language, summariesPanel };
}

export function deactivate(): void {}
