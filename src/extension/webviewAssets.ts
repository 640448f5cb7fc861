// What every Gradbook webview needs from the extension: scripts only from dist/, and the URI,
// CSP source and nonce its HTML is built with.
import * as vscode from 'vscode';
import { makeNonce } from '../webviews/common/page_html';

export interface PageAssets { scriptUri: string; cspSource: string; nonce: string }

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
}

/** `script` is relative to dist/, e.g. `webviews/graph.js`. */
export function pageAssets(webview: vscode.Webview, extensionUri: vscode.Uri, script: string): PageAssets {
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', ...script.split('/'))).toString();
  return { scriptUri, cspSource: webview.cspSource, nonce: makeNonce() };
}

/** The file name shown beside a view's content, e.g. `mnist_softmax.tfnb`. */
export function notebookLabel(notebook: vscode.NotebookDocument | undefined): string | undefined {
  return notebook ? notebook.uri.path.split('/').pop() : undefined;
}
