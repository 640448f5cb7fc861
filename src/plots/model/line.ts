// Line2D: a polyline with optional markers (plot, axhline, errorbar's data line).
import { RGBA, ColorSpec, toRGBA } from '../colors/parse';
import { PlotData, toVector } from '../data';
import { Artist, Coords } from './artist';

export type LineStyle = '-' | '--' | '-.' | ':' | 'None';

export class Line2D extends Artist {
  readonly kind = 'line';
  zorder = 2;
  color: RGBA = [0, 0, 0, 1];
  linewidth = 1.5;
  linestyle: LineStyle = '-';
  marker = 'None';
  markersize = 6;
  markeredgewidth = 1;
  /** null: the line's own color. */
  markerfacecolor: RGBA | null = null;
  markeredgecolor: RGBA | null = null;
  drawstyle: 'default' | 'steps-pre' | 'steps-mid' | 'steps-post' = 'default';
  /** For axhline/axvline: the span in axes fractions along the other axis. */
  coords: Coords = 'data';

  constructor(public x: Float64Array, public y: Float64Array) { super(); }

  set_data(x: PlotData, y?: PlotData): void {
    if (y === undefined && Array.isArray(x) && x.length === 2) [x, y] = x as [PlotData, PlotData];
    this.x = toVector(x, 'set_data');
    this.y = toVector(y as PlotData, 'set_data');
  }
  set_xdata(x: PlotData): void { this.x = toVector(x, 'set_xdata'); }
  set_ydata(y: PlotData): void { this.y = toVector(y, 'set_ydata'); }
  get_xdata(): Float64Array { return this.x; }
  get_ydata(): Float64Array { return this.y; }
  get_data(): [Float64Array, Float64Array] { return [this.x, this.y]; }
  set_color(c: ColorSpec): void { this.color = toRGBA(c); }
  get_color(): RGBA { return this.color; }
  set_linewidth(w: number): void { this.linewidth = w; }
  get_linewidth(): number { return this.linewidth; }
  set_linestyle(s: LineStyle): void { this.linestyle = s; }
  set_marker(m: string): void { this.marker = m; }
  set_markersize(s: number): void { this.markersize = s; }

  faceColor(): RGBA { return this.markerfacecolor ?? this.color; }
  edgeColor(): RGBA { return this.markeredgecolor ?? this.color; }
}
