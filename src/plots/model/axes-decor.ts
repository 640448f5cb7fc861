// Titles, axis labels, limits, ticks, grid, axis('off'), aspect: the Axes methods that change how
// an Axes is decorated rather than what it shows.
import { ColorSpec, toRGBA } from '../colors/parse';
import { PlotData, toVector } from '../data';
import { notImplemented, typeError, valueError } from '../errors';
import type { Axes } from './axes';
import { Axis } from './axis';
import { applyTextProps, checkKwargs, Kwargs, normalizeKwargs, TEXT_KWARGS } from './props';
import { computeTicks } from './tick-values';
import { Text } from './text';

export function setTitle(ax: Axes, label: unknown, kwargs?: Kwargs): Text {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('set_title', kw, [...TEXT_KWARGS, 'loc', 'pad', 'fontdict']);
  const loc = String(kw.loc ?? ax.rc.string('axes.titlelocation'));
  if (loc !== 'left' && loc !== 'center' && loc !== 'right') throw valueError(`'${loc}' is not a valid value for loc; supported values are 'left', 'center', 'right'`);
  const t = ax.titles[loc];
  t.text = label === null || label === undefined ? '' : String(label);
  if (kw.pad !== undefined) ax.titlePadPt = Number(kw.pad);
  const rest: Kwargs = { ...normalizeKwargs(kw.fontdict as Kwargs), ...kw };
  delete rest.loc; delete rest.pad; delete rest.fontdict;
  applyTextProps(t, rest, ax.rc, 'set_title');
  return t;
}

export function setAxisLabel(ax: Axes, axis: Axis, label: unknown, kwargs?: Kwargs): Text {
  const fn = `set_${axis.name}label`;
  const kw = normalizeKwargs(kwargs);
  checkKwargs(fn, kw, [...TEXT_KWARGS, 'labelpad', 'fontdict', 'loc']);
  if (kw.loc !== undefined && kw.loc !== 'center') throw notImplemented(fn, 'loc');
  axis.label.text = label === null || label === undefined ? '' : String(label);
  if (kw.labelpad !== undefined && kw.labelpad !== null) axis.labelpadPt = Number(kw.labelpad);
  const rest: Kwargs = { ...normalizeKwargs(kw.fontdict as Kwargs), ...kw };
  delete rest.labelpad; delete rest.fontdict; delete rest.loc;
  applyTextProps(axis.label, rest, ax.rc, fn);
  return axis.label;
}

/** set_xlim(left, right) / set_xlim((left, right)) / set_xlim(xmin=..., xmax=...); None keeps a side. */
export function setLimits(ax: Axes, axis: Axis, lo: unknown, hi: unknown, kwargs?: Kwargs): [number, number] {
  const fn = `set_${axis.name}lim`;
  const kw = kwargs ?? {};
  const [minKey, maxKey] = axis.name === 'x' ? ['xmin', 'xmax'] : ['ymin', 'ymax'];
  checkKwargs(fn, kw, [minKey, maxKey, 'left', 'right', 'bottom', 'top', 'emit', 'auto']);
  if ((lo === undefined || lo === null) && Array.isArray(hi) === false && Array.isArray(lo)) [lo, hi] = lo as unknown[];
  if (Array.isArray(lo) || ArrayBuffer.isView(lo)) [lo, hi] = Array.from(lo as ArrayLike<unknown>);
  lo = lo ?? kw[minKey] ?? kw[axis.name === 'x' ? 'left' : 'bottom'];
  hi = hi ?? kw[maxKey] ?? kw[axis.name === 'x' ? 'right' : 'top'];
  const [curLo, curHi] = ax.viewLimits(axis.name);
  const a = lo === undefined || lo === null ? curLo : Number(lo);
  const b = hi === undefined || hi === null ? curHi : Number(hi);
  for (const member of ax.shared[axis.name]) {
    const target = axis.name === 'x' ? member.xaxis : member.yaxis;
    // matplotlib widens a zero-width range (with a warning) rather than failing.
    if (a === b) target.setLimits(a - (a === 0 ? 1 : Math.abs(a) * 0.05), b + (b === 0 ? 1 : Math.abs(b) * 0.05));
    else target.setLimits(a, b);
    target.autoscale = kw.auto === true;
  }
  return axis.limits;
}

