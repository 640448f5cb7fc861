// The artists src/plots returns (Line2D, AxesImage, Text, patches, collections, Legend, Colorbar,
// bar and errorbar containers) as Python classes with their setters and getters.
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { str } from '../../runtime/repr';
import { E, pyException } from '../../exceptions';
import type { Signature } from '../../../engine';
import {
  Annotation, AxesImage, BarContainer, Colorbar, ContourSet, ErrorbarContainer, Legend, Line2D, LineCollection, PathCollection, Polygon, Rectangle, Text,
} from '../../../plots';
import { floatArray, floatTuple, jsKwargs, jsValue, noKeywords } from './convert';
import { method, nullary, registerPlotClass, wrap } from './wrappers';
import type { TableEntry } from '../../bind';

type Artistish = { set_label(s: unknown): void; get_label(): string; set_alpha(a: number | null): void; get_alpha(): number | null; set_visible(v: boolean): void; get_visible(): boolean; set_zorder(z: number): void; get_zorder(): number; remove(): void };

/** A color back to Python: '#rrggbb' when opaque (as matplotlib reports cycle colors), else an RGBA tuple. */
export function colorOut(c: readonly number[]): PyValue {
  if (c[3] === 1) return '#' + c.slice(0, 3).map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('');
  return floatTuple(c);
}

/** One-argument setters: `Class.set_x(value)` calling `target.set_x(convert(value))`. */
function setter<T extends object>(cls: string, name: string, param: string, doc: string, apply: (t: T, v: unknown) => void, key?: string): TableEntry {
  return method<T, Signature>({ name: `${cls}.${name}`, doc, params: [{ name: param }] }, (t, a) => {
    apply(t, jsValue((a as Record<string, unknown>)[param] as PyValue, key));
    return null;
  });
}

/** What every artist has: label, alpha, visibility, z-order, remove(). */
function artistMethods<T extends Artistish>(cls: string): TableEntry[] {
  return [
    setter<T>(cls, 'set_label', 's', 'Set a label that will be displayed in the legend.', (t, v) => t.set_label(v === null ? null : str(v as PyValue))),
    nullary<T>(cls, 'get_label', 'Return the label used for this artist in the legend.', (t) => t.get_label()),
    setter<T>(cls, 'set_alpha', 'alpha', 'Set the alpha value used for blending.', (t, v) => t.set_alpha(v === null ? null : Number(v))),
    nullary<T>(cls, 'get_alpha', 'Return the alpha value used for blending.', (t) => { const a = t.get_alpha(); return a === null ? null : new PyFloat(a); }),
    setter<T>(cls, 'set_visible', 'b', "Set the artist's visibility.", (t, v) => t.set_visible(Boolean(v))),
    nullary<T>(cls, 'get_visible', "Return the visibility.", (t) => t.get_visible()),
    setter<T>(cls, 'set_zorder', 'level', 'Set the zorder for the artist.', (t, v) => t.set_zorder(Number(v))),
    nullary<T>(cls, 'get_zorder', 'Return the artist\'s zorder.', (t) => new PyFloat(t.get_zorder())),
    nullary<T>(cls, 'remove', 'Remove the artist from the figure.', (t) => { t.remove(); return null; }),
  ];
}

