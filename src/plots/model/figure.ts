// Figure: size and dpi, its Axes (subplots on a grid, or free rectangles), suptitle and figure texts,
// subplotpars, colorbars and tight_layout. Rendering lives in render/; this file is the model.
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { valueError } from '../errors';
import { RcParams } from '../rc';
import { Artist, ArtistOwner } from './artist';
import { Axes } from './axes';
import { Rect, SubplotSpec } from './axes-base';
import { addColorbar, Colorbar } from './colorbar';
import { applyTextProps, checkKwargs, Kwargs, normalizeKwargs, TEXT_KWARGS } from './props';
import { Text } from './text';
import { SubplotPars } from '../layout/boxes';
import { parseSubplotArgs } from './subplot-args';
import { shareAxes } from './sharing';

export interface FigureOptions { figsize?: [number, number]; dpi?: number; facecolor?: ColorSpec; edgecolor?: ColorSpec }

export class Figure implements ArtistOwner {
  figsize: [number, number];
  dpi: number;
  facecolor: RGBA;
  edgecolor: RGBA;
  axes: Axes[] = [];
  texts: Text[] = [];
  suptitleText: Text | null = null;
  subplotpars: SubplotPars;
  /** pyplot's figure number (None for figures made with Figure() directly). */
  number: number | string | null = null;
  /** Set by tight_layout(pad=...) so later size changes keep it; null when not requested. */
  tightLayout: Kwargs | null = null;
  private current: Axes | null = null;

  constructor(readonly rc: RcParams, options: FigureOptions = {}) {
    const [w, h] = options.figsize ?? rc.pair('figure.figsize');
    if (!(w > 0 && h > 0) || !Number.isFinite(w) || !Number.isFinite(h)) throw valueError(`figure size must be positive finite not (${w}, ${h})`);
    this.figsize = [w, h];
    this.dpi = options.dpi ?? rc.number('figure.dpi');
    this.facecolor = toRGBA(options.facecolor ?? rc.string('figure.facecolor'));
    this.edgecolor = toRGBA(options.edgecolor ?? rc.string('figure.edgecolor'));
    const p = (k: string) => rc.number(`figure.subplot.${k}`);
    this.subplotpars = { left: p('left'), right: p('right'), bottom: p('bottom'), top: p('top'), wspace: p('wspace'), hspace: p('hspace') };
    if (rc.bool('figure.autolayout')) this.tightLayout = {};
  }

  get widthPx(): number { return Math.round(this.figsize[0] * this.dpi); }
  get heightPx(): number { return Math.round(this.figsize[1] * this.dpi); }

  /** add_subplot(), add_subplot(2, 2, 1), add_subplot(221), add_subplot(2, 3, (1, 2)). */
  add_subplot(args: readonly unknown[] = [], kwargs: Kwargs = {}): Axes {
    checkKwargs('add_subplot', kwargs, ['projection', 'sharex', 'sharey', 'title', 'xlabel', 'ylabel', 'xlim', 'ylim', 'aspect', 'facecolor', 'label']);
    if (kwargs.projection !== undefined && kwargs.projection !== null && kwargs.projection !== 'rectilinear') {
      throw valueError(`add_subplot: projection '${kwargs.projection}' is not supported by Gradbook`);
    }
    const spec = parseSubplotArgs(args, 'add_subplot');
    const ax = new Axes(this, [0, 0, 1, 1], this.rc);
    ax.subplotSpec = spec;
    this.axes.push(ax);
    if (kwargs.sharex) shareAxes(kwargs.sharex as Axes, ax, 'x');
    if (kwargs.sharey) shareAxes(kwargs.sharey as Axes, ax, 'y');
    const setters: Kwargs = { ...kwargs };
    for (const k of ['projection', 'sharex', 'sharey', 'label']) delete setters[k];
    if (Object.keys(setters).length) ax.set(setters);
    this.current = ax;
    return ax;
  }