export function setTicks(ax: Axes, axis: Axis, ticks: PlotData, labels?: readonly unknown[] | null, kwargs?: Kwargs): number[] {
  const fn = `set_${axis.name}ticks`;
  const kw = normalizeKwargs(kwargs);
  if (kw.minor) throw notImplemented(fn, 'minor');
  const locs = [...toVector(ticks, fn)];
  axis.fixedTicks = locs;
  if (labels !== undefined && labels !== null) {
    if (labels.length !== locs.length) throw valueError(`The number of FixedLocator locations (${locs.length}), usually from a call to set_ticks, does not match the number of labels (${labels.length}).`);
    setTickLabels(ax, axis, labels, kw);
  } else if (Object.keys(kw).filter((k) => k !== 'minor').length) {
    throw valueError(`${fn}: keyword arguments other than minor may only be used if labels are passed`);
  } else if (axis.formatter.kind === 'fixed') axis.formatter = { kind: 'scalar' };
  return locs;
}

export function setTickLabels(ax: Axes, axis: Axis, labels: readonly unknown[], kwargs?: Kwargs): string[] {
  const fn = `set_${axis.name}ticklabels`;
  const kw = normalizeKwargs(kwargs);
  checkKwargs(fn, kw, ['rotation', 'fontsize', 'color', 'horizontalalignment', 'minor', 'fontdict']);
  if (kw.minor) throw notImplemented(fn, 'minor');
  axis.fixedLabels = labels.map((l) => (l === null || l === undefined ? '' : String(l)));
  if (axis.locator.kind !== 'fixed') axis.fixedTicks = currentTicks(ax, axis);
  tickLabelStyle(ax, axis, { ...normalizeKwargs(kw.fontdict as Kwargs), ...kw });
  return axis.fixedLabels ? labels.map(String) : [];
}

function tickLabelStyle(ax: Axes, axis: Axis, kw: Kwargs): void {
  if (kw.rotation !== undefined) axis.tick.labelrotation = kw.rotation === 'vertical' ? 90 : kw.rotation === 'horizontal' ? 0 : Number(kw.rotation);
  if (kw.fontsize !== undefined) axis.tick.labelsizePt = ax.rc.fontSize(kw.fontsize as string | number);
  if (kw.color !== undefined) axis.tick.labelcolor = toRGBA(kw.color as ColorSpec);
  if (kw.horizontalalignment !== undefined) axis.labelHa = String(kw.horizontalalignment) as Axis['labelHa'];
}

export function currentTicks(ax: Axes, axis: Axis): number[] {
  return computeTicks(ax, axis).locs;
}

const TICK_PARAMS = ['axis', 'which', 'direction', 'length', 'width', 'color', 'pad', 'labelsize', 'labelcolor', 'colors', 'bottom', 'top', 'left', 'right', 'labelbottom', 'labeltop', 'labelleft', 'labelright', 'labelrotation', 'reset'];

