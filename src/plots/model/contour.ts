// contour() and contourf(): matplotlib's QuadContourSet. Levels come from MaxNLocator(N + 1)
// trimmed to the data range (ContourSet._autolev), filled layers are colored at the midpoint of
// their two levels through a norm autoscaled to the levels, lines at their level; the view is
// tight on the grid (sticky edges), as matplotlib's contour sets it.
import { Colormap } from '../colors/colormap';
import { LogNorm, Normalize } from '../colors/norm';
import { ColorSpec, RGBA, toRGBA } from '../colors/parse';
import { resolveColormap } from '../colors/registry';
import { PlotData, toDense } from '../data';
import { notImplemented, typeError, valueError } from '../errors';
import { Artist } from './artist';
import type { AxesBase } from './axes-base';
import { Mappable } from './collections';
import { bands, Grid, isolines, Pt } from './contour-geometry';
import { LineStyle } from './line';
import { applyArtistProps, ARTIST_KWARGS, checkKwargs, Kwargs, normalizeKwargs, parseLineStyle } from './props';
import { maxNTickValues } from './contour-levels';

export type Extend = 'neither' | 'min' | 'max' | 'both';

/** One drawn layer: the band between two levels (filled) or the line at a level. */
export interface ContourLayer { level: number; upper: number; color: RGBA; linewidth: number; linestyle: LineStyle; paths: Pt[][] }

export class ContourSet extends Artist implements Mappable {
  readonly kind = 'contour';
  zorder = 1;
  layers: ContourLayer[] = [];
  /** contourf is drawn without antialiasing by default, so neighbouring cells leave no seams. */
  antialiased: boolean;
  constructor(readonly filled: boolean, readonly levels: number[], readonly extend: Extend,
    public cmap: Colormap, public norm: Normalize, readonly zmin: number, readonly zmax: number) { super(); this.antialiased = !filled; }
  /** The values a colorbar would show: the levels (ContourSet.set_array(levels)). */
  mappedValues(): Float64Array { return Float64Array.from(this.levels); }
  get_array(): Float64Array { return this.mappedValues(); }
}

/** ContourSet._autolev: MaxNLocator(N + 1, min_n_ticks=1) over [zmin, zmax], excess levels trimmed. */
export function autoLevels(zmin: number, zmax: number, n: number, extend: Extend): number[] {
  const lev = maxNTickValues(zmin, zmax, n + 1, 1);
  const under = lev.map((v, i) => (v < zmin ? i : -1)).filter((i) => i >= 0);
  const over = lev.findIndex((v) => v > zmax);
  let i0 = under.length ? under[under.length - 1] : 0;
  let i1 = over >= 0 ? over + 1 : lev.length;
  if (extend === 'min' || extend === 'both') i0 += 1;
  if (extend === 'max' || extend === 'both') i1 -= 1;
  if (i1 - i0 < 3) { i0 = 0; i1 = lev.length; }
  return lev.slice(i0, i1);
}