const LINE = 'Line2D';
registerPlotClass(Line2D, {
  name: LINE, module: 'matplotlib.lines',
  methods: [
    ...artistMethods<Line2D>(LINE),
    method<Line2D, Signature>({ name: 'Line2D.set_data', doc: 'Set the x and y data.', params: [], varargs: 'args' }, (t, a) => {
      const args = (a as unknown as { args: PyValue[] }).args.map((v) => jsValue(v));
      t.set_data(args[0] as never, args[1] as never);
      return null;
    }),
    setter<Line2D>(LINE, 'set_xdata', 'x', 'Set the data array for x.', (t, v) => t.set_xdata(v as never)),
    setter<Line2D>(LINE, 'set_ydata', 'y', 'Set the data array for y.', (t, v) => t.set_ydata(v as never)),
    method<Line2D, Signature>({ name: 'Line2D.get_xdata', doc: 'Return the xdata.', params: [{ name: 'orig', default: true }] }, (t) => floatArray(t.get_xdata())),
    method<Line2D, Signature>({ name: 'Line2D.get_ydata', doc: 'Return the ydata.', params: [{ name: 'orig', default: true }] }, (t) => floatArray(t.get_ydata())),
    method<Line2D, Signature>({ name: 'Line2D.get_data', doc: 'Return the line data as an (xdata, ydata) pair.', params: [{ name: 'orig', default: true }] }, (t) => new PyTuple([floatArray(t.x), floatArray(t.y)])),
    setter<Line2D>(LINE, 'set_color', 'color', 'Set the color of the line.', (t, v) => t.set_color(v as never), 'color'),
    nullary<Line2D>(LINE, 'get_color', 'Return the line color.', (t) => colorOut(t.get_color())),
    setter<Line2D>(LINE, 'set_linewidth', 'w', 'Set the line width in points.', (t, v) => t.set_linewidth(Number(v))),
    nullary<Line2D>(LINE, 'get_linewidth', 'Return the linewidth in points.', (t) => new PyFloat(t.get_linewidth())),
    setter<Line2D>(LINE, 'set_linestyle', 'ls', 'Set the linestyle of the line.', (t, v) => t.set_linestyle(v as never)),
    setter<Line2D>(LINE, 'set_marker', 'marker', 'Set the line marker.', (t, v) => t.set_marker(String(v))),
    setter<Line2D>(LINE, 'set_markersize', 'sz', 'Set the marker size in points.', (t, v) => t.set_markersize(Number(v))),
  ],
});

const IMG = 'AxesImage';
registerPlotClass(AxesImage, {
  name: IMG, module: 'matplotlib.image',
  methods: [
    ...artistMethods<AxesImage>(IMG),
    setter<AxesImage>(IMG, 'set_data', 'A', 'Set the image array.', (t, v) => t.set_data(v as never)),
    setter<AxesImage>(IMG, 'set_array', 'A', 'Set the image array (same as set_data).', (t, v) => t.set_array(v as never)),
    nullary<AxesImage>(IMG, 'get_array', 'Return the data array.', (t) => floatArray(t.get_array().data, t.get_array().shape)),
    setter<AxesImage>(IMG, 'set_cmap', 'cmap', 'Set the colormap for luminance data.', (t, v) => t.set_cmap(v as never)),
    nullary<AxesImage>(IMG, 'get_cmap', 'Return the Colormap instance.', (t) => wrap(t.get_cmap())),
    method<AxesImage, Signature>({ name: 'AxesImage.set_clim', doc: 'Set the norm limits for image scaling.', params: [{ name: 'vmin', default: null }, { name: 'vmax', default: null }] },
      (t, a) => { t.set_clim(jsValue((a as Record<string, unknown>).vmin as PyValue) as never, jsValue((a as Record<string, unknown>).vmax as PyValue) as never); return null; }),
    nullary<AxesImage>(IMG, 'get_clim', 'Return the values (min, max) that are mapped to the colormap limits.', (t) => floatTuple(t.get_clim())),
    setter<AxesImage>(IMG, 'set_interpolation', 's', 'Set the interpolation method the image uses when resizing.', (t, v) => t.set_interpolation(v as never)),
    nullary<AxesImage>(IMG, 'get_extent', 'Return the image extent as tuple (left, right, bottom, top).', (t) => floatTuple(t.get_extent())),
  ],
});

