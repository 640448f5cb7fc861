// GatherV2(params, indices, axis), Gather (axis 0), and UnsortedSegmentSum (the dense form of
// Gather's gradient: rows added back into their positions, duplicates summing).
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { Dim, StaticShape } from '../../shape';
import type { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { constantInts, isIndexDType, intsOf } from './static';
import { copyRun, prod } from './chunks';

function checkIndexDType(t: Tensor, what: string): void {
  if (!isIndexDType(t.dtype)) throw new ShapeError(`Value for attr 'T${what}' of ${t.dtype} is not in the list of allowed values: int32, int64`);
}

function gatherShape(params: StaticShape, indices: StaticShape, axis: number | null): StaticShape {
  if (params === null || indices === null) return null;
  if (axis === null) return new Array<Dim>(params.length - 1 + indices.length).fill(null);
  const r = params.length;
  if (axis < -r || axis >= r) throw new ShapeError(`Shape must be at least rank ${(axis < 0 ? -axis : axis + 1)} but is rank ${r}`);
  const a = axis < 0 ? axis + r : axis;
  return [...params.slice(0, a), ...indices, ...params.slice(a + 1)];
}

function gatherCompute(params: NDArray, indices: NDArray, axisIn: number, op: Operation, rt: RuntimeContext): NDArray {
  const r = params.rank;
  if (axisIn < -r || axisIn >= r) throw invalidArgument(`Expected axis in the range [${-r}, ${r}), but got ${axisIn}`);
  const axis = axisIn < 0 ? axisIn + r : axisIn;
  const idx = indices.data as ArrayLike<number>;
  const limit = params.shape[axis];
  for (let i = 0; i < idx.length; i++) {
    if (idx[i] < 0 || idx[i] >= limit) throw invalidArgument(`indices[${flatIndexText(indices.shape, i)}] = ${idx[i]} is not in [0, ${limit})`);
  }
  const outShape = [...params.shape.slice(0, axis), ...indices.shape, ...params.shape.slice(axis + 1)];
  const out = rt.output(op, 0, params.dtype, outShape);
  const inner = prod(params.shape, axis + 1), outer = prod(params.shape, 0, axis);
  let at = 0;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < idx.length; i++) { copyRun(out, at, params, (o * limit + idx[i]) * inner, inner); at += inner; }
  }
  return out;
}

/** TF prints the multi-index of the bad entry: indices[1,0] = 7 is not in [0, 3). */
function flatIndexText(shape: readonly number[], flat: number): string {
  const parts: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) { parts.unshift(flat % shape[d]); flat = Math.floor(flat / shape[d]); }
  return parts.join(',');
}

registerKernel({
  type: 'GatherV2', family: 'array',
  infer: ([params, indices, axisT]) => {
    checkIndexDType(indices, 'indices');
    const a = constantInts(axisT);
    return [{ dtype: params.dtype, shape: gatherShape(params.shape, indices.shape, a === null ? null : a[0]) }];
  },
  compute: ([params, indices, axisA], op, rt) => [gatherCompute(params, indices, Number(axisA.data[0]), op, rt)],
});

registerKernel({
  type: 'Gather', family: 'array',
  infer: ([params, indices]) => { checkIndexDType(indices, 'indices'); return [{ dtype: params.dtype, shape: gatherShape(params.shape, indices.shape, 0) }]; },
  compute: ([params, indices], op, rt) => [gatherCompute(params, indices, 0, op, rt)],
});

registerKernel({
  type: 'UnsortedSegmentSum', family: 'array',
  infer: ([data, ids, numT]) => {
    checkIndexDType(ids, 'indices');
    if (numT.shape !== null && numT.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${numT.shape.length}`);
    if (data.shape === null || ids.shape === null) return [{ dtype: data.dtype, shape: null }];
    ids.shape.forEach((d, i) => {
      const e = data.shape![i];
      if (d !== null && e !== null && e !== undefined && d !== e) throw new ShapeError(`Dimension ${i} in both shapes must be equal, but are ${e} and ${d}`);
    });
    const n = constantInts(numT);
    return [{ dtype: data.dtype, shape: [n === null ? null : n[0], ...data.shape.slice(ids.shape.length)] }];
  },
  compute: ([data, ids, numA], op, rt) => {
    const num = Number(numA.data[0]);
    if (ids.rank > data.rank || ids.shape.some((d, i) => d !== data.shape[i])) {
      throw invalidArgument(`data.shape = [${data.shape}] does not start with segment_ids.shape = [${ids.shape}]`);
    }
    const inner = prod(data.shape, ids.rank);
    const out = rt.output(op, 0, data.dtype, [num, ...data.shape.slice(ids.rank)]);
    const dst = out.numeric, src = data.numeric, seg = intsOf(ids);
    dst.fill(0);
    for (let i = 0; i < seg.length; i++) {
      const s = seg[i];
      if (s < 0) continue;   // negative ids are dropped, as in TF
      if (s >= num) throw invalidArgument(`segment_ids[${flatIndexText(ids.shape, i)}] = ${s} is out of range [0, ${num})`);
      const d0 = s * inner, s0 = i * inner;
      for (let j = 0; j < inner; j++) dst[d0 + j] += src[s0 + j];
    }
    return [out];
  },
});
