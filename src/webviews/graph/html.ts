// The graph panel's HTML, for the extension's WebviewView / WebviewPanel: a strict CSP (scripts
// by nonce only, styles from the constructed stylesheet, no remote resources).
export function graphPanelHtml(opts: { scriptUri: string; cspSource: string; nonce: string }): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${opts.nonce}'`,
    `style-src ${opts.cspSource}`,
    `img-src ${opts.cspSource} blob: data:`,
    `font-src ${opts.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Gradbook Graph</title>
</head>
<body>
<div id="graph"></div>
<script type="module" nonce="${opts.nonce}" src="${opts.scriptUri}"></script>
</body>
</html>
`;
}