export function tickParams(ax: Axes, kw: Kwargs): void {
  checkKwargs('tick_params', kw, TICK_PARAMS);
  if (kw.which === 'minor') return;
  const which = String(kw.axis ?? 'both');
  for (const axis of [ax.xaxis, ax.yaxis]) {
    if (which !== 'both' && which !== axis.name) continue;
    const t = axis.tick;
    if (kw.direction !== undefined) t.direction = kw.direction as typeof t.direction;
    if (kw.length !== undefined) t.lengthPt = Number(kw.length);
    if (kw.width !== undefined) t.widthPt = Number(kw.width);
    if (kw.pad !== undefined) t.padPt = Number(kw.pad);
    if (kw.labelsize !== undefined) t.labelsizePt = ax.rc.fontSize(kw.labelsize as string | number);
    if (kw.colors !== undefined) { t.color = toRGBA(kw.colors as ColorSpec); t.labelcolor = t.color; }
    if (kw.color !== undefined) t.color = toRGBA(kw.color as ColorSpec);
    if (kw.labelcolor !== undefined) t.labelcolor = toRGBA(kw.labelcolor as ColorSpec);
    if (kw.labelrotation !== undefined) t.labelrotation = Number(kw.labelrotation);
    const [low, high] = axis.name === 'x' ? ['bottom', 'top'] : ['left', 'right'];
    if (kw[low] !== undefined) t.low = Boolean(kw[low]);
    if (kw[high] !== undefined) t.high = Boolean(kw[high]);
    if (kw[`label${low}`] !== undefined) t.labelLow = Boolean(kw[`label${low}`]);
    if (kw[`label${high}`] !== undefined) t.labelHigh = Boolean(kw[`label${high}`]);
  }
}

/** grid(True), grid(), grid(False), grid(axis='y', color=..., linestyle=..., alpha=...). */
export function grid(ax: Axes, visible: boolean | null, kwargs: Kwargs): void {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('grid', kw, ['which', 'axis', 'color', 'linestyle', 'linewidth', 'alpha', 'visible', 'b']);
  if (kw.which === 'minor') throw notImplemented('grid', 'which');
  const style = ['color', 'linestyle', 'linewidth', 'alpha'].some((k) => kw[k] !== undefined);
  const v = visible ?? (kw.visible as boolean | undefined) ?? (kw.b as boolean | undefined);
  for (const axis of [ax.xaxis, ax.yaxis]) {
    const which = String(kw.axis ?? 'both');
    if (which !== 'both' && which !== axis.name) continue;
    const g = axis.grid;
    g.visible = v === undefined || v === null ? (style ? true : !g.visible) : Boolean(v);
    if (kw.color !== undefined) g.color = toRGBA(kw.color as ColorSpec);
    if (kw.linestyle !== undefined) g.linestyle = String(kw.linestyle);
    if (kw.linewidth !== undefined) g.linewidthPt = Number(kw.linewidth);
    if (kw.alpha !== undefined) g.alpha = Number(kw.alpha);
  }
}

/** axis('off' | 'on' | 'equal' | 'scaled' | 'tight' | 'image' | 'auto' | [xmin, xmax, ymin, ymax]). */
export function axis(ax: Axes, arg?: unknown, kwargs?: Kwargs): [number, number, number, number] {
  const kw = kwargs ?? {};
  checkKwargs('axis', kw, ['xmin', 'xmax', 'ymin', 'ymax', 'emit']);
  if (typeof arg === 'boolean') arg = arg ? 'on' : 'off';
  if (typeof arg === 'string') {
    const s = arg.toLowerCase();
    if (s === 'off') ax.axisOn = false;
    else if (s === 'on') ax.axisOn = true;
    else if (s === 'equal' || s === 'scaled' || s === 'image') {
      ax.aspect = 1;
      if (s === 'image' || s === 'scaled') { ax.xmargin = 0; ax.ymargin = 0; }
    } else if (s === 'auto' || s === 'normal') ax.aspect = 'auto';
    else if (s === 'tight') { ax.xmargin = 0; ax.ymargin = 0; ax.xaxis.autoscale = true; ax.yaxis.autoscale = true; }
    else if (s === 'square') ax.aspect = 1;
    else throw valueError(`Unrecognized string '${arg}' to axis; try 'on' or 'off'`);
  } else if (arg !== undefined && arg !== null) {
    const v = [...toVector(arg as PlotData, 'axis')];
    if (v.length !== 4) throw typeError('the first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]');
    setLimits(ax, ax.xaxis, v[0], v[1]);
    setLimits(ax, ax.yaxis, v[2], v[3]);
  }
  if (kw.xmin !== undefined || kw.xmax !== undefined) setLimits(ax, ax.xaxis, kw.xmin, kw.xmax);
  if (kw.ymin !== undefined || kw.ymax !== undefined) setLimits(ax, ax.yaxis, kw.ymin, kw.ymax);
  return [...ax.viewLimits('x'), ...ax.viewLimits('y')] as [number, number, number, number];
}

