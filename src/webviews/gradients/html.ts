// The panel's HTML for `webview.html`. Strict CSP: scripts and the fallback <style> need the
// nonce, nothing loads from outside the extension. The extension passes `webview.cspSource`
// and `webview.asWebviewUri(dist/webviews/gradients.js)`.
export function gradientsPanelHtml(opts: { scriptUri: string; cspSource: string; nonce: string }): string {
  const { scriptUri, cspSource, nonce } = opts;
  const csp = [`default-src 'none'`, `img-src ${cspSource} data:`, `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Gradients</title>
</head>
<body>
<div id="root"></div>
<script type="module" nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}

/** A fresh, unguessable nonce per page load. */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
