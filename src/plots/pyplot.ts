// matplotlib.pyplot's state machine: figures by number, the current figure and Axes, and every
// pyplot function as a method with pyplot's name and parameter order (keywords as one object).
// Display follows Jupyter's inline backend: show() hands back the open figures and closes them;
// endOfCell() does the same when a figure was created while interactive (ion, the default here).
import type { FileSystem } from '../engine/io/file_system';
import { PlotData } from './data';
import { PyLikeError, valueError } from './errors';
import { computeTicks } from './model/tick-values';
import { Axes } from './model/axes';
import { Figure } from './model/figure';
import { Kwargs } from './model/props';
import { figureBytes } from './output';
import { RcParams } from './rc';
import { AxesImage } from './model/image';

export interface PyPlotOptions { fileSystem?: FileSystem; interactive?: boolean; rcParams?: RcParams }

export class PyPlot {
  readonly rcParams: RcParams;
  private figures = new Map<number | string, Figure>();
  private current: Figure | null = null;
  private interactive: boolean;
  private drawPending = false;
  backend = 'module://matplotlib_inline.backend_inline';

  constructor(private options: PyPlotOptions = {}) {
    this.rcParams = options.rcParams ?? new RcParams();
    this.interactive = options.interactive ?? true;
  }

  // ---- figures
  /** figure(num=None, figsize=None, dpi=None, facecolor=None, edgecolor=None, clear=False). */
  figure(num: number | string | Figure | null = null, kwargs: Kwargs = {}): Figure {
    const unsupported = Object.keys(kwargs).filter((k) => !['figsize', 'dpi', 'facecolor', 'edgecolor', 'clear', 'num'].includes(k));
    if (unsupported.length) throw valueError(`figure() got an unexpected keyword argument '${unsupported[0]}'`);
    num = (kwargs.num as number | string | undefined) ?? num;
    if (num instanceof Figure) { this.current = num; return num; }
    if (num !== null && this.figures.has(num)) {
      const fig = this.figures.get(num)!;
      if (kwargs.clear) fig.clf();
      this.current = fig;
      return fig;
    }
    const fig = new Figure(this.rcParams, { figsize: kwargs.figsize as [number, number] | undefined, dpi: kwargs.dpi as number | undefined, facecolor: kwargs.facecolor as string | undefined, edgecolor: kwargs.edgecolor as string | undefined });
    fig.number = num ?? this.nextNumber();
    this.figures.set(fig.number, fig);
    this.current = fig;
    if (this.interactive) this.drawPending = true;
    return fig;
  }

  private nextNumber(): number {
    const used = [...this.figures.keys()].filter((k): k is number => typeof k === 'number');
    return used.length ? Math.max(...used) + 1 : 1;
  }

  gcf(): Figure { return this.current ?? this.figure(); }
  gca(): Axes { return this.gcf().gca(); }
  sca(ax: Axes): void { this.current = ax.figure; ax.figure.sca(ax); }
  get_fignums(): (number | string)[] { return [...this.figures.keys()].filter((k) => typeof k === 'number').sort(); }
  fignum_exists(num: number | string): boolean { return this.figures.has(num); }

  /** subplots(nrows=1, ncols=1, *, sharex, sharey, squeeze, subplot_kw, **fig_kw) → [fig, axes]. */
  subplots(nrows = 1, ncols = 1, kwargs: Kwargs = {}): [Figure, Axes | Axes[] | Axes[][]] {
    const figKw: Kwargs = {}, axKw: Kwargs = {};
    for (const [k, v] of Object.entries(kwargs)) (['figsize', 'dpi', 'facecolor', 'edgecolor', 'num', 'clear'].includes(k) ? figKw : axKw)[k] = v;
    const fig = this.figure(null, figKw);
    return [fig, fig.subplots(nrows, ncols, axKw)];
  }

  /** subplot(nrows, ncols, index) / subplot(221): reuses an Axes already at that place. */
  subplot(args: readonly unknown[] = [], kwargs: Kwargs = {}): Axes {
    const fig = this.gcf();
    const probe = fig.add_subplot(args, kwargs);
    const spec = probe.subplotSpec!;
    const existing = fig.axes.find((a) => a !== probe && a.subplotSpec && JSON.stringify(a.subplotSpec) === JSON.stringify(spec));
    if (existing) { fig.delaxes(probe); fig.sca(existing); return existing; }
    return probe;
  }

  axes(rect: ArrayLike<number> | null = null, kwargs: Kwargs = {}): Axes {
    return rect ? this.gcf().add_axes(rect, kwargs) : this.gcf().add_subplot([], kwargs);
  }

  /** close(), close(fig), close(num), close('all'). */
  close(fig: Figure | number | string | null = null): void {
    if (fig === 'all') { this.figures.clear(); this.current = null; return; }
    const target = fig === null ? this.current : fig instanceof Figure ? fig : this.figures.get(fig) ?? null;
    if (!target) return;
    for (const [k, v] of this.figures) if (v === target) this.figures.delete(k);
    if (this.current === target) this.current = [...this.figures.values()].pop() ?? null;
  }

