// AxesImage (imshow, matshow): a 2-D array colored through cmap and norm, or RGB(A) pixels as is.
import { Colormap } from '../colors/colormap';
import { Normalize } from '../colors/norm';
import { getColormap } from '../colors/registry';
import { Dense, PlotData, toDense } from '../data';
import { typeError } from '../errors';
import { Artist } from './artist';
import { Mappable } from './collections';

export type Interpolation = 'antialiased' | 'nearest' | 'none' | 'bilinear' | 'bicubic' | 'hanning' | 'lanczos' | 'gaussian' | 'spline16' | 'quadric';

export class AxesImage extends Artist implements Mappable {
  readonly kind = 'image';
  zorder = 0;
  rows: number;
  cols: number;
  /** 1 for colormapped data, 3 or 4 for RGB(A) pixels. */
  channels: number;
  interpolation: Interpolation = 'antialiased';
  origin: 'upper' | 'lower' = 'upper';
  /** left, right, bottom, top in data coordinates. */
  extent: [number, number, number, number];

  constructor(public data: Dense, public cmap: Colormap, public norm: Normalize) {
    super();
    [this.rows, this.cols, this.channels] = checkImageShape(data.shape);
    this.extent = [-0.5, this.cols - 0.5, this.rows - 0.5, -0.5];
  }

  mappedValues(): Float64Array | null { return this.channels === 1 ? this.data.data : null; }

  set_data(A: PlotData): void {
    const d = toDense(A, 'set_data');
    const [rows, cols, channels] = checkImageShape(d.shape);
    this.data = d; this.rows = rows; this.cols = cols; this.channels = channels;
  }
  set_array(A: PlotData): void { this.set_data(A); }
  get_array(): Dense { return this.data; }
  set_cmap(c: string | Colormap): void { this.cmap = typeof c === 'string' ? getColormap(c) : c; }
  get_cmap(): Colormap { return this.cmap; }
  set_clim(vmin?: number | null | [number, number], vmax?: number | null): void {
    if (Array.isArray(vmin)) [vmin, vmax] = vmin;
    if (vmin !== undefined && vmin !== null) this.norm.vmin = vmin as number;
    if (vmax !== undefined && vmax !== null) this.norm.vmax = vmax;
  }
  get_clim(): [number, number] { return [this.norm.vmin ?? 0, this.norm.vmax ?? 1]; }
  set_interpolation(s: Interpolation): void { this.interpolation = s; }
  get_extent(): [number, number, number, number] { return this.extent; }

  /** 8-bit RGBA pixels, row 0 first as stored (the renderer flips for origin='lower'). */
  toRGBA8(): Uint8Array {
    const n = this.rows * this.cols;
    const out = new Uint8Array(n * 4);
    const src = this.data.data;
    if (this.channels === 1) {
      this.norm.autoscaleNone(src);
      this.cmap.mapToBytes(this.norm.mapAll(src), out, this.alpha);
      return out;
    }
    // RGB(A) floats are 0..1, integers 0..255 (matplotlib decides by dtype; the binding passes ints as >1 values).
    const isByte = src.some((v) => v > 1);
    for (let p = 0; p < n; p++) {
      for (let c = 0; c < 4; c++) {
        const v = c < this.channels ? src[p * this.channels + c] : isByte ? 255 : 1;
        out[p * 4 + c] = Math.max(0, Math.min(255, Math.round(isByte ? v : v * 255)));
      }
      if (this.alpha !== null) out[p * 4 + 3] = Math.round(out[p * 4 + 3] * this.alpha);
    }
    return out;
  }
}

function checkImageShape(shape: readonly number[]): [number, number, number] {
  if (shape.length === 2) return [shape[0], shape[1], 1];
  if (shape.length === 3 && (shape[2] === 3 || shape[2] === 4)) return [shape[0], shape[1], shape[2]];
  throw typeError(`Invalid shape (${shape.join(', ')}${shape.length === 1 ? ',' : ''}) for image data`);
}