  /**
   * ax.twinx(): a second Axes in the same place sharing x, its y axis (ticks and label) on the
   * right, its x axis and background hidden; the original keeps its y ticks on the left. The twin
   * becomes the current Axes and has its own color cycle (its first line is C0), as in matplotlib.
   */
  twinx(ax: Axes): Axes {
    const twin = new Axes(this, [...ax.position] as Rect, this.rc);
    twin.subplotSpec = ax.subplotSpec ? { ...ax.subplotSpec } : null;
    this.axes.push(twin);
    shareAxes(ax, twin, 'x');
    ax.yaxis.tick_left();
    twin.yaxis.tick_right();
    twin.yaxis.set_label_position('right');
    twin.xaxis.set_visible(false);
    twin.facecolor = [0, 0, 0, 0];
    this.current = twin;
    return twin;
  }

  /** add_axes([left, bottom, width, height]) in figure fractions. */
  add_axes(rect: ArrayLike<number>, kwargs: Kwargs = {}): Axes {
    checkKwargs('add_axes', kwargs, ['facecolor', 'title', 'xlabel', 'ylabel', 'xlim', 'ylim', 'aspect', 'label']);
    if (rect.length !== 4) throw valueError('add_axes: rect must be [left, bottom, width, height]');
    const ax = new Axes(this, Array.from(rect, Number) as Rect, this.rc);
    this.axes.push(ax);
    const setters: Kwargs = { ...kwargs };
    delete setters.label;
    if (Object.keys(setters).length) ax.set(setters);
    this.current = ax;
    return ax;
  }

  /** fig.subplots(nrows, ncols, sharex=..., sharey=..., squeeze=True). */
  subplots(nrows = 1, ncols = 1, kwargs: Kwargs = {}): Axes | Axes[] | Axes[][] {
    const kw = kwargs;
    checkKwargs('subplots', kw, ['sharex', 'sharey', 'squeeze', 'subplot_kw']);
    if (!(Number.isInteger(nrows) && nrows > 0 && Number.isInteger(ncols) && ncols > 0)) {
      throw valueError(`Number of rows must be a positive integer, not ${nrows}`);
    }
    const grid: Axes[][] = [];
    for (let r = 0; r < nrows; r++) {
      grid.push([]);
      for (let c = 0; c < ncols; c++) {
        const ax = this.add_subplot([], (kw.subplot_kw as Kwargs) ?? {});
        const spec: SubplotSpec = { nrows, ncols, row0: r, row1: r + 1, col0: c, col1: c + 1 };
        ax.subplotSpec = spec;
        grid[r].push(ax);
      }
    }
    for (const [name, axis] of [['sharex', 'x'], ['sharey', 'y']] as const) {
      const mode = kw[name] === true ? 'all' : kw[name] === false || kw[name] === undefined ? 'none' : String(kw[name]);
      if (mode === 'none') continue;
      if (!['all', 'row', 'col'].includes(mode)) throw valueError(`${name} must be one of True, False, 'all', 'none', 'row', 'col'`);
      for (let r = 0; r < nrows; r++) {
        for (let c = 0; c < ncols; c++) {
          const leader = mode === 'all' ? grid[0][0] : mode === 'row' ? grid[r][0] : grid[0][c];
          if (leader !== grid[r][c]) shareAxes(leader, grid[r][c], axis);
          // Shared axes show tick labels only on the outer subplots, as matplotlib does.
          if (axis === 'x' && mode !== 'row' && r < nrows - 1) grid[r][c].xaxis.tick.labelLow = false;
          if (axis === 'y' && mode !== 'col' && c > 0) grid[r][c].yaxis.tick.labelLow = false;
        }
      }
    }
    this.current = grid[0][0];
    const squeeze = kw.squeeze !== false;
    if (!squeeze) return grid;
    if (nrows === 1 && ncols === 1) return grid[0][0];
    if (nrows === 1) return grid[0];
    if (ncols === 1) return grid.map((row) => row[0]);
    return grid;
  }

  gca(): Axes { return this.current ?? this.add_subplot(); }
  sca(ax: Axes): Axes { this.current = ax; return ax; }
  get_axes(): Axes[] { return [...this.axes]; }

