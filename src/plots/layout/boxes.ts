// Where each Axes sits: GridSpec cells from subplotpars (matplotlib's get_grid_positions), the split
// a colorbar takes from its parent (make_axes_gridspec), and the box shrunk to a fixed aspect.
import type { Axes } from '../model/axes';
import type { Rect, SubplotSpec } from '../model/axes-base';

export interface SubplotPars { left: number; right: number; bottom: number; top: number; wspace: number; hspace: number }
export interface PixelBox { x: number; y: number; w: number; h: number }

/** A subplot cell in figure fractions [left, bottom, width, height]. */
export function specRect(pars: SubplotPars, spec: SubplotSpec): Rect {
  const edges = (n: number, lo: number, hi: number, space: number) => {
    const cell = (hi - lo) / (n + space * (n - 1));
    return Array.from({ length: n }, (_, i) => [lo + i * cell * (1 + space), lo + i * cell * (1 + space) + cell]);
  };
  const cols = edges(spec.ncols, pars.left, pars.right, pars.wspace);
  // Rows count from the top.
  const rows = edges(spec.nrows, 1 - pars.top, 1 - pars.bottom, pars.hspace).map(([a, b]) => [1 - b, 1 - a]);
  const left = cols[spec.col0][0], right = cols[spec.col1 - 1][1];
  const top = rows[spec.row0][1], bottom = rows[spec.row1 - 1][0];
  return [left, bottom, right - left, top - bottom];
}

/** The cell before aspect adjustment: subplot cell or add_axes rect, minus any colorbar split. */
export function cellRect(ax: Axes): Rect {
  if (ax.colorbarFor) {
    const cb = ax.colorbarFor;
    const parentCell = baseRect(cb.parent);
    return colorbarSplit(parentCell, cb.fraction, cb.pad, cb.shrink, cb.orientation)[1];
  }
  const own = baseRect(ax);
  const cb = ax.figure.axes.find((a) => a.colorbarFor?.parent === ax)?.colorbarFor;
  return cb ? colorbarSplit(own, cb.fraction, cb.pad, cb.shrink, cb.orientation)[0] : own;
}

function baseRect(ax: Axes): Rect {
  return ax.subplotSpec ? specRect(ax.figure.subplotpars, ax.subplotSpec) : ax.position;
}

/** make_axes_gridspec: the parent keeps (1 - fraction - pad), the colorbar gets fraction, shrunk. */
function colorbarSplit(r: Rect, fraction: number, pad: number, shrink: number, orientation: 'vertical' | 'horizontal'): [Rect, Rect] {
  const [l, b, w, h] = r;
  if (orientation === 'vertical') {
    const mainW = w * (1 - fraction - pad), cbW = w * fraction;
    return [[l, b, mainW, h], [l + w - cbW, b + (h * (1 - shrink)) / 2, cbW, h * shrink]];
  }
  const mainH = h * (1 - fraction - pad), cbH = h * fraction;
  return [[l, b + h - mainH, w, mainH], [l + (w * (1 - shrink)) / 2, b, w * shrink, cbH]];
}

const ANCHORS = { C: [0.5, 0.5], E: [1, 0.5], W: [0, 0.5], N: [0.5, 1], S: [0.5, 0] } as const;

/** The Axes' drawn box in pixels (top-left origin), after a fixed data or box aspect is applied. */
export function axesBox(ax: Axes): PixelBox {
  const W = ax.figure.widthPx, H = ax.figure.heightPx;
  const [l, b, w, h] = cellRect(ax);
  const box: PixelBox = { x: l * W, y: (1 - b - h) * H, w: w * W, h: h * H };
  let ratio: number | null = null;
  if (ax.boxAspect !== null) ratio = ax.boxAspect;
  else if (ax.aspect !== 'auto') {
    const [x0, x1] = ax.viewLimits('x'), [y0, y1] = ax.viewLimits('y');
    ratio = (ax.aspect * Math.abs(y1 - y0)) / Math.abs(x1 - x0);
  }
  if (ratio === null || !Number.isFinite(ratio) || ratio <= 0) return box;
  const [ax0, ay0] = ANCHORS[ax.anchor];
  let w2 = box.w, h2 = box.w * ratio;
  if (h2 > box.h) { h2 = box.h; w2 = box.h / ratio; }
  return { x: box.x + (box.w - w2) * ax0, y: box.y + (box.h - h2) * (1 - ay0), w: w2, h: h2 };
}
