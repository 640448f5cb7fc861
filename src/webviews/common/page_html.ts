// The HTML of every Gradbook webview page (Graph, Gradients, Tensor panels): one root element and
// one module script, under a strict CSP — scripts by nonce only, styles from the extension or a
// nonce'd fallback sheet, images from the extension or data:/blob: URLs, nothing remote.
export interface PageAssets { scriptUri: string; cspSource: string; nonce: string }

export function panelPageHtml(opts: PageAssets & { title: string; rootId: string }): string {
  const { scriptUri, cspSource, nonce } = opts;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource} blob: data:`,
    `font-src ${cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${opts.title}</title>
</head>
<body>
<div id="${opts.rootId}"></div>
<script type="module" nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>
`;
}

/** A fresh, unguessable nonce per page load. */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
