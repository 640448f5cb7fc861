// Collections: many similar shapes drawn from arrays (scatter markers, errorbar and vlines segments).
import { Colormap } from '../colors/colormap';
import { Normalize } from '../colors/norm';
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { PlotData, toDense } from '../data';
import { Artist } from './artist';

/** A collection that can be colored through a colormap (scatter with c=values): a "mappable". */
export interface Mappable {
  cmap: Colormap;
  norm: Normalize;
  /** The mapped values, when colors come from data. */
  mappedValues(): Float64Array | null;
}

/** scatter(): one marker per point; sizes in points², colors per point or from values. */
export class PathCollection extends Artist implements Mappable {
  readonly kind = 'scatter';
  zorder = 1;
  /** Explicit face colors (cycled over points) when `values` is null. */
  facecolors: RGBA[] = [];
  edgecolors: RGBA[] | 'face' = 'face';
  linewidths: number[] = [1.5];
  values: Float64Array | null = null;

  constructor(public x: Float64Array, public y: Float64Array, public sizes: Float64Array, public marker: string,
    public cmap: Colormap, public norm: Normalize) { super(); }

  mappedValues(): Float64Array | null { return this.values; }

  /** Face color of point i after colormapping and alpha. */
  faceColorAt(i: number): RGBA {
    const base = this.values ? this.cmap.call(this.norm.call(this.values[i])) : this.facecolors[i % this.facecolors.length] ?? [0, 0, 0, 0];
    return this.alpha === null ? base : [base[0], base[1], base[2], base[3] === 0 ? 0 : this.alpha];
  }

  edgeColorAt(i: number): RGBA {
    if (this.edgecolors === 'face') return this.faceColorAt(i);
    const c = this.edgecolors[i % this.edgecolors.length] ?? [0, 0, 0, 0];
    return this.alpha === null ? c : [c[0], c[1], c[2], c[3] === 0 ? 0 : this.alpha];
  }

  sizeAt(i: number): number { return this.sizes[i % this.sizes.length]; }

  /** `set_offsets(xy)` with an (N, 2) array, as animations of scatter points do. */
  set_offsets(xy: PlotData): void {
    const d = toDense(xy, 'set_offsets');
    const n = d.data.length / 2;
    this.x = new Float64Array(n); this.y = new Float64Array(n);
    for (let i = 0; i < n; i++) { this.x[i] = d.data[2 * i]; this.y[i] = d.data[2 * i + 1]; }
  }
  get_offsets(): [number, number][] { return Array.from(this.x, (x, i) => [x, this.y[i]]); }
  set_array(values: PlotData): void { this.values = toDense(values, 'set_array').data; }
  set_color(c: ColorSpec): void { this.values = null; this.facecolors = [toRGBA(c)]; this.edgecolors = 'face'; }
}

/** LineCollection: independent straight segments (errorbar bars, vlines, hlines). */
export class LineCollection extends Artist {
  readonly kind = 'segments';
  zorder = 2;
  colors: RGBA[] = [[0, 0, 0, 1]];
  linewidth = 1.5;
  linestyle: '-' | '--' | '-.' | ':' = '-';
  /** Each row: x0, y0, x1, y1 in data coordinates. */
  constructor(public segments: [number, number, number, number][]) { super(); }
  set_color(c: ColorSpec): void { this.colors = [toRGBA(c)]; }
}
