// Saves a graph view's SVG export (from the side panel or a notebook output) where the user picks.
import * as vscode from 'vscode';

export interface SaveSvgRequest { svg: string; filename: string }

export function isSaveSvgRequest(m: unknown): m is SaveSvgRequest & { type: 'saveSvg' } {
  const r = m as { type?: unknown; svg?: unknown; filename?: unknown } | null;
  return r?.type === 'saveSvg' && typeof r.svg === 'string' && typeof r.filename === 'string';
}

export async function saveSvg({ svg, filename }: SaveSvgRequest): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const safeName = filename.replace(/[\\/:*?"<>|]/g, '_') || 'graph.svg';
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, safeName) : undefined,
    filters: { 'SVG image': ['svg'] },
    title: 'Export graph as SVG',
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
  return target;
}
