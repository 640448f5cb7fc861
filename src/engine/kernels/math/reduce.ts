// Sum, Mean, Max, Min, Prod (tf1-semantics §3.4): inputs (x, axis int32), attr keep_dims.
// The input is viewed as [outer, reduced, inner] after merging neighbouring dims, so the
// common cases (all dims, rows, columns) are one tight loop; other patterns reduce one
// group of axes at a time.
import { registerKernel } from '../registry';
import { isInteger, NumericArray } from '../../dtypes';
import type { Dim } from '../../shape';
import { constantValues, normalizeAxesStatic, normalizeAxesRuntime } from './axes';
import { checkDType, DTypeClass } from './dtype_rules';

type ReduceLoop = (x: NumericArray, out: NumericArray, outer: number, red: number, inner: number) => void;

function compileReduce(init: string, combine: string): ReduceLoop {
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

interface Reduction { type: string; loop: ReduceLoop; mean?: boolean; dtypes: DTypeClass }
const REDUCTIONS: Reduction[] = [
  { type: 'Sum', loop: compileReduce('0', 'acc + v'), dtypes: 'numeric' },
  { type: 'Mean', loop: compileReduce('0', 'acc + v'), mean: true, dtypes: 'numeric' },
  { type: 'Prod', loop: compileReduce('1', 'acc * v'), dtypes: 'numeric' },
  { type: 'Max', loop: compileReduce('-Infinity', 'v > acc ? v : acc'), dtypes: 'numeric' },
  { type: 'Min', loop: compileReduce('Infinity', 'v < acc ? v : acc'), dtypes: 'numeric' },
];

/** Output dims for reducing `axes` of `shape`. */
export function reducedDims<T extends Dim>(shape: readonly T[], axes: readonly number[], keepDims: boolean): T[] {
  const out: T[] = [];
  shape.forEach((d, i) => { if (!axes.includes(i)) out.push(d); else if (keepDims) out.push(1 as T); });
  return out;
}

/** Merge neighbouring dims that are both reduced or both kept; size-1 dims vanish. */
function groups(shape: readonly number[], axes: readonly number[]): { size: number; reduced: boolean }[] {
  const gs: { size: number; reduced: boolean }[] = [];
  shape.forEach((d, i) => {
    if (d === 1) return;
    const reduced = axes.includes(i);
    const last = gs[gs.length - 1];
    if (last && last.reduced === reduced) last.size *= d; else gs.push({ size: d, reduced });
  });
  return gs;
}

/** Reduce x (given as merged groups) into out; more than one reduced group goes in passes. */
function runReduction(loop: ReduceLoop, x: NumericArray, out: NumericArray, gs: { size: number; reduced: boolean }[]): void {
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

for (const r of REDUCTIONS) {
  registerKernel({
    type: r.type, family: 'math',
    infer: ([x, axis], attrs) => {
      checkDType(x, r.dtypes, 'input');
      checkDType(axis, 'int', 'reduction_indices');
      const keep = attrs.keep_dims === true;
      const axes = constantValues(axis);
      if (x.shape === null) return [{ dtype: x.dtype, shape: null }];
      if (axes === null) return [{ dtype: x.dtype, shape: keep ? x.shape.map(() => null) : null }];
      return [{ dtype: x.dtype, shape: reducedDims(x.shape, normalizeAxesStatic(axes, x.shape.length), keep) }];
    },
    compute: ([x, axis], op, rt) => {
      const axes = normalizeAxesRuntime(axis.data as NumericArray, x.rank);
      const keep = op.attrs.keep_dims === true;
      const shape = reducedDims(x.shape, axes, keep);
      if (!axes.some(a => x.shape[a] !== 1)) return [x.reshape(shape)];
      const out = rt.output(op, 0, x.dtype, shape);
      const data = out.data as NumericArray;
      runReduction(r.loop, x.data as NumericArray, data, groups(x.shape, axes));
      if (r.mean) {
        const count = x.size / Math.max(out.size, 1);
        if (isInteger(x.dtype)) for (let i = 0; i < data.length; i++) data[i] = Math.trunc(data[i] / count);
        else for (let i = 0; i < data.length; i++) data[i] /= count;
      }
      return [out];
    },
  });
}

