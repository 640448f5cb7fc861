// Wiring only: serializers, controllers, commands and the Variables view.
import * as vscode from 'vscode';
import { createControllers, LanguageId, NotebookType } from './controllers';
import { registerCommands } from './commands';
import { KernelRegistry } from './kernels';
import { reopenTextEditorsAsNotebooks } from './reopenAsNotebook';
import { NbformatSerializer } from './serializer';
import { VariablesView, VariablesViewId } from './variablesView';

/** What activate() returns; the in-host tests read the extension's state through it. */
export interface GradbookApi {
  kernels: KernelRegistry;
  variablesView: VariablesView;
}

export function activate(context: vscode.ExtensionContext): GradbookApi {
  const kernels = new KernelRegistry(context.extensionPath);
  const variablesView = new VariablesView(kernels);
  context.subscriptions.push(
    kernels,
    variablesView,
    vscode.workspace.registerNotebookSerializer(NotebookType.gradbook, new NbformatSerializer(LanguageId), { transientOutputs: false }),
    vscode.workspace.registerNotebookSerializer(NotebookType.gradbookIpynb, new NbformatSerializer('python'), { transientOutputs: false }),
    vscode.window.registerTreeDataProvider(VariablesViewId, variablesView),
    ...createControllers(kernels),
    ...registerCommands({ kernels, extensionPath: context.extensionPath }),
  );
  void reopenTextEditorsAsNotebooks();
  return { kernels, variablesView };
}

export function deactivate(): void {}
