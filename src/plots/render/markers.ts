// matplotlib's marker shapes as SVG path data for a marker of size 1 (scaled by markersize in px).
// Filled markers take the face color and an edge; line markers (+ x | _ 1-4) are stroked only.
const polygon = (n: number, r = 0.5, rot = 0): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = rot + Math.PI / 2 + (2 * Math.PI * i) / n;
    return [r * Math.cos(a), -r * Math.sin(a)];
  });
const star = (): [number, number][] =>
  Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 0.5 * 0.381966 : 0.5;
    const a = Math.PI / 2 + (Math.PI * i) / 5;
    return [r * Math.cos(a), -r * Math.sin(a)];
  });
const closed = (pts: [number, number][]) => `M${pts.map(([x, y]) => `${+x.toFixed(4)} ${+y.toFixed(4)}`).join('L')}Z`;
const d = Math.SQRT1_2;

const FILLED: Record<string, string> = {
  o: 'M0.5 0A0.5 0.5 0 1 1 -0.5 0A0.5 0.5 0 1 1 0.5 0Z',
  '.': 'M0.25 0A0.25 0.25 0 1 1 -0.25 0A0.25 0.25 0 1 1 0.25 0Z',
  s: closed([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]]),
  '^': closed([[0, -0.5], [-0.5, 0.5], [0.5, 0.5]]),
  v: closed([[0, 0.5], [-0.5, -0.5], [0.5, -0.5]]),
  '<': closed([[-0.5, 0], [0.5, -0.5], [0.5, 0.5]]),
  '>': closed([[0.5, 0], [-0.5, -0.5], [-0.5, 0.5]]),
  D: closed([[0, -d], [d, 0], [0, d], [-d, 0]]),
  d: closed([[0, -d], [0.6 * d, 0], [0, d], [-0.6 * d, 0]]),
  p: closed(polygon(5)),
  h: closed(polygon(6)),
  H: closed(polygon(6, 0.5, Math.PI / 2)),
  '8': closed(polygon(8, 0.5, Math.PI / 8)),
  '*': closed(star()),
  P: closed([[-1 / 6, -0.5], [1 / 6, -0.5], [1 / 6, -1 / 6], [0.5, -1 / 6], [0.5, 1 / 6], [1 / 6, 1 / 6], [1 / 6, 0.5], [-1 / 6, 0.5], [-1 / 6, 1 / 6], [-0.5, 1 / 6], [-0.5, -1 / 6], [-1 / 6, -1 / 6]]),
};
const rotate45 = (pts: [number, number][]) => pts.map(([x, y]) => [(x - y) * d, (x + y) * d] as [number, number]);
FILLED.X = closed(rotate45([[-1 / 6, -0.5], [1 / 6, -0.5], [1 / 6, -1 / 6], [0.5, -1 / 6], [0.5, 1 / 6], [1 / 6, 1 / 6], [1 / 6, 0.5], [-1 / 6, 0.5], [-1 / 6, 1 / 6], [-0.5, 1 / 6], [-0.5, -1 / 6], [-1 / 6, -1 / 6]]));

const STROKED: Record<string, string> = {
  '+': 'M-0.5 0L0.5 0M0 -0.5L0 0.5',
  x: 'M-0.5 -0.5L0.5 0.5M-0.5 0.5L0.5 -0.5',
  '|': 'M0 -0.5L0 0.5',
  _: 'M-0.5 0L0.5 0',
  '1': 'M0 0L0 0.5M0 0L-0.433 -0.25M0 0L0.433 -0.25',
  '2': 'M0 0L0 -0.5M0 0L-0.433 0.25M0 0L0.433 0.25',
  '3': 'M0 0L-0.5 0M0 0L0.25 -0.433M0 0L0.25 0.433',
  '4': 'M0 0L0.5 0M0 0L-0.25 -0.433M0 0L-0.25 0.433',
};

export interface MarkerShape { path: string; filled: boolean }

export function markerShape(marker: string): MarkerShape | null {
  if (marker === 'None' || marker === '') return null;
  if (marker === ',') return { path: 'M-0.5 -0.5L0.5 -0.5L0.5 0.5L-0.5 0.5Z', filled: true };
  if (FILLED[marker]) return { path: FILLED[marker], filled: true };
  if (STROKED[marker]) return { path: STROKED[marker], filled: false };
  return null;
}

/** The shape's path at `sizePx` (a pixel marker stays 1 px), so strokes keep their own width. */
export function scaledMarkerPath(marker: string, sizePx: number): string | null {
  const shape = markerShape(marker);
  if (!shape) return null;
  const s = marker === ',' ? 1 : sizePx;
  const r = (v: number) => String(Math.round(v * s * 100) / 100);
  if (marker === 'o' || marker === '.') {
    const rad = r(marker === 'o' ? 0.5 : 0.25);
    return `M${rad} 0A${rad} ${rad} 0 1 1 -${rad} 0A${rad} ${rad} 0 1 1 ${rad} 0Z`;
  }
  return shape.path.replace(/-?\d*\.?\d+/g, (m) => r(Number(m)));
}
