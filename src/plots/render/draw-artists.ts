// Drawing each artist kind into the SVG, in pixel space through the Axes' transform.
import { line as d3line } from 'd3-shape';
import { RGBA, hex } from '../colors/parse';
import { Artist } from '../model/artist';
import { LineCollection, PathCollection } from '../model/collections';
import { ContourSet } from '../model/contour';
import { AxesImage } from '../model/image';
import { Line2D } from '../model/line';
import { Polygon, Rectangle } from '../model/patches';
import { Annotation, Text } from '../model/text';
import { drawContour } from './draw-contour';
import { drawAnnotationArrow, drawTextArtist } from './draw-text-artists';
import { flipRows, pngDataUri } from './image-encode';
import { markerShape, scaledMarkerPath } from './markers';
import { clipPolyline, clipRing, clipWindow, inWindow } from './path-clip';
import { fillAttr, num, snap, strokeAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

const DASHES: Record<string, number[]> = { '--': [3.7, 1.6], '-.': [6.4, 1.6, 1, 1.6], ':': [1, 1.65] };

/** matplotlib scales dash patterns by the line width (lines.scale_dashes). */
export function dashAttr(style: string, widthPt: number, t: AxesTransform): string {
  const pattern = DASHES[style];
  if (!pattern) return '';
  const scale = Math.max(widthPt, 1);
  return ` stroke-dasharray="${pattern.map((v) => num(t.pt(v * scale))).join(' ')}"`;
}

export function drawArtist(doc: SvgDoc, a: Artist, t: AxesTransform, clip: string): void {
  if (!a.visible) return;
  if (a instanceof Line2D) drawLine(doc, a, t, clip);
  else if (a instanceof PathCollection) drawScatter(doc, a, t, clip);
  else if (a instanceof Rectangle) drawRect(doc, a, t, clip);
  else if (a instanceof Polygon) drawPolygon(doc, a, t, clip);
  else if (a instanceof LineCollection) drawSegments(doc, a, t, clip);
  else if (a instanceof AxesImage) drawImage(doc, a, t, clip);
  else if (a instanceof ContourSet) drawContour(doc, a, t, clip);
  else if (a instanceof Annotation) { drawAnnotationArrow(doc, a, t); drawTextArtist(doc, a, t); }
  else if (a instanceof Text) drawTextArtist(doc, a, t);
}

const withAlpha = (c: RGBA, alpha: number | null): RGBA => (alpha === null ? c : [c[0], c[1], c[2], c[3] && alpha]);

function linePoints(l: Line2D, t: AxesTransform): [number, number][] {
  const pts: [number, number][] = [];
  const n = Math.min(l.x.length, l.y.length);
  const xc = l.coords === 'xaxes' ? 'axes' : 'data', yc = l.coords === 'yaxes' ? 'axes' : 'data';
  for (let i = 0; i < n; i++) pts.push([t.x(l.x[i], xc), t.y(l.y[i], yc)]);
  if (l.drawstyle === 'default') return pts;
  const out: [number, number][] = [];
  pts.forEach((p, i) => {
    if (i === 0) { out.push(p); return; }
    const q = pts[i - 1];
    if (l.drawstyle === 'steps-pre') out.push([q[0], p[1]], p);
    else if (l.drawstyle === 'steps-post') out.push([p[0], q[1]], p);
    else { const m = (q[0] + p[0]) / 2; out.push([m, q[1]], [m, p[1]], p); }
  });
  return out;
}

export function drawLine(doc: SvgDoc, l: Line2D, t: AxesTransform, clip: string): void {
  const pts = linePoints(l, t);
  const color = withAlpha(l.color, l.alpha);
  const w = t.pt(l.linewidth);
  if (l.linestyle !== 'None' && w > 0 && pts.length > 1) {
    const axisAligned = l.coords !== 'data' && pts.length === 2;
    const p = axisAligned ? pts.map(([x, y]) => [l.coords === 'yaxes' ? snap(x, w) : x, l.coords === 'xaxes' ? snap(y, w) : y] as [number, number]) : pts;
    const win = clipWindow(t.box);
    const inside = p.every((q) => !Number.isFinite(q[0] + q[1]) || inWindow(win, q));
    const d = inside ? d3line().defined(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).digits(2)(p)
      : clipPolyline(win, p).map((run) => d3line().digits(2)(run)).join('');
    const cap = l.linestyle === '-' ? 'square' : 'butt';
    doc.add(`<path d="${d}" fill="none" ${strokeAttr(color, w)} stroke-linecap="${cap}" stroke-linejoin="round"${dashAttr(l.linestyle, l.linewidth, t)} ${clip}/>`);
  }
  const win = clipWindow(t.box);
  drawMarkers(doc, pts.filter((q) => inWindow(win, q)), l.marker, t.pt(l.markersize), withAlpha(l.faceColor(), l.alpha), withAlpha(l.edgeColor(), l.alpha), t.pt(l.markeredgewidth), clip);
}

export function drawMarkers(doc: SvgDoc, pts: [number, number][], marker: string, sizePx: number, face: RGBA, edge: RGBA, edgeWidthPx: number, clip: string): void {
  const shape = markerShape(marker);
  if (!shape || !pts.length) return;
  const id = `m${marker.charCodeAt(0)}-${num(sizePx)}-${num(edgeWidthPx)}`;
  doc.define(id, () => `<path id="${id}" d="${scaledMarkerPath(marker, sizePx)}"/>`);
  const style = shape.filled ? `${fillAttr(face)} ${strokeAttr(edge, edgeWidthPx)}` : `fill="none" ${strokeAttr(edge, edgeWidthPx)}`;
  // Agg draws markers at whole-pixel positions.
  const at = Math.round;
  const uses = pts.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([x, y]) => `<use xlink:href="#${id}" x="${num(at(x))}" y="${num(at(y))}"/>`).join('');
  doc.add(`<g ${style} ${clip}>${uses}</g>`);
}

