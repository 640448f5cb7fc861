// SVG → PNG with resvg (WebAssembly: no native build, runs in plain Node and in the bundles).
// Text is already glyph paths, so resvg needs no fonts. The wasm module compiles asynchronously
// once; hosts await preparePlotRendering() before running cells, and rendering is synchronous after.
import * as fs from 'fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { findAsset } from './assets';
import { defaultFont } from '../text/font';

let ready: Promise<void> | null = null;
let initialized = false;

export function preparePlotRendering(): Promise<void> {
  if (!ready) {
    ready = initWasm(fs.readFileSync(findAsset('resvg.wasm'))).then(() => { initialized = true; });
    defaultFont();
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
