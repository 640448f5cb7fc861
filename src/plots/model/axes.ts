// Axes: matplotlib's object API, method for method (snake_case names, Python's parameter order,
// keyword arguments as one object). Plotting is delegated to the plot-*.ts builders; limits, ticks
// and decorations live in axes-decor.ts.
import { PlotData, toScalar } from '../data';
import { RcParams } from '../rc';
import { legendVisible } from './artist';
import { AxesBase, Rect } from './axes-base';
import { Legend, LegendEntry, LegendHandle, legendEntries } from './legend';
import { annotate, addText, axLine, axSpan, errorbar, ErrorbarContainer, fillBetween, lineSegments } from './plot-extras';
import { BarContainer, bars, hist } from './plot-bars';
import { plotLines } from './plot-lines';
import { imshow, scatter } from './plot-mapped';
import { contour, ContourSet } from './contour';
import { Kwargs } from './props';
import * as decor from './axes-decor';
import type { Figure } from './figure';
import { Line2D } from './line';
import { AxesImage } from './image';

export class Axes extends AxesBase {
  legend_: Legend | null = null;
  containers: (BarContainer | ErrorbarContainer)[] = [];
  /** Set when this Axes is a colorbar's: it is laid out by its parent, not by subplot specs. */
  colorbarFor: { parent: Axes; orientation: 'vertical' | 'horizontal'; fraction: number; pad: number; shrink: number } | null = null;

  constructor(readonly figure: Figure, position: Rect, rc: RcParams) { super(position, rc); }

  // ---- plotting
  plot(args: readonly unknown[], kwargs?: Kwargs): Line2D[] { return plotLines(this, args, kwargs); }
  scatter(x: unknown, y: unknown, kwargs?: Kwargs) { return scatter(this, x, y, kwargs); }
  bar(x: unknown, height: PlotData, kwargs?: Kwargs) { return bars(this, 'vertical', x, height, kwargs); }
  barh(y: unknown, width: PlotData, kwargs?: Kwargs) { return bars(this, 'horizontal', y, width, kwargs); }
  hist(x: PlotData, kwargs?: Kwargs) { return hist(this, x, kwargs); }
  imshow(X: PlotData, kwargs?: Kwargs): AxesImage { return imshow(this, X, kwargs); }
  /** Axes.matshow: imshow with nearest interpolation, integer ticks, x ticks on top. */
  matshow(Z: PlotData, kwargs?: Kwargs): AxesImage {
    const img = imshow(this, Z, { origin: 'upper', interpolation: 'nearest', aspect: 'equal', ...kwargs });
    this.xaxis.tick_top();
    for (const axis of [this.xaxis, this.yaxis]) axis.locator = { kind: 'maxn', nbins: 9, integer: true, steps: [1, 2, 5, 10] };
    this.xaxis.tick.low = true; this.xaxis.tick.high = true;
    return img;
  }
  /** contour(Z) / contour(X, Y, Z), optionally with levels: isolines (contourf: filled bands). */
  contour(args: readonly unknown[], kwargs?: Kwargs): ContourSet { return contour(this, false, args, kwargs); }
  contourf(args: readonly unknown[], kwargs?: Kwargs): ContourSet { return contour(this, true, args, kwargs); }
  errorbar(x: PlotData, y: PlotData, kwargs?: Kwargs) { return errorbar(this, x, y, kwargs); }
  fill_between(x: PlotData, y1: PlotData, y2: PlotData = 0, kwargs?: Kwargs) { return fillBetween(this, x, y1, y2, kwargs); }
  axhline(y = 0, xmin = 0, xmax = 1, kwargs?: Kwargs) { return axLine(this, false, toScalar(y, 'axhline', 'y'), xmin, xmax, kwargs); }
  axvline(x = 0, ymin = 0, ymax = 1, kwargs?: Kwargs) { return axLine(this, true, toScalar(x, 'axvline', 'x'), ymin, ymax, kwargs); }
  axhspan(ymin: number, ymax: number, xmin = 0, xmax = 1, kwargs?: Kwargs) { return axSpan(this, false, ymin, ymax, xmin, xmax, kwargs); }
  axvspan(xmin: number, xmax: number, ymin = 0, ymax = 1, kwargs?: Kwargs) { return axSpan(this, true, xmin, xmax, ymin, ymax, kwargs); }
  hlines(y: PlotData, xmin: PlotData, xmax: PlotData, kwargs?: Kwargs) { return lineSegments(this, false, y, xmin, xmax, kwargs); }
  vlines(x: PlotData, ymin: PlotData, ymax: PlotData, kwargs?: Kwargs) { return lineSegments(this, true, x, ymin, ymax, kwargs); }
  text(x: number, y: number, s: unknown, kwargs?: Kwargs) { return addText(this, x, y, s, kwargs); }
  annotate(text: unknown, xy: [number, number], kwargs?: Kwargs) { return annotate(this, text, xy, kwargs); }

  /** A second y axis on the right sharing this x axis (Figure.twinx). */
  twinx(): Axes { return this.figure.twinx(this); }

  // ---- legend
  legend(args: readonly unknown[] = [], kwargs: Kwargs = {}): Legend {
    const entries = legendEntries(args, kwargs, this.autoLegendEntries(), this.legendCandidates());
    const rest = { ...kwargs };
    delete rest.handles; delete rest.labels;
    this.legend_ = new Legend(entries, rest, this.rc);
    return this.legend_;
  }
  get_legend(): Legend | null { return this.legend_; }

