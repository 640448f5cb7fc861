// The editor's language features for Gradbook cells, registered in one place: completion,
// hover, signature help, diagnostics (language worker + kernel) and the shape inlay hints.
import * as vscode from 'vscode';
import type { KernelRegistry } from '../kernels';
import { cellSelector } from './cells';
import { completionProvider } from './completion';
import { CellDiagnostics } from './diagnostics';
import { hoverProvider } from './hover';
import { LanguageClient } from './languageClient';
import { ShapeHints } from './shapeHints';
import { signatureHelpProvider, signatureTriggers } from './signatureHelp';

export interface LanguageFeatures extends vscode.Disposable {
  client: LanguageClient;
  shapeHints: ShapeHints;
}

export function registerLanguageFeatures(extensionPath: string, kernels: KernelRegistry): LanguageFeatures {
  const log = vscode.window.createOutputChannel('Gradbook Language');
  const client = new LanguageClient(extensionPath, (text) => log.append(text));
  const shapeHints = new ShapeHints(kernels);
  const disposables: vscode.Disposable[] = [
    log,
    shapeHints,
    new CellDiagnostics(client, kernels),
    vscode.languages.registerCompletionItemProvider(cellSelector, completionProvider(client, kernels), '.'),
    vscode.languages.registerHoverProvider(cellSelector, hoverProvider(client, kernels)),
    vscode.languages.registerSignatureHelpProvider(cellSelector, signatureHelpProvider(client, kernels), ...signatureTriggers),
  ];
  return {
    client,
    shapeHints,
    dispose() {
      for (const d of disposables) d.dispose();
      client.dispose();
    },
  };
}
