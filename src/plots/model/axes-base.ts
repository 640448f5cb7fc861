// The state every Axes holds: its place in the figure, the two axes, its artists, data limits with
// matplotlib's margins and sticky edges, and the two property cycles (lines and patches advance
// separately, so plot() then bar() both start at C0 as in matplotlib).
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { RcParams } from '../rc';
import { Artist, ArtistOwner } from './artist';
import { Axis } from './axis';
import { nonsingular } from './ticks';
import { Text } from './text';

export type Rect = [number, number, number, number];
export type SpineName = 'left' | 'right' | 'bottom' | 'top';
export class Spine {
  constructor(public visible: boolean, public color: RGBA, public linewidthPt: number) {}
  set_visible(v: boolean): void { this.visible = v; }
  get_visible(): boolean { return this.visible; }
  set_color(c: ColorSpec): void { this.color = toRGBA(c); }
  set_edgecolor(c: ColorSpec): void { this.color = toRGBA(c); }
  set_linewidth(w: number): void { this.linewidthPt = w; }
}

/** Where a subplot sits in its figure's grid, so subplots_adjust and tight_layout can move it. */
export interface SubplotSpec { nrows: number; ncols: number; row0: number; row1: number; col0: number; col1: number }

export class AxesBase implements ArtistOwner {
  readonly xaxis: Axis;
  readonly yaxis: Axis;
  artists: Artist[] = [];
  readonly titles: Record<'left' | 'center' | 'right', Text>;
  titlePadPt: number;
  facecolor: RGBA;
  axisOn = true;
  frameOn = true;
  readonly spines: Record<SpineName, Spine>;
  /** 'auto' or the data aspect ratio (1 for 'equal'). */
  aspect: 'auto' | number = 'auto';
  /** Width / height of the box itself (colorbars use 1/aspect). */
  boxAspect: number | null = null;
  anchor: 'C' | 'E' | 'W' | 'N' | 'S' = 'C';
  axisBelow: boolean | 'line';
  xmargin: number;
  ymargin: number;
  dataLim: { x: [number, number]; y: [number, number] } = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  sticky: { x: number[]; y: number[] } = { x: [], y: [] };
  subplotSpec: SubplotSpec | null = null;
  /** Axes sharing each view interval (sharex/sharey); always includes this one. */
  shared: { x: AxesBase[]; y: AxesBase[] } = { x: [this], y: [this] };
  private lineCycle = 0;
  private patchCycle = 0;

  constructor(public position: Rect, readonly rc: RcParams) {
    this.xaxis = new Axis('x', rc);
    this.yaxis = new Axis('y', rc);
    const title = (ha: 'left' | 'center' | 'right') => {
      const t = new Text(ha === 'left' ? 0 : ha === 'right' ? 1 : 0.5, 1, '');
      t.coords = 'axes'; t.ha = ha; t.fontsize = rc.fontSize('axes.titlesize');
      const color = rc.string('axes.titlecolor');
      t.color = toRGBA(color === 'auto' ? rc.string('text.color') : color);
      return t;
    };
    this.titles = { left: title('left'), center: title('center'), right: title('right') };
    this.titlePadPt = rc.number('axes.titlepad');
    this.facecolor = toRGBA(rc.string('axes.facecolor'));
    const spine = (name: SpineName) => new Spine(rc.bool(`axes.spines.${name}`), toRGBA(rc.string('axes.edgecolor')), rc.number('axes.linewidth'));
    this.spines = { left: spine('left'), right: spine('right'), bottom: spine('bottom'), top: spine('top') };
    const below = rc.get('axes.axisbelow');
    this.axisBelow = below === 'line' ? 'line' : Boolean(below);
    this.xmargin = rc.number('axes.xmargin');
    this.ymargin = rc.number('axes.ymargin');
  }

  /** The prop cycle's colors (axes.prop_cycle at creation time). */
  cycleColors(): readonly string[] {
    return (this.rc.cycle().color as string[] | undefined) ?? ['#1f77b4'];
  }
  nextLineColor(): RGBA { const c = this.cycleColors(); return toRGBA(c[this.lineCycle++ % c.length]); }
  nextPatchColor(): RGBA { const c = this.cycleColors(); return toRGBA(c[this.patchCycle++ % c.length]); }
  resetCycles(): void { this.lineCycle = 0; this.patchCycle = 0; }

  addArtist<T extends Artist>(a: T): T {
    a.owner = this;
    this.artists.push(a);
    return a;
  }

  removeArtist(a: Artist): void {
    this.artists = this.artists.filter((x) => x !== a);
  }

  /** Grows the data limits by finite values (either list may be empty: axhline only has y). */
  updateDataLim(xs: ArrayLike<number>, ys: ArrayLike<number>): void {
    const grow = (lim: [number, number], vs: ArrayLike<number>) => {
      for (let i = 0; i < vs.length; i++) {
        const v = vs[i];
        if (!Number.isFinite(v)) continue;
        if (v < lim[0]) lim[0] = v;
        if (v > lim[1]) lim[1] = v;
      }
    };
    grow(this.dataLim.x, xs);
    grow(this.dataLim.y, ys);
  }

  /** matplotlib's autoscale_view: data limits plus margins, not crossing sticky edges. */
  autoscaleView(): void {
    for (const axis of [this.xaxis, this.yaxis]) {
      if (!axis.autoscale) continue;
      const name = axis.name;
      const group = this.shared[name];
      const d0 = Math.min(...group.map((a) => a.dataLim[name][0])), d1 = Math.max(...group.map((a) => a.dataLim[name][1]));
      if (!(d0 <= d1)) continue;
      const margin = name === 'x' ? this.xmargin : this.ymargin;
      const stickies = group.flatMap((a) => a.sticky[name]);
      const tol = 1e-5 * Math.max(Math.abs(d0), Math.abs(d1), d1 - d0);
      const lowBound = Math.max(-Infinity, ...stickies.filter((s) => s < d0 + tol));
      const highBound = Math.min(Infinity, ...stickies.filter((s) => s > d1 - tol));
      const delta = (d1 - d0) * margin;
      const lo0 = d0 - delta, hi0 = d1 + delta;
      let [lo, hi] = [Math.max(lo0, lowBound), Math.min(hi0, highBound)];
      [lo, hi] = nonsingular(lo, hi);
      axis.limits = axis.inverted ? [hi, lo] : [lo, hi];
    }
  }

  /** Limits as they will be drawn (autoscaled first when autoscaling is on). */
  viewLimits(name: 'x' | 'y'): [number, number] {
    this.autoscaleView();
    return (name === 'x' ? this.xaxis : this.yaxis).limits;
  }

  /** cla(): everything drawn and every setting back to the defaults; the position stays. */
  resetContents(): void {
    this.artists = [];
    this.dataLim = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
    this.sticky = { x: [], y: [] };
    this.resetCycles();
  }
}