  clf(): void { this.gcf().clf(); }
  cla(): void { this.gca().cla(); }

  // ---- display
  ion(): void { this.interactive = true; }
  ioff(): void { this.interactive = false; }
  isinteractive(): boolean { return this.interactive; }

  /** show(): the open figures, in creation order, for the host to display; they are closed after. */
  show(kwargs: Kwargs = {}): Figure[] {
    if (kwargs.block !== undefined && typeof kwargs.block !== 'boolean' && kwargs.block !== null) throw valueError('show: block must be a bool');
    const shown = [...this.figures.values()];
    this.figures.clear();
    this.current = null;
    this.drawPending = false;
    return shown;
  }

  /** At the end of a cell: figures still open are displayed (and closed) if one was drawn interactively. */
  endOfCell(): Figure[] {
    if (!this.drawPending) return [];
    return this.show();
  }

  /** pause(interval): draws pending figures (like show) so a training loop's plot updates. */
  pause(_interval: number): Figure[] { return this.show(); }

  // ---- files
  savefig(fname: string, kwargs: Kwargs = {}): void { this.writeFigure(this.gcf(), fname, kwargs); }

  writeFigure(fig: Figure, fname: string, kwargs: Kwargs = {}): void {
    const fs = this.options.fileSystem;
    if (!fs) throw valueError('savefig: no file system is available here');
    const { data } = figureBytes(fig, fname, kwargs);
    fs.writeFile(fname, data);
  }

