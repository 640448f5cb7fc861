// Helpers for tests that run inside VS Code's extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GradbookApi } from '../../../src/extension/extension';

export interface E2eConfig {
  reportPath: string; requestsDir: string; artifacts: string; workspace: string; extensionRoot: string;
  /** false when no page serves screenshot requests (desktop VS Code via test-electron) */
  screenshots?: boolean;
  /** run only the tests whose title contains this (GRADBOOK_E2E_GREP) */
  grep?: string;
}

export const config: E2eConfig = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'config.json'), 'utf8'));
export const extensionId = 'gradbook.gradbook';
export const ErrorMime = 'application/vnd.code.notebook.error';

export async function gradbook(): Promise<GradbookApi> {
  const ext = vscode.extensions.getExtension<GradbookApi>(extensionId);
  if (!ext) throw new Error(`extension ${extensionId} is not loaded`);
  return ext.activate();
}

export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(config.workspace, relative));
}

/** Opens a notebook file in an editor and selects a Gradbook kernel for it. */
export async function openNotebook(relative: string, controllerId = 'gradbook-kernel', notebookType?: string): Promise<vscode.NotebookEditor> {
  await gradbook();
  const doc = notebookType
    ? await vscode.workspace.openNotebookDocument(workspaceUri(relative)).then(async (d) => (d.notebookType === notebookType ? d : openAs(relative, notebookType)))
    : await vscode.workspace.openNotebookDocument(workspaceUri(relative));
  const editor = await vscode.window.showNotebookDocument(doc);
  await selectKernel(editor, controllerId);
  return editor;
}

async function openAs(relative: string, notebookType: string): Promise<vscode.NotebookDocument> {
  await vscode.commands.executeCommand('vscode.openWith', workspaceUri(relative), notebookType);
  return vscode.window.activeNotebookEditor!.notebook;
}

export async function selectKernel(editor: vscode.NotebookEditor, controllerId: string): Promise<void> {
  await vscode.window.showNotebookDocument(editor.notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { notebookEditor: editor, id: controllerId, extension: extensionId });
}

/** Runs cells and resolves when they finished (do not await this when the test must interrupt). */
export function runCells(nb: vscode.NotebookDocument, start: number, end = start + 1): Thenable<unknown> {
  return vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start, end }], document: nb.uri });
}

export interface OutputText { mime: string; text: string }

export function outputs(cell: vscode.NotebookCell): OutputText[] {
  return cell.outputs.flatMap((o) => o.items.map((i) => ({ mime: i.mime, text: new TextDecoder().decode(i.data) })));
}

export function outputText(cell: vscode.NotebookCell, mime: string): string {
  return outputs(cell).filter((o) => o.mime === mime).map((o) => o.text).join('');
}

export function errorOf(cell: vscode.NotebookCell): { name: string; message: string; stack?: string } | undefined {
  const t = outputText(cell, ErrorMime);
  return t ? JSON.parse(t) : undefined;
}

export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Asks the runner (outside VS Code) for a screenshot of the page, saved as test-artifacts/e2e/<name>.png. */
export async function screenshot(name: string): Promise<void> {
  if (config.screenshots === false) return;
  const request = path.join(config.requestsDir, `${name}.request`);
  fs.writeFileSync(request, '');
  const done = path.join(config.requestsDir, `${name}.done`);
  await waitFor(() => fs.existsSync(done), `screenshot ${name}`, 20_000).catch(() => console.warn(`screenshot ${name} not taken`));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One step of a page probe; see test/e2e/page_probes.mjs. `frame` names a selector the frame holds. */
interface Where { frame?: string; root?: string; rootHas?: string; timeoutMs?: number }
export type ProbeStep =
  | (Where & { op: 'wait' | 'count' | 'texts' | 'click'; selector: string })
  | (Where & { op: 'attrs'; selector: string; name: string })
  | (Where & { op: 'screenshot'; selector?: string; name: string })
  | { op: 'press'; key: string };

/** Whether a page serves probes and screenshots (not in desktop VS Code via test-electron). */
export const hasPage = config.screenshots !== false;

let probeCount = 0;

/** Asks the runner to run `steps` in the page (DOM inside webviews); returns each step's result. */
export async function probePage(steps: ProbeStep[], timeoutMs = 60_000): Promise<any[]> {
  if (!hasPage) throw new Error('no page to probe in this host');
  // Each suite file is bundled with its own copy of this module: the name must not repeat across them.
  const name = `probe-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++probeCount}`;
  const result = path.join(config.requestsDir, `${name}.result.json`);
  fs.writeFileSync(path.join(config.requestsDir, `${name}.probe.json.tmp`), JSON.stringify(steps));
  fs.renameSync(path.join(config.requestsDir, `${name}.probe.json.tmp`), path.join(config.requestsDir, `${name}.probe.json`));
  await waitFor(() => fs.existsSync(result), `page probe ${name}`, timeoutMs);
  const { results, error } = JSON.parse(fs.readFileSync(result, 'utf8'));
  fs.rmSync(result, { force: true });
  if (error) throw new Error(`page probe: ${error}`);
  return results;
}

/**
 * Runs probe steps in a webview view of the Gradbook panel (`viewId`, e.g. 'gradbook.graph'). In
 * code-server a webview sometimes never gets its content frame (its service worker hand-over
 * stalls, "Waiting for controllerchange", and the page stays on fake.html); closing and reopening
 * the panel builds a fresh webview, so the wait reopens it once before giving up.
 */
export async function panelViewSteps(viewId: string, steps: ProbeStep[]): Promise<any[]> {
  try {
    return await probePage(steps);
  } catch (e) {
    console.warn(`${viewId} page did not appear (${String(e).slice(0, 120)}); reopening the panel`);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await sleep(500);
    await vscode.commands.executeCommand(`${viewId}.focus`);
    return probePage(steps);
  }
}

/** Waits for the Graph panel's drawing (see panelViewSteps). */
export function graphPanelSteps(steps: ProbeStep[]): Promise<any[]> {
  return panelViewSteps('gradbook.graph', steps);
}
