// One axis's grid lines, tick marks, tick labels, offset text ("1e7") and label, the way
// matplotlib's XAxis/YAxis place them around the Axes box.
import { Axes } from '../model/axes';
import { Axis } from '../model/axis';
import { computeTicks } from '../model/tick-values';
import { dashAttr } from './draw-artists';
import { BBox, drawText } from './text-draw';
import { num, snap, strokeAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

export interface AxisDecor { labelBoxes: BBox[]; labelBox: BBox | null; offsetBox: BBox | null }

const union = (boxes: BBox[]): BBox | null => boxes.length
  ? { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) }
  : null;
export { union };

function outLength(axis: Axis, t: AxesTransform): number {
  const len = t.pt(axis.tick.lengthPt);
  return axis.tick.direction === 'out' ? len : axis.tick.direction === 'inout' ? len / 2 : 0;
}

export function drawGrid(doc: SvgDoc, ax: Axes, axis: Axis, t: AxesTransform, clip: string): void {
  const g = axis.grid;
  if (!g.visible || !axis.visible) return;
  const { locs } = computeTicks(ax, axis);
  const w = t.pt(g.linewidthPt);
  const color: [number, number, number, number] = [g.color[0], g.color[1], g.color[2], g.color[3] * g.alpha];
  const { box } = t;
  const d = locs.map((v) => {
    if (axis.name === 'x') { const x = snap(t.x(v), w); return `M${num(x)} ${num(box.y)}V${num(box.y + box.h)}`; }
    const y = snap(t.y(v), w); return `M${num(box.x)} ${num(y)}H${num(box.x + box.w)}`;
  }).join('');
  if (d) doc.add(`<path d="${d}" fill="none" ${strokeAttr(color, w)} stroke-linecap="square"${dashAttr(g.linestyle, g.linewidthPt, t)} ${clip}/>`);
}

/** Tick marks and labels on each enabled side; returns the label boxes per side for axis-label placement. */
export function drawTicks(doc: SvgDoc | null, ax: Axes, axis: Axis, t: AxesTransform): AxisDecor {
  const decor: AxisDecor = { labelBoxes: [], labelBox: null, offsetBox: null };
  if (!axis.visible) return decor;
  const { locs, labels, offsetText } = computeTicks(ax, axis);
  const tick = axis.tick;
  const len = t.pt(tick.lengthPt), w = t.pt(tick.widthPt);
  const dirIn = tick.direction === 'in' ? len : tick.direction === 'inout' ? len / 2 : 0;
  const dirOut = outLength(axis, t);
  const { box } = t;
  const sides = [{ high: false, on: tick.low, labels: tick.labelLow }, { high: true, on: tick.high, labels: tick.labelHigh }];
  const marks: string[] = [];
  const sizePx = t.pt(tick.labelsizePt);
  for (const side of sides) {
    for (let i = 0; i < locs.length; i++) {
      if (axis.name === 'x') {
        const x = snap(t.x(locs[i]), w);
        const edge = side.high ? box.y : box.y + box.h;
        const sign = side.high ? -1 : 1;
        if (side.on && len > 0) marks.push(`M${num(x)} ${num(edge - sign * dirIn)}V${num(edge + sign * dirOut)}`);
        if (side.labels && labels[i]) {
          const rot = tick.labelrotation;
          const ha = axis.labelHa ?? 'center';
          const y = edge + sign * (dirOut + t.pt(tick.padPt));
          decor.labelBoxes.push(drawText(doc, labels[i], t.x(locs[i]), y, { sizePx, color: tick.labelcolor, ha, va: side.high ? 'bottom' : 'top', rotation: rot }));
        }
      } else {
        const y = snap(t.y(locs[i]), w);
        const edge = side.high ? box.x + box.w : box.x;
        const sign = side.high ? 1 : -1;
        if (side.on && len > 0) marks.push(`M${num(edge - sign * dirIn)} ${num(y)}H${num(edge + sign * dirOut)}`);
        if (side.labels && labels[i]) {
          const x = edge + sign * (dirOut + t.pt(tick.padPt));
          decor.labelBoxes.push(drawText(doc, labels[i], x, t.y(locs[i]), { sizePx, color: tick.labelcolor, ha: axis.labelHa ?? (side.high ? 'left' : 'right'), va: 'center_baseline', rotation: tick.labelrotation }));
        }
      }
    }
  }
  if (doc && marks.length) doc.add(`<path d="${marks.join('')}" fill="none" ${strokeAttr(tick.color, w)}/>`);
  if (offsetText) {
    const below = union(decor.labelBoxes.filter((b) => (axis.name === 'x' ? b.y0 >= box.y + box.h - 1 : b.x1 <= box.x + 1)));
    decor.offsetBox = axis.name === 'x'
      ? drawText(doc, offsetText, box.x + box.w, (below?.y1 ?? box.y + box.h) + t.pt(3), { sizePx, color: tick.labelcolor, ha: 'right', va: 'top', rotation: 0 })
      : drawText(doc, offsetText, box.x, box.y - t.pt(3), { sizePx, color: tick.labelcolor, ha: 'left', va: 'baseline', rotation: 0 });
  }
  return decor;
}

/** The axis label beyond the tick labels on its side (matplotlib's _update_label_position). */
export function drawAxisLabel(doc: SvgDoc | null, axis: Axis, t: AxesTransform, decor: AxisDecor): BBox | null {
  const label = axis.label;
  if (!label.text || !label.visible || !axis.visible) return null;
  const { box } = t;
  const high = axis.labelHigh;
  const pad = t.pt(axis.labelpadPt);
  const style = { sizePx: t.pt(label.fontsize), color: label.color, rotation: 0, bold: label.fontweight === 'bold', anchorMode: true };
  if (axis.name === 'x') {
    const side = decor.labelBoxes.filter((b) => (high ? b.y1 <= box.y + 1 : b.y0 >= box.y + box.h - 1));
    const edge = high ? Math.min(box.y, ...side.map((b) => b.y0)) : Math.max(box.y + box.h, ...side.map((b) => b.y1));
    const y = high ? edge - pad : edge + pad;
    return drawText(doc, label.text, box.x + box.w / 2, y, { ...style, ha: 'center', va: high ? 'bottom' : 'top', rotation: label.rotation });
  }
  const side = decor.labelBoxes.filter((b) => (high ? b.x0 >= box.x + box.w - 1 : b.x1 <= box.x + 1));
  const edge = high ? Math.max(box.x + box.w, ...side.map((b) => b.x1)) : Math.min(box.x, ...side.map((b) => b.x0));
  const x = high ? edge + pad : edge - pad;
  return drawText(doc, label.text, x, box.y + box.h / 2, { ...style, ha: 'center', va: high ? 'top' : 'bottom', rotation: label.rotation });
}
