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
    ready = initWasm(fs.readFileSync(findAsset('resvg.wasm'))).then(() => { initialized = true; });
  }
  return ready;
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
