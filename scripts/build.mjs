#!/usr/bin/env node
// Bundles Gradbook with esbuild. Each target is one small entry in `targets`; `--e2e` adds the
// in-host test suite, `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';
import { resvgSyncInit } from './resvg-sync-init.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const browser = { bundle: true, platform: 'browser', format: 'esm', target: 'es2022', minify: true, sourcemap: true, logLevel: 'warning' };
// Node bundles are rewritten ASCII-only (ascii-only.mjs: V8 keeps a one-byte source string), and
// resvg gets a synchronous start, so the plot renderer compiles at the first figure (resvg-sync-init.mjs).
const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', plugins: [resvgSyncInit, asciiOnly] };

export const targets = {
  extension: { ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The kernel process (dist/kernel.js: relay and interrupt flag) and its worker thread (dist/worker.js: Python).
  kernel: { ...node, entryPoints: ['src/worker/processMain.ts'], outfile: 'dist/kernel.js' },
  worker: { ...node, entryPoints: ['src/worker/main.ts'], outfile: 'dist/worker.js' },
  cli: { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The editor's language worker thread (completion, hover, signature help, diagnostics).
  language: { ...node, entryPoints: ['src/language/worker.ts'], outfile: 'dist/language.js' },
  // Tensor, gradient and training views (dist/renderers/<view>.js) and the gradient side panel.
  views: { ...browser, outdir: 'dist/renderers', entryPoints: { tensor: 'src/renderers/tensor/index.ts', gradients: 'src/renderers/gradients/index.ts', training: 'src/renderers/training/index.ts', summaries: 'src/renderers/summaries/index.ts' } },
  viewPanels: { ...browser, outdir: 'dist/webviews', entryPoints: { gradients: 'src/webviews/gradients/main.ts', tensor: 'src/webviews/tensor/main.ts', summaries: 'src/webviews/summaries/main.ts' } },
  // Notebook renderers and panel UIs: browser ES modules, one entry per view (dist/renderers/graph.js).
  renderers: { ...browser, entryPoints: { graph: 'src/renderers/graph/index.ts' }, outdir: 'dist/renderers' },
  webviews: { ...browser, entryPoints: { graph: 'src/webviews/graph/main.ts' }, outdir: 'dist/webviews' },
  // The plotting engine on its own (the Python binding will pull it into the worker and CLI too);
  // its font and resvg's wasm are copied to dist/plots/ by copyPlotAssets().
  plots: { ...node, entryPoints: ['src/plots/index.ts'], outfile: 'dist/plots.js' },
};

/** Files src/plots/render/assets.ts looks for next to the bundles at run time. */
export function copyPlotAssets() {
  const dir = path.join(root, 'dist', 'plots');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(root, 'media', 'fonts', 'DejaVuSans.ttf'), path.join(dir, 'DejaVuSans.ttf'));
  fs.copyFileSync(path.join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'), path.join(dir, 'resvg.wasm'));
}

/** The in-host mocha suite: index.js (the runner VS Code calls) and one bundle per test file. */
function e2eTarget() {
  const dir = path.join(root, 'test/e2e/suite');
  const entryPoints = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `test/e2e/suite/${f}`);
  return { ...node, entryPoints, outdir: 'out/e2e/suite', external: ['vscode', 'mocha'] };
}

export async function build({ e2e = false, watch = false } = {}) {
  const all = { ...targets, ...(e2e ? { e2e: e2eTarget() } : {}) };
  const started = Date.now();
  copyPlotAssets();
  for (const [name, options] of Object.entries(all)) {
    const config = { absWorkingDir: root, ...options };
    if (watch) {
      const ctx = await esbuild.context(config);
      await ctx.watch();
    } else {
      await esbuild.build(config).catch(() => { throw new Error(`build of ${name} failed`); });
    }
  }
  if (!watch) process.stderr.write(`[build] ${Object.keys(all).join(', ')} in ${Date.now() - started} ms\n`);
}

/** Builds and packs gradbook-<version>.vsix with vsce 3.x from the e2e tools cache (vsce 4 needs Node 22). */
export async function packageVsix() {
  await build();
  const { setup, toolPath } = await import('./e2e-setup.mjs');
  setup();
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const out = path.join(root, `gradbook-${version}.vsix`);
  // The bundles hold all code, so no dependency needs packing; .vscodeignore picks the files.
  // The packaged readme has no relative images (vsce refuses them without a repository URL).
  execFileSync(process.execPath, [toolPath('@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--readme-path', 'docs/vsix-README.md', '--out', out],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const task = args.includes('--vsix') ? packageVsix() : build({ e2e: args.includes('--e2e'), watch: args.includes('--watch') });
  task.catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
