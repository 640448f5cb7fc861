// A page for the tensor, gradient and training renderer tests: bundles the renderers and the
// gradient side panel, serves them on localhost under a strict CSP with VS Code theme
// variables (dark or light), and renders payloads the way VS Code calls a renderer.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gradientsPanelHtml } from '../../src/webviews/gradients/html';

import { launchChromium, playwrightAvailable, artifactsDir } from './browser';
import { serveFolder } from './static_server';
export { launchChromium, playwrightAvailable, artifactsDir };

const ROOT = path.join(__dirname, '..', '..');
// playwright-core is installed in .cache/e2e-tools, outside the compiler's reach.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Page = any;

const themes = {
  dark: `--vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc; --vscode-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d;
  --vscode-charts-blue: #3794ff; --vscode-charts-red: #f14c4c; --vscode-charts-orange: #d18616; --vscode-focusBorder: #0078d4; --vscode-panel-border: #2b2b2b;
  --vscode-list-hoverBackground: #2a2d2e; --vscode-list-activeSelectionBackground: #04395e; --vscode-list-activeSelectionForeground: #ffffff;
  --vscode-editorWarning-foreground: #cca700; --vscode-progressBar-background: #0078d4; --vscode-editorWidget-border: #454545;`,
  light: `--vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b; --vscode-foreground: #3b3b3b; --vscode-descriptionForeground: #717171;
  --vscode-charts-blue: #1a85ff; --vscode-charts-red: #e51400; --vscode-charts-orange: #d18616; --vscode-focusBorder: #005fb8; --vscode-panel-border: #e5e5e5;
  --vscode-list-hoverBackground: #f2f2f2; --vscode-list-activeSelectionBackground: #e8e8e8; --vscode-list-activeSelectionForeground: #000000;
  --vscode-editorWarning-foreground: #bf8803; --vscode-progressBar-background: #005fb8; --vscode-editorWidget-border: #c8c8c8;`,
};
const themeCss = (vars: string, bg: string) => `:root { ${vars}
  --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: 'DejaVu Sans Mono', monospace; }
body { margin: 0; padding: 12px; background: ${bg}; }`;

const csp = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'`;
const page = (theme: string) => `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="theme-${theme}.css">
<script type="module" src="views-page.js"></script>
</head><body><div id="out"></div></body></html>`;

// Renders a payload with one renderer, as VS Code does; an update calls renderOutputItem again
// on the same element (an in-place output replaced its item).
const pageScript = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
const apis = {};
const elements = {};
window.renderView = async (renderer, mime, url, slot = 'main') => {
  const payload = await (await fetch(url)).json();
  apis[renderer] ??= (await import('./' + renderer + '.js')).activate({ setState() {}, getState() {}, workspace: { isTrusted: true }, settings: {} });
  let element = elements[slot];
  if (!element) { element = elements[slot] = document.createElement('div'); element.id = 'slot-' + slot; document.getElementById('out').appendChild(element); }
  const text = JSON.stringify(payload);
  apis[renderer].renderOutputItem({ id: slot, mime, metadata: {}, json: () => payload, text: () => text, data: () => new TextEncoder().encode(text), blob: () => new Blob([text]) }, element, new AbortController().signal);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return element.id;
};`;

export interface ViewsPage {
  origin: string;
  /** The renderer page URL in a theme. */
  url(theme?: 'dark' | 'light'): string;
  /** The gradient side panel's HTML (from src/webviews/gradients/html.ts) under its own CSP. */
  panelUrl: string;
  addPayload(name: string, payload: unknown): string;
  close(): Promise<void>;
}

export async function serveViews(): Promise<ViewsPage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-views-'));
  const browser = { absWorkingDir: ROOT, bundle: true, format: 'esm' as const, platform: 'browser' as const, target: 'es2022', minify: true, logLevel: 'warning' as const };
  await esbuild.build({ ...browser, outdir: dir, entryPoints: { tensor: 'src/renderers/tensor/index.ts', gradients: 'src/renderers/gradients/index.ts', training: 'src/renderers/training/index.ts', summaries: 'src/renderers/summaries/index.ts' } });
  await esbuild.build({ ...browser, outfile: path.join(dir, 'panel-gradients.js'), entryPoints: ['src/webviews/gradients/main.ts'] });
  for (const t of ['dark', 'light'] as const) {
    fs.writeFileSync(path.join(dir, `${t}.html`), page(t));
    fs.writeFileSync(path.join(dir, `theme-${t}.css`), themeCss(themes[t], t === 'dark' ? '#1f1f1f' : '#ffffff'));
  }
  fs.writeFileSync(path.join(dir, 'views-page.js'), pageScript);
  // The panel as the extension would serve it; the theme comes from the webview host there.
  const nonce = 'testnonce0123456789';
  const panel = gradientsPanelHtml({ scriptUri: 'panel-gradients.js', cspSource: "'self'", nonce }).replace('</head>', '<link rel="stylesheet" href="theme-dark.css">\n</head>');
  fs.writeFileSync(path.join(dir, 'panel.html'), panel);
  const server = await serveFolder(dir);
  const origin = server.origin;
  return {
    origin,
    url: (theme = 'dark') => `${origin}/${theme}.html`,
    panelUrl: `${origin}/panel.html`,
    addPayload(name, payload) { fs.writeFileSync(path.join(dir, name), JSON.stringify(payload)); return `/${name}`; },
    async close() { await server.close(); fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

export function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'));
}

/** Renders a fixture and returns a locator for its element. */
export async function renderFixture(pg: Page, views: ViewsPage, renderer: string, mime: string, name: string, slot = 'main') {
  const url = views.addPayload(name, fixture(name));
  const id = await pg.evaluate(([r, m, u, s]: string[]) => (window as any).renderView(r, m, u, s), [renderer, mime, url, slot]);
  return pg.locator(`#${id}`);
}

export async function cspViolations(pg: Page): Promise<string[]> {
  return pg.evaluate(() => (window as any).cspViolations as string[]);
}

/**
 * Mocha hooks for a rendering suite: one Chromium and one views server for the suite, a fresh
 * dark-themed page per test. Skips the suite when playwright-core or Chromium is missing.
 */
export function useViewsPage(ctx: Mocha.Suite, viewport: { width: number; height: number }): { readonly page: Page; readonly views: ViewsPage } {
  let browser: any;
  let views: ViewsPage;
  let page: Page;
  ctx.timeout(60_000);
  before(async function () {
    if (!playwrightAvailable()) { console.warn('    (skipped: run `node scripts/e2e-setup.mjs` for playwright-core and chromium)'); this.skip(); }
    fs.mkdirSync(path.join(artifactsDir, 'renderers'), { recursive: true });
    views = await serveViews();
    browser = await launchChromium();
  });
  after(async () => { await browser?.close(); await views?.close(); });
  beforeEach(async () => {
    page = await browser.newPage({ viewport });
    await page.goto(views.url('dark'));
  });
  afterEach(async () => { await page?.close(); });
  return { get page() { return page; }, get views() { return views; } };
}
