// ScatterSub / ScatterAdd / ScatterUpdate: change rows `indices` of a variable in place (TF's
// state_ops.scatter_*). Sparse gradients are applied with them: GradientDescent on an
// IndexedSlices gradient is one ScatterSub that touches only the looked-up rows.
import type { NDArray } from '../../ndarray';
import type { NumericArray } from '../../dtypes';
import type { Tensor } from '../../graph/tensor';
import { ShapeError } from '../../kernels/registry';
import { invalidArgument } from '../../errors';
import { formatShapeCpp } from '../../shape';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, isConvertible, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';

type Combine = (target: NumericArray, at: number, updates: NumericArray, from: number, n: number) => void;

function scatterOp(type: typeof OpType.ScatterSub | typeof OpType.ScatterAdd | typeof OpType.ScatterUpdate, combine: Combine) {
  return defineOp({
    type, family: 'state', inputs: ['ref', 'indices', 'updates'], attrs: { use_locking: attr.bool(type !== OpType.ScatterUpdate) },
    infer: ([ref, indices, updates]) => {
      if (ref.shape && indices.shape && updates.shape) {
        const want = [...indices.shape, ...ref.shape.slice(1)];
        const ok = want.length === updates.shape.length && want.every((d, i) => d === null || updates.shape![i] === null || d === updates.shape![i]);
        if (!ok) throw new ShapeError(`Shapes must be equal rank, but are ${updates.shape.length} and ${want.length}`);
      }
      return [{ dtype: ref.dtype, shape: ref.shape, isRef: true }];
    },
    compute: ([ref, indices, updates]) => {
      const rows = ref.shape[0] ?? 0;
      const each = rows ? ref.size / rows : 0;
      if (updates.size !== indices.size * each) {
        throw invalidArgument(`Must have updates.shape = indices.shape + params.shape[1:] or updates.shape = [], got updates.shape ${formatShapeCpp(updates.shape as number[])}, indices.shape ${formatShapeCpp(indices.shape as number[])}, params.shape ${formatShapeCpp(ref.shape as number[])}`);
      }
      const target = ref.data as NumericArray, u = updates.data as NumericArray;
      for (let k = 0; k < indices.size; k++) {
        const row = indices.numeric[k];
        if (row < 0 || row >= rows) throw invalidArgument(`indices[${k}] = ${row} is not in [0, ${rows})`);
        combine(target, row * each, u, k * each, each);
      }
      return [ref as NDArray];
    },
    gradient: NOT_DIFFERENTIABLE,
    stateful: true,
    tf: op(type, 'ref: Ref(T), indices: Tindices, updates: T', 'output_ref: Ref(T)', `T: type; Tindices: type; use_locking: bool = ${type === OpType.ScatterUpdate ? 'true' : 'false'}`, { stateful: true }),
  });
}

export const ScatterSub = scatterOp(OpType.ScatterSub, (t, at, u, from, n) => { for (let i = 0; i < n; i++) t[at + i] -= u[from + i]; });
export const ScatterAdd = scatterOp(OpType.ScatterAdd, (t, at, u, from, n) => { for (let i = 0; i < n; i++) t[at + i] += u[from + i]; });
export const ScatterUpdate = scatterOp(OpType.ScatterUpdate, (t, at, u, from, n) => { for (let i = 0; i < n; i++) t[at + i] = u[from + i]; });

type ScatterDef = typeof ScatterSub;

/** tf.scatter_sub and friends on a Variable (its ref). */
export function scatter(def: ScatterDef, defaultName: string, ref: TensorLike, indices: TensorLike, updates: TensorLike, useLocking: boolean, name?: string | null): Tensor {
  const r = isConvertible(ref) ? ref.toTensor(true) : convertToTensor(ref);
  if (!r.isRef) throw new TypeError(`'${defaultName}' needs a tf.Variable as ref`);
  return r.graph.withNameScope(name ?? null, defaultName, scope => def.make1(
    [r, convertToTensor(indices, null, 'indices'), convertToTensor(updates, r.dtype, 'updates')], { use_locking: useLocking }, scope));
}

const params = [
  { name: 'ref', type: 'tensor' }, { name: 'indices', type: 'tensor' }, { name: 'updates', type: 'tensor' },
  { name: 'use_locking', default: false, type: 'bool', doc: 'one thread: no effect' }, { name: 'name', default: null, type: 'name' },
] as const;

export const SCATTER_OPS: OpGroup = {
  ops: [ScatterSub, ScatterAdd, ScatterUpdate],
  api: [
    defineApi({ name: 'tf.scatter_sub', doc: 'Subtracts sparse updates to a variable reference.', params }, a => scatter(ScatterSub, 'ScatterSub', a.ref, a.indices, a.updates, a.use_locking, a.name)),
    defineApi({ name: 'tf.scatter_add', doc: 'Adds sparse updates to a variable reference.', params }, a => scatter(ScatterAdd, 'ScatterAdd', a.ref, a.indices, a.updates, a.use_locking, a.name)),
    defineApi({ name: 'tf.scatter_update', doc: 'Applies sparse updates to a variable reference.', params: [...params.slice(0, 3), { name: 'use_locking', default: true, type: 'bool', doc: 'one thread: no effect' }, params[4]] },
      a => scatter(ScatterUpdate, 'ScatterUpdate', a.ref, a.indices, a.updates, a.use_locking, a.name)),
  ],
};
