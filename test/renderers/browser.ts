// A tiny page for renderer tests: bundles a renderer with esbuild into a temp dir, serves it on
// localhost under a strict CSP (no inline script or style; VS Code's dark theme variables from a
// file), and drives it with playwright-core and Debian's Chromium (node scripts/e2e-setup.mjs).
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { serveFolder } from './static_server';

const ROOT = path.join(__dirname, '..', '..');
const TOOLS = path.join(ROOT, '.cache', 'e2e-tools', 'node_modules');

// Enough of VS Code's Dark Modern theme for the views' colors.
const THEME = `:root {
  --vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc; --vscode-descriptionForeground: #9d9d9d;
  --vscode-charts-blue: #3794ff; --vscode-charts-orange: #d18616; --vscode-charts-green: #89d185; --vscode-charts-yellow: #cca700;
  --vscode-focusBorder: #0078d4; --vscode-panel-border: #2b2b2b; --vscode-badge-background: #616161; --vscode-badge-foreground: #f8f8f8;
  --vscode-button-secondaryBackground: #313131; --vscode-button-secondaryForeground: #cccccc; --vscode-button-secondaryHoverBackground: #3c3c3c;
  --vscode-editorLineNumber-foreground: #6e7681; --vscode-textLink-foreground: #4daafc;
  --vscode-font-family: system-ui, sans-serif; --vscode-editor-font-family: 'DejaVu Sans Mono', monospace;
}
body { margin: 0; padding: 12px; background: #1f1f1f; }`;

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'">
<link rel="stylesheet" href="theme.css">
<script type="module" src="page.js"></script>
</head><body><div id="out"></div></body></html>`;

// Loads the payload from payload.json and renders it the way VS Code calls a renderer.
const PAGE_SCRIPT = `import { activate } from './renderer.js';
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
window.renderPayload = async (url) => {
  const payload = await (await fetch(url)).json();
  const out = document.getElementById('out');
  out.replaceChildren();
  const element = document.createElement('div');
  out.appendChild(element);
  const started = performance.now();
  const rendered = new Promise((resolve) => element.addEventListener('gradbook:graph-rendered', (e) => resolve(e.detail), { once: true }));
  const api = activate({ setState() {}, getState() { return undefined; }, workspace: { isTrusted: true }, settings: {} });
  api.renderOutputItem({ id: 'cell-output-1', mime: 'application/vnd.gradbook.graph+json', metadata: {}, json: () => payload, text: () => JSON.stringify(payload), data: () => new Uint8Array(), blob: () => new Blob() }, element, new AbortController().signal);
  const info = await rendered;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { ...info, totalMs: performance.now() - started };
};`;

export interface RendererPage {
  url: string;
  dir: string;
  /** Puts a payload where the page can fetch it; returns its URL path. */
  addPayload(name: string, payload: unknown): string;
  close(): Promise<void>;
}

export async function serveRenderer(entry: string): Promise<RendererPage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-renderer-'));
  await esbuild.build({ absWorkingDir: ROOT, entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, outfile: path.join(dir, 'renderer.js'), logLevel: 'warning' });
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  fs.writeFileSync(path.join(dir, 'page.js'), PAGE_SCRIPT);
  fs.writeFileSync(path.join(dir, 'theme.css'), THEME);
  const server = await serveFolder(dir);
  const url = `${server.origin}/index.html`;
  return {
    url, dir,
    addPayload(name, payload) { fs.writeFileSync(path.join(dir, name), JSON.stringify(payload)); return `/${name}`; },
    async close() { await server.close(); fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

/** playwright-core's chromium, launched on Debian's Chromium with the flags these machines need. */
// playwright-core lives in the tools cache, outside the project's dependencies (and types).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Browser = any;
export async function launchChromium(): Promise<Browser> {
  const require = createRequire(path.join(TOOLS, 'playwright-core', 'package.json'));
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export function playwrightAvailable(): boolean {
  return fs.existsSync(path.join(TOOLS, 'playwright-core', 'package.json')) && fs.existsSync('/usr/bin/chromium');
}

export const artifactsDir = path.join(ROOT, 'test-artifacts');
