// The loops behind the reductions (Sum, Mean, Prod, Max, Min, All, Any). The input is viewed as
// [outer, reduced, inner] after merging neighbouring dims, so the common cases (all dims, rows,
// columns) are one tight loop; other patterns reduce one group of axes at a time.
import type { NumericArray } from '../../dtypes';
import type { Dim } from '../../shape';

export type ReduceLoop = (x: NumericArray, out: NumericArray, outer: number, red: number, inner: number) => void;

/** A loop for `acc = combine(acc, v)` starting from the first element (`init` for empty axes). */
export function compileReduce(init: string, combine: string): ReduceLoop {
  // eslint-disable-next-line no-new-func
  return new Function(`"use strict"; return function reduce(x, out, outer, red, inner) {
    if (red === 0) { out.fill(${init}); return; }
    if (inner === 1) {
      for (let o = 0; o < outer; o++) {
        const base = o * red; let acc = x[base];
        for (let r = 1; r < red; r++) { const v = x[base + r]; acc = ${combine}; }
        out[o] = acc;
      }
      return;
    }
    for (let o = 0; o < outer; o++) {
      const ob = o * inner, xb = o * red * inner;
      for (let i = 0; i < inner; i++) out[ob + i] = x[xb + i];
      for (let r = 1; r < red; r++) {
        const rb = xb + r * inner;
        for (let i = 0; i < inner; i++) { const acc = out[ob + i], v = x[rb + i]; out[ob + i] = ${combine}; }
      }
    }
  };`)() as ReduceLoop;
}

/** Output dims for reducing `axes` of `shape`. */
export function reducedDims<T extends Dim>(shape: readonly T[], axes: readonly number[], keepDims: boolean): T[] {
  const out: T[] = [];
  shape.forEach((d, i) => { if (!axes.includes(i)) out.push(d); else if (keepDims) out.push(1 as T); });
  return out;
}

export interface DimGroup { size: number; reduced: boolean }

/** Merge neighbouring dims that are both reduced or both kept; size-1 dims vanish. */
export function dimGroups(shape: readonly number[], axes: readonly number[]): DimGroup[] {
  const gs: DimGroup[] = [];
  shape.forEach((d, i) => {
    if (d === 1) return;
    const reduced = axes.includes(i);
    const last = gs[gs.length - 1];
    if (last && last.reduced === reduced) last.size *= d; else gs.push({ size: d, reduced });
  });
  return gs;
}

/** Reduce x (given as merged groups) into out; more than one reduced group goes in passes. */
export function runReduction(loop: ReduceLoop, x: NumericArray, out: NumericArray, gs: DimGroup[]): void {
  // One reduced group (rows, columns, all of it): the same single call as below, without the
  // slices and closures of the general walk (reductions run on every training step).
  let reducedAt = -1, groups = 0;
  for (let i = 0; i < gs.length; i++) if (gs[i].reduced) { reducedAt = i; groups++; }
  if (groups === 1) {
    let outer = 1, inner = 1;
    for (let i = 0; i < reducedAt; i++) outer *= gs[i].size;
    for (let i = reducedAt + 1; i < gs.length; i++) inner *= gs[i].size;
    loop(x, out, outer, gs[reducedAt].size, inner);
    return;
  }
  let src = x;
  let current = gs.slice();
  for (;;) {
    const lastR = current.map(g => g.reduced).lastIndexOf(true);
    const firstR = current.findIndex(g => g.reduced);
    const prod = (a: number, b: number) => current.slice(a, b).reduce((p, g) => p * g.size, 1);
    if (lastR < 0) { for (let i = 0; i < out.length; i++) out[i] = src[i]; return; }
    const outer = prod(0, lastR), red = current[lastR].size, inner = prod(lastR + 1, current.length);
    if (firstR === lastR) { loop(src, out, outer, red, inner); return; }
    const tmp = new Float64Array(outer * inner);
    loop(src, tmp, outer, red, inner);
    src = tmp;
    current = current.filter((_, i) => i !== lastR);
  }
}
