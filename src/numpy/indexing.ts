// a[...] and a[...] = v with NumPy's rules: integers, slices (with steps, negative bounds),
// None (newaxis), Ellipsis, integer arrays and boolean masks. Advanced indices broadcast
// together; their result dims go where the first one stood when they are adjacent, else first.
// Reads return copies (NumPy returns views for basic indexing; writes go to the original).
import { NDArray, shapeSize, stridesOf } from '../engine/ndarray';
import { NumericArray, castScalar } from '../engine/dtypes';
import { asarray } from './convert';
import { broadcastShapes, broadcastTo } from './broadcast';
import { ArrayLike, NumpyScalar, pyError } from './values';

export interface PySlice { kind: 'slice'; start: number | null; stop: number | null; step: number | null }
export const ELLIPSIS = { kind: 'ellipsis' } as const;
/** One element of an index tuple. A JS array is a Python list (an integer or boolean array index). */
export type IndexItem = number | bigint | PySlice | typeof ELLIPSIS | null | NDArray | readonly ArrayLike[];

export const slice = (start: number | null = null, stop: number | null = null, step: number | null = null): PySlice =>
  ({ kind: 'slice', start, stop, step });

/** Python's slice.indices(length): concrete start, step and the number of elements. */
export function sliceIndices(s: PySlice, length: number): { start: number; step: number; count: number } {
  const step = s.step ?? 1;
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const clamp = (v: number | null, dflt: number, lo: number, hi: number) => {
    if (v === null) return dflt;
    if (v < 0) v += length;
    return Math.min(Math.max(v, lo), hi);
  };
  const start = step > 0 ? clamp(s.start, 0, 0, length) : clamp(s.start, length - 1, -1, length - 1);
  const stop = step > 0 ? clamp(s.stop, length, 0, length) : clamp(s.stop, -1, -1, length - 1);
  const count = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return { start, step, count };
}

/** One group of output dims and what each of its positions adds to the source offset. */
interface Group { shape: number[]; contrib: Float64Array }

interface Plan { groups: Group[]; shape: number[]; scalar: boolean }

function isSlice(x: IndexItem): x is PySlice { return !!x && typeof x === 'object' && (x as PySlice).kind === 'slice'; }
function isEllipsis(x: IndexItem): boolean { return !!x && typeof x === 'object' && (x as { kind?: string }).kind === 'ellipsis'; }
function isArrayIndex(x: IndexItem): boolean { return x instanceof NDArray || Array.isArray(x); }

function plan(a: NDArray, items: readonly IndexItem[]): Plan {
  // Arrays as NDArrays; booleans masks expand into one integer array per dim they cover.
  type Entry = { kind: 'int'; v: number } | { kind: 'slice'; s: PySlice } | { kind: 'new' } | { kind: 'adv'; idx: NDArray };
  const entries: Entry[] = [];
  const consumed = items.reduce<number>((n, it) => {
    if (it === null || isEllipsis(it)) return n;
    if (isArrayIndex(it)) { const arr = asarray(it as ArrayLike); return n + (arr.dtype === 'bool' ? Math.max(arr.shape.length, 1) : 1); }
    return n + 1;
  }, 0);
  if (consumed > a.shape.length) throw pyError('IndexError', `too many indices for array: array is ${a.shape.length}-dimensional, but ${consumed} were indexed`);
  if (items.filter(isEllipsis).length > 1) throw pyError('IndexError', "an index can only have a single ellipsis ('...')");
  for (const it of items) {
    if (it === null) entries.push({ kind: 'new' });
    else if (isEllipsis(it)) for (let i = 0; i < a.shape.length - consumed; i++) entries.push({ kind: 'slice', s: slice() });
    else if (isSlice(it)) entries.push({ kind: 'slice', s: it });
    else if (isArrayIndex(it)) {
      const arr = asarray(it as ArrayLike);
      if (arr.dtype === 'bool') {
        for (const idx of nonzero(arr)) entries.push({ kind: 'adv', idx });
      } else if (arr.dtype === 'float32' || arr.dtype === 'float64') {
        if (arr.size > 0) throw pyError('IndexError', 'arrays used as indices must be of integer (or boolean) type');
        entries.push({ kind: 'adv', idx: arr.astype('int64') });
      } else entries.push({ kind: 'adv', idx: arr });
    } else entries.push({ kind: 'int', v: Number(it) });
  }
  if (!items.some(isEllipsis)) {
    const used = entries.filter(e => e.kind !== 'new').length;
    for (let i = used; i < a.shape.length; i++) entries.push({ kind: 'slice', s: slice() });
  }
  const strides = stridesOf(a.shape);
  const hasAdv = entries.some(e => e.kind === 'adv');
  // With advanced indices present, plain integers join them as 0-d index arrays.
  const advPositions: number[] = [];
  entries.forEach((e, i) => { if (e.kind === 'adv' || (hasAdv && e.kind === 'int')) advPositions.push(i); });
  const adjacent = advPositions.every((p, k) => k === 0 || p === advPositions[k - 1] + 1);

  const groups: Group[] = [];
  let advGroup: Group | null = null;
  if (hasAdv) {
    const arrays: { idx: NDArray | number; dim: number }[] = [];
    let dim = 0;
    for (const e of entries) {
      if (e.kind === 'new') continue;
      if (e.kind === 'adv') arrays.push({ idx: e.idx, dim });
      else if (e.kind === 'int') arrays.push({ idx: e.v, dim });
      dim++;
    }
    const bshape = broadcastShapes(...arrays.map(x => (typeof x.idx === 'number' ? [] : x.idx.shape)));
    const contrib = new Float64Array(shapeSize(bshape));
    for (const { idx, dim: d } of arrays) {
      const values = typeof idx === 'number' ? null : broadcastTo(idx, bshape).data as NumericArray;
      for (let k = 0; k < contrib.length; k++) {
        const raw = values ? values[k] : (idx as number);
        contrib[k] += checkIndex(raw, a.shape[d], d) * strides[d];
      }
    }
    advGroup = { shape: bshape, contrib };
    if (!adjacent) groups.push(advGroup);
  }
  let dim = 0;
  let placed = !hasAdv || !adjacent;
  let baseOffset = 0;
  for (const e of entries) {
    if (e.kind === 'new') { groups.push({ shape: [1], contrib: new Float64Array(1) }); continue; }
    if (e.kind === 'slice') {
      const { start, step, count } = sliceIndices(e.s, a.shape[dim]);
      const c = new Float64Array(count);
      for (let k = 0; k < count; k++) c[k] = (start + k * step) * strides[dim];
      groups.push({ shape: [count], contrib: c });
    } else if (!hasAdv) {
      baseOffset += checkIndex((e as { v: number }).v, a.shape[dim], dim) * strides[dim];
    } else if (!placed) {
      groups.push(advGroup!);
      placed = true;
    }
    dim++;
  }
  if (baseOffset) groups.unshift({ shape: [], contrib: Float64Array.of(baseOffset) });
  const shape = groups.flatMap(g => g.shape);
  return { groups, shape, scalar: shape.length === 0 && !hasAdv && !entries.some(e => e.kind === 'new') };
}

