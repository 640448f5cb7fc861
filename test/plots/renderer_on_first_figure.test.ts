// In the esbuild bundles (scripts/resvg-sync-init.mjs) the plot renderer compiles at the first
// figure, not at kernel start: preparing it is free, a program that never plots never loads the
// wasm, and the first figure's PNG has the same bytes as the asynchronously started renderer's
// (the path tests under tsx take). The bundle is built here with the build's plugins and run in a
// fresh process, where nothing else has started the renderer (nor loaded undici).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { preparePlotRendering, svgToPng } from '../../src/plots/render/png';

const root = path.join(__dirname, '../..');
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect x="3" y="2" width="30" height="20" fill="#1f77b4"/><circle cx="20" cy="15" r="9" fill="rgba(255,127,14,0.5)"/></svg>';

describe('plots: the bundled renderer starts at the first figure', function () {
  this.timeout(120_000);

  it('prepares without compiling, renders the same PNG bytes as the async start, never loads undici', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-renderer-'));
    const { resvgSyncInit } = await import(path.join(root, 'scripts/resvg-sync-init.mjs'));
    await esbuild.build({
      absWorkingDir: root, entryPoints: ['src/plots/index.ts'], outfile: path.join(dir, 'plots.js'),
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', plugins: [resvgSyncInit],
    });
    fs.mkdirSync(path.join(dir, 'plots'));
    fs.copyFileSync(path.join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'), path.join(dir, 'plots/resvg.wasm'));
    const script = `
      const p = require(${JSON.stringify(path.join(dir, 'plots.js'))});
      p.preparePlotRendering().then(() => {
        const prepared = { startsOnFirstFigure: p.startsOnFirstFigure, ready: p.isPlotRenderingReady(), loaded: p.isPlotRendererLoaded() };
        const png = Buffer.from(p.svgToPng(${JSON.stringify(svg)})).toString('base64');
        const undici = process.moduleLoadList.some((m) => m.includes('undici'));
        console.log(JSON.stringify({ prepared, loadedAfter: p.isPlotRendererLoaded(), undici, png }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    assert.deepEqual(out.prepared, { startsOnFirstFigure: true, ready: true, loaded: false });
    assert.equal(out.loadedAfter, true);
    assert.equal(out.undici, false);
    await preparePlotRendering();
    assert.equal(out.png, Buffer.from(svgToPng(svg)).toString('base64'));
  });
});