/** contour(Z), contour(X, Y, Z), each optionally followed by levels (an int or the values). */
function parseArgs(args: readonly unknown[], fn: string): { grid: Grid; levelsArg: unknown } {
  if (args.length === 0) throw typeError(`${fn}() takes from 1 to 4 positional arguments but 0 were given`);
  if (args.length > 4) throw typeError(`${fn}() takes from 1 to 4 positional arguments but ${args.length} were given`);
  const withXY = args.length >= 3;
  const Z = toDense(args[withXY ? 2 : 0] as PlotData, fn);
  const levelsArg = args[withXY ? 3 : 1];
  if (Z.shape.length !== 2) throw typeError(`Input z must be 2D, not ${Z.shape.length}D`);
  const [ny, nx] = Z.shape;
  if (ny < 2 || nx < 2) throw typeError(`Input z must be at least a (2, 2) shaped array, but has shape (${ny}, ${nx})`);
  const x = new Float64Array(nx * ny), y = new Float64Array(nx * ny);
  if (!withXY) {
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) { x[j * nx + i] = i; y[j * nx + i] = j; }
  } else {
    const X = toDense(args[0] as PlotData, fn), Y = toDense(args[1] as PlotData, fn);
    if (X.shape.length !== Y.shape.length) throw typeError(`Number of dimensions of x (${X.shape.length}) and y (${Y.shape.length}) do not match`);
    if (X.shape.length === 1) {
      if (X.data.length !== nx) throw typeError(`Length of x (${X.data.length}) must match number of columns in z (${nx})`);
      if (Y.data.length !== ny) throw typeError(`Length of y (${Y.data.length}) must match number of rows in z (${ny})`);
      for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) { x[j * nx + i] = X.data[i]; y[j * nx + i] = Y.data[j]; }
    } else if (X.shape.length === 2) {
      const same = (s: number[]) => s[0] === ny && s[1] === nx;
      if (!same(X.shape) || !same(Y.shape)) throw typeError(`Shapes of x (${X.shape.join(', ')}) and z (${ny}, ${nx}) do not match`);
      x.set(X.data); y.set(Y.data);
    } else {
      throw typeError(`Inputs x and y must be 1D or 2D, not ${X.shape.length}D`);
    }
  }
  return { grid: { nx, ny, x, y, z: Z.data }, levelsArg };
}

const CONTOUR_KWARGS = [...ARTIST_KWARGS, 'levels', 'colors', 'cmap', 'norm', 'vmin', 'vmax', 'extend', 'linewidth', 'linestyles', 'antialiased'];

