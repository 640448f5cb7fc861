// Loads a webview's page and loads it again while the page does not say `ready`. In the browser
// (code-server), webview scripts are served by a service worker; when several webviews open at
// once, a script request can race the worker's hand-over, go to the network and fail, and that
// page then never runs. Setting the HTML again (fresh nonce) reloads it once the worker is settled.
import * as vscode from 'vscode';

const firstWaitMs = 10_000;
const maxLoads = 4;

export function loadPage(webview: vscode.Webview, html: () => string): vscode.Disposable {
  let ready = false;
  let loads = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = () => {
    loads++;
    webview.html = html();
    // A large script (the graph view bundles its layout library) may just be slow: wait longer each time.
    timer = setTimeout(() => { if (!ready && loads < maxLoads) load(); }, firstWaitMs * 2 ** (loads - 1));
  };
  const subscription = webview.onDidReceiveMessage((m: { type?: string } | undefined) => {
    if (m?.type === 'ready') { ready = true; clearTimeout(timer); }
  });
  load();
  return { dispose() { clearTimeout(timer); subscription.dispose(); } };
}
