// Gradbook's commands, one small entry each. Notebook commands take the notebook from the
// toolbar's argument when VS Code passes one, else from the active editor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { emptyNotebook, notebookToPython } from '../shared/nbformat';
import { LanguageId, NotebookType } from './controllers';
import type { ActiveNotebook } from './activeNotebook';
import { GradientsViewId, type GradientsPanel } from './gradientsPanel';
import { GraphViewId, type GraphPanel } from './graphPanel';
import type { KernelRegistry } from './kernels';
import { fromNotebookData, NbformatSerializer, toNotebookData } from './serializer';
import type { TensorPanel } from './tensorPanel';
import { variableRef } from './variablesView';
import { SummariesViewId, type SummariesPanel } from './summariesPanel';
import { exportNotebookAsTensorFlow } from './exportTensorFlow';

interface Context {
  kernels: KernelRegistry;
  extensionPath: string;
  active: ActiveNotebook;
  graphPanel: GraphPanel;
  gradientsPanel: GradientsPanel;
  tensorPanel: TensorPanel;
  summariesPanel: SummariesPanel;
}
type Command = (ctx: Context, ...args: any[]) => unknown;

export const exampleRelativePath = path.join('examples', 'mnist_softmax.tfnb');

function targetNotebook(arg: any): vscode.NotebookDocument | undefined {
  const uri: vscode.Uri | undefined = arg?.notebookEditor?.notebookUri ?? arg?.notebookUri ?? (arg instanceof vscode.Uri ? arg : undefined);
  if (uri) return vscode.workspace.notebookDocuments.find((nb) => nb.uri.toString() === uri.toString());
  return vscode.window.activeNotebookEditor?.notebook;
}

const commands: Record<string, Command> = {
  'gradbook.newNotebook': async () => {
    const doc = await vscode.workspace.openNotebookDocument(NotebookType.gradbook, toNotebookData(emptyNotebook(LanguageId)));
    return vscode.window.showNotebookDocument(doc);
  },

  // An untitled copy, so the file inside the installed extension is never edited.
  'gradbook.openExample': async ({ extensionPath }) => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(extensionPath, exampleRelativePath)));
    const data = new NbformatSerializer(LanguageId).deserializeNotebook(bytes);
    const doc = await vscode.workspace.openNotebookDocument(NotebookType.gradbook, data);
    return vscode.window.showNotebookDocument(doc);
  },

  'gradbook.restartKernel': async ({ kernels }, arg) => {
    const nb = targetNotebook(arg);
    const kernel = nb && kernels.get(nb);
    await kernel?.restart();
  },

  'gradbook.restartAndRunAll': async ({ kernels }, arg) => {
    const nb = targetNotebook(arg);
    if (!nb) return;
    await kernels.get(nb)?.restart();
    await vscode.commands.executeCommand('notebook.execute', nb.uri);
  },

  'gradbook.interruptKernel': async ({ kernels }, arg) => {
    const nb = targetNotebook(arg);
    if (nb) await kernels.get(nb)?.interrupt();
  },

  'gradbook.exportPython': async (_ctx, arg) => {
    const nb = targetNotebook(arg);
    if (!nb) return;
    const data = new vscode.NotebookData(nb.getCells().map((c) => new vscode.NotebookCellData(c.kind, c.document.getText(), c.document.languageId)));
    const content = notebookToPython(fromNotebookData(data));
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content });
    await vscode.window.showTextDocument(doc);
    return doc;
  },

  // A .py for TensorFlow 1.15 / TF 2 (tf.compat.v1) beside the notebook, restoring its latest checkpoint.
  'gradbook.exportTensorFlow': async (_ctx, arg) => {
    const nb = targetNotebook(arg);
    if (!nb) return;
    const data = new vscode.NotebookData(nb.getCells().map((c) => new vscode.NotebookCellData(c.kind, c.document.getText(), c.document.languageId)));
    const doc = await exportNotebookAsTensorFlow(nb, fromNotebookData(data));
    await vscode.window.showTextDocument(doc);
    return doc;
  },

  // A Variables view click (or a name): the value in the tensor view, or as text when it is no array.
  'gradbook.showVariable': async ({ kernels, active, tensorPanel }, arg) => {
    const ref = variableRef(arg);
    const kernel = active.notebook && kernels.get(active.notebook);
    if (!ref || !kernel) return;
    return tensorPanel.show(kernel, ref.name, ref.source);
  },

  // From the palette: the whole graph; from the Variables view's context menu: focused on that variable.
  'gradbook.showGraph': async ({ graphPanel }, arg) => {
    await vscode.commands.executeCommand(`${GraphViewId}.focus`);
    await graphPanel.show(variableRef(arg)?.name);
  },

  'gradbook.showGradients': async ({ gradientsPanel }) => {
    await vscode.commands.executeCommand(`${GradientsViewId}.focus`);
    await gradientsPanel.refresh(true);
  },

  'gradbook.showSummaries': async ({ summariesPanel }) => {
    await vscode.commands.executeCommand(`${SummariesViewId}.focus`);
    summariesPanel.refresh(true);
  },
};

export function registerCommands(ctx: Context): vscode.Disposable[] {
  return Object.entries(commands).map(([id, run]) => vscode.commands.registerCommand(id, (...args) => run(ctx, ...args)));
}
