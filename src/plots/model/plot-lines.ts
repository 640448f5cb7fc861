// Axes.plot: matplotlib's argument groups [x], y, [fmt] repeated, 2-D columns as separate lines,
// format strings ('ro', 'k--', 'C1.-'), and categorical x values (strings).
import { toRGBA } from '../colors/parse';
import { Dense, PlotData, toDense } from '../data';
import { valueError } from '../errors';
import type { AxesBase } from './axes-base';
import { Axis } from './axis';
import { Line2D, LineStyle } from './line';
import { applyLineProps, checkKwargs, Kwargs, LINE_KWARGS, MARKERS, normalizeKwargs } from './props';

export interface FormatSpec { marker?: string; linestyle?: LineStyle; color?: string }

const FMT_LINESTYLES: [string, LineStyle][] = [['--', '--'], ['-.', '-.'], ['-', '-'], [':', ':']];

/** '[marker][line][color]' in any order, as matplotlib's _process_plot_format reads it. */
export function parseFormat(fmt: string): FormatSpec {
  const spec: FormatSpec = {};
  let i = 0;
  const bad = () => valueError(`'${fmt}' is not a valid format string (unrecognized character '${fmt[i]}')`);
  while (i < fmt.length) {
    const ls = FMT_LINESTYLES.find(([s]) => fmt.startsWith(s, i));
    if (ls) {
      if (spec.linestyle) throw valueError(`'${fmt}' is not a valid format string (two linestyle symbols)`);
      spec.linestyle = ls[1]; i += ls[0].length; continue;
    }
    const cn = /^C\d+/.exec(fmt.slice(i));
    if (cn) { spec.color = cn[0]; i += cn[0].length; continue; }
    const ch = fmt[i];
    if ('bgrcmykw'.includes(ch)) {
      if (spec.color) throw valueError(`'${fmt}' is not a valid format string (two color symbols)`);
      spec.color = ch; i++; continue;
    }
    if (MARKERS.includes(ch)) {
      if (spec.marker) throw valueError(`'${fmt}' is not a valid format string (two marker symbols)`);
      spec.marker = ch; i++; continue;
    }
    throw bad();
  }
  if (spec.marker && !spec.linestyle) spec.linestyle = 'None';
  return spec;
}

interface Group { x: Dense | null; y: Dense; fmt: string }

function splitGroups(args: readonly unknown[]): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < args.length) {
    const a = args[i], b = args[i + 1], c = args[i + 2];
    if (typeof a === 'string' && groups.length === 0 && i === 0) throw valueError(`plot: a format string must follow data, got '${a}' first`);
    if (b === undefined || typeof b === 'string') {
      groups.push({ x: null, y: toDense(a as PlotData, 'plot'), fmt: (b as string) ?? '' });
      i += b === undefined ? 1 : 2;
    } else {
      const fmt = typeof c === 'string' ? c : '';
      groups.push({ x: denseOrCategories(a), y: toDense(b as PlotData, 'plot'), fmt });
      i += typeof c === 'string' ? 3 : 2;
    }
  }
  return groups;
}

/** Strings stay as they are (categories); everything else becomes numbers. */
function denseOrCategories(x: unknown): Dense {
  if (Array.isArray(x) && x.length && typeof x[0] === 'string') return { shape: [x.length], data: new Float64Array(0), categories: x } as Dense & { categories: string[] };
  return toDense(x as PlotData, 'plot');
}

/** A dense vector of category indices for string data, registering new categories on the axis. */
export function categoryValues(axis: Axis, x: unknown): Float64Array | null {
  const strings = (x as { categories?: string[] })?.categories ?? (Array.isArray(x) && x.length && typeof x[0] === 'string' ? x as string[] : null);
  if (!strings) return null;
  return Float64Array.from(strings, (s) => axis.categoryIndex(String(s)));
}

/** Columns of a 1-D or 2-D array (a 1-D array is one column). */
function columns(d: Dense): Float64Array[] {
  if (d.shape.length <= 1) return [d.data];
  const [rows, cols] = d.shape;
  return Array.from({ length: cols }, (_, c) => Float64Array.from({ length: rows }, (_, r) => d.data[r * cols + c]));
}

export function plotLines(ax: AxesBase, args: readonly unknown[], kwargs?: Kwargs): Line2D[] {
  const kw = normalizeKwargs(kwargs);
  checkKwargs('plot', kw, [...LINE_KWARGS, 'scalex', 'scaley']);
  const lines: Line2D[] = [];
  for (const g of splitGroups(args)) {
    const ys = columns(g.y);
    const cats = g.x ? categoryValues(ax.xaxis, g.x) : null;
    const xs = cats ? [cats] : g.x ? columns(g.x) : [Float64Array.from({ length: ys[0].length }, (_, i) => i)];
    const n = Math.max(xs.length, ys.length);
    if (xs.length !== ys.length && xs.length !== 1 && ys.length !== 1) throw valueError(`x has ${xs.length} columns but y has ${ys.length} columns`);
    const fmt = parseFormat(g.fmt);
    for (let k = 0; k < n; k++) {
      const x = xs[Math.min(k, xs.length - 1)], y = ys[Math.min(k, ys.length - 1)];
      if (x.length !== y.length) {
        throw valueError(`x and y must have same first dimension, but have shapes (${x.length},) and (${y.length},)`);
      }
      const line = new Line2D(x, y);
      line.linewidth = ax.rc.number('lines.linewidth');
      line.markersize = ax.rc.number('lines.markersize');
      line.markeredgewidth = ax.rc.number('lines.markeredgewidth');
      line.linestyle = fmt.linestyle ?? '-';
      line.marker = fmt.marker ?? 'None';
      const explicit = kw.color ?? fmt.color;
      line.color = explicit !== undefined && explicit !== null ? toRGBA(explicit as string, null, ax.cycleColors()) : ax.nextLineColor();
      applyLineProps(line, { ...kw, color: undefined }, ax.cycleColors());
      if (n > 1 && kw.label !== undefined && Array.isArray(kw.label)) line.set_label(kw.label[k]);
      ax.addArtist(line);
      ax.updateDataLim(kw.scalex === false ? [] : x, kw.scaley === false ? [] : y);
      lines.push(line);
    }
  }
  return lines;
}