function textMethods<T extends Text>(cls: string): TableEntry[] {
  return [
    ...artistMethods<T>(cls),
    setter<T>(cls, 'set_text', 's', 'Set the text string s.', (t, v) => t.set_text(v === null ? '' : typeof v === 'string' ? v : String(v))),
    nullary<T>(cls, 'get_text', 'Return the text string.', (t) => t.get_text()),
    setter<T>(cls, 'set_position', 'xy', 'Set the (x, y) position of the text.', (t, v) => t.set_position(v as [number, number])),
    nullary<T>(cls, 'get_position', 'Return the (x, y) position of the text.', (t) => floatTuple(t.get_position())),
    setter<T>(cls, 'set_fontsize', 'fontsize', 'Set the font size.', (t, v) => t.set_fontsize(Number(v))),
    nullary<T>(cls, 'get_fontsize', 'Return the font size as an integer.', (t) => Math.round(t.get_fontsize())),
    setter<T>(cls, 'set_color', 'color', 'Set the foreground color of the text.', (t, v) => t.set_color(v as never), 'color'),
    setter<T>(cls, 'set_rotation', 's', 'Set the rotation of the text.', (t, v) => t.set_rotation(v === 'vertical' ? 90 : v === 'horizontal' || v === null ? 0 : Number(v))),
    setter<T>(cls, 'set_ha', 'align', 'Set the horizontal alignment.', (t, v) => t.set_ha(v as never)),
    setter<T>(cls, 'set_va', 'align', 'Set the vertical alignment.', (t, v) => t.set_va(v as never)),
    setter<T>(cls, 'set_horizontalalignment', 'align', 'Set the horizontal alignment.', (t, v) => t.set_ha(v as never)),
    setter<T>(cls, 'set_verticalalignment', 'align', 'Set the vertical alignment.', (t, v) => t.set_va(v as never)),
  ];
}
const textRepr = (name: string) => (t: Text) => `${name}(${fmt(t.x)}, ${fmt(t.y)}, ${str(t.text).includes("'") ? JSON.stringify(t.text) : `'${t.text}'`})`;
const fmt = (x: number) => str(new PyFloat(x));
registerPlotClass(Text, { name: 'Text', module: 'matplotlib.text', methods: textMethods<Text>('Text'), repr: textRepr('Text') });
registerPlotClass(Annotation, { name: 'Annotation', module: 'matplotlib.text', methods: textMethods<Annotation>('Annotation'), repr: textRepr('Annotation') });

function patchMethods<T extends Rectangle | Polygon>(cls: string): TableEntry[] {
  return [
    ...artistMethods<T>(cls),
    setter<T>(cls, 'set_facecolor', 'color', 'Set the patch face color.', (t, v) => t.set_facecolor(v as never), 'color'),
    setter<T>(cls, 'set_edgecolor', 'color', 'Set the patch edge color.', (t, v) => t.set_edgecolor(v as never), 'color'),
    setter<T>(cls, 'set_color', 'c', 'Set both the edgecolor and the facecolor.', (t, v) => t.set_color(v as never), 'color'),
    setter<T>(cls, 'set_linewidth', 'w', 'Set the patch linewidth in points.', (t, v) => t.set_linewidth(Number(v))),
    setter<T>(cls, 'set_fill', 'b', 'Set whether to fill the patch.', (t, v) => { t.fill = Boolean(v); }),
    nullary<T>(cls, 'get_facecolor', 'Return the face color.', (t) => floatTuple(t.get_facecolor())),
    nullary<T>(cls, 'get_edgecolor', 'Return the edge color.', (t) => floatTuple(t.get_edgecolor())),
  ];
}
const RECT = 'Rectangle';
registerPlotClass(Rectangle, {
  name: RECT, module: 'matplotlib.patches',
  methods: [
    ...patchMethods<Rectangle>(RECT),
    nullary<Rectangle>(RECT, 'get_x', 'Return the left coordinate of the rectangle.', (t) => new PyFloat(t.get_x())),
    nullary<Rectangle>(RECT, 'get_y', 'Return the bottom coordinate of the rectangle.', (t) => new PyFloat(t.get_y())),
    nullary<Rectangle>(RECT, 'get_width', 'Return the width of the rectangle.', (t) => new PyFloat(t.get_width())),
    nullary<Rectangle>(RECT, 'get_height', 'Return the height of the rectangle.', (t) => new PyFloat(t.get_height())),
    nullary<Rectangle>(RECT, 'get_xy', 'Return the left and bottom coords of the rectangle as a tuple.', (t) => floatTuple(t.get_xy())),
    setter<Rectangle>(RECT, 'set_height', 'h', 'Set the height of the rectangle.', (t, v) => t.set_height(Number(v))),
    setter<Rectangle>(RECT, 'set_width', 'w', 'Set the width of the rectangle.', (t, v) => t.set_width(Number(v))),
    setter<Rectangle>(RECT, 'set_x', 'x', 'Set the left coordinate of the rectangle.', (t, v) => { t.x = Number(v); }),
    setter<Rectangle>(RECT, 'set_y', 'y', 'Set the bottom coordinate of the rectangle.', (t, v) => { t.y = Number(v); }),
    setter<Rectangle>(RECT, 'set_xy', 'xy', 'Set the left and bottom coordinates of the rectangle.', (t, v) => { [t.x, t.y] = (v as number[]).map(Number); }),
  ],
  repr: (t) => `Rectangle(xy=(${fmtG(t.x)}, ${fmtG(t.y)}), width=${fmtG(t.width)}, height=${fmtG(t.height)}, angle=0)`,
});
/** matplotlib's %g in patch reprs. */
const fmtG = (x: number) => String(Number(x.toPrecision(6)));