  // ---- the pyplot wrappers around the current Axes / Figure
  plot(args: readonly unknown[], kwargs?: Kwargs) { return this.gca().plot(args, kwargs); }
  scatter(x: unknown, y: unknown, kwargs?: Kwargs) { return this.gca().scatter(x, y, kwargs); }
  bar(x: unknown, height: PlotData, kwargs?: Kwargs) { return this.gca().bar(x, height, kwargs); }
  barh(y: unknown, width: PlotData, kwargs?: Kwargs) { return this.gca().barh(y, width, kwargs); }
  hist(x: PlotData, kwargs?: Kwargs) { return this.gca().hist(x, kwargs); }
  imshow(X: PlotData, kwargs?: Kwargs) { return this.gca().imshow(X, kwargs); }
  /** pyplot.matshow opens a new figure sized to the array (figaspect), as matplotlib does. */
  matshow(A: PlotData, kwargs: Kwargs = {}): AxesImage {
    const fignum = kwargs.fignum;
    const rest = { ...kwargs };
    delete rest.fignum;
    if (fignum === false || fignum === 0) return this.gca().matshow(A, rest);
    const shape = (A as { shape?: number[] }).shape ?? [Array.isArray(A) ? A.length : 1, Array.isArray(A) && Array.isArray(A[0]) ? (A[0] as unknown[]).length : 1];
    const fig = this.figure(null, { figsize: figaspect(shape[0] / shape[1], this.rcParams.pair('figure.figsize')[1]) });
    const ax = fig.add_axes([0.15, 0.09, 0.775, 0.775]);
    return ax.matshow(A, rest);
  }
  twinx(ax: Axes | null = null) { return (ax ?? this.gca()).twinx(); }
  contour(args: readonly unknown[], kwargs?: Kwargs) { return this.gca().contour(args, kwargs); }
  contourf(args: readonly unknown[], kwargs?: Kwargs) { return this.gca().contourf(args, kwargs); }
  errorbar(x: PlotData, y: PlotData, kwargs?: Kwargs) { return this.gca().errorbar(x, y, kwargs); }
  fill_between(x: PlotData, y1: PlotData, y2: PlotData = 0, kwargs?: Kwargs) { return this.gca().fill_between(x, y1, y2, kwargs); }
  axhline(y = 0, xmin = 0, xmax = 1, kwargs?: Kwargs) { return this.gca().axhline(y, xmin, xmax, kwargs); }
  axvline(x = 0, ymin = 0, ymax = 1, kwargs?: Kwargs) { return this.gca().axvline(x, ymin, ymax, kwargs); }
  axhspan(ymin: number, ymax: number, xmin = 0, xmax = 1, kwargs?: Kwargs) { return this.gca().axhspan(ymin, ymax, xmin, xmax, kwargs); }
  axvspan(xmin: number, xmax: number, ymin = 0, ymax = 1, kwargs?: Kwargs) { return this.gca().axvspan(xmin, xmax, ymin, ymax, kwargs); }
  hlines(y: PlotData, xmin: PlotData, xmax: PlotData, kwargs?: Kwargs) { return this.gca().hlines(y, xmin, xmax, kwargs); }
  vlines(x: PlotData, ymin: PlotData, ymax: PlotData, kwargs?: Kwargs) { return this.gca().vlines(x, ymin, ymax, kwargs); }
  text(x: number, y: number, s: unknown, kwargs?: Kwargs) { return this.gca().text(x, y, s, kwargs); }
  figtext(x: number, y: number, s: unknown, kwargs?: Kwargs) { return this.gcf().text(x, y, s, kwargs); }
  annotate(text: unknown, xy: [number, number], kwargs?: Kwargs) { return this.gca().annotate(text, xy, kwargs); }
  title(label: unknown, kwargs?: Kwargs) { return this.gca().set_title(label, kwargs); }
  suptitle(t: unknown, kwargs?: Kwargs) { return this.gcf().suptitle(t, kwargs); }
  xlabel(label: unknown, kwargs?: Kwargs) { return this.gca().set_xlabel(label, kwargs); }
  ylabel(label: unknown, kwargs?: Kwargs) { return this.gca().set_ylabel(label, kwargs); }
  legend(args: readonly unknown[] = [], kwargs: Kwargs = {}) { return this.gca().legend(args, kwargs); }
  grid(visible: boolean | null = null, kwargs: Kwargs = {}) { return this.gca().grid(visible, kwargs); }
  /** xlim() returns the limits; xlim(a, b) / xlim((a, b)) / xlim(left=...) sets them. */
  xlim(args: readonly unknown[] = [], kwargs: Kwargs = {}): [number, number] {
    if (!args.length && !Object.keys(kwargs).length) return this.gca().get_xlim();
    return this.gca().set_xlim(args[0], args[1], kwargs);
  }
  ylim(args: readonly unknown[] = [], kwargs: Kwargs = {}): [number, number] {
    if (!args.length && !Object.keys(kwargs).length) return this.gca().get_ylim();
    return this.gca().set_ylim(args[0], args[1], kwargs);
  }
  /** xticks() returns [locs, labels]; xticks(ticks, labels=None, **Text kwargs) sets them. */
  xticks(ticks: PlotData | null = null, labels: readonly unknown[] | null = null, kwargs: Kwargs = {}) { return this.ticks('x', ticks, labels, kwargs); }
  yticks(ticks: PlotData | null = null, labels: readonly unknown[] | null = null, kwargs: Kwargs = {}) { return this.ticks('y', ticks, labels, kwargs); }
  private ticks(name: 'x' | 'y', ticks: PlotData | null, labels: readonly unknown[] | null, kwargs: Kwargs): [number[], readonly unknown[]] {
    const ax = this.gca();
    if (ticks !== null) (name === 'x' ? ax.set_xticks(ticks) : ax.set_yticks(ticks));
    if (labels !== null) (name === 'x' ? ax.set_xticklabels(labels, kwargs) : ax.set_yticklabels(labels, kwargs));
    // xticks(rotation=45) restyles the labels already shown.
    else if (Object.keys(kwargs).length) (name === 'x' ? ax.set_xticklabels(tickLabelsNow(ax, 'x'), kwargs) : ax.set_yticklabels(tickLabelsNow(ax, 'y'), kwargs));
    const locs = name === 'x' ? ax.get_xticks() : ax.get_yticks();
    return [locs, tickLabelsNow(ax, name)];
  }
  tick_params(kwargs: Kwargs = {}) { return this.gca().tick_params(kwargs); }
  axis(arg?: unknown, kwargs?: Kwargs) { return this.gca().axis(arg, kwargs); }
  colorbar(mappable: unknown = null, kwargs: Kwargs = {}) {
    const m = mappable ?? this.gca().get_images().pop() ?? [...this.gca().artists].reverse().find((a) => a.kind === 'scatter' || a.kind === 'contour');
    if (!m) throw new PyLikeError('RuntimeError', 'No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).');
    return this.gcf().colorbar(m, kwargs);
  }
  tight_layout(kwargs: Kwargs = {}) { this.gcf().tight_layout(kwargs); }
  subplots_adjust(kwargs: Kwargs = {}) { this.gcf().subplots_adjust(kwargs); }
  margins(args: readonly number[] = [], kwargs: Kwargs = {}) { return this.gca().margins(args, kwargs); }
  xscale(value: string) { this.gca().set_xscale(value); }
  yscale(value: string) { this.gca().set_yscale(value); }
  rcdefaults(): void { this.rcParams.reset(); }
  /** rc('lines', linewidth=2) → rcParams['lines.linewidth'] = 2. */
  rc(group: string, kwargs: Kwargs = {}): void {
    for (const [k, v] of Object.entries(kwargs)) this.rcParams.set(`${group}.${k}`, v as never);
  }
}

function tickLabelsNow(ax: Axes, name: 'x' | 'y'): string[] {
  return computeTicks(ax, name === 'x' ? ax.xaxis : ax.yaxis).labels;
}

/** matplotlib.figure.figaspect: a figure of the default height with the array's aspect, clamped. */
export function figaspect(ratio: number, height = 4.8): [number, number] {
  const [minW, minH, maxW, maxH] = [4, 2, 16, 16];
  let w = height / ratio, h = height;
  const grow = Math.min(1, w / minW, h / minH);
  w /= grow; h /= grow;
  const shrink = Math.min(1, maxW / w, maxH / h);
  w *= shrink; h *= shrink;
  return [Math.min(maxW, Math.max(minW, w)), Math.min(maxH, Math.max(minH, h))];
}