function checkIndex(raw: number, size: number, dim: number): number {
  const i = raw < 0 ? raw + size : raw;
  if (i < 0 || i >= size) throw pyError('IndexError', `index ${raw} is out of bounds for axis ${dim} with size ${size}`);
  return i;
}

/** Source offsets of every result element, in C order of the result. */
function offsetsOf(p: Plan): Float64Array {
  let offsets = Float64Array.of(0);
  for (const g of p.groups) {
    const next = new Float64Array(offsets.length * g.contrib.length);
    let n = 0;
    for (let i = 0; i < offsets.length; i++) for (let k = 0; k < g.contrib.length; k++) next[n++] = offsets[i] + g.contrib[k];
    offsets = next;
  }
  return offsets;
}

export function getitem(a: NDArray, items: readonly IndexItem[]): NDArray {
  const p = plan(a, items);
  const offsets = offsetsOf(p);
  const src = a.data as NumericArray;
  if (p.scalar) return NumpyScalar.of(a.dtype, src[offsets[0]]);
  const out = NDArray.zeros(a.dtype, p.shape);
  const dst = out.data as NumericArray;
  for (let i = 0; i < offsets.length; i++) dst[i] = src[offsets[i]];
  return out;
}

export function setitem(a: NDArray, items: readonly IndexItem[], value: ArrayLike): void {
  const p = plan(a, items);
  const offsets = offsetsOf(p);
  const v = asarray(value);
  let vals: NDArray;
  try { vals = broadcastTo(v, p.shape); } catch {
    throw pyError('ValueError', `could not broadcast input array from shape (${v.shape.join(',')}${v.shape.length === 1 ? ',' : ''}) into shape (${p.shape.join(',')}${p.shape.length === 1 ? ',' : ''})`);
  }
  const src = vals.data as NumericArray, dst = a.data as NumericArray;
  for (let i = 0; i < offsets.length; i++) dst[offsets[i]] = castScalar(src[i], a.dtype);
}

/** np.nonzero: one int64 index array per dimension. */
export function nonzero(a: NDArray): NDArray[] {
  const rank = Math.max(a.shape.length, 1);
  const shape = a.shape.length ? a.shape : [1];
  const strides = stridesOf(shape);
  const hits: number[] = [];
  const d = a.data as NumericArray;
  for (let i = 0; i < d.length; i++) if (d[i]) hits.push(i);
  return Array.from({ length: rank }, (_, k) => {
    const out = NDArray.zeros('int64', [hits.length]);
    const o = out.data as NumericArray;
    hits.forEach((flat, j) => { o[j] = Math.floor(flat / strides[k]) % shape[k]; });
    return out;
  });
}
