// One style sheet for every Gradbook view, built from VS Code's theme variables so light, dark
// and high-contrast themes all work. Added as a constructed sheet (no <style> markup, so a
// strict style-src needs no 'unsafe-inline'); a nonce'd <style> is the fallback.
const css = `
.gb-view { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-foreground, #ccc); line-height: 1.4; }
.gb-view h3 { font-size: 1.05em; font-weight: 600; margin: 4px 0 6px; }
.gb-muted { color: var(--vscode-descriptionForeground, #999); }
.gb-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 14px; margin-bottom: 8px; }
.gb-header .gb-title { font-weight: 600; font-size: 1.05em; }
.gb-chip { border: 1px solid var(--vscode-panel-border, #8884); border-radius: 3px; padding: 0 6px; font-family: var(--vscode-editor-font-family, monospace); font-size: .92em; }
.gb-stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(96px, 1fr)); gap: 4px 12px; margin: 6px 0 10px; }
.gb-stat { display: flex; flex-direction: column; }
.gb-stat .gb-label { color: var(--vscode-descriptionForeground, #999); font-size: .85em; }
.gb-stat .gb-value { font-family: var(--vscode-editor-font-family, monospace); font-variant-numeric: tabular-nums; }
.gb-warn { color: var(--vscode-editorWarning-foreground, #cca700); }
.gb-section { margin: 10px 0; }
.gb-row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
table.gb-table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.gb-table th, .gb-table td { padding: 3px 8px; text-align: right; white-space: nowrap; border-bottom: 1px solid var(--vscode-panel-border, #8883); }
.gb-table th { font-weight: 600; color: var(--vscode-descriptionForeground, #999); position: sticky; top: 0; background: var(--vscode-editor-background, #1e1e1e); }
.gb-table td.gb-name, .gb-table th.gb-name { text-align: left; }
.gb-table td.gb-mono { font-family: var(--vscode-editor-font-family, monospace); }
.gb-table tbody tr.gb-selectable { cursor: pointer; }
.gb-table tbody tr.gb-selectable:hover { background: var(--vscode-list-hoverBackground, #8882); }
.gb-table tbody tr.gb-selectable[aria-selected="true"] { background: var(--vscode-list-activeSelectionBackground, #04395e); color: var(--vscode-list-activeSelectionForeground, inherit); }
.gb-table tbody tr:focus { outline: 1px solid var(--vscode-focusBorder, #007fd4); outline-offset: -1px; }
.gb-spark { display: block; overflow: visible; }
.gb-spark path.gb-line { fill: none; stroke: var(--vscode-charts-blue, #3794ff); stroke-width: 1.5; }
.gb-spark path.gb-loss { stroke: var(--vscode-charts-orange, #d18616); }
.gb-spark circle { fill: currentColor; }
.gb-header .gb-spark { display: inline-block; vertical-align: middle; }
.gb-loss { white-space: nowrap; }
.gb-chart { display: block; }
.gb-chart .gb-axis { stroke: var(--vscode-panel-border, #8886); stroke-width: 1; }
.gb-chart text { fill: var(--vscode-descriptionForeground, #999); font-size: 10px; }
.gb-chart path.gb-line { fill: none; stroke: var(--vscode-charts-orange, #d18616); stroke-width: 1.75; }
.gb-hist rect { fill: var(--vscode-charts-blue, #3794ff); opacity: .85; }
.gb-hist rect:hover { opacity: 1; }
.gb-heatmap { image-rendering: pixelated; border: 1px solid var(--vscode-panel-border, #8884); display: block; }
.gb-images { display: grid; grid-template-columns: repeat(auto-fill, minmax(76px, 1fr)); gap: 8px; max-width: 900px; }
.gb-image { display: flex; flex-direction: column; align-items: center; gap: 2px; font-size: .85em; }
.gb-image canvas { width: 72px; height: 72px; image-rendering: pixelated; border: 1px solid var(--vscode-panel-border, #8884); }
.gb-image:focus-within canvas, .gb-image canvas:focus { outline: 1px solid var(--vscode-focusBorder, #007fd4); }
.gb-legend { display: flex; align-items: center; gap: 6px; font-size: .85em; color: var(--vscode-descriptionForeground, #999); margin: 4px 0; }
.gb-legend canvas { width: 120px; height: 8px; border: 1px solid var(--vscode-panel-border, #8884); }
.gb-vtable { position: relative; overflow: auto; max-height: 320px; width: fit-content; max-width: 100%; border: 1px solid var(--vscode-panel-border, #8884); }
.gb-vtable:focus { outline: 1px solid var(--vscode-focusBorder, #007fd4); }
.gb-vtable .gb-vspacer { position: relative; }
.gb-vtable table { position: absolute; top: 0; left: 0; }
.gb-vtable td.gb-index, .gb-vtable th.gb-index { color: var(--vscode-descriptionForeground, #999); text-align: right; }
.gb-tabs { display: flex; gap: 2px; border-bottom: 1px solid var(--vscode-panel-border, #8884); margin: 8px 0; }
.gb-tabs button { background: none; color: inherit; border: none; border-bottom: 2px solid transparent; padding: 4px 10px; cursor: pointer; font: inherit; }
.gb-tabs button[aria-selected="true"] { border-bottom-color: var(--vscode-focusBorder, #007fd4); font-weight: 600; }
.gb-tabs button:focus-visible { outline: 1px solid var(--vscode-focusBorder, #007fd4); }
.gb-progress { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; font-variant-numeric: tabular-nums; }
.gb-bar { width: 240px; height: 8px; border-radius: 4px; background: var(--vscode-editorWidget-border, #8884); overflow: hidden; }
.gb-bar > div { height: 100%; background: var(--vscode-progressBar-background, #0e70c0); }
.gb-error pre { white-space: pre-wrap; }
.gb-panel-bar { display: flex; justify-content: flex-end; align-items: center; gap: 6px; margin-bottom: 4px; }
.gb-refresh { font: inherit; border: none; border-radius: 2px; padding: 2px 10px; cursor: pointer;
  background: var(--vscode-button-secondaryBackground, #313131); color: var(--vscode-button-secondaryForeground, #ccc); }
.gb-refresh:hover { background: var(--vscode-button-secondaryHoverBackground, #3c3c3c); }
.gb-refresh:focus-visible { outline: 1px solid var(--vscode-focusBorder, #007fd4); }
`;

const installed = new WeakSet<Document | ShadowRoot>();

/** Adds the sheet to the document, or to the shadow root `near` sits in (once per root). */
export function installStyles(near?: Node): void {
  const found = near?.getRootNode();
  const root: Document | ShadowRoot = found instanceof ShadowRoot ? found : document;
  if (installed.has(root)) return;
  installed.add(root);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Older engines: a <style> carrying the page's script nonce, which a strict CSP allows.
  }
  const style = document.createElement('style');
  const nonce = (document.querySelector('script[nonce]') as HTMLScriptElement | null)?.nonce;
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  (root instanceof ShadowRoot ? root : document.head).append(style);
}
