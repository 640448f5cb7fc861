// One Axes: background, artists and axis decorations in z-order (grid and ticks at 1.5 below lines,
// as axes.axisbelow='line' says), spines, titles and legend. With a null document it only measures,
// which tight_layout and bbox_inches='tight' use.
import { Axes } from '../model/axes';
import { axesBox } from '../layout/boxes';
import { drawArtist } from './draw-artists';
import { AxisDecor, drawAxisLabel, drawGrid, drawTicks, union } from './draw-axis';
import { drawLegend } from './draw-legend';
import { drawTextArtist } from './draw-text-artists';
import { BBox, drawText } from './text-draw';
import { fillAttr, num, snap, strokeAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

export function axesTransform(ax: Axes): AxesTransform {
  const fig = ax.figure;
  return new AxesTransform(axesBox(ax), ax.viewLimits('x'), ax.viewLimits('y'), fig.widthPx, fig.heightPx, fig.dpi);
}

/** Draws the Axes (or only measures it when `doc` is null); returns the box of everything drawn. */
export function drawAxes(doc: SvgDoc | null, ax: Axes): BBox {
  const t = axesTransform(ax);
  const { box } = t;
  const boxes: BBox[] = [{ x0: box.x, y0: box.y, x1: box.x + box.w, y1: box.y + box.h }];
  if (doc && ax.axisOn && ax.frameOn && ax.facecolor[3] > 0) {
    doc.add(`<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" ${fillAttr(ax.facecolor)}/>`);
  }
  const clip = doc ? doc.clipRect(box.x, box.y, box.w, box.h) : '';
  const axisZ = ax.axisBelow === 'line' ? 1.5 : ax.axisBelow ? 0.5 : 2.5;
  let xDecor: AxisDecor = { labelBoxes: [], labelBox: null, offsetBox: null }, yDecor = xDecor;
  const layers: { z: number; draw: () => void }[] = ax.artists.map((a) => ({ z: a.zorder, draw: () => { if (doc) drawArtist(doc, a, t, a.kind === 'text' || a.kind === 'annotation' ? '' : clip); } }));
  if (ax.axisOn) {
    layers.push({
      z: axisZ, draw: () => {
        if (doc) { drawGrid(doc, ax, ax.xaxis, t, clip); drawGrid(doc, ax, ax.yaxis, t, clip); }
        xDecor = drawTicks(doc, ax, ax.xaxis, t);
        yDecor = drawTicks(doc, ax, ax.yaxis, t);
      },
    });
    if (ax.frameOn) layers.push({ z: 2.5, draw: () => { if (doc) drawSpines(doc, ax, t); } });
  }
  if (ax.legend_?.visible) layers.push({ z: 5, draw: () => boxes.push(drawLegend(doc, ax, ax.legend_!, t)) });
  layers.sort((a, b) => a.z - b.z).forEach((l) => l.draw());
  for (const a of ax.artists) if ((a.kind === 'text' || a.kind === 'annotation') && a.visible) boxes.push(drawTextArtist(null, a as never, t));
  if (ax.axisOn) {
    for (const [axis, decor] of [[ax.xaxis, xDecor], [ax.yaxis, yDecor]] as const) {
      boxes.push(...decor.labelBoxes);
      if (decor.offsetBox) boxes.push(decor.offsetBox);
      const lb = drawAxisLabel(doc, axis, t, decor);
      if (lb) boxes.push(lb);
    }
  }
  // matplotlib lifts titles above top x tick labels only (matshow), not above y labels.
  boxes.push(...drawTitles(doc, ax, t, union(xDecor.labelBoxes.filter((b) => b.y1 <= box.y + 1))));
  return union(boxes)!;
}

function drawSpines(doc: SvgDoc, ax: Axes, t: AxesTransform): void {
  const { box } = t;
  const x0 = box.x, x1 = box.x + box.w, y0 = box.y, y1 = box.y + box.h;
  const edges = { left: [x0, y1, x0, y0], right: [x1, y1, x1, y0], bottom: [x0, y1, x1, y1], top: [x0, y0, x1, y0] } as const;
  for (const [name, [ax0, ay0, ax1, ay1]] of Object.entries(edges)) {
    const s = ax.spines[name as keyof typeof edges];
    if (!s.visible) continue;
    const w = t.pt(s.linewidthPt);
    const vertical = ax0 === ax1;
    const a = vertical ? [snap(ax0, w), ay0, snap(ax1, w), ay1] : [ax0, snap(ay0, w), ax1, snap(ay1, w)];
    doc.add(`<path d="M${num(a[0])} ${num(a[1])}L${num(a[2])} ${num(a[3])}" fill="none" ${strokeAttr(s.color, w)} stroke-linecap="square"/>`);
  }
}

/** Titles sit titlepad above the Axes, or above tick labels drawn on top (matshow). */
function drawTitles(doc: SvgDoc | null, ax: Axes, t: AxesTransform, ticks: BBox | null): BBox[] {
  const { box } = t;
  const top = Math.min(box.y, ticks && ticks.y0 < box.y ? ticks.y0 : box.y);
  const y = top - t.pt(ax.titlePadPt);
  const out: BBox[] = [];
  for (const [loc, title] of Object.entries(ax.titles)) {
    if (!title.text || !title.visible) continue;
    const x = loc === 'left' ? box.x : loc === 'right' ? box.x + box.w : box.x + box.w / 2;
    out.push(drawText(doc, title.text, x, y, { sizePx: t.pt(title.fontsize), color: title.color, ha: title.ha, va: 'baseline', rotation: 0, bold: title.fontweight === 'bold' }));
  }
  return out;
}
