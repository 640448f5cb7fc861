// The esbuild bundle renders figures on its own: src/plots bundled the way scripts/build.mjs does,
// its font and wasm copied next to it, then loaded from a temp folder (no source tree, no
// node_modules in reach) in a fresh Node process that draws a figure to PNG and SVG.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

describe('plots: the bundled engine', () => {
  it('renders a figure to PNG and SVG from dist/plots.js with its assets in dist/plots/', async function () {
    this.timeout(120000);
    const esbuild = await import('esbuild');
    const { targets } = await import(path.join(ROOT, 'scripts', 'build.mjs'));
    const dist = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-plots-bundle-')), 'dist');
    await esbuild.build({ ...targets.plots, absWorkingDir: ROOT, outfile: path.join(dist, 'plots.js'), sourcemap: false, logLevel: 'silent' });
    fs.mkdirSync(path.join(dist, 'plots'));
    fs.copyFileSync(path.join(ROOT, 'media', 'fonts', 'DejaVuSans.ttf'), path.join(dist, 'plots', 'DejaVuSans.ttf'));
    fs.copyFileSync(path.join(ROOT, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm'), path.join(dist, 'plots', 'resvg.wasm'));
    const script = `
      const p = require('./plots.js');
      p.preparePlotRendering().then(() => {
        const plt = new p.PyPlot();
        plt.plot([[1, 4, 9, 16]], { label: 'squares' });
        plt.title('bundled'); plt.legend();
        const out = p.figureOutput(plt.gcf());
        const png = Buffer.from(out['image/png'], 'base64');
        const svg = new TextDecoder().decode(p.figureBytes(plt.gcf(), 'f.svg').data);
        console.log(JSON.stringify({ text: out['text/plain'], sig: png.subarray(1, 4).toString(), w: png.readUInt32BE(16), h: png.readUInt32BE(20), svg: svg.slice(0, 4) }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: dist, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const result = JSON.parse(r.stdout.trim());
    assert.deepStrictEqual(result, { text: '<Figure size 640x480 with 1 Axes>', sig: 'PNG', w: 640, h: 480, svg: '<svg' });
  });
});
