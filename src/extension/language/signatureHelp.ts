// Signature help while typing the arguments of a table-bound function (`tf.nn.conv2d(x, W, |`).
import * as vscode from 'vscode';
import type { KernelRegistry } from '../kernels';
import { servedCell } from './cells';
import type { LanguageClient } from './languageClient';

export const signatureTriggers = ['(', ','];

export function signatureHelpProvider(client: LanguageClient, kernels: KernelRegistry): vscode.SignatureHelpProvider {
  return {
    async provideSignatureHelp(document, position) {
      const cell = servedCell(document, kernels);
      if (!cell) return undefined;
      const info = await client.signatureHelp(cell.doc, document.offsetAt(position));
      if (!info) return undefined;
      const sig = new vscode.SignatureInformation(info.label, new vscode.MarkdownString(info.doc));
      sig.parameters = info.params.map((p) => new vscode.ParameterInformation(p.label, p.doc ? new vscode.MarkdownString(p.doc) : undefined));
      const help = new vscode.SignatureHelp();
      help.signatures = [sig];
      help.activeSignature = 0;
      help.activeParameter = info.active;
      sig.activeParameter = info.active;
      return help;
    },
  };
}
