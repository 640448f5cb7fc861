// The view's stylesheet. Colors come from VS Code's theme variables (with fallbacks for a plain
// page); export resolves them to concrete colors so the SVG file looks the same anywhere.
// Applied as a constructed stylesheet (adoptedStyleSheets), which a strict CSP allows.

export type ThemeColor = (name: string, fallback: string) => string;
export const themeVariable: ThemeColor = (name, fallback) => `var(--vscode-${name}, ${fallback})`;

/** Rules for the SVG drawing (also embedded in exported files). */
export function svgCss(c: ThemeColor = themeVariable): string {
  const fg = c('editor-foreground', '#cccccc');
  const bg = c('editor-background', '#1e1e1e');
  return `
.gv-svg { font-family: ${c('editor-font-family', 'monospace')}, monospace; font-size: 11px; user-select: none; }
.gv-svg .kind-forward { --kind: ${c('charts-blue', '#3794ff')}; }
.gv-svg .kind-gradient { --kind: ${c('charts-orange', '#d18616')}; }
.gv-svg .kind-update { --kind: ${c('charts-green', '#89d185')}; }
.gv-svg .node > rect.body { fill: color-mix(in srgb, var(--kind) 16%, ${bg}); stroke: var(--kind); stroke-width: 1.5; }
.gv-svg .node.scope > rect.body { stroke-width: 1.5; }
.gv-svg .node.scope > rect.stack { fill: color-mix(in srgb, var(--kind) 10%, ${bg}); stroke: var(--kind); stroke-width: 1; }
.gv-svg .node text { fill: ${fg}; }
.gv-svg .node text.type { font-weight: 600; }
.gv-svg .node text.name, .gv-svg .node text.count { fill: ${c('descriptionForeground', '#9d9d9d')}; font-size: 10px; }
.gv-svg .node { cursor: pointer; }
.gv-svg .node:focus { outline: none; }
.gv-svg .node:focus > rect.body, .gv-svg .node.selected > rect.body { stroke: ${c('focusBorder', '#007fd4')}; stroke-width: 3; }
.gv-svg .box > rect { fill: color-mix(in srgb, var(--kind) 5%, transparent); stroke: color-mix(in srgb, var(--kind) 55%, transparent); stroke-dasharray: 4 3; }
.gv-svg .box > text { fill: ${c('descriptionForeground', '#9d9d9d')}; font-size: 10.5px; cursor: pointer; }
.gv-svg .box > text.toggle { font-weight: 700; }
.gv-svg .edge path { fill: none; stroke: ${c('editorLineNumber-foreground', '#858585')}; stroke-width: 1.2; }
.gv-svg .edge.control path { stroke-dasharray: 3 3; }
.gv-svg .edge text { fill: ${c('descriptionForeground', '#9d9d9d')}; font-size: 9.5px; }
.gv-svg .edge.live path { stroke: ${fg}; stroke-width: 1.8; }
.gv-svg .arrow { fill: ${c('editorLineNumber-foreground', '#858585')}; }
.gv-svg.has-run .node.state-idle, .gv-svg.has-run .edge:not(.live) { opacity: 0.38; }
.gv-svg .node.state-reached > rect.body { stroke-dasharray: 5 3; stroke-width: 2.5; }
.gv-svg .node.state-ran > rect.body { stroke-width: 2.5; }
.gv-svg .node.state-current > rect.body { stroke: ${c('charts-yellow', '#cca700')}; stroke-width: 4; }
.gv-svg .node.focus > rect.body { stroke-width: 3; }
.gv-svg .badge circle, .gv-svg .badge rect { fill: ${c('badge-background', '#4d4d4d')}; stroke: ${bg}; stroke-width: 1; }
.gv-svg .badge text { fill: ${c('badge-foreground', '#ffffff')}; font-size: 9.5px; font-weight: 700; }
.gv-svg .node.state-current .badge rect { fill: ${c('charts-yellow', '#cca700')}; }
.gv-svg .focus-mark { fill: ${c('charts-yellow', '#cca700')}; font-size: 12px; }
`;
}

