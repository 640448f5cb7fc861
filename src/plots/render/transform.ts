// Data, axes-fraction and figure-fraction coordinates to pixels (y down), one object per Axes.
// The data scales are d3-scale linear scales over the view limits.
import { scaleLinear, ScaleLinear } from 'd3-scale';
import type { Coords } from '../model/artist';
import type { PixelBox } from '../layout/boxes';

export class AxesTransform {
  readonly sx: ScaleLinear<number, number>;
  readonly sy: ScaleLinear<number, number>;
  constructor(readonly box: PixelBox, xlim: [number, number], ylim: [number, number], readonly figW: number, readonly figH: number, readonly dpi: number) {
    this.sx = scaleLinear().domain(xlim).range([box.x, box.x + box.w]);
    this.sy = scaleLinear().domain(ylim).range([box.y + box.h, box.y]);
  }

  /** Points to pixels at this figure's dpi. */
  pt(v: number): number { return (v * this.dpi) / 72; }

  x(v: number, coords: Coords = 'data'): number {
    if (coords === 'axes' || coords === 'xaxes') return this.box.x + v * this.box.w;
    if (coords === 'figure') return v * this.figW;
    return this.sx(v);
  }

  y(v: number, coords: Coords = 'data'): number {
    if (coords === 'axes' || coords === 'yaxes') return this.box.y + (1 - v) * this.box.h;
    if (coords === 'figure') return (1 - v) * this.figH;
    return this.sy(v);
  }
}
