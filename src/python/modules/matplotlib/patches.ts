// matplotlib.patches: Rectangle (bounding boxes drawn with ax.add_patch) and Polygon, built with
// the patch keywords src/plots draws. Other patch classes raise NotImplementedError.
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { entry, installTable, type TableEntry } from '../../bind';
import { notImplementedFunction } from '../../bind/objects';
import { applyPatchProps, checkKwargs, PATCH_KWARGS, Polygon, Rectangle, RcParams, toRGBA } from '../../../plots';
import { jsKwargs, jsValue } from './convert';
import { wrap } from './wrappers';

const ALIASES: Record<string, string> = { fc: 'facecolor', ec: 'edgecolor', lw: 'linewidth', ls: 'linestyle' };
const defaults = new RcParams();

/** Patch keywords, with matplotlib's edge rule: an unfilled patch gets rcParams['patch.edgecolor'] edges. */
function applyKeywords(p: Rectangle | Polygon, fn: string, kwargs: ReadonlyMap<string, unknown>): void {
  const kw: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(jsKwargs({}, kwargs))) kw[ALIASES[k] ?? k] = v;
  checkKwargs(fn, kw, PATCH_KWARGS);
  p.linewidth = defaults.number('patch.linewidth');
  applyPatchProps(p, kw, defaults.cycle().color as string[]);
  if (kw.fill === false && kw.edgecolor === undefined && kw.color === undefined) p.edgecolor = toRGBA(defaults.string('patch.edgecolor'));
}

export const PATCHES_TABLE: readonly TableEntry[] = [
  entry({
    name: 'patches.Rectangle', doc: 'A rectangle defined via an anchor point xy and its width and height.',
    params: [{ name: 'xy' }, { name: 'width', type: 'float' }, { name: 'height', type: 'float' }, { name: 'angle', default: { float: 0 }, kind: 'keyword', unsupported: 'rotated rectangles' },
      { name: 'rotation_point', default: 'xy', kind: 'keyword', unsupported: true }],
    varkw: 'kwargs',
  }, (a) => {
    const [x, y] = (jsValue(a.xy as PyValue) as number[]).map(Number);
    const r = new Rectangle(x, y, a.width, a.height);
    applyKeywords(r, 'Rectangle', a.kwargs as ReadonlyMap<string, unknown>);
    return wrap(r);
  }),
  entry({
    name: 'patches.Polygon', doc: 'A general polygon patch.', params: [{ name: 'xy' }, { name: 'closed', default: true, kind: 'keyword', type: 'flag' }], varkw: 'kwargs',
  }, (a) => {
    const xy = (jsValue(a.xy as PyValue) as { shape?: number[]; data?: ArrayLike<number> } | number[][]);
    const pts: [number, number][] = Array.isArray(xy) ? xy.map((p) => [Number(p[0]), Number(p[1])]) : Array.from({ length: xy.shape![0] }, (_, i) => [Number(xy.data![2 * i]), Number(xy.data![2 * i + 1])]);
    const p = new Polygon([pts]);
    p.closed = a.closed;
    applyKeywords(p, 'Polygon', a.kwargs as ReadonlyMap<string, unknown>);
    return wrap(p);
  }),
  // Patch(color=..., label=...) is the legend-handle idiom: a Rectangle with those properties
  // (matplotlib 3.6 takes the patch properties as keywords).
  entry({ name: 'patches.Patch', doc: 'A patch with the given properties (for legend handles): drawn as a unit Rectangle.', params: [], varkw: 'kwargs' }, (a) => {
    const r = new Rectangle(0, 0, 1, 1);
    applyKeywords(r, 'Patch', a.kwargs as ReadonlyMap<string, unknown>);
    return wrap(r);
  }),
];

export function makePatchesModule(): PyModule {
  const m = new PyModule('matplotlib.patches');
  installTable(m, PATCHES_TABLE);
  for (const name of ['Circle', 'Ellipse', 'Arrow', 'FancyArrow', 'FancyBboxPatch', 'FancyArrowPatch', 'Wedge', 'Arc', 'PathPatch', 'RegularPolygon', 'ConnectionPatch']) {
    m.set(name, notImplementedFunction(`matplotlib.patches.${name}`, `matplotlib.patches.${name} is not supported by Gradbook (Rectangle and Polygon are)`));
  }
  return m;
}
