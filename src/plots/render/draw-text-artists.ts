// ax.text / fig.text artists (with an optional bbox behind them) and annotate's arrows.
import { hex } from '../colors/parse';
import { Annotation, AnnotationCoords, Text } from '../model/text';
import { BBox, drawText, layoutText, placeText } from './text-draw';
import { fillAttr, num, strokeAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

function annotationPoint(t: AxesTransform, x: number, y: number, coords: AnnotationCoords, base?: [number, number]): [number, number] {
  switch (coords) {
    case 'axes fraction': return [t.x(x, 'axes'), t.y(y, 'axes')];
    case 'figure fraction': return [t.x(x, 'figure'), t.y(y, 'figure')];
    case 'offset points': return [base![0] + t.pt(x), base![1] - t.pt(y)];
    case 'offset pixels': return [base![0] + x, base![1] - y];
    default: return [t.x(x), t.y(y)];
  }
}

export function textAnchor(text: Text, t: AxesTransform): [number, number] {
  if (text instanceof Annotation) {
    const xy = annotationPoint(t, text.xy[0], text.xy[1], text.xycoords);
    return annotationPoint(t, text.x, text.y, text.textcoords, xy);
  }
  return [t.x(text.x, text.coords) + t.pt(text.offsetPt[0]), t.y(text.y, text.coords) - t.pt(text.offsetPt[1])];
}

export function drawTextArtist(doc: SvgDoc | null, text: Text, t: AxesTransform): BBox {
  const [x, y] = textAnchor(text, t);
  const style = { sizePx: t.pt(text.fontsize), color: text.color, ha: text.ha, va: text.va, rotation: text.rotation, bold: text.fontweight === 'bold' };
  if (text.bbox && doc && text.visible) {
    const layout = layoutText(text.text, style.sizePx);
    const { box } = placeText(layout, x, y, style);
    const pad = t.pt(text.bbox.padPt);
    const r = text.bbox.rounded ? ` rx="${num(pad)}"` : '';
    doc.add(`<rect x="${num(box.x0 - pad)}" y="${num(box.y0 - pad)}" width="${num(box.x1 - box.x0 + 2 * pad)}" height="${num(box.y1 - box.y0 + 2 * pad)}"${r} ${fillAttr(text.bbox.facecolor)} ${strokeAttr(text.bbox.edgecolor, t.pt(text.bbox.linewidth))}/>`);
  }
  return drawText(text.visible ? doc : null, text.text, x, y, style);
}

/** The arrow from the text box toward xy: a filled wedge (no arrowstyle) or a line with a head. */
export function drawAnnotationArrow(doc: SvgDoc, a: Annotation, t: AxesTransform): void {
  if (!a.arrow || !a.visible) return;
  const [px, py] = annotationPoint(t, a.xy[0], a.xy[1], a.xycoords);
  const box = drawTextArtist(null, a, t);
  const p = a.arrow;
  let sx: number, sy: number;
  if (p.arrowstyle === null) {
    // matplotlib's YAArrow imitation starts at the text-box corner or edge middle nearest to xy.
    const nearest = (vs: number[], v: number) => vs.reduce((b, c) => (Math.abs(c - v) < Math.abs(b - v) ? c : b));
    sx = nearest([box.x0, (box.x0 + box.x1) / 2, box.x1], px);
    sy = nearest([box.y0, (box.y0 + box.y1) / 2, box.y1], py);
  } else {
    // FancyArrowPatch: from the text center, clipped by the text box grown by 2 points a side.
    const grow = t.pt(2);
    const cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
    const hx = (box.x1 - box.x0) / 2 + grow, hy = (box.y1 - box.y0) / 2 + grow;
    const vx = px - cx, vy = py - cy;
    const k = Math.min(Math.abs(hx / (vx || 1e-9)), Math.abs(hy / (vy || 1e-9)), 1);
    sx = cx + vx * k; sy = cy + vy * k;
  }
  const len = Math.hypot(px - sx, py - sy);
  if (len < 1) return;
  const ux = (px - sx) / len, uy = (py - sy) / len;
  let ex = px, ey = py;
  if (p.arrowstyle === null) {
    const shrink = p.shrinkFraction * len;
    sx += ux * shrink; sy += uy * shrink; ex -= ux * shrink; ey -= uy * shrink;
    const hl = t.pt(p.headlengthPt), hw = t.pt(p.headwidthPt) / 2, w = t.pt(p.widthPt) / 2;
    const bx = ex - ux * hl, by = ey - uy * hl, nx = -uy, ny = ux;
    const pts = [[sx + nx * w, sy + ny * w], [bx + nx * w, by + ny * w], [bx + nx * hw, by + ny * hw], [ex, ey], [bx - nx * hw, by - ny * hw], [bx - nx * w, by - ny * w], [sx - nx * w, sy - ny * w]];
    doc.add(`<path d="M${pts.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}Z" ${fillAttr(p.color)} ${strokeAttr(p.color, t.pt(p.linewidth))}/>`);
    return;
  }
  // FancyArrowPatch styles: shrinkA/shrinkB of 2 points at each end.
  const shrink = t.pt(2);
  sx += ux * shrink; sy += uy * shrink; ex -= ux * shrink; ey -= uy * shrink;
  const lw = t.pt(p.linewidth);
  const head = (x: number, y: number, vx: number, vy: number, filled: boolean) => {
    const hl = t.pt(0.4 * 10 * 1.0) * 1.0, hw = hl * 0.5;
    const bx = x - vx * hl, by = y - vy * hl, nx = -vy, ny = vx;
    const d = `M${num(bx + nx * hw)} ${num(by + ny * hw)}L${num(x)} ${num(y)}L${num(bx - nx * hw)} ${num(by - ny * hw)}${filled ? 'Z' : ''}`;
    doc.add(`<path d="${d}" ${filled ? `fill="${hex(p.color)}"` : 'fill="none"'} ${strokeAttr(p.color, lw)} stroke-linejoin="miter"/>`);
  };
  doc.add(`<path d="M${num(sx)} ${num(sy)}L${num(ex)} ${num(ey)}" fill="none" ${strokeAttr(p.color, lw)}/>`);
  const style = p.arrowstyle;
  const filled = style.includes('|>');
  if (style.endsWith('>')) head(ex, ey, ux, uy, filled);
  if (style.startsWith('<')) head(sx, sy, -ux, -uy, filled);
}