export function setAspect(ax: Axes, aspect: unknown, kwargs?: Kwargs): void {
  checkKwargs('set_aspect', kwargs ?? {}, ['adjustable', 'anchor']);
  if ((kwargs ?? {}).adjustable !== undefined && kwargs!.adjustable !== 'box') throw notImplemented('set_aspect', 'adjustable');
  ax.aspect = aspect === 'auto' ? 'auto' : aspect === 'equal' ? 1 : Number(aspect);
  if (typeof ax.aspect === 'number' && !(ax.aspect > 0)) throw valueError('aspect must be finite and positive');
}

export function setScale(fn: string, value: string): void {
  if (value !== 'linear') throw notImplemented(fn, `value='${value}'`);
}

export function setFacecolor(ax: Axes, c: unknown): void { ax.facecolor = toRGBA(c as ColorSpec); }

export function margins(ax: Axes, args: readonly number[], kw: Kwargs): [number, number] {
  checkKwargs('margins', kw, ['x', 'y', 'tight']);
  if (args.length === 1) { ax.xmargin = args[0]; ax.ymargin = args[0]; }
  if (args.length === 2) { ax.xmargin = args[0]; ax.ymargin = args[1]; }
  if (kw.x !== undefined) ax.xmargin = Number(kw.x);
  if (kw.y !== undefined) ax.ymargin = Number(kw.y);
  return [ax.xmargin, ax.ymargin];
}

export function relim(ax: Axes): void {
  ax.dataLim = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  for (const a of ax.artists) {
    const r = a as unknown as { kind: string; x: ArrayLike<number>; y: ArrayLike<number>; coords?: string };
    if (a.kind === 'line' && r.coords === 'data') ax.updateDataLim(r.x, r.y);
    if (a.kind === 'scatter') ax.updateDataLim(r.x, r.y);
    if (a.kind === 'rect') { const p = a as unknown as { x: number; y: number; width: number; height: number }; ax.updateDataLim([p.x, p.x + p.width], [p.y, p.y + p.height]); }
  }
}

const SETTERS = ['title', 'xlabel', 'ylabel', 'xlim', 'ylim', 'xticks', 'yticks', 'xticklabels', 'yticklabels', 'aspect', 'facecolor', 'xscale', 'yscale'];

export function setMany(ax: Axes, kw: Kwargs): void {
  checkKwargs('set', kw, SETTERS);
  for (const [k, v] of Object.entries(kw)) {
    const method = (ax as unknown as Record<string, (a: unknown) => unknown>)[`set_${k}`];
    method.call(ax, v);
  }
}

export function labelOuter(ax: Axes): void {
  const spec = ax.subplotSpec;
  if (!spec) return;
  if (spec.row1 < spec.nrows) { ax.xaxis.tick.labelLow = false; ax.xaxis.label.text = ''; }
  if (spec.col0 > 0) { ax.yaxis.tick.labelLow = false; ax.yaxis.label.text = ''; }
}

export function clearAxes(ax: Axes): void {
  const fresh = new (ax.constructor as new (...a: unknown[]) => Axes)(ax.figure, ax.position, ax.rc);
  const keep = { position: ax.position, subplotSpec: ax.subplotSpec, colorbarFor: ax.colorbarFor };
  Object.assign(ax, fresh, keep);
  for (const a of ax.artists) a.owner = ax;
}
