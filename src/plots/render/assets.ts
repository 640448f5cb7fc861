// Files the renderer needs at run time: the DejaVu Sans font and resvg's WebAssembly module.
// From source they live in media/fonts and node_modules; in the esbuild bundles scripts/build.mjs
// copies them to dist/plots/, next to the bundle that runs (dist/worker.js, dist/cli.js, ...).
import * as fs from 'fs';
import * as path from 'path';

export type AssetName = 'DejaVuSans.ttf' | 'resvg.wasm';

let override: string | undefined;

/** Lets a host that knows better (a test, an unusual layout) name the folder holding both files. */
export function setAssetDirectory(dir: string | undefined): void { override = dir; }

function candidates(name: AssetName): string[] {
  const bundled = [path.join(__dirname, 'plots', name), path.join(__dirname, '..', 'plots', name)];
  const repo = path.resolve(__dirname, '..', '..', '..');
  const source = name === 'resvg.wasm'
    ? path.join(repo, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm')
    : path.join(repo, 'media', 'fonts', name);
  return [...(override ? [path.join(override, name)] : []), ...bundled, source];
}

export function findAsset(name: AssetName): string {
  const all = candidates(name);
  const found = all.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`Gradbook plots: ${name} not found (looked in ${all.join(', ')})`);
  return found;
}