registerPlotClass(Polygon, {
  name: 'Polygon', module: 'matplotlib.patches',
  methods: [
    ...patchMethods<Polygon>('Polygon'),
    nullary<Polygon>('Polygon', 'get_xy', 'Return the vertices of the polygon.', (t) => { const xy = t.get_xy(); return floatArray(xy.flat(), [xy.length, 2]); }),
  ],
});

const COLL = 'PathCollection';
registerPlotClass(PathCollection, {
  name: COLL, module: 'matplotlib.collections',
  methods: [
    ...artistMethods<PathCollection>(COLL),
    setter<PathCollection>(COLL, 'set_offsets', 'offsets', 'Set the offsets (the point positions).', (t, v) => t.set_offsets(v as never)),
    nullary<PathCollection>(COLL, 'get_offsets', 'Return the offsets for the collection.', (t) => { const o = t.get_offsets(); return floatArray(o.flat(), [o.length, 2]); }),
    setter<PathCollection>(COLL, 'set_array', 'A', 'Set the value array mapped to colors.', (t, v) => t.set_array(v as never)),
    setter<PathCollection>(COLL, 'set_color', 'c', 'Set the color of the points.', (t, v) => t.set_color(v as never), 'color'),
    setter<PathCollection>(COLL, 'set_sizes', 'sizes', 'Set the sizes of each member of the collection.', (t, v) => { t.sizes = Float64Array.from([v].flat(2) as number[], Number); }),
  ],
});
registerPlotClass(LineCollection, {
  name: 'LineCollection', module: 'matplotlib.collections',
  methods: [...artistMethods<LineCollection>('LineCollection'), setter<LineCollection>('LineCollection', 'set_color', 'c', 'Set the color of the lines.', (t, v) => t.set_color(v as never), 'color')],
});

// contour()/contourf() return a QuadContourSet; its paths per level (collections, allsegs) and
// clabel are not exposed.
registerPlotClass(ContourSet, {
  name: 'QuadContourSet', module: 'matplotlib.contour',
  methods: [...artistMethods<ContourSet>('QuadContourSet'), nullary<ContourSet>('QuadContourSet', 'get_array', 'Return the levels as the mapped array.', (t) => floatArray(t.get_array()))],
  attributes: {
    levels: (t) => floatArray(t.levels),
    filled: (t) => t.filled,
    extend: (t) => t.extend,
    zmin: (t) => new PyFloat(t.zmin),
    zmax: (t) => new PyFloat(t.zmax),
    cmap: (t) => wrap(t.cmap),
    norm: (t) => wrap(t.norm),
    // Attributes in matplotlib (lists of paths): reading one raises, as the methods below do when called.
    ...Object.fromEntries(['collections', 'allsegs', 'allkinds'].map((name) => [name, () => {
      throw pyException(E.NotImplementedError, `QuadContourSet.${name} is not supported by Gradbook (the contour paths are drawn but not exposed)`);
    }])),
  },
  notImplemented: ['clabel', 'find_nearest_contour', 'legend_elements', 'set_cmap', 'set_norm', 'set_clim'],
});

