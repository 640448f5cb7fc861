// A whole figure as an SVG document: background, every Axes, figure texts and the suptitle.
import type { Figure } from '../model/figure';
import { tightSubplotPars } from '../layout/tight';
import { drawAxes } from './draw-axes';
import { drawTextArtist } from './draw-text-artists';
import { BBox } from './text-draw';
import { fillAttr, SvgDoc } from './svg-doc';
import { AxesTransform } from './transform';

export interface FigureDrawing { svg: string; contentBox: BBox }

/** Applies a requested tight_layout (it needs text sizes, so it runs at draw time like matplotlib's). */
export function applyLayout(fig: Figure): void {
  if (!fig.tightLayout) return;
  const pars = tightSubplotPars(fig, fig.tightLayout);
  if (pars) fig.subplotpars = pars;
}

export function drawFigure(fig: Figure, options: { transparent?: boolean } = {}): FigureDrawing {
  applyLayout(fig);
  const W = fig.widthPx, H = fig.heightPx;
  const doc = new SvgDoc(W, H);
  if (!options.transparent && fig.facecolor[3] > 0) doc.add(`<rect width="${W}" height="${H}" ${fillAttr(fig.facecolor)}/>`);
  const boxes: BBox[] = [];
  for (const ax of fig.axes) boxes.push(drawAxes(doc, ax));
  const figT = new AxesTransform({ x: 0, y: 0, w: W, h: H }, [0, 1], [0, 1], W, H, fig.dpi);
  for (const t of fig.texts) if (t.visible) boxes.push(drawTextArtist(doc, t, figT));
  if (fig.suptitleText?.visible && fig.suptitleText.text) boxes.push(drawTextArtist(doc, fig.suptitleText, figT));
  const contentBox = boxes.length
    ? { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) }
    : { x0: 0, y0: 0, x1: W, y1: H };
  return { svg: doc.toString(), contentBox };
}