/** Agg draws collection markers at whole-pixel offsets too. */
const SCATTER_AT = Math.round;
function drawScatter(doc: SvgDoc, c: PathCollection, t: AxesTransform, clip: string): void {
  const shape = markerShape(c.marker);
  if (!shape) return;
  const parts: string[] = [];
  const win = clipWindow(t.box);
  for (let i = 0; i < c.x.length; i++) {
    const x = t.x(c.x[i]), y = t.y(c.y[i]);
    if (!Number.isFinite(x) || !Number.isFinite(y) || !inWindow(win, [x, y])) continue;
    const size = t.pt(Math.sqrt(c.sizeAt(i)));
    const face = c.faceColorAt(i), edge = c.edgeColorAt(i);
    const lw = t.pt(c.linewidths[i % c.linewidths.length]);
    const fill = shape.filled ? fillAttr(face) : 'fill="none"';
    const stroke = strokeAttr(shape.filled ? edge : face, lw);
    parts.push(`<path d="${scaledMarkerPath(c.marker, size)}" transform="translate(${SCATTER_AT(x)} ${SCATTER_AT(y)})" ${fill} ${stroke}/>`);
  }
  doc.add(`<g ${clip}>${parts.join('')}</g>`);
}

function drawRect(doc: SvgDoc, r: Rectangle, t: AxesTransform, clip: string): void {
  const xa = t.x(r.x), xb = t.x(r.x + r.width), ya = t.y(r.y), yb = t.y(r.y + r.height);
  const lw = t.pt(r.linewidth);
  const s = (v: number) => (lw > 0 ? snap(v, lw) : Math.round(v));
  const x0 = s(Math.min(xa, xb)), x1 = s(Math.max(xa, xb)), y0 = s(Math.min(ya, yb)), y1 = s(Math.max(ya, yb));
  const fill = r.fill ? fillAttr(r.facecolor) : 'fill="none"';
  doc.add(`<rect x="${num(x0)}" y="${num(y0)}" width="${num(x1 - x0)}" height="${num(y1 - y0)}" ${fill} ${strokeAttr(r.edgecolor, lw)} ${clip}/>`);
}

