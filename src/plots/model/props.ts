// Keyword arguments shared by many functions (Line2D, Patch and Text properties), with matplotlib's
// aliases (c, lw, ls, ms, mfc, mec, mew, fontsize/size, ha, va). Each list of supported names is
// what docs/PLOTS.md tells the binding to mark supported; any other keyword raises NotImplementedError.
import { ColorSpec, toRGBA } from '../colors/parse';
import { notImplemented, valueError } from '../errors';
import { RcParams } from '../rc';
import { Artist } from './artist';
import { Line2D, LineStyle } from './line';
import { Patch } from './patches';
import { HAlign, Text, VAlign } from './text';

export type Kwargs = Record<string, unknown>;

const ALIASES: Record<string, string> = {
  c: 'color', lw: 'linewidth', ls: 'linestyle', ms: 'markersize', mfc: 'markerfacecolor', mec: 'markeredgecolor',
  mew: 'markeredgewidth', fc: 'facecolor', ec: 'edgecolor', size: 'fontsize', ha: 'horizontalalignment',
  va: 'verticalalignment', weight: 'fontweight', family: 'fontfamily', linewidths: 'linewidth', edgecolors: 'edgecolor',
  horizontalalignment: 'horizontalalignment', verticalalignment: 'verticalalignment',
};

/** Canonical names for matplotlib's aliases; two spellings of one property is a TypeError there. */
export function normalizeKwargs(kw: Kwargs | undefined): Kwargs {
  const out: Kwargs = {};
  for (const [k, v] of Object.entries(kw ?? {})) {
    if (v === undefined) continue;
    out[ALIASES[k] ?? k] = v;
  }
  return out;
}

export const ARTIST_KWARGS = ['label', 'alpha', 'zorder', 'visible'];
export const LINE_KWARGS = [...ARTIST_KWARGS, 'color', 'linewidth', 'linestyle', 'marker', 'markersize', 'markerfacecolor', 'markeredgecolor', 'markeredgewidth', 'drawstyle'];
export const PATCH_KWARGS = [...ARTIST_KWARGS, 'color', 'facecolor', 'edgecolor', 'linewidth', 'linestyle', 'fill'];
export const TEXT_KWARGS = [...ARTIST_KWARGS, 'color', 'fontsize', 'horizontalalignment', 'verticalalignment', 'rotation', 'fontweight', 'fontfamily', 'bbox'];

/** Throws NotImplementedError naming the first keyword not in `allowed`. */
export function checkKwargs(fn: string, kw: Kwargs, allowed: readonly string[]): void {
  for (const k of Object.keys(kw)) if (!allowed.includes(k)) throw notImplemented(fn, k);
}

export function applyArtistProps(a: Artist, kw: Kwargs): void {
  if (kw.label !== undefined) a.set_label(kw.label);
  if (kw.alpha !== undefined) a.alpha = kw.alpha === null ? null : Number(kw.alpha);
  if (kw.zorder !== undefined) a.zorder = Number(kw.zorder);
  if (kw.visible !== undefined) a.visible = Boolean(kw.visible);
}

const LINESTYLES: Record<string, LineStyle> = {
  '-': '-', solid: '-', '--': '--', dashed: '--', '-.': '-.', dashdot: '-.', ':': ':', dotted: ':',
  None: 'None', none: 'None', ' ': 'None', '': 'None',
};

export function parseLineStyle(s: unknown): LineStyle {
  const ls = LINESTYLES[String(s)];
  if (!ls) throw valueError(`${JSON.stringify(s)} is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'`);
  return ls;
}

export const MARKERS = ['.', ',', 'o', 'v', '^', '<', '>', '1', '2', '3', '4', '8', 's', 'p', '*', 'h', 'H', '+', 'x', 'D', 'd', '|', '_', 'P', 'X', 'None'];

export function parseMarker(m: unknown): string {
  if (m === null || m === '' || m === ' ' || m === 'none') return 'None';
  const s = String(m);
  if (!MARKERS.includes(s)) throw valueError(`Unrecognized marker style ${JSON.stringify(m)}`);
  return s;
}

/** Applies Line2D keywords; color strings go through the axes' prop cycle colors. */
export function applyLineProps(line: Line2D, kw: Kwargs, cycle: readonly string[]): void {
  applyArtistProps(line, kw);
  const color = (c: unknown) => toRGBA(c as ColorSpec, null, cycle);
  if (kw.color !== undefined && kw.color !== null) line.color = color(kw.color);
  if (kw.linewidth !== undefined) line.linewidth = Number(kw.linewidth);
  if (kw.linestyle !== undefined) line.linestyle = parseLineStyle(kw.linestyle);
  if (kw.marker !== undefined) line.marker = parseMarker(kw.marker);
  if (kw.markersize !== undefined) line.markersize = Number(kw.markersize);
  if (kw.markeredgewidth !== undefined) line.markeredgewidth = Number(kw.markeredgewidth);
  if (kw.markerfacecolor !== undefined) line.markerfacecolor = color(kw.markerfacecolor);
  if (kw.markeredgecolor !== undefined) line.markeredgecolor = color(kw.markeredgecolor);
  if (kw.drawstyle !== undefined) line.drawstyle = kw.drawstyle as Line2D['drawstyle'];
}

