// GatherNd(params, indices): slices of params addressed by the last axis of indices
// (tf.gather_nd), and ScatterNd(indices, updates, shape): updates summed into zeros at those
// addresses (tf.scatter_nd). Each is the other's gradient.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { Dim, formatShapeCpp } from '../../shape';
import { stridesOf } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { checkIndexDType, flatIndexText, intsOf, shapeFromTensor } from '../../kernels/array/static';
import { copyRun, prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { shape as shapeOf } from './shape_ops';

/** The flat element offset of each index row (K leading dims of `target`), or TF's range error. */
function rowOffsets(indices: NDArray, target: readonly number[], what: string): number[] {
  const k = indices.shape[indices.rank - 1];
  const rows = indices.size / Math.max(k, 1), idx = intsOf(indices), strides = stridesOf(target);
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    let off = 0;
    for (let j = 0; j < k; j++) {
      const v = idx[r * k + j];
      if (v < 0 || v >= target[j]) {
        throw invalidArgument(`indices[${flatIndexText(indices.shape.slice(0, -1), r)}] = [${idx.slice(r * k, r * k + k).join(', ')}] does not index into ${what} ${formatShapeCpp(target as number[])}`);
      }
      off += v * strides[j];
    }
    out.push(off);
  }
  return out;
}

function innerShape(indices: Tensor, target: Dim[] | null, what: string): { k: number | null; lead: Dim[] | null } {
  if (indices.shape === null) return { k: null, lead: null };
  if (indices.shape.length < 1) throw new ShapeError(`Shape must be at least rank 1 but is rank 0`);
  const k = indices.shape[indices.shape.length - 1];
  if (k !== null && target !== null && k > target.length) {
    throw new ShapeError(`indices.shape[-1] must be <= ${what}.rank, but saw indices shape: ${formatShapeCpp(indices.shape)} and ${what} shape: ${formatShapeCpp(target)}`);
  }
  return { k, lead: indices.shape.slice(0, -1) };
}

export const GatherNd = defineOp({
  type: OpType.GatherNd, family: 'array', inputs: ['params', 'indices'], attrs: {},
  infer: ([params, indices]) => {
    checkIndexDType(indices, 'indices');
    const { k, lead } = innerShape(indices, params.shape, 'params');
    if (k === null || lead === null || params.shape === null) return [{ dtype: params.dtype, shape: null }];
    return [{ dtype: params.dtype, shape: [...lead, ...params.shape.slice(k)] }];
  },
  compute: ([params, indices], node, rt) => {
    const k = indices.shape[indices.rank - 1];
    if (k > params.rank) throw invalidArgument(`index innermost dimension length must be <= params rank; saw: ${k} vs. ${params.rank}`);
    const offsets = rowOffsets(indices, params.shape, 'param shape');
    const inner = prod(params.shape, k);
    const out = rt.output(node, 0, params.dtype, [...indices.shape.slice(0, -1), ...params.shape.slice(k)]);
    offsets.forEach((off, r) => copyRun(out, r * inner, params, off, inner));
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => {
    const [params, indices] = node.inputs;
    return [ScatterNd.make1([indices, g!, shapeOf(params, undefined, indices.dtype)]), null];
  },
  tf: op('GatherNd', 'params: Tparams, indices: Tindices', 'output: Tparams', 'Tparams: type; Tindices: type'),
});

export const ScatterNd = defineOp({
  type: OpType.ScatterNd, family: 'array', inputs: ['indices', 'updates', 'shape'], attrs: {},
  infer: ([indices, updates, shapeT]) => {
    checkIndexDType(indices, 'indices');
    const target = shapeFromTensor(shapeT);
    const { k, lead } = innerShape(indices, target, 'shape');
    if (k !== null && lead !== null && target !== null && updates.shape !== null) {
      const expected = [...lead, ...target.slice(k)];
      const ok = expected.length === updates.shape.length && expected.every((d, i) => d === null || updates.shape![i] === null || d === updates.shape![i]);
      if (!ok) throw new ShapeError(`The inner ${target.length - k} dimensions of output.shape=${formatShapeCpp(target)} must match the inner ${updates.shape.length - lead.length} dimensions of updates.shape=${formatShapeCpp(updates.shape)}`);
    }
    return [{ dtype: updates.dtype, shape: target }];
  },
  compute: ([indices, updates, shapeA], node, rt) => {
    const target = intsOf(shapeA);
    const k = indices.shape[indices.rank - 1];
    const offsets = rowOffsets(indices, target, 'shape');
    const inner = prod(target, k);
    if (updates.size !== offsets.length * inner) throw invalidArgument(`Updates shape ${formatShapeCpp(updates.shape as number[])} does not match indices and shape ${formatShapeCpp(target)}`);
    const out = rt.output(node, 0, updates.dtype, target);
    const dst = out.numeric, src = updates.numeric;
    dst.fill(0);
    offsets.forEach((off, r) => { for (let j = 0; j < inner; j++) dst[off + j] += src[r * inner + j]; });
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => [null, GatherNd.make1([g!, node.inputs[0]]), null],
  tf: op('ScatterNd', 'indices: Tindices, updates: T, shape: Tindices', 'output: T', 'T: type; Tindices: type'),
});

export function gatherNd(params: TensorLike, indices: TensorLike, name?: string): Tensor {
  const p = convertToTensor(params);
  return inOpScope(name, 'GatherNd', opName => GatherNd.make1([p, intTensor(indices, 'indices')], {}, opName));
}

export function scatterNd(indices: TensorLike, updates: TensorLike, shape: TensorLike, name?: string): Tensor {
  return inOpScope(name, 'ScatterNd', opName => {
    const idx = intTensor(indices, 'indices');
    const u = convertToTensor(updates, undefined, 'updates');
    const s = intTensor(shape, 'shape', idx.dtype);
    if (s.dtype !== idx.dtype) throw typeError(`Input 'shape' of 'ScatterNd' Op has type ${s.dtype} that does not match type ${idx.dtype} of argument 'indices'.`);
    return ScatterNd.make1([idx, u, s], {}, opName);
  });
}

export const GATHER_ND: OpGroup = {
  ops: [GatherNd, ScatterNd],
  api: [
    defineApi({
      name: 'tf.gather_nd', doc: 'Gather slices from params into a Tensor with shape specified by indices.',
      params: [{ name: 'params', type: 'tensor' }, { name: 'indices', type: 'tensor' }, { name: 'name', default: null, type: 'name' }, { name: 'batch_dims', default: 0, type: 'int', unsupported: true }],
    }, a => gatherNd(a.params, a.indices, a.name ?? undefined), ['tf.manip.gather_nd']),
    defineApi({
      name: 'tf.scatter_nd', doc: 'Scatter updates into a new (zero) tensor according to indices.',
      params: [{ name: 'indices', type: 'tensor' }, { name: 'updates', type: 'tensor' }, { name: 'shape', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => scatterNd(a.indices, a.updates, a.shape, a.name ?? undefined), ['tf.manip.scatter_nd']),
  ],
};
