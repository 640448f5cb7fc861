// Pixel paths cut to a window around the Axes before they reach the SVG. A line whose data lies
// far outside the view (a loss curve of 300 steps plotted on axes limited to [-1.5, 1.5]) spans
// tens of thousands of pixels, and resvg sizes its clip layer to the path's bounds: such figures
// ran it out of memory. matplotlib's Agg clips paths to the canvas the same way. The window is
// the Axes box grown by its own size on every side, so strokes, dashes and joins near the visible
// part are untouched.
import type { PixelBox } from '../layout/boxes';

export interface Window { x0: number; y0: number; x1: number; y1: number }
type P = [number, number];

export function clipWindow(box: PixelBox): Window {
  return { x0: box.x - box.w, y0: box.y - box.h, x1: box.x + 2 * box.w, y1: box.y + 2 * box.h };
}

export const inWindow = (w: Window, [x, y]: P): boolean => x >= w.x0 && x <= w.x1 && y >= w.y0 && y <= w.y1;

/** Liang–Barsky: the part of segment a→b inside the window, or null. */
function clipSegment(w: Window, a: P, b: P): [P, P] | null {
  let t0 = 0, t1 = 1;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const edges: [number, number][] = [[-dx, a[0] - w.x0], [dx, w.x1 - a[0]], [-dy, a[1] - w.y0], [dy, w.y1 - a[1]]];
  for (const [p, q] of edges) {
    if (p === 0) { if (q < 0) return null; continue; }
    const r = q / p;
    if (p < 0) { if (r > t1) return null; if (r > t0) t0 = r; } else { if (r < t0) return null; if (r < t1) t1 = r; }
  }
  return [[a[0] + t0 * dx, a[1] + t0 * dy], [a[0] + t1 * dx, a[1] + t1 * dy]];
}

/**
 * A polyline (non-finite points break it, as matplotlib does) as the runs that stay inside the
 * window; a polyline entirely inside comes back unchanged as one run.
 */
export function clipPolyline(w: Window, pts: readonly P[]): P[][] {
  const runs: P[][] = [];
  let run: P[] = [];
  const end = () => { if (run.length > 1) runs.push(run); run = []; };
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1], b = pts[i];
    if (!Number.isFinite(a[0] + a[1] + b[0] + b[1])) { end(); continue; }
    const seg = clipSegment(w, a, b);
    if (!seg) { end(); continue; }
    if (!run.length) run.push(seg[0]);
    else if (run[run.length - 1][0] !== seg[0][0] || run[run.length - 1][1] !== seg[0][1]) { end(); run.push(seg[0]); }
    run.push(seg[1]);
    if (seg[1][0] !== b[0] || seg[1][1] !== b[1]) end();
  }
  end();
  if (pts.length === 1 && Number.isFinite(pts[0][0] + pts[0][1]) && inWindow(w, pts[0])) runs.push([pts[0]]);
  return runs;
}

/** Sutherland–Hodgman: a closed ring cut to the window (the filled area inside stays the same). */
export function clipRing(w: Window, ring: readonly P[]): P[] {
  let out: P[] = [...ring];
  const sides: [(p: P) => boolean, (a: P, b: P) => P][] = [
    [(p) => p[0] >= w.x0, (a, b) => at(a, b, (w.x0 - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= w.x1, (a, b) => at(a, b, (w.x1 - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= w.y0, (a, b) => at(a, b, (w.y0 - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= w.y1, (a, b) => at(a, b, (w.y1 - a[1]) / (b[1] - a[1]))],
  ];
  for (const [inside, cross] of sides) {
    const src = out;
    out = [];
    for (let i = 0; i < src.length; i++) {
      const a = src[i], b = src[(i + 1) % src.length];
      if (inside(a)) out.push(a);
      if (inside(a) !== inside(b)) out.push(cross(a, b));
    }
    if (!out.length) return out;
  }
  return out;
}

const at = (a: P, b: P, t: number): P => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