export function applyPatchProps(p: Patch, kw: Kwargs, cycle: readonly string[]): void {
  applyArtistProps(p, kw);
  const color = (c: unknown) => toRGBA(c as ColorSpec, null, cycle);
  if (kw.color !== undefined && kw.color !== null) { p.facecolor = color(kw.color); p.edgecolor = color(kw.color); }
  if (kw.facecolor !== undefined && kw.facecolor !== null) p.facecolor = color(kw.facecolor);
  if (kw.edgecolor !== undefined && kw.edgecolor !== null) p.edgecolor = color(kw.edgecolor);
  if (kw.linewidth !== undefined && kw.linewidth !== null) p.linewidth = Number(kw.linewidth);
  if (kw.linestyle !== undefined) p.linestyle = parseLineStyle(kw.linestyle) as Patch['linestyle'];
  if (kw.fill !== undefined) p.fill = Boolean(kw.fill);
  if (p.alpha !== null) {
    p.facecolor = [p.facecolor[0], p.facecolor[1], p.facecolor[2], p.facecolor[3] && p.alpha];
    p.edgecolor = [p.edgecolor[0], p.edgecolor[1], p.edgecolor[2], p.edgecolor[3] && p.alpha];
  }
}

const FONT_FAMILIES = ['sans-serif', 'DejaVu Sans', 'sans'];

export function applyTextProps(t: Text, kw: Kwargs, rc: RcParams, fn: string): void {
  applyArtistProps(t, kw);
  if (kw.color !== undefined) t.color = toRGBA(kw.color as ColorSpec, t.alpha);
  else if (t.alpha !== null) t.color = [t.color[0], t.color[1], t.color[2], t.alpha];
  if (kw.fontsize !== undefined) t.fontsize = rc.fontSize(kw.fontsize as string | number);
  if (kw.horizontalalignment !== undefined) t.ha = oneOf(fn, 'horizontalalignment', kw.horizontalalignment, ['left', 'center', 'right']) as HAlign;
  if (kw.verticalalignment !== undefined) t.va = oneOf(fn, 'verticalalignment', kw.verticalalignment, ['top', 'center', 'bottom', 'baseline', 'center_baseline']) as VAlign;
  if (kw.rotation !== undefined) t.rotation = kw.rotation === 'vertical' ? 90 : kw.rotation === 'horizontal' || kw.rotation === null ? 0 : Number(kw.rotation);
  if (kw.fontweight !== undefined) {
    const w = String(kw.fontweight);
    t.fontweight = ['bold', 'heavy', 'extra bold', 'black', 'semibold', 'demibold', 'demi'].includes(w) || Number(w) >= 600 ? 'bold' : 'normal';
  }
  if (kw.fontfamily !== undefined && !FONT_FAMILIES.includes(String(kw.fontfamily))) throw notImplemented(fn, 'fontfamily');
  if (kw.bbox !== undefined && kw.bbox !== null) t.bbox = textBox(kw.bbox as Kwargs, t.fontsize, fn);
}

function textBox(props: Kwargs, fontsize: number, fn: string): Text['bbox'] {
  const p = normalizeKwargs(props);
  checkKwargs(`${fn}: bbox`, p, ['boxstyle', 'facecolor', 'edgecolor', 'alpha', 'pad', 'linewidth', 'color']);
  const style = String(p.boxstyle ?? 'square');
  const alpha = p.alpha === undefined ? null : Number(p.alpha);
  const fill = toRGBA((p.facecolor ?? p.color ?? 'C0') as ColorSpec, alpha);
  return {
    facecolor: fill, edgecolor: toRGBA((p.edgecolor ?? p.color ?? 'black') as ColorSpec, alpha),
    linewidth: Number(p.linewidth ?? 1), padPt: Number(p.pad ?? 0.3) * fontsize,
    rounded: style.startsWith('round'),
  };
}

function oneOf(fn: string, name: string, v: unknown, values: string[]): string {
  const s = String(v);
  if (!values.includes(s)) throw valueError(`${fn}: ${JSON.stringify(v)} is not a valid value for ${name}; supported values are ${values.map((x) => `'${x}'`).join(', ')}`);
  return s;
}
