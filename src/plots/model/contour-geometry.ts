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
 * The filled bands between consecutive `bounds`: band k is bounds[k] < z <= bounds[k + 1]
 * (bounds[0] <= z for the lowest, as contourf closes its first interval), as polygons: one per
 * cell and band it touches, except that on a rectilinear grid (np.meshgrid) runs of whole cells
 * of one band in a row merge into one rectangle, which keeps the SVG small. One pass over the
 * cells: a cell's corner range says which bands it touches, and only those are clipped.
 */
export function bands(g: Grid, bounds: readonly number[]): Pt[][][] {
  const { nx, ny, x, y, z } = g;
  const nb = bounds.length - 1;
  const out: Pt[][][] = Array.from({ length: nb }, () => []);
  /** The band holding v, or -1. */
  const bandOf = (v: number): number => {
    if (!(v >= bounds[0] && v <= bounds[nb])) return -1;
    let lo = 0, hi = nb - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (v <= bounds[mid + 1]) hi = mid; else lo = mid + 1; }
    return lo;
  };
  const rectilinear = isRectilinear(g);
  for (let j = 0; j < ny - 1; j++) {
    let run = -1, runBand = -1;
    const flush = (end: number) => {
      if (run < 0) return;
      const a = j * nx + run, b = j * nx + end, c = (j + 1) * nx + end, d = (j + 1) * nx + run;
      out[runBand].push([[x[a], y[a]], [x[b], y[b]], [x[c], y[c]], [x[d], y[d]]]);
      run = -1;
    };
    for (let i = 0; i < nx - 1; i++) {
      if (!finiteCell(g, j, i)) { flush(i); continue; }
      const n = [j * nx + i, j * nx + i + 1, (j + 1) * nx + i + 1, (j + 1) * nx + i];
      const ks = n.map((k) => bandOf(z[k]));
      const whole = ks[0] >= 0 && ks.every((k) => k === ks[0]);
      if (whole && rectilinear) {
        if (run >= 0 && runBand !== ks[0]) flush(i);
        if (run < 0) { run = i; runBand = ks[0]; }
        continue;
      }
      flush(i);
      const cell: Vertex[] = n.map((k) => ({ p: [x[k], y[k]] as Pt, z: z[k], node: k }));
      if (whole) { out[ks[0]].push(cell.map((v) => v.p)); continue; }
      const zs = n.map((k) => z[k]);
      const zlo = Math.min(...zs), zhi = Math.max(...zs);
      for (let k = 0; k < nb; k++) {
        if (bounds[k + 1] < zlo || bounds[k] > zhi) continue;
        let poly = clip(cell, g, bounds[k], k === 0 ? (v) => v >= bounds[0] : (v) => v > bounds[k]);
        if (poly.length) poly = clip(poly, g, bounds[k + 1], (v) => v <= bounds[k + 1]);
        if (poly.length >= 3) out[k].push(poly.map((v) => v.p));
      }
    }
    flush(nx - 1);
  }
  return out;
}

/** X constant down each column and Y constant along each row: cells are axis-aligned rectangles. */
function isRectilinear(g: Grid): boolean {
  const { nx, ny, x, y } = g;
  for (let j = 1; j < ny; j++) for (let i = 0; i < nx; i++) if (x[j * nx + i] !== x[i]) return false;
  for (let j = 0; j < ny; j++) for (let i = 1; i < nx; i++) if (y[j * nx + i] !== y[j * nx]) return false;
  return true;
}
