// SVG → PNG with resvg (WebAssembly: no native build, runs in plain Node and in the bundles).
// Text is already glyph paths, so resvg needs no fonts. Hosts await preparePlotRendering() before
// running cells, and rendering is synchronous after. In the esbuild bundles resvg's loader also
// has a synchronous start (scripts/resvg-sync-init.mjs): there preparing is free and the first
// figure compiles the module (~90 ms of CPU and ~18 MB that programs which never plot no longer
// pay at every kernel start). Loaded from source (tests under tsx) it compiles asynchronously
// when prepared, as before.
import * as fs from 'fs';
import * as resvg from '@resvg/resvg-wasm';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { findAsset } from './assets';

let ready: Promise<void> | null = null;
let initialized = false;
const initWasmSync = (resvg as unknown as { initWasmSync?: (bytes: Uint8Array) => void }).initWasmSync;

/** Whether the renderer starts at its first figure (the bundles) rather than when prepared. */
export const startsOnFirstFigure = typeof initWasmSync === 'function';

/** Compiles the renderer now, synchronously, if this build can and it has not started yet. */
function startNow(): void {
  if (initialized || !initWasmSync || ready) return;
  initWasmSync(fs.readFileSync(findAsset('resvg.wasm')));
  initialized = true;
}

export function preparePlotRendering(): Promise<void> {
  if (startsOnFirstFigure) return Promise.resolve();
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

/** True once figures can be rendered synchronously: compiled, or compiled at the first figure. */
export function isPlotRenderingReady(): boolean { return initialized || startsOnFirstFigure; }

/** Whether the wasm module has been compiled in this process (tests). */
export function isPlotRendererLoaded(): boolean { return initialized; }

export interface PngOptions { background?: string; crop?: { left: number; top: number; right: number; bottom: number } }

export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  startNow();
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
  startNow();
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
