// One axis of an Axes: view limits and autoscaling, tick positions/labels (automatic or fixed),
// the axis label, tick styling (tick_params) and categorical units (strings on the axis).
import { RGBA, toRGBA } from '../colors/parse';
import { RcParams } from '../rc';
import { valueError } from '../errors';
import { Text } from './text';
import { AutoLocator, Formatter, Locator, ScalarFormatter } from './ticker';

export interface TickStyle {
  lengthPt: number;
  widthPt: number;
  padPt: number;
  color: RGBA;
  labelcolor: RGBA;
  labelsizePt: number;
  direction: 'out' | 'in' | 'inout';
  /** Draw ticks / labels on the low side (bottom, left) and high side (top, right). */
  low: boolean;
  high: boolean;
  labelLow: boolean;
  labelHigh: boolean;
  labelrotation: number;
}

export interface GridStyle { visible: boolean; color: RGBA; linewidthPt: number; linestyle: string; alpha: number }

export class Axis {
  /** View interval as set (may be decreasing when inverted). */
  limits: [number, number] = [0, 1];
  autoscale = true;
  locator: Locator = AutoLocator();
  formatter: Formatter = ScalarFormatter();
  /** Ticks and labels on the 'bottom'/'left' (default) or 'top'/'right' side. */
  label: Text;
  labelpadPt: number;
  tick: TickStyle;
  grid: GridStyle;
  /** Categorical units: strings map to 0, 1, 2, … in the order first seen. */
  categories = new Map<string, number>();
  visible = true;

  constructor(readonly name: 'x' | 'y', rc: RcParams) {
    const key = name === 'x' ? 'xtick' : 'ytick';
    const color = rc.string(`${key}.color`);
    this.tick = {
      lengthPt: rc.number(`${key}.major.size`), widthPt: rc.number(`${key}.major.width`), padPt: rc.number(`${key}.major.pad`),
      color: toRGBA(color), labelcolor: toRGBA(rc.string(`${key}.labelcolor`) === 'inherit' ? color : rc.string(`${key}.labelcolor`)),
      labelsizePt: rc.fontSize(`${key}.labelsize`), direction: rc.string(`${key}.direction`) as TickStyle['direction'],
      low: rc.bool(name === 'x' ? 'xtick.bottom' : 'ytick.left'), high: rc.bool(name === 'x' ? 'xtick.top' : 'ytick.right'),
      labelLow: rc.bool(name === 'x' ? 'xtick.labelbottom' : 'ytick.labelleft'),
      labelHigh: rc.bool(name === 'x' ? 'xtick.labeltop' : 'ytick.labelright'), labelrotation: 0,
    };
    const gridAxis = rc.string('axes.grid.axis');
    this.grid = {
      visible: rc.bool('axes.grid') && (gridAxis === 'both' || gridAxis === name), color: toRGBA(rc.string('grid.color')),
      linewidthPt: rc.number('grid.linewidth'), linestyle: rc.string('grid.linestyle'), alpha: rc.number('grid.alpha'),
    };
    this.label = new Text(0.5, 0, '');
    this.label.fontsize = rc.fontSize('axes.labelsize');
    this.label.color = toRGBA(rc.string('axes.labelcolor'));
    this.labelpadPt = rc.number('axes.labelpad');
    if (name === 'y') this.label.rotation = 90;
  }

  /** set_xticks / set_xticklabels in one place (fixed positions, optionally fixed labels). */
  set fixedTicks(locs: number[] | null) { this.locator = locs === null ? AutoLocator() : { kind: 'fixed', locs }; }
  set fixedLabels(labels: string[] | null) { this.formatter = labels === null ? ScalarFormatter() : { kind: 'fixed', labels }; }

  // The object API of matplotlib.axis.Axis that notebooks use.
  set_visible(v: boolean): void { this.visible = v; }
  get_visible(): boolean { return this.visible; }
  set_major_locator(l: Locator): void { this.locator = l; }
  set_major_formatter(f: Formatter): void { this.formatter = f; }
  set_ticks(locs: ArrayLike<number>, labels?: readonly unknown[]): void {
    this.fixedTicks = Array.from(locs, Number);
    if (labels) this.fixedLabels = labels.map(String);
  }
  set_ticklabels(labels: readonly unknown[]): void { this.fixedLabels = labels.map(String); }
  set_label_text(s: string): void { this.label.set_text(s); }
  set_ticks_position(where: 'top' | 'bottom' | 'left' | 'right' | 'both' | 'none' | 'default'): void {
    const high = where === 'top' || where === 'right';
    const both = where === 'both';
    this.tick.low = both || where === 'default' || !high && where !== 'none';
    this.tick.high = both || high;
    if (where !== 'both' && where !== 'none') { this.tick.labelLow = !high; this.tick.labelHigh = high; }
  }
  tick_top(): void { this.set_ticks_position('top'); }
  tick_bottom(): void { this.set_ticks_position('bottom'); }
  tick_left(): void { this.set_ticks_position('left'); }
  tick_right(): void { this.set_ticks_position('right'); }
  set_label_position(where: 'top' | 'bottom' | 'left' | 'right'): void { this.labelHigh = where === 'top' || where === 'right'; }
  labelHigh = false;
  /** Tick label alignment override (set_xticklabels(..., ha='right') with rotated labels). */
  labelHa: 'left' | 'center' | 'right' | null = null;

  get inverted(): boolean { return this.limits[1] < this.limits[0]; }

  /** Sorted view interval. */
  get interval(): [number, number] { return this.inverted ? [this.limits[1], this.limits[0]] : [this.limits[0], this.limits[1]]; }

  setLimits(lo: number, hi: number): void {
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw valueError(`Axis limits cannot be NaN or Inf`);
    this.limits = [lo, hi];
  }

  /** Maps strings to category indices, registering new ones; numbers pass through. */
  categoryIndex(value: string): number {
    if (!this.categories.has(value)) this.categories.set(value, this.categories.size);
    return this.categories.get(value)!;
  }
}
