// SVG → PNG with resvg (WebAssembly: no native build, runs in plain Node and in the bundles).
// Text is already glyph paths, so resvg needs no fonts. The wasm module compiles asynchronously
// once; hosts await preparePlotRendering() before running cells, and rendering is synchronous after.
import * as fs from 'fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { findAsset } from './assets';

let ready: Promise<void> | null = null;
let initialized = false;

export function preparePlotRendering(): Promise<void> {
  if (!ready) {
    // The font is parsed on first use, not here: parsing DejaVu Sans costs ~250 ms of CPU and
    // ~20 MB, which every kernel start paid before its first cell even when nothing was plotted.
    const bytes = fs.readFileSync(findAsset('resvg.wasm'));
    ready = withoutFetchGlobals(() => initWasm(bytes)).then(() => { initialized = true; });
  }
  return ready;
}

const FETCH_GLOBALS = ['Request', 'Response'] as const;

/**
 * resvg's wasm-bindgen loader asks `typeof Request` and `typeof Response` to see whether it was
 * handed a fetch; in Node the first look at either global loads the whole fetch implementation
 * (undici, ~100 ms of CPU at every kernel start, for a program that may never plot). It is handed
 * bytes, so while it starts the two globals read as undefined; Node's lazy getters come back after.
 */
function withoutFetchGlobals(start: () => Promise<void>): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const saved = FETCH_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(g, name)] as const);
  for (const name of FETCH_GLOBALS) Object.defineProperty(g, name, { value: undefined, configurable: true, writable: true });
  const restore = () => {
    for (const [name, d] of saved) {
      if (d) Object.defineProperty(g, name, d);
      else delete g[name];
    }
  };
  let started: Promise<void>;
  try {
    started = start();
  } catch (e) {
    restore();
    throw e;
  }
  return started.finally(restore);
}

export function isPlotRenderingReady(): boolean { return initialized; }

export interface PngOptions { background?: string; crop?: { left: number; top: number; right: number; bottom: number } }

export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  if (!initialized) throw new Error('Gradbook plots: call and await preparePlotRendering() once before rendering PNG figures');
  const r = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' }, ...(options.background ? { background: options.background } : {}), ...(options.crop ? { crop: options.crop } : {}) });
  const img = r.render();
  try {
    return img.asPng();
  } finally {
    img.free();
    r.free();
  }
}

/** RGBA pixels of a rendered SVG (tests compare these with matplotlib's). */
export function svgToPixels(svg: string): { width: number; height: number; pixels: Uint8Array } {
  if (!initialized) throw new Error('Gradbook plots: call and await preparePlotRendering() once before rendering PNG figures');
  const r = new Resvg(svg, { font: { loadSystemFonts: false } });
  const img = r.render();
  try {
    return { width: img.width, height: img.height, pixels: img.pixels.slice() };
  } finally {
    img.free();
    r.free();
  }
}
