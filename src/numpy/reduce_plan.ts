// Which input elements feed which output of a reduction over some axes, in the order NumPy's
// iterator visits them: outputs in C order, and per output the reduced elements as runs of
// the trailing reduced axes (NumPy sums each run pairwise, then adds the runs in sequence).
import { stridesOf } from '../engine/ndarray';
import { pyError } from './values';

export interface ReducePlan {
  outShape: number[];      // keepdims=False
  keptShape: number[];     // keepdims=True
  bases: Int32Array;       // input offset of each output's first element
  runStarts: Int32Array;   // per output: offsets (from base) where contiguous runs begin
  runLength: number;       // elements per run (1 when the last axis is kept)
  count: number;           // reduced elements per output
}

export type Axis = number | readonly number[] | null | undefined;

export function normaliseAxes(axis: Axis, rank: number): number[] {
  if (axis === null || axis === undefined) return Array.from({ length: rank }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : axis.slice();
  const out = list.map(a => {
    if (a < -rank || a >= rank) throw pyError('ValueError', `axis ${a} is out of bounds for array of dimension ${rank}`);
    return a < 0 ? a + rank : a;
  });
  if (new Set(out).size !== out.length) throw pyError('ValueError', 'duplicate value in \'axis\'');
  return out.sort((x, y) => x - y);
}

export function planReduction(shape: readonly number[], axis: Axis): ReducePlan {
  const rank = shape.length;
  const reduced = new Set(normaliseAxes(axis, rank));
  const strides = stridesOf(shape);
  const kept = [...Array(rank).keys()].filter(a => !reduced.has(a));
  const outShape = kept.map(a => shape[a]);
  const keptShape = shape.map((d, a) => (reduced.has(a) ? 1 : d));
  // The trailing reduced axes (ignoring size-1 axes, which the iterator drops) form one run.
  let runLength = 1, k = rank - 1;
  while (k >= 0 && (reduced.has(k) || shape[k] === 1)) { runLength *= shape[k]; k--; }
  const runAxes = new Set<number>();
  for (let a = k + 1; a < rank; a++) runAxes.add(a);
  const outerReduced = [...reduced].filter(a => !runAxes.has(a));
  const bases = offsets(kept.map(a => shape[a]), kept.map(a => strides[a]));
  const runStarts = offsets(outerReduced.map(a => shape[a]), outerReduced.map(a => strides[a]));
  let count = 1;
  for (const a of reduced) count *= shape[a];
  if (runLength === 0 || count === 0) return { outShape, keptShape, bases, runStarts: new Int32Array(0), runLength: 0, count };
  return { outShape, keptShape, bases, runStarts, runLength, count };
}

/** Flat offsets of every index of a sub-grid with the given extents and strides, C order. */
function offsets(extents: number[], strides: number[]): Int32Array {
  let n = 1;
  for (const e of extents) n *= e;
  const out = new Int32Array(n);
  const counter = new Array<number>(extents.length).fill(0);
  let at = 0;
  for (let i = 0; i < n; i++) {
    out[i] = at;
    for (let d = extents.length - 1; d >= 0; d--) {
      counter[d]++;
      at += strides[d];
      if (counter[d] < extents[d]) break;
      at -= strides[d] * counter[d];
      counter[d] = 0;
    }
  }
  return out;
}