  delaxes(ax: Axes): void {
    this.axes = this.axes.filter((a) => a !== ax && a.colorbarFor?.parent !== ax);
    if (this.current === ax) this.current = this.axes[this.axes.length - 1] ?? null;
  }

  colorbar(mappable: unknown, kwargs: Kwargs = {}): Colorbar {
    const owner = (mappable as { owner?: unknown }).owner;
    const ax = (kwargs.ax as Axes | undefined) ?? (owner instanceof Axes ? owner : this.gca());
    const rest = { ...kwargs };
    delete rest.ax;
    return addColorbar(Array.isArray(ax) ? ax[0] : ax, mappable, rest);
  }

  suptitle(t: unknown, kwargs: Kwargs = {}): Text {
    const kw = normalizeKwargs(kwargs);
    checkKwargs('suptitle', kw, [...TEXT_KWARGS, 'x', 'y']);
    const text = this.suptitleText ?? new Text(0.5, 0.98, '');
    text.coords = 'figure'; text.ha = 'center'; text.va = 'top';
    text.fontsize = this.rc.fontSize('figure.titlesize');
    text.text = String(t);
    if (kw.x !== undefined) text.x = Number(kw.x);
    if (kw.y !== undefined) text.y = Number(kw.y);
    delete kw.x; delete kw.y;
    applyTextProps(text, kw, this.rc, 'suptitle');
    this.suptitleText = text;
    return text;
  }

  text(x: number, y: number, s: unknown, kwargs: Kwargs = {}): Text {
    const kw = normalizeKwargs(kwargs);
    checkKwargs('text', kw, TEXT_KWARGS);
    const t = new Text(x, y, String(s));
    t.coords = 'figure';
    t.fontsize = this.rc.fontSize('font.size');
    applyTextProps(t, kw, this.rc, 'text');
    t.owner = this;
    this.texts.push(t);
    return t;
  }

  removeArtist(a: Artist): void {
    this.texts = this.texts.filter((t) => t !== a);
    if (this.suptitleText === a) this.suptitleText = null;
  }

  subplots_adjust(kwargs: Kwargs = {}): void {
    checkKwargs('subplots_adjust', kwargs, ['left', 'bottom', 'right', 'top', 'wspace', 'hspace']);
    const next = { ...this.subplotpars };
    for (const [k, v] of Object.entries(kwargs)) if (v !== null && v !== undefined) (next as Record<string, number>)[k] = Number(v);
    if (next.left >= next.right) throw valueError('left cannot be >= right');
    if (next.bottom >= next.top) throw valueError('bottom cannot be >= top');
    this.subplotpars = next;
    this.tightLayout = null;
  }

  /** Requests matplotlib's tight_layout; it is computed when the figure is drawn (needs text sizes). */
  tight_layout(kwargs: Kwargs = {}): void {
    checkKwargs('tight_layout', kwargs, ['pad', 'h_pad', 'w_pad', 'rect']);
    if (kwargs.rect !== undefined && kwargs.rect !== null) throw valueError('tight_layout: rect= is not supported by Gradbook');
    this.tightLayout = { ...kwargs };
  }

  get_size_inches(): [number, number] { return [...this.figsize]; }
  set_size_inches(w: number | [number, number], h?: number): void {
    if (Array.isArray(w)) [w, h] = w;
    this.figsize = [Number(w), Number(h ?? this.figsize[1])];
  }
  get_figwidth(): number { return this.figsize[0]; }
  get_figheight(): number { return this.figsize[1]; }
  set_figwidth(w: number): void { this.figsize[0] = w; }
  set_figheight(h: number): void { this.figsize[1] = h; }
  get_dpi(): number { return this.dpi; }
  set_dpi(dpi: number): void { this.dpi = dpi; }
  set_facecolor(c: ColorSpec): void { this.facecolor = toRGBA(c); }

  clf(): void {
    this.axes = []; this.texts = []; this.suptitleText = null; this.current = null;
  }
  clear(): void { this.clf(); }

  /** Python's repr: `<Figure size 640x480 with 1 Axes>`. */
  repr(): string {
    const n = this.axes.length;
    return `<Figure size ${this.widthPx}x${this.heightPx} with ${n} Axes>`;
  }
}
