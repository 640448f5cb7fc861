// tight_layout as matplotlib computes it: measure how far each subplot's decorations (tick labels,
// axis labels, titles) reach beyond its grid cell, then choose subplotpars that leave `pad` font
// sizes around the figure edge and between cells.
import type { Figure } from '../model/figure';
import type { Axes } from '../model/axes';
import { drawAxes } from '../render/draw-axes';
import { specRect, SubplotPars } from './boxes';

export function tightSubplotPars(fig: Figure, options: { pad?: unknown; h_pad?: unknown; w_pad?: unknown }): SubplotPars | null {
  const subplots = fig.axes.filter((a) => a.subplotSpec && !a.colorbarFor);
  if (!subplots.length) return null;
  const { nrows, ncols } = subplots[0].subplotSpec!;
  const fontPt = fig.rc.number('font.size');
  const pad = Number(options.pad ?? 1.08);
  const padW = ((options.w_pad === undefined || options.w_pad === null ? pad : Number(options.w_pad)) * fontPt) / 72 / fig.figsize[0];
  const padH = ((options.h_pad === undefined || options.h_pad === null ? pad : Number(options.h_pad)) * fontPt) / 72 / fig.figsize[1];
  const edgeW = (pad * fontPt) / 72 / fig.figsize[0], edgeH = (pad * fontPt) / 72 / fig.figsize[1];
  // hspaces[row][boundary]: decoration widths meeting at each column boundary (0..ncols).
  const hspaces = Array.from({ length: nrows }, () => new Array(ncols + 1).fill(0));
  const vspaces = Array.from({ length: nrows + 1 }, () => new Array(ncols).fill(0));
  const W = fig.widthPx, H = fig.heightPx;
  for (const ax of subplots) {
    const spec = ax.subplotSpec!;
    if (spec.nrows !== nrows || spec.ncols !== ncols) continue;
    const [l, b, w, h] = specRect(fig.subplotpars, spec);
    const group: Axes[] = [ax, ...fig.axes.filter((a) => a.colorbarFor?.parent === ax)];
    const boxes = group.map((a) => drawAxes(null, a));
    const x0 = Math.min(...boxes.map((bb) => bb.x0)) / W, x1 = Math.max(...boxes.map((bb) => bb.x1)) / W;
    const top = 1 - Math.min(...boxes.map((bb) => bb.y0)) / H, bottom = 1 - Math.max(...boxes.map((bb) => bb.y1)) / H;
    for (let r = spec.row0; r < spec.row1; r++) {
      hspaces[r][spec.col0] += l - x0;
      hspaces[r][spec.col1] += x1 - (l + w);
    }
    for (let c = spec.col0; c < spec.col1; c++) {
      vspaces[spec.row0][c] += top - (b + h);
      vspaces[spec.row1][c] += b - bottom;
    }
  }
  const maxOf = (rows: number[][], pick: (row: number[]) => number[]) => Math.max(0, ...rows.flatMap(pick));
  const left = maxOf(hspaces, (r) => [r[0]]) + edgeW;
  const right = maxOf(hspaces, (r) => [r[ncols]]) + edgeW;
  const top = maxOf([vspaces[0]], (r) => r) + edgeH;
  const bottom = maxOf([vspaces[nrows]], (r) => r) + edgeH;
  if (left + right >= 1 || top + bottom >= 1) return null;
  const pars: SubplotPars = { ...fig.subplotpars, left, right: 1 - right, top: 1 - top, bottom };
  if (ncols > 1) {
    const hspace = maxOf(hspaces, (r) => r.slice(1, -1)) + padW;
    const axW = (1 - right - left - hspace * (ncols - 1)) / ncols;
    pars.wspace = hspace / axW;
  }
  if (nrows > 1) {
    const vspace = maxOf(vspaces.slice(1, -1), (r) => r) + padH;
    const axH = (1 - top - bottom - vspace * (nrows - 1)) / nrows;
    pars.hspace = vspace / axH;
  }
  return pars;
}
