// Completion in Gradbook cells: module members and keyword arguments from the language worker's
// catalogue, merged with the running kernel's names (globals, attributes of live objects).
import * as vscode from 'vscode';
import type { CompletionItemInfo, CompletionKind } from '../../shared/language';
import type { KernelRegistry } from '../kernels';
import { servedCell } from './cells';
import type { LanguageClient } from './languageClient';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  module: vscode.CompletionItemKind.Module,
  function: vscode.CompletionItemKind.Function,
  class: vscode.CompletionItemKind.Class,
  value: vscode.CompletionItemKind.Constant,
  variable: vscode.CompletionItemKind.Variable,
  'keyword-argument': vscode.CompletionItemKind.Property,
  method: vscode.CompletionItemKind.Method,
};

function toItem(info: CompletionItemInfo): vscode.CompletionItem {
  const item = new vscode.CompletionItem(info.label, KINDS[info.kind]);
  if (info.detail) item.detail = info.detail;
  if (info.doc) item.documentation = new vscode.MarkdownString(info.doc);
  if (info.insertText) item.insertText = info.insertText;
  // Keyword arguments first inside a call, as Pylance lists them.
  if (info.kind === 'keyword-argument') item.sortText = `0${info.label}`;
  return item;
}

export function completionProvider(client: LanguageClient, kernels: KernelRegistry): vscode.CompletionItemProvider {
  return {
    async provideCompletionItems(document, position) {
      const cell = servedCell(document, kernels);
      if (!cell) return undefined;
      const offset = document.offsetAt(position);
      const text = document.getText();
      const [fromCatalogue, fromKernel] = await Promise.all([
        client.complete(cell.doc, offset),
        kernels.get(cell.notebook)?.completions(text, offset) ?? Promise.resolve([]),
      ]);
      const seen = new Set(fromCatalogue.map((i) => i.label));
      const items = [...fromCatalogue, ...fromKernel.filter((i) => !seen.has(i.label))];
      return items.map(toItem);
    },
  };
}