export function contour(ax: AxesBase, filled: boolean, args: readonly unknown[], kwargs?: Kwargs): ContourSet {
  const fn = filled ? 'contourf' : 'contour';
  const kw = normalizeKwargs(kwargs);
  checkKwargs(fn, kw, CONTOUR_KWARGS);
  const { grid, levelsArg: positional } = parseArgs(args, fn);
  if (kw.levels !== undefined && kw.levels !== null && positional !== undefined) throw typeError(`${fn}() got multiple values for argument 'levels'`);
  const extend = String(kw.extend ?? 'neither') as Extend;
  if (!['neither', 'min', 'max', 'both'].includes(extend)) throw valueError(`'${extend}' is not a valid value for extend; supported values are 'neither', 'both', 'min', 'max'`);
  let zmin = Infinity, zmax = -Infinity;
  for (const v of grid.z) if (Number.isFinite(v)) { if (v < zmin) zmin = v; if (v > zmax) zmax = v; }
  if (!(zmin <= zmax)) throw valueError(`${fn}: Z has no finite values`);

  const levelsArg = kw.levels ?? positional ?? 7;
  let levels: number[];
  if (typeof levelsArg === 'number' && Number.isInteger(levelsArg)) levels = autoLevels(zmin, zmax, levelsArg, extend);
  else levels = [...toDense(levelsArg as PlotData, fn).data];
  if (!filled && !levels.some((l) => l > zmin && l < zmax)) levels = [zmin];
  if (filled && levels.length < 2) throw valueError('Filled contours require at least 2 levels.');
  for (let i = 1; i < levels.length; i++) if (levels[i] <= levels[i - 1]) throw valueError('Contour levels must be increasing');

  // _process_levels: the extended bands reach ±1e250.
  const bounds = [...(extend === 'min' || extend === 'both' ? [-1e250] : []), ...levels, ...(extend === 'max' || extend === 'both' ? [1e250] : [])];
  const layerValues = filled ? bounds.slice(0, -1).map((lo, i) => 0.5 * (lo + bounds[i + 1])) : levels;

  if (kw.colors !== undefined && kw.colors !== null && kw.cmap !== undefined && kw.cmap !== null) throw valueError('Either colors or cmap must be None');
  const cmap = resolveColormap(kw.cmap as string | Colormap | undefined, ax.rc.string('image.cmap'));
  const norm = makeNorm(kw, fn);
  norm.autoscaleNone(levels);
  const cs = new ContourSet(filled, levels, extend, cmap, norm, zmin, zmax);
  applyArtistProps(cs, kw);
  if (kw.antialiased !== undefined && kw.antialiased !== null) cs.antialiased = Boolean(kw.antialiased);
  const colors = kw.colors === undefined || kw.colors === null ? null : colorList(kw.colors);
  // colors= is a ListedColormap indexed by layer (under/over layers take its first/last color).
  const colorOf = (k: number): RGBA => {
    if (colors) {
      const idx = k - (filled && (extend === 'min' || extend === 'both') ? 1 : 0);
      return colors[Math.min(Math.max(idx, 0), layerValues.length - 1) % colors.length];
    }
    return cmap.call(norm.call(layerValues[k]));
  };
  const withAlpha = (c: RGBA): RGBA => (cs.alpha === null ? c : [c[0], c[1], c[2], cs.alpha]);
  if (filled) {
    const polys = bands(grid, bounds);
    cs.layers = layerValues.map((_, k) => ({
      level: bounds[k], upper: bounds[k + 1], color: withAlpha(colorOf(k)), linewidth: 0, linestyle: '-', paths: polys[k],
    }));
  } else {
    const widths = kw.linewidth === undefined || kw.linewidth === null ? [Number(ax.rc.get('contour.linewidth') ?? ax.rc.number('lines.linewidth'))] : [...toDense(kw.linewidth as PlotData, fn).data];
    const styles = kw.linestyles === undefined || kw.linestyles === null ? null
      : (Array.isArray(kw.linestyles) ? kw.linestyles : [kw.linestyles]).map(parseLineStyle);
    // A one-color contour draws negative levels dashed (contour.negative_linestyle).
    const monochrome = colors !== null && (typeof kw.colors === 'string' || colors.length === 1);
    const negative = parseLineStyle(ax.rc.string('contour.negative_linestyle'));
    cs.layers = levels.map((level, k) => ({
      level, upper: level, color: withAlpha(colorOf(k)), linewidth: widths[k % widths.length],
      linestyle: styles ? styles[k % styles.length] : monochrome && level < 0 ? negative : '-',
      paths: isolines(grid, level),
    }));
  }
  ax.addArtist(cs);
  let xmin = Infinity, xmax = -Infinity, ymin = Infinity, ymax = -Infinity;
  for (let k = 0; k < grid.x.length; k++) {
    xmin = Math.min(xmin, grid.x[k]); xmax = Math.max(xmax, grid.x[k]);
    ymin = Math.min(ymin, grid.y[k]); ymax = Math.max(ymax, grid.y[k]);
  }
  ax.updateDataLim([xmin, xmax], [ymin, ymax]);
  ax.sticky.x.push(xmin, xmax);
  ax.sticky.y.push(ymin, ymax);
  return cs;
}

function colorList(c: unknown): RGBA[] {
  if (typeof c === 'string') return [toRGBA(c)];
  if (Array.isArray(c) && c.length && (typeof c[0] === 'string' || Array.isArray(c[0]))) return (c as ColorSpec[]).map((v) => toRGBA(v));
  return [toRGBA(c as ColorSpec)];
}

function makeNorm(kw: Kwargs, fn: string): Normalize {
  const vmin = kw.vmin === undefined || kw.vmin === null ? null : Number(kw.vmin);
  const vmax = kw.vmax === undefined || kw.vmax === null ? null : Number(kw.vmax);
  if (kw.norm instanceof Normalize) {
    if (kw.norm instanceof LogNorm) throw notImplemented(fn, 'norm (LogNorm: log-spaced contour levels)');
    return kw.norm;
  }
  if (kw.norm !== undefined && kw.norm !== null) throw notImplemented(fn, 'norm');
  return new Normalize(vmin, vmax);
}