/** Rules for the toolbar, canvas and details pane around the drawing. */
export function chromeCss(c: ThemeColor = themeVariable): string {
  const border = c('panel-border', 'rgba(128,128,128,0.35)');
  return `
:host { display: block; }
.gv { display: flex; flex-direction: column; height: var(--gv-height, 560px); border: 1px solid ${border}; color: ${c('editor-foreground', '#cccccc')};
  background: ${c('editor-background', '#1e1e1e')}; font-family: ${c('font-family', 'system-ui, sans-serif')}; font-size: 12px; box-sizing: border-box; }
.gv-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; padding: 4px 6px; border-bottom: 1px solid ${border}; }
.gv-group { display: flex; align-items: center; gap: 3px; }
.gv button { background: ${c('button-secondaryBackground', '#3a3d41')}; color: ${c('button-secondaryForeground', '#ffffff')}; border: 1px solid transparent;
  border-radius: 2px; padding: 1px 7px; font: inherit; min-width: 24px; cursor: pointer; line-height: 18px; }
.gv button:hover { background: ${c('button-secondaryHoverBackground', '#45494e')}; }
.gv button:focus-visible, .gv-canvas:focus-visible { outline: 1px solid ${c('focusBorder', '#007fd4')}; outline-offset: -1px; }
.gv button:disabled { opacity: 0.5; cursor: default; }
.gv-legend { display: flex; gap: 8px; align-items: center; color: ${c('descriptionForeground', '#9d9d9d')}; }
.gv-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 3px; vertical-align: -1px; border: 1.5px solid; }
.gv-swatch.kind-forward { border-color: ${c('charts-blue', '#3794ff')}; background: color-mix(in srgb, ${c('charts-blue', '#3794ff')} 25%, transparent); }
.gv-swatch.kind-gradient { border-color: ${c('charts-orange', '#d18616')}; background: color-mix(in srgb, ${c('charts-orange', '#d18616')} 25%, transparent); }
.gv-swatch.kind-update { border-color: ${c('charts-green', '#89d185')}; background: color-mix(in srgb, ${c('charts-green', '#89d185')} 25%, transparent); }
.gv-status { padding: 3px 8px; border-bottom: 1px solid ${border}; color: ${c('descriptionForeground', '#9d9d9d')}; min-height: 16px; }
.gv-status b { color: ${c('editor-foreground', '#cccccc')}; font-weight: 600; }
.gv-main { flex: 1; display: flex; min-height: 0; }
.gv-canvas { flex: 1; position: relative; overflow: hidden; cursor: grab; }
.gv-canvas.panning { cursor: grabbing; }
.gv-canvas svg { display: block; width: 100%; height: 100%; }
.gv-details { width: 290px; flex: none; overflow: auto; border-left: 1px solid ${border}; padding: 6px 8px; box-sizing: border-box; }
.gv-details[hidden] { display: none; }
.gv-details h3 { margin: 2px 0 2px; font-size: 13px; word-break: break-all; }
.gv-details h4 { margin: 10px 0 3px; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: ${c('descriptionForeground', '#9d9d9d')}; }
.gv-details table { border-collapse: collapse; width: 100%; font-family: ${c('editor-font-family', 'monospace')}, monospace; font-size: 11px; }
.gv-details td { padding: 1px 4px 1px 0; vertical-align: top; word-break: break-all; }
.gv-details .value { font-family: ${c('editor-font-family', 'monospace')}, monospace; font-size: 11px; word-break: break-word; }
.gv-details td:first-child { width: 55%; }
.gv-details .muted { color: ${c('descriptionForeground', '#9d9d9d')}; }
.gv-details .kind { font-size: 11px; }
.gv-details .gradient-check label { display: block; font-size: 11px; }
.gv-details .gradient-check button { margin: 4px 0; }
.gv-details .check-verdict { margin: 4px 0; }
.gv-details .check-verdict.pass b { color: ${c('testing-iconPassed', '#73c991')}; }
.gv-details .check-verdict.fail b, .gv-details .check-error, .gv-details tr.over td { color: ${c('testing-iconFailed', '#f14c4c')}; }
.gv-details .check-table th { text-align: left; font-weight: normal; color: ${c('descriptionForeground', '#9d9d9d')}; }
.gv-details .check-table td:first-child { width: auto; }
.gv-details .check-note { font-size: 11px; }
.gv-details a { color: ${c('textLink-foreground', '#3794ff')}; cursor: pointer; text-decoration: none; }
`;
}
