// Hover in Gradbook cells: an API name's signature and doc from the catalogue; a name bound in
// the running kernel, its value (shape, dtype, op, statistics) from the kernel.
import * as vscode from 'vscode';
import type { HoverInfo } from '../../shared/language';
import type { KernelRegistry } from '../kernels';
import { servedCell } from './cells';
import type { LanguageClient } from './languageClient';

export function hoverProvider(client: LanguageClient, kernels: KernelRegistry): vscode.HoverProvider {
  return {
    async provideHover(document, position) {
      const cell = servedCell(document, kernels);
      if (!cell) return undefined;
      const offset = document.offsetAt(position);
      const [api, live] = await Promise.all([
        client.hover(cell.doc, offset),
        kernels.get(cell.notebook)?.hoverValue(document.getText(), offset) ?? Promise.resolve(null),
      ]);
      const parts = [api, live].filter((h): h is HoverInfo => !!h);
      if (!parts.length) return undefined;
      const range = new vscode.Range(document.positionAt(parts[0].start), document.positionAt(parts[0].end));
      return new vscode.Hover(parts.map((h) => new vscode.MarkdownString(h.markdown)), range);
    },
  };
}
