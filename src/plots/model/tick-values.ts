// The ticks an axis shows: its locator's positions inside the view, and its formatter's labels.
import type { Axes } from './axes';
import { Axis } from './axis';
import { autoBins, clipToView, maxNLocator, scalarFormat } from './ticks';
import { percentFormat } from './ticker';
import { axesBox } from '../layout/boxes';

export interface AxisTicks { locs: number[]; labels: string[]; offsetText: string }

function lengthPt(ax: Axes, axis: Axis): number {
  const box = axesBox(ax);
  return ((axis.name === 'x' ? box.w : box.h) / ax.figure.dpi) * 72;
}

function locate(ax: Axes, axis: Axis, view: [number, number]): number[] {
  const l = axis.locator;
  const [lo, hi] = view[0] <= view[1] ? view : [view[1], view[0]];
  switch (l.kind) {
    case 'null': return [];
    case 'fixed': return clipToView(l.locs, view);
    case 'multiple': {
      const first = Math.ceil(lo / l.base - 1e-10), last = Math.floor(hi / l.base + 1e-10);
      const out: number[] = [];
      for (let n = first; n <= last && out.length < 1000; n++) out.push(Number((n * l.base).toPrecision(12)));
      return out;
    }
    case 'maxn': {
      const nbins = l.nbins === 'auto' ? autoBins(lengthPt(ax, axis), axis.tick.labelsizePt, axis.name) : l.nbins;
      return clipToView(maxNLocator(lo, hi, nbins, { integer: l.integer, steps: l.steps ?? undefined }), view);
    }
    case 'auto': {
      if (axis.categories.size) return clipToView([...axis.categories.values()], view);
      return clipToView(maxNLocator(lo, hi, autoBins(lengthPt(ax, axis), axis.tick.labelsizePt, axis.name)), view);
    }
  }
}

export function computeTicks(ax: Axes, axis: Axis): AxisTicks {
  const view = ax.viewLimits(axis.name);
  const locs = locate(ax, axis, view);
  const f = axis.formatter;
  const all = axis.locator.kind === 'fixed' ? axis.locator.locs : locs;
  switch (f.kind) {
    case 'null': return { locs, labels: locs.map(() => ''), offsetText: '' };
    case 'fixed': return { locs, labels: locs.map((v) => f.labels[all.indexOf(v)] ?? ''), offsetText: '' };
    case 'func': return { locs, labels: locs.map((v, i) => String(f.fn(v, i))), offsetText: '' };
    case 'str': return { locs, labels: locs.map((v) => percentFormat(f.fmt, v)), offsetText: '' };
    case 'scalar': {
      if (axis.categories.size && axis.locator.kind === 'auto') {
        const names = [...axis.categories.keys()];
        return { locs, labels: locs.map((v) => names[v] ?? ''), offsetText: '' };
      }
      const limits = ax.rc.get('axes.formatter.limits') as number[];
      return { locs, ...scalarFormat(locs, view, [limits[0], limits[1]], ax.rc.bool('axes.unicode_minus')) };
    }
  }
}
