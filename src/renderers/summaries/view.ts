// The Summaries view: every scalar tag as a line chart and every histogram tag as ridges over
// steps, grouped by run (the FileWriter's logdir) as TensorBoard groups them. The side panel and
// the cell output (renderers/summaries/index.ts) both draw with it.
import { h } from '../common/dom';
import { installStyles } from '../common/styles';
import type { SummariesPayload } from '../../shared/payloads/summaries';
import { scalarChart } from './scalar_chart';
import { histogramChart } from './histogram_chart';

const STYLES = `
.gb-summaries .gb-cards { display: flex; flex-wrap: wrap; gap: 12px; }
.gb-summaries .gb-card { border: 1px solid var(--vscode-panel-border, #8884); border-radius: 4px; padding: 6px 8px; }
.gb-summaries .gb-card .gb-tag { font-weight: 600; }
.gb-summaries .gb-chart text { font-size: 10px; fill: var(--vscode-descriptionForeground, #999); }
.gb-summaries .gb-chart .gb-grid { stroke: var(--vscode-panel-border, #8883); stroke-width: 1; }
.gb-summaries .gb-scalar path.gb-line { fill: none; stroke: var(--vscode-charts-orange, #d18616); stroke-width: 1.5; }
.gb-summaries .gb-scalar circle.gb-end { fill: var(--vscode-charts-orange, #d18616); }
.gb-summaries .gb-histograms path.gb-ridge { fill: var(--vscode-charts-blue, #3794ff); stroke: var(--vscode-editor-background, #1e1e1e); stroke-width: .6; }
`;

/** `where` marks the side panel or a cell's output (so a page holding both tells them apart). */
export function renderSummaries(payload: SummariesPayload, root: HTMLElement, where: 'panel' | 'output' = 'output'): void {
  installStyles(root);
  installSummaryStyles(root);
  const runs = [...new Set([...payload.scalars.map(x => x.run), ...payload.histograms.map(x => x.run)])];
  const card = (tag: string, chart: SVGSVGElement, last: string) => h('div', { className: 'gb-card' }, h('div', {}, h('span', { className: 'gb-tag' }, tag), ' ', h('span', { className: 'gb-muted' }, last)), chart);
  root.replaceChildren(h('div', { className: 'gb-view gb-summaries', 'data-view': where }, ...runs.map(run => {
    const scalars = payload.scalars.filter(x => x.run === run);
    const histograms = payload.histograms.filter(x => x.run === run);
    return h('section', { className: 'gb-section gb-run', 'data-run': run },
      h('h3', {}, run),
      scalars.length ? h('div', { className: 'gb-cards' }, ...scalars.map(x => card(x.tag, scalarChart(x), `step ${x.steps[x.steps.length - 1]}`))) : null,
      histograms.length ? h('div', { className: 'gb-cards' }, ...histograms.map(x => card(x.tag, histogramChart(x), `${x.steps.length} steps`))) : null);
  })));
}

const styledRoots = new WeakSet<Document | ShadowRoot>();
/**
 * A constructed sheet (allowed by the panels' CSP), as common/styles.ts installs its own: on the
 * document of the side panel, or on the shadow root a notebook output may be drawn in.
 */
function installSummaryStyles(near: Node): void {
  const found = near.getRootNode();
  const root: Document | ShadowRoot = found instanceof ShadowRoot ? found : document;
  if (styledRoots.has(root)) return;
  styledRoots.add(root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
