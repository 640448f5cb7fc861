// Filled shapes: rectangles (bar, barh, hist, legend frames) and polygons (fill_between, axhspan).
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { Artist, Coords } from './artist';

export abstract class Patch extends Artist {
  zorder = 1;
  facecolor: RGBA = [0.12, 0.47, 0.71, 1];
  /** Transparent edges by default (patch.force_edgecolor is False). */
  edgecolor: RGBA = [0, 0, 0, 0];
  linewidth = 1;
  linestyle: '-' | '--' | '-.' | ':' = '-';
  fill = true;
  coords: Coords = 'data';

  set_facecolor(c: ColorSpec): void { this.facecolor = toRGBA(c); }
  get_facecolor(): RGBA { return this.facecolor; }
  set_edgecolor(c: ColorSpec): void { this.edgecolor = toRGBA(c); }
  get_edgecolor(): RGBA { return this.edgecolor; }
  set_color(c: ColorSpec): void { this.facecolor = toRGBA(c); this.edgecolor = toRGBA(c); }
  set_linewidth(w: number): void { this.linewidth = w; }
}

export class Rectangle extends Patch {
  readonly kind = 'rect';
  constructor(public x: number, public y: number, public width: number, public height: number) { super(); }
  get_x(): number { return this.x; }
  get_y(): number { return this.y; }
  get_width(): number { return this.width; }
  get_height(): number { return this.height; }
  set_height(h: number): void { this.height = h; }
  set_width(w: number): void { this.width = w; }
  get_xy(): [number, number] { return [this.x, this.y]; }
}

export class Polygon extends Patch {
  readonly kind = 'polygon';
  /** An open polygon is stroked without its closing edge (hist's 'step' outline). */
  closed = true;
  /** Closed rings of [x, y] vertices (fill_between with where= makes several). */
  constructor(public rings: [number, number][][]) { super(); }
  get_xy(): [number, number][] { return this.rings[0] ?? []; }
}
