// The legend box: matplotlib's sizes in font-size units (borderpad, labelspacing, handlelength,
// handletextpad), a rounded translucent frame, and the 'best' location as the first of the nine
// placements that covers the fewest data points.
import { RGBA } from '../colors/parse';
import { Axes } from '../model/axes';
import { LineCollection, PathCollection } from '../model/collections';
import { Legend, LegendHandle } from '../model/legend';
import { Line2D } from '../model/line';
import { Patch } from '../model/patches';
import { BarContainer } from '../model/plot-bars';
import { ErrorbarContainer } from '../model/plot-extras';
import { dashAttr, drawMarkers } from './draw-artists';
import { BBox, drawText, layoutText } from './text-draw';
import { fillAttr, num, strokeAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

interface Size { w: number; h: number }

function legendSize(lg: Legend, t: AxesTransform): { size: Size; rows: { ascent: number; descent: number; width: number }[]; fs: number; titleH: number } {
  const fs = t.pt(lg.fontsize);
  const rows = lg.entries.map((e) => layoutText(e.label, fs));
  const hh = lg.handleheight * fs;
  const rowH = rows.map((r) => Math.max(r.ascent, hh) + r.height - r.ascent);
  const perCol = Math.ceil(rows.length / lg.ncol);
  const cols = Array.from({ length: lg.ncol }, (_, c) => rows.slice(c * perCol, (c + 1) * perCol));
  const colW = cols.map((c) => lg.handlelength * fs + lg.handletextpad * fs + Math.max(0, ...c.map((r) => r.width)));
  const colH = cols.map((c, ci) => c.reduce((a, _, i) => a + rowH[ci * perCol + i], 0) + Math.max(0, c.length - 1) * lg.labelspacing * fs);
  const title = lg.title ? layoutText(lg.title, t.pt(lg.titleFontsize)) : null;
  const titleH = title ? title.height + lg.labelspacing * fs : 0;
  const inner = { w: Math.max(colW.reduce((a, b) => a + b, 0) + (lg.ncol - 1) * lg.columnspacing * fs, title?.width ?? 0), h: Math.max(0, ...colH) + titleH };
  return { size: { w: inner.w + 2 * lg.borderpad * fs, h: inner.h + 2 * lg.borderpad * fs }, rows: rows.map((r) => ({ ascent: r.ascent, descent: r.height - r.ascent, width: r.width })), fs, titleH };
}

/** Top-left corner of the legend for location code 1..10 inside the Axes box. */
function placeAt(code: number, size: Size, lg: Legend, t: AxesTransform, fs: number): [number, number] {
  const pad = lg.borderaxespad * fs;
  const { box } = t;
  const [ax, ay] = lg.anchor ? [box.x + lg.anchor[0] * box.w, box.y + (1 - lg.anchor[1]) * box.h] : [NaN, NaN];
  const frame = lg.anchor ? { x0: ax, x1: ax, y0: ay, y1: ay } : { x0: box.x, x1: box.x + box.w, y0: box.y, y1: box.y + box.h };
  const right = [1, 4, 5, 7].includes(code), left = [2, 3, 6].includes(code);
  const upper = [1, 2, 9].includes(code), lower = [3, 4, 8].includes(code);
  const x = right ? frame.x1 - pad - size.w : left ? frame.x0 + pad : (frame.x0 + frame.x1) / 2 - size.w / 2;
  const y = upper ? frame.y0 + pad : lower ? frame.y1 - pad - size.h : (frame.y0 + frame.y1) / 2 - size.h / 2;
  return [x, y];
}

function dataPoints(ax: Axes, t: AxesTransform): [number, number][] {
  const pts: [number, number][] = [];
  for (const a of ax.artists) {
    if (a instanceof Line2D && a.coords === 'data') for (let i = 0; i < a.x.length; i++) pts.push([t.x(a.x[i]), t.y(a.y[i])]);
    if (a instanceof PathCollection) for (let i = 0; i < a.x.length; i++) pts.push([t.x(a.x[i]), t.y(a.y[i])]);
  }
  return pts;
}

function bestLocation(ax: Axes, size: Size, lg: Legend, t: AxesTransform, fs: number): number {
  const pts = dataPoints(ax, t);
  const rects = ax.artists.filter((a): a is Patch => a instanceof Patch && a.kind === 'rect') as unknown as { x: number; y: number; width: number; height: number }[];
  let best = 1, bestBad = Infinity;
  for (let code = 1; code <= 10; code++) {
    const [x, y] = placeAt(code, size, lg, t, fs);
    const inside = (px: number, py: number) => px >= x && px <= x + size.w && py >= y && py <= y + size.h;
    let bad = pts.filter(([px, py]) => inside(px, py)).length;
    for (const r of rects) {
      const rx0 = Math.min(t.x(r.x), t.x(r.x + r.width)), rx1 = Math.max(t.x(r.x), t.x(r.x + r.width));
      const ry0 = Math.min(t.y(r.y), t.y(r.y + r.height)), ry1 = Math.max(t.y(r.y), t.y(r.y + r.height));
      if (rx0 < x + size.w && rx1 > x && ry0 < y + size.h && ry1 > y) bad++;
    }
    if (bad < bestBad) { bestBad = bad; best = code; }
    if (bad === 0) break;
  }
  return best;
}

function handleColor(h: LegendHandle): { line?: Line2D; patch?: Patch; scatter?: PathCollection; segments?: LineCollection; errorbar?: ErrorbarContainer } {
  if (h instanceof Line2D) return { line: h };
  if (h instanceof Patch) return { patch: h };
  if (h instanceof PathCollection) return { scatter: h };
  if (h instanceof LineCollection) return { segments: h };
  if (h instanceof BarContainer) return { patch: h.patches[0] };
  if (h instanceof ErrorbarContainer) return { errorbar: h, line: h.lines[0] ?? undefined };
  return {};
}

function drawHandle(doc: SvgDoc, h: LegendHandle, x: number, baseline: number, lg: Legend, fs: number, t: AxesTransform): void {
  const w = lg.handlelength * fs, hh = lg.handleheight * fs;
  const cy = baseline - hh / 2;
  const k = handleColor(h);
  if (k.patch) {
    const p = k.patch;
    doc.add(`<rect x="${num(x)}" y="${num(baseline - hh)}" width="${num(w)}" height="${num(hh)}" ${p.fill ? fillAttr(p.facecolor) : 'fill="none"'} ${strokeAttr(p.edgecolor, t.pt(p.linewidth))}/>`);
  }
  if (k.line) {
    const l = k.line;
    if (l.linestyle !== 'None') doc.add(`<path d="M${num(x)} ${num(cy)}H${num(x + w)}" fill="none" ${strokeAttr(l.color, t.pt(l.linewidth))}${dashAttr(l.linestyle, l.linewidth, t)}/>`);
    drawMarkers(doc, [[x + w / 2, cy]], l.marker, t.pt(l.markersize * lg.markerscale), l.faceColor(), l.edgeColor(), t.pt(l.markeredgewidth), '');
  }
  if (k.errorbar) {
    const col = k.errorbar.lines[2][0];
    if (col) doc.add(`<path d="M${num(x + w / 2)} ${num(baseline - hh)}V${num(baseline)}" ${strokeAttr(col.colors[0], t.pt(col.linewidth))}/>`);
  }
  if (k.segments) doc.add(`<path d="M${num(x)} ${num(cy)}H${num(x + w)}" fill="none" ${strokeAttr(k.segments.colors[0], t.pt(k.segments.linewidth))}/>`);
  if (k.scatter) {
    const s = k.scatter;
    const face: RGBA = s.values ? s.cmap.call(0.5) : s.faceColorAt(0);
    const size = t.pt(Math.sqrt(s.sizeAt(0)) * lg.markerscale);
    drawMarkers(doc, [[x + w * 0.5, cy]], s.marker, size, face, s.edgecolors === 'face' ? face : s.edgeColorAt(0), t.pt(s.linewidths[0]), '');
  }
}

export function drawLegend(doc: SvgDoc | null, ax: Axes, lg: Legend, t: AxesTransform): BBox {
  const { size, rows, fs, titleH } = legendSize(lg, t);
  const code = lg.loc === 0 ? bestLocation(ax, size, lg, t, fs) : lg.loc;
  const [x, y] = placeAt(code, size, lg, t, fs);
  const bbox = { x0: x, y0: y, x1: x + size.w, y1: y + size.h };
  if (!doc || !lg.entries.length && !lg.title) return bbox;
  if (lg.frameon) {
    const a = (c: RGBA): RGBA => [c[0], c[1], c[2], c[3] * lg.framealpha];
    const r = lg.fancybox ? ` rx="${num(0.2 * fs)}"` : '';
    doc.add(`<rect x="${num(x)}" y="${num(y)}" width="${num(size.w)}" height="${num(size.h)}"${r} ${fillAttr(a(lg.facecolor))} ${strokeAttr(a(lg.edgecolor), t.pt(1))}/>`);
  }
  const pad = lg.borderpad * fs;
  if (lg.title) drawText(doc, lg.title, x + size.w / 2, y + pad, { sizePx: t.pt(lg.titleFontsize), color: [0, 0, 0, 1], ha: 'center', va: 'top', rotation: 0 });
  const perCol = Math.ceil(rows.length / lg.ncol);
  let colX = x + pad;
  for (let c = 0; c < lg.ncol; c++) {
    let rowY = y + pad + titleH;
    let colWidth = 0;
    for (let i = c * perCol; i < Math.min(rows.length, (c + 1) * perCol); i++) {
      const r = rows[i];
      const baseline = rowY + Math.max(r.ascent, lg.handleheight * fs);
      drawHandle(doc, lg.entries[i].handle, colX, baseline, lg, fs, t);
      const tx = colX + (lg.handlelength + lg.handletextpad) * fs;
      drawText(doc, lg.entries[i].label, tx, baseline, { sizePx: fs, color: [0, 0, 0, 1], ha: 'left', va: 'baseline', rotation: 0 });
      rowY = baseline + r.descent + lg.labelspacing * fs;
      colWidth = Math.max(colWidth, (lg.handlelength + lg.handletextpad) * fs + r.width);
    }
    colX += colWidth + lg.columnspacing * fs;
  }
  return bbox;
}