  /** Artists and containers in the order matplotlib's legend collects them. */
  private legendCandidates(): LegendHandle[] {
    const inContainer = new Set<unknown>(this.containers.flatMap((c): unknown[] => (c instanceof BarContainer ? c.patches : [c.lines[0], ...c.lines[1], ...c.lines[2]])));
    const kinds = ['line', 'rect', 'polygon', 'scatter', 'segments'];
    const own: LegendHandle[] = this.artists.filter((a) => kinds.includes(a.kind) && !inContainer.has(a));
    return [...own, ...this.containers];
  }

  private autoLegendEntries(): LegendEntry[] {
    return this.legendCandidates()
      .map((h) => ({ handle: h, label: (h as { label: string }).label }))
      .filter((e) => legendVisible(e.label));
  }

  // ---- decorations, limits and ticks (axes-decor.ts)
  set_title(label: unknown, kwargs?: Kwargs) { return decor.setTitle(this, label, kwargs); }
  get_title(loc: 'left' | 'center' | 'right' = 'center'): string { return this.titles[loc].text; }
  set_xlabel(label: unknown, kwargs?: Kwargs) { return decor.setAxisLabel(this, this.xaxis, label, kwargs); }
  set_ylabel(label: unknown, kwargs?: Kwargs) { return decor.setAxisLabel(this, this.yaxis, label, kwargs); }
  get_xlabel(): string { return this.xaxis.label.text; }
  get_ylabel(): string { return this.yaxis.label.text; }
  set_xlim(left?: unknown, right?: unknown, kwargs?: Kwargs) { return decor.setLimits(this, this.xaxis, left, right, kwargs); }
  set_ylim(bottom?: unknown, top?: unknown, kwargs?: Kwargs) { return decor.setLimits(this, this.yaxis, bottom, top, kwargs); }
  get_xlim(): [number, number] { return this.viewLimits('x'); }
  get_ylim(): [number, number] { return this.viewLimits('y'); }
  set_xticks(ticks: PlotData, labels?: readonly unknown[] | null, kwargs?: Kwargs) { return decor.setTicks(this, this.xaxis, ticks, labels, kwargs); }
  set_yticks(ticks: PlotData, labels?: readonly unknown[] | null, kwargs?: Kwargs) { return decor.setTicks(this, this.yaxis, ticks, labels, kwargs); }
  get_xticks(): number[] { return decor.currentTicks(this, this.xaxis); }
  get_yticks(): number[] { return decor.currentTicks(this, this.yaxis); }
  set_xticklabels(labels: readonly unknown[], kwargs?: Kwargs) { return decor.setTickLabels(this, this.xaxis, labels, kwargs); }
  set_yticklabels(labels: readonly unknown[], kwargs?: Kwargs) { return decor.setTickLabels(this, this.yaxis, labels, kwargs); }
  tick_params(kwargs: Kwargs = {}) { decor.tickParams(this, kwargs); }
  grid(visible: boolean | null = null, kwargs: Kwargs = {}) { decor.grid(this, visible, kwargs); }
  axis(arg?: unknown, kwargs?: Kwargs) { return decor.axis(this, arg, kwargs); }
  set_axis_off(): void { this.axisOn = false; }
  set_axis_on(): void { this.axisOn = true; }
  set_aspect(aspect: unknown, kwargs?: Kwargs) { decor.setAspect(this, aspect, kwargs); }
  set_box_aspect(aspect: number | null): void { this.boxAspect = aspect; }
  invert_xaxis(): void { const [a, b] = this.viewLimits('x'); this.xaxis.limits = [b, a]; }
  invert_yaxis(): void { const [a, b] = this.viewLimits('y'); this.yaxis.limits = [b, a]; }
  xaxis_inverted(): boolean { return this.xaxis.inverted; }
  yaxis_inverted(): boolean { return this.yaxis.inverted; }
  set_xscale(value: string) { decor.setScale('set_xscale', value); }
  set_yscale(value: string) { decor.setScale('set_yscale', value); }
  set_facecolor(c: unknown) { decor.setFacecolor(this, c); }
  set_frame_on(b: boolean): void { this.frameOn = b; }
  margins(args: readonly number[] = [], kwargs: Kwargs = {}) { return decor.margins(this, args, kwargs); }
  relim(): void { decor.relim(this); }
  autoscale(enable = true, axis: 'both' | 'x' | 'y' = 'both'): void {
    if (axis !== 'y') this.xaxis.autoscale = enable;
    if (axis !== 'x') this.yaxis.autoscale = enable;
  }
  /** ax.set(title=..., xlabel=..., xlim=...): each keyword calls set_<name>. */
  set(kwargs: Kwargs) { decor.setMany(this, kwargs); }
  get_xaxis() { return this.xaxis; }
  get_yaxis() { return this.yaxis; }
  get_figure(): Figure { return this.figure; }
  get_lines(): Line2D[] { return this.artists.filter((a): a is Line2D => a instanceof Line2D); }
  get_images(): AxesImage[] { return this.artists.filter((a): a is AxesImage => a instanceof AxesImage); }
  /** label_outer(): only the bottom row keeps x labels, only the left column y labels. */
  label_outer(): void { decor.labelOuter(this); }
  cla(): void { decor.clearAxes(this); }
  clear(): void { decor.clearAxes(this); }
  remove(): void { this.figure.delaxes(this); }
}
