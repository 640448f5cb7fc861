// The tensor panel's HTML: the same strict CSP as the gradient panel (scripts by nonce, styles
// from the constructed sheet or a nonce'd fallback, nothing remote).
export function tensorPanelHtml(opts: { scriptUri: string; cspSource: string; nonce: string }): string {
  const { scriptUri, cspSource, nonce } = opts;
  const csp = [`default-src 'none'`, `img-src ${cspSource} data:`, `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Tensor</title>
</head>
<body>
<div id="root"></div>
<script type="module" nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
