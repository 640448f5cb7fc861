// matplotlib.image: imread of PNG files (float32 in [0, 1], as matplotlib reads PNGs) and imsave
// (an array written pixel for pixel, colormapped when 2-D), through the session's FileSystem.
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { E, pyException } from '../../exceptions';
import { entry, installTable, type TableEntry } from '../../bind';
import { sessionFileSystem } from '../../io/session-files';
import { NDArray } from '../../../engine';
import { convertIndexedToRgb, decode, encode } from 'fast-png';
import { getColormap, Normalize } from '../../../plots';
import { PyNDArray } from '../numpy/ndarray_object';
import { jsValue, typedArray } from './convert';
import { cmapNamed } from './colors';

function formatOf(fname: string, format: PyValue): string {
  const f = format === null ? /\.([A-Za-z0-9]+)$/.exec(fname)?.[1] ?? 'png' : String(format);
  return f.toLowerCase();
}

function readPng(fname: string): PyNDArray {
  const bytes = sessionFileSystem().readFile(fname);
  let png;
  try {
    png = decode(bytes);
  } catch (e) {
    throw pyException(E.ValueError, `imread: ${fname} is not a readable PNG file (${(e as Error).message})`);
  }
  let { data, channels } = png;
  if ((png as { palette?: unknown }).palette) {
    data = convertIndexedToRgb(png as never);
    channels = data.length / (png.width * png.height);
  }
  const scale = png.depth === 16 ? 65535 : png.depth === 8 ? 255 : 2 ** png.depth - 1;
  const out = Float32Array.from(data as ArrayLike<number>, (v) => v / scale);
  // Gray PNGs read as 2-D arrays; gray with alpha as luminance + alpha (matplotlib keeps both channels).
  const shape = channels === 1 ? [png.height, png.width] : [png.height, png.width, channels];
  return new PyNDArray(new NDArray('float32', shape, out));
}

export const IMAGE_TABLE: readonly TableEntry[] = [
  entry({ name: 'image.imread', doc: 'Read a PNG image from a file into an array (float32 in [0, 1]).', params: [{ name: 'fname' }, { name: 'format', default: null }] }, (a) => {
    const fname = String(jsValue(a.fname as PyValue));
    const format = formatOf(fname, a.format as PyValue);
    if (format !== 'png') throw pyException(E.NotImplementedError, `imread() argument 'format' value '${format}' is not supported by Gradbook: only PNG files are read`);
    return readPng(fname);
  }),
  entry({
    name: 'image.imsave', doc: 'Colormap and save an array as a PNG image file (one pixel per element).',
    params: [{ name: 'fname' }, { name: 'arr' }, { name: 'vmin', default: null }, { name: 'vmax', default: null }, { name: 'cmap', default: null },
      { name: 'format', default: null }, { name: 'origin', default: null }, { name: 'dpi', default: 100 },
      { name: 'metadata', default: null, kind: 'keyword', unsupported: true }, { name: 'pil_kwargs', default: null, kind: 'keyword', unsupported: true }],
  }, (a) => {
    const fname = String(jsValue(a.fname as PyValue));
    const format = formatOf(fname, a.format as PyValue);
    if (format !== 'png') throw pyException(E.NotImplementedError, `imsave() argument 'format' value '${format}' is not supported by Gradbook: only PNG files are written`);
    const arr = typedArray(a.arr as PyValue);
    const rgba = toRGBA8(arr, a);
    const [h, w] = arr.shape;
    const rows = a.origin === 'lower' ? flip(rgba, w, h) : rgba;
    sessionFileSystem().writeFile(fname, encode({ width: w, height: h, data: rows, channels: 4, depth: 8 }));
    return null;
  }),
];

function toRGBA8(arr: NDArray, a: Record<string, unknown>): Uint8Array {
  const src = arr.data as ArrayLike<number>;
  const n = arr.shape[0] * arr.shape[1];
  const out = new Uint8Array(n * 4);
  if (arr.rank === 2) {
    const cmap = a.cmap === null ? getColormap('viridis') : cmapNamed(a.cmap as PyValue, 'viridis', null);
    const norm = new Normalize(a.vmin === null ? null : Number(jsValue(a.vmin as PyValue)), a.vmax === null ? null : Number(jsValue(a.vmax as PyValue)));
    const values = Float64Array.from(src, Number);
    norm.autoscaleNone(values);
    cmap.mapToBytes(norm.mapAll(values), out);
    return out;
  }
  if (arr.rank !== 3 || (arr.shape[2] !== 3 && arr.shape[2] !== 4)) throw pyException(E.ValueError, `imsave: array of shape (${arr.shape.join(', ')}) is not an image (MxN, MxNx3 or MxNx4)`);
  const c = arr.shape[2];
  const isInt = arr.dtype !== 'float32' && arr.dtype !== 'float64';
  for (let p = 0; p < n; p++) {
    for (let k = 0; k < 4; k++) {
      const v = k < c ? Number(src[p * c + k]) : isInt ? 255 : 1;
      out[p * 4 + k] = Math.max(0, Math.min(255, Math.round(isInt ? v : v * 255)));
    }
  }
  return out;
}

function flip(rgba: Uint8Array, w: number, h: number): Uint8Array {
  const out = new Uint8Array(rgba.length);
  for (let r = 0; r < h; r++) out.set(rgba.subarray(r * w * 4, (r + 1) * w * 4), (h - 1 - r) * w * 4);
  return out;
}

export function makeImageModule(): PyModule {
  const m = new PyModule('matplotlib.image');
  installTable(m, IMAGE_TABLE);
  return m;
}