function drawPolygon(doc: SvgDoc, p: Polygon, t: AxesTransform, clip: string): void {
  const xc = p.coords === 'xaxes' ? 'axes' : 'data', yc = p.coords === 'yaxes' ? 'axes' : 'data';
  const win = clipWindow(t.box);
  const rings = p.rings.map((ring) => ring.map(([x, y]) => [t.x(x, xc), t.y(y, yc)] as [number, number]))
    .map((ring) => (ring.every((q) => inWindow(win, q)) ? [ring] : p.closed ? [clipRing(win, ring)] : clipPolyline(win, ring))).flat();
  const d = rings.filter((ring) => ring.length).map((ring) => `M${ring.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}${p.closed ? 'Z' : ''}`).join('');
  if (!d) return;
  const fill = p.fill && p.closed ? fillAttr(p.facecolor) : 'fill="none"';
  doc.add(`<path d="${d}" ${fill} ${strokeAttr(p.edgecolor, t.pt(p.linewidth))} stroke-linejoin="miter" ${clip}/>`);
}

function drawSegments(doc: SvgDoc, c: LineCollection, t: AxesTransform, clip: string): void {
  const w = t.pt(c.linewidth);
  const groups = new Map<string, string[]>();
  c.segments.forEach(([x0, y0, x1, y1], i) => {
    const color = withAlpha(c.colors[i % c.colors.length], c.alpha);
    const key = `${hex(color)}|${color[3]}`;
    let px0 = t.x(x0), py0 = t.y(y0), px1 = t.x(x1), py1 = t.y(y1);
    if (px0 === px1) { px0 = px1 = snap(px0, w); }
    if (py0 === py1) { py0 = py1 = snap(py0, w); }
    if (!groups.has(key)) groups.set(key, [strokeAttr(color, w)]);
    groups.get(key)!.push(`M${num(px0)} ${num(py0)}L${num(px1)} ${num(py1)}`);
  });
  for (const [, [stroke, ...segs]] of groups) {
    doc.add(`<path d="${segs.join('')}" fill="none" ${stroke}${dashAttr(c.linestyle, c.linewidth, t)} ${clip}/>`);
  }
}

function drawImage(doc: SvgDoc, img: AxesImage, t: AxesTransform, clip: string): void {
  const [l, r, b, top] = img.extent;
  const xa = t.x(l), xb = t.x(r), ya = t.y(top), yb = t.y(b);
  let rgba = img.toRGBA8();
  // Row 0 is drawn at the `top` edge for origin='upper', at the `bottom` edge for 'lower'.
  if (img.origin === 'lower') rgba = flipRows(rgba, img.cols, img.rows);
  const flipX = xb < xa, flipY = yb < ya;
  const fx = Math.min(xa, xb), fy = Math.min(ya, yb), fw = Math.abs(xb - xa), fh = Math.abs(yb - ya);
  // Agg resamples into whole pixels (ceil of the size) drawn at a rounded corner.
  const bx = t.box, inside = fx >= bx.x - 0.01 && fy >= bx.y - 0.01 && fx + fw <= bx.x + bx.w + 0.01 && fy + fh <= bx.y + bx.h + 0.01;
  const w = inside ? Math.ceil(fw - 1e-6) : fw, h = inside ? Math.ceil(fh - 1e-6) : fh;
  const x = inside ? Math.round(fx) : fx, y = inside ? Math.round(fy + fh - h) : fy;
  const upsample = Math.min(w / img.cols, h / img.rows);
  const nearest = img.interpolation === 'nearest' || img.interpolation === 'none' || (img.interpolation === 'antialiased' && upsample >= 3);
  const rendering = nearest ? ' image-rendering="optimizeSpeed"' : '';
  const flip = flipX || flipY ? ` transform="translate(${num(flipX ? 2 * x + w : 0)} ${num(flipY ? 2 * y + h : 0)}) scale(${flipX ? -1 : 1} ${flipY ? -1 : 1})"` : '';
  doc.add(`<g ${clip}><image x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" preserveAspectRatio="none"${rendering}${flip} xlink:href="${pngDataUri(rgba, img.cols, img.rows)}"/></g>`);
}