registerPlotClass(Legend, {
  name: 'Legend', module: 'matplotlib.legend',
  methods: [
    nullary<Legend>('Legend', 'get_texts', 'Return the list of Text instances in the legend.', (t) => new PyList(t.get_texts().map((s) => wrap(new Text(0, 0, s))))),
    setter<Legend>('Legend', 'set_visible', 'b', "Set the legend's visibility.", (t, v) => t.set_visible(Boolean(v))),
    nullary<Legend>('Legend', 'remove', 'Remove the legend from the Axes.', (t) => { t.remove(); return null; }),
  ],
});

registerPlotClass(Colorbar, {
  name: 'Colorbar', module: 'matplotlib.colorbar',
  methods: [
    method<Colorbar, Signature>({ name: 'Colorbar.set_label', doc: 'Add a label to the long axis of the colorbar.', params: [{ name: 'label' }, { name: 'loc', default: null, unsupported: true }], varkw: 'kwargs' },
      (t, a) => { t.set_label(str((a as Record<string, unknown>).label as PyValue), jsKwargs({}, (a as Record<string, unknown>).kwargs as ReadonlyMap<string, unknown>)); return null; }),
    method<Colorbar, Signature>({ name: 'Colorbar.set_ticks', doc: 'Set tick locations.', params: [{ name: 'ticks' }, { name: 'update_ticks', default: true }, { name: 'labels', default: null }, { name: 'minor', default: false, kind: 'keyword', unsupported: 'minor ticks' }], varkw: 'kwargs' },
      (t, a) => { const r = a as Record<string, unknown>; noKeywords('set_ticks', r.kwargs); t.set_ticks(jsValue(r.ticks as PyValue) as never, r.labels === null ? null : (jsValue(r.labels as PyValue) as unknown[]).map((l) => str(l as PyValue))); return null; }),
    setter<Colorbar>('Colorbar', 'set_ticklabels', 'ticklabels', 'Set tick labels.', (t, v) => t.set_ticklabels(v as unknown[])),
    nullary<Colorbar>('Colorbar', 'remove', 'Remove this colorbar from the figure.', (t) => { t.remove(); return null; }),
  ],
  attributes: { ax: (t) => wrap(t.ax) },
});

registerPlotClass(BarContainer, {
  name: 'BarContainer', module: 'matplotlib.container',
  methods: [
    nullary<BarContainer>('BarContainer', 'get_label', 'Return the label of the container.', (t) => t.get_label()),
    nullary<BarContainer>('BarContainer', 'remove', 'Remove the bars.', (t) => { t.remove(); return null; }),
  ],
  attributes: { patches: (t) => new PyList(t.patches.map((p) => wrap(p))) },
  items: (t) => t.patches.map((p) => wrap(p)),
  repr: (t) => `<BarContainer object of ${t.patches.length} artists>`,
});

registerPlotClass(ErrorbarContainer, {
  name: 'ErrorbarContainer', module: 'matplotlib.container',
  methods: [
    nullary<ErrorbarContainer>('ErrorbarContainer', 'get_label', 'Return the label of the container.', (t) => t.get_label()),
    nullary<ErrorbarContainer>('ErrorbarContainer', 'remove', 'Remove the lines.', (t) => { t.remove(); return null; }),
  ],
  attributes: { lines: (t) => errorbarLines(t) },
  items: (t) => errorbarLines(t).items,
  repr: () => '<ErrorbarContainer object of 3 artists>',
});

export function errorbarLines(t: ErrorbarContainer): PyTuple {
  const [data, caps, bars] = t.lines;
  return new PyTuple([data ? wrap(data) : null, new PyTuple(caps.map((c) => wrap(c))), new PyTuple(bars.map((b) => wrap(b)))]);
}
