// Marching squares on a quad grid (X, Y, Z all ny×nx): the isolines contour() strokes and the
// bands contourf() fills. Crossings are linear along cell edges, as matplotlib's contour generator
// places them; cells with a non-finite corner are left out (matplotlib masks them).

export interface Grid { nx: number; ny: number; x: Float64Array; y: Float64Array; z: Float64Array }
export type Pt = [number, number];

const finiteCell = (g: Grid, j: number, i: number): boolean => {
  const a = j * g.nx + i;
  return Number.isFinite(g.z[a]) && Number.isFinite(g.z[a + 1]) && Number.isFinite(g.z[a + g.nx]) && Number.isFinite(g.z[a + g.nx + 1]);
};

/** The point on the edge from grid node a to node b where z crosses `level` (a < b keeps it canonical). */
function crossing(g: Grid, a: number, b: number, level: number): Pt {
  if (b < a) [a, b] = [b, a];
  const t = (level - g.z[a]) / (g.z[b] - g.z[a]);
  return [g.x[a] + t * (g.x[b] - g.x[a]), g.y[a] + t * (g.y[b] - g.y[a])];
}

/**
 * The isolines z = level as polylines. Each crossing sits on a grid edge, named by its two nodes,
 * so the cells' segments chain through shared edge names into lines (closed rings end where they start).
 */
export function isolines(g: Grid, level: number): Pt[][] {
  const { nx, ny, z } = g;
  const segs: [string, string][] = [];
  const points = new Map<string, Pt>();
  const edge = (a: number, b: number): string => {
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (!points.has(key)) points.set(key, crossing(g, a, b, level));
    return key;
  };
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      if (!finiteCell(g, j, i)) continue;
      // Corners counter-clockwise: n0 (j,i), n1 (j,i+1), n2 (j+1,i+1), n3 (j+1,i).
      const n = [j * nx + i, j * nx + i + 1, (j + 1) * nx + i + 1, (j + 1) * nx + i];
      const above = n.map((k) => z[k] > level);
      const cut: string[] = [];
      for (let e = 0; e < 4; e++) if (above[e] !== above[(e + 1) % 4]) cut.push(edge(n[e], n[(e + 1) % 4]));
      if (cut.length === 2) segs.push([cut[0], cut[1]]);
      else if (cut.length === 4) {
        // Saddle: the cell's mean decides which diagonal pair of corners is joined through the
        // middle; the lines then cut off the other two corners (n1's edges 0, 1 and n3's 2, 3).
        const centreAbove = (z[n[0]] + z[n[1]] + z[n[2]] + z[n[3]]) / 4 > level;
        if (centreAbove === above[0]) { segs.push([cut[0], cut[1]]); segs.push([cut[2], cut[3]]); }
        else { segs.push([cut[3], cut[0]]); segs.push([cut[1], cut[2]]); }
      }
    }
  }
  return chain(segs).map((keys) => keys.map((k) => points.get(k)!));
}

/** Joins segments sharing an end into the longest polylines. */
function chain(segs: [string, string][]): string[][] {
  const at = new Map<string, number[]>();
  segs.forEach(([a, b], s) => { for (const k of [a, b]) (at.get(k) ?? at.set(k, []).get(k)!).push(s); });
  const used = new Uint8Array(segs.length);
  const next = (key: string): number | undefined => at.get(key)!.find((s) => !used[s]);
  const lines: string[][] = [];
  for (let s0 = 0; s0 < segs.length; s0++) {
    if (used[s0]) continue;
    used[s0] = 1;
    const line = [...segs[s0]];
    for (let grow = 0; grow < 2; grow++) {
      for (let s = next(line[line.length - 1]); s !== undefined; s = next(line[line.length - 1])) {
        used[s] = 1;
        const [a, b] = segs[s];
        line.push(a === line[line.length - 1] ? b : a);
      }
      line.reverse();
    }
    lines.push(line);
  }
  return lines;
}

type Vertex = { p: Pt; z: number; node: number };

/** Sutherland–Hodgman: the part of a cell polygon where keep(z) holds, cut linearly along edges. */
function clip(poly: Vertex[], g: Grid, level: number, keep: (z: number) => boolean): Vertex[] {
  const out: Vertex[] = [];
  for (let k = 0; k < poly.length; k++) {
    const a = poly[k], b = poly[(k + 1) % poly.length];
    const ka = keep(a.z), kb = keep(b.z);
    if (ka) out.push(a);
    if (ka !== kb) {
      // Between two grid nodes the crossing is computed from the nodes (so neighbours agree);
      // between an earlier crossing and a node, from the vertices themselves.
      const p = a.node >= 0 && b.node >= 0 ? crossing(g, a.node, b.node, level)
        : ((t) => [a.p[0] + t * (b.p[0] - a.p[0]), a.p[1] + t * (b.p[1] - a.p[1])] as Pt)((level - a.z) / (b.z - a.z));
      out.push({ p, z: level, node: -1 });
    }
  }
  return out;
}

/**
 * The region lo < z <= hi (lo <= z for the lowest band, as contourf closes its first interval) as
 * polygons: one per cell, except that on a rectilinear grid (np.meshgrid) runs of whole cells in a
 * row merge into one rectangle, which keeps the SVG small.
 */
export function band(g: Grid, lo: number, hi: number, closedBelow: boolean): Pt[][] {
  const { nx, ny, x, y, z } = g;
  const inBand = (v: number) => (closedBelow ? v >= lo : v > lo) && v <= hi;
  const rectilinear = isRectilinear(g);
  const polys: Pt[][] = [];
  for (let j = 0; j < ny - 1; j++) {
    let run = -1;
    const flush = (end: number) => {
      if (run < 0) return;
      const a = j * nx + run, b = j * nx + end, c = (j + 1) * nx + end, d = (j + 1) * nx + run;
      polys.push([[x[a], y[a]], [x[b], y[b]], [x[c], y[c]], [x[d], y[d]]]);
      run = -1;
    };
    for (let i = 0; i < nx - 1; i++) {
      if (!finiteCell(g, j, i)) { flush(i); continue; }
      const n = [j * nx + i, j * nx + i + 1, (j + 1) * nx + i + 1, (j + 1) * nx + i];
      const whole = n.every((k) => inBand(z[k]));
      if (whole && rectilinear) { if (run < 0) run = i; continue; }
      flush(i);
      let poly: Vertex[] = n.map((k) => ({ p: [x[k], y[k]] as Pt, z: z[k], node: k }));
      if (!whole) {
        poly = clip(poly, g, lo, closedBelow ? (v) => v >= lo : (v) => v > lo);
        if (poly.length) poly = clip(poly, g, hi, (v) => v <= hi);
      }
      if (poly.length >= 3) polys.push(poly.map((v) => v.p));
    }
    flush(nx - 1);
  }
  return polys;
}

/** X constant down each column and Y constant along each row: cells are axis-aligned rectangles. */
function isRectilinear(g: Grid): boolean {
  const { nx, ny, x, y } = g;
  for (let j = 1; j < ny; j++) for (let i = 0; i < nx; i++) if (x[j * nx + i] !== x[i]) return false;
  for (let j = 0; j < ny; j++) for (let i = 1; i < nx; i++) if (y[j * nx + i] !== y[j * nx]) return false;
  return true;
}
