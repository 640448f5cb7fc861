// Figure.colorbar: a new Axes taken from the parent's cell (matplotlib's make_axes_gridspec with
// fraction 0.15, pad 0.05, aspect 20), showing the colormap as a band image with ticks on its long side.
import { Colormap } from '../colors/colormap';
import { Normalize } from '../colors/norm';
import { PlotData, toVector } from '../data';
import { notImplemented, typeError, valueError } from '../errors';
import type { Axes } from './axes';
import { Mappable } from './collections';
import { ContourSet } from './contour';
import { AxesImage } from './image';
import { checkKwargs, Kwargs, normalizeKwargs } from './props';
import { Text } from './text';
import { FixedLocator } from './ticker';

export class Colorbar {
  constructor(readonly ax: Axes, readonly mappable: Mappable, readonly orientation: 'vertical' | 'horizontal') {}
  private get longAxis() { return this.orientation === 'vertical' ? this.ax.yaxis : this.ax.xaxis; }
  set_label(label: unknown, kwargs?: Kwargs): Text {
    return this.orientation === 'vertical' ? this.ax.set_ylabel(label, kwargs) : this.ax.set_xlabel(label, kwargs);
  }
  set_ticks(ticks: PlotData, labels?: readonly unknown[] | null): void {
    this.longAxis.locator = FixedLocator(toVector(ticks, 'set_ticks'));
    if (labels) this.longAxis.fixedLabels = labels.map(String);
  }
  set_ticklabels(labels: readonly unknown[]): void { this.longAxis.fixedLabels = labels.map(String); }
  remove(): void { this.ax.remove(); }
}

function isMappable(m: unknown): m is Mappable {
  return typeof m === 'object' && m !== null && 'cmap' in m && 'norm' in m;
}

export function addColorbar(parent: Axes, mappable: unknown, kwargs?: Kwargs): Colorbar {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('colorbar', kw, ['ax', 'cax', 'fraction', 'pad', 'shrink', 'aspect', 'orientation', 'label', 'ticks']);
  if (!isMappable(mappable)) throw typeError('colorbar: the mappable must be an image or a scatter colored by values (c=...)');
  if (!mappable.mappedValues()) throw valueError('colorbar: the mappable has no data mapped through a colormap');
  if (kw.cax !== undefined && kw.cax !== null) throw valueError('colorbar: cax= is not supported by Gradbook');
  const orientation = String(kw.orientation ?? 'vertical') as 'vertical' | 'horizontal';
  if (orientation !== 'vertical' && orientation !== 'horizontal') throw valueError(`colorbar: orientation must be 'vertical' or 'horizontal'`);
  const fig = parent.figure;
  const vertical = orientation === 'vertical';
  const pad = Number(kw.pad ?? (vertical ? 0.05 : 0.15));
  const cax = fig.add_axes([0, 0, 1, 1], {});
  cax.colorbarFor = { parent, orientation, fraction: Number(kw.fraction ?? 0.15), pad, shrink: Number(kw.shrink ?? 1) };
  const aspect = Number(kw.aspect ?? 20);
  cax.boxAspect = vertical ? aspect : 1 / aspect;
  cax.anchor = vertical ? 'W' : 'N';
  parent.anchor = vertical ? 'E' : 'S';
  cax.xmargin = 0; cax.ymargin = 0;
  if (mappable instanceof ContourSet) drawLevelBands(cax, mappable, vertical);
  else drawBand(cax, mappable.cmap, mappable.norm, vertical);
  const long = vertical ? cax.yaxis : cax.xaxis, short = vertical ? cax.xaxis : cax.yaxis;
  short.locator = { kind: 'null' };
  if (vertical) long.set_ticks_position('right'); else long.set_ticks_position('bottom');
  long.labelHigh = vertical;
  const cb = new Colorbar(cax, mappable, orientation);
  if (kw.label !== undefined && kw.label !== null) cb.set_label(kw.label);
  if (kw.ticks !== undefined && kw.ticks !== null) cb.set_ticks(kw.ticks as PlotData);
  fig.sca(parent);
  return cb;
}

/**
 * A filled contour set's colorbar: one band per layer between its levels, ticks at the levels
 * (FixedLocator(levels, nbins=10) as matplotlib's Colorbar gives contour sets).
 */
function drawLevelBands(cax: Axes, cs: ContourSet, vertical: boolean): void {
  if (!cs.filled) throw notImplemented('colorbar', 'mappable (a contour() line set: only contourf is drawn as a colorbar)');
  if (cs.extend !== 'neither') throw notImplemented('colorbar', `mappable (a contour set with extend='${cs.extend}')`);
  const lv = cs.levels, step0 = lv[1] - lv[0];
  if (lv.some((v, i) => i > 0 && Math.abs(lv[i] - lv[i - 1] - step0) > 1e-9 * Math.abs(step0))) throw notImplemented('colorbar', 'mappable (contour levels that are not evenly spaced)');
  const n = cs.layers.length;
  const colors = new Float64Array(n * 4);
  cs.layers.forEach((l, i) => colors.set(l.color, i * 4));
  const img = new AxesImage({ shape: vertical ? [n, 1, 4] : [1, n, 4], data: colors }, cs.cmap, cs.norm);
  img.interpolation = 'nearest';
  img.origin = 'lower';
  const [lo, hi] = [lv[0], lv[lv.length - 1]];
  img.extent = vertical ? [0, 1, lo, hi] : [lo, hi, 0, 1];
  cax.addArtist(img);
  cax.xaxis.limits = vertical ? [0, 1] : [lo, hi];
  cax.yaxis.limits = vertical ? [lo, hi] : [0, 1];
  cax.xaxis.autoscale = false; cax.yaxis.autoscale = false;
  const stepN = Math.max(Math.ceil(lv.length / 10), 1);
  let ticks = lv.filter((_, i) => i % stepN === 0);
  for (let k = 1; k < stepN; k++) {
    const alt = lv.filter((_, i) => i % stepN === k);
    if (Math.min(...alt.map(Math.abs)) < Math.min(...ticks.map(Math.abs))) ticks = alt;
  }
  (vertical ? cax.yaxis : cax.xaxis).locator = FixedLocator(ticks);
}

/** The colormap's N entries as a band image spanning vmin..vmax. */
function drawBand(cax: Axes, cmap: Colormap, norm: Normalize, vertical: boolean): void {
  const n = cmap.N;
  const vmin = norm.vmin ?? 0, vmax = norm.vmax ?? 1;
  const values = Float64Array.from({ length: n }, (_, i) => norm.inverse((i + 0.5) / n));
  const img = new AxesImage({ shape: vertical ? [n, 1] : [1, n], data: values }, cmap, norm);
  img.interpolation = 'nearest';
  img.origin = 'lower';
  img.extent = vertical ? [0, 1, vmin, vmax] : [vmin, vmax, 0, 1];
  cax.addArtist(img);
  cax.xaxis.limits = vertical ? [0, 1] : [vmin, vmax];
  cax.yaxis.limits = vertical ? [vmin, vmax] : [0, 1];
  cax.xaxis.autoscale = false; cax.yaxis.autoscale = false;
}
