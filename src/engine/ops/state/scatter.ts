// ScatterUpdate, ScatterAdd, ScatterSub: row updates of a variable in place (one table).
// ref[indices[i], ...] (=, +=, -=) updates[i, ...]; duplicate indices apply in order (TF leaves the
// winner of duplicate ScatterUpdates unspecified; the last one wins here).
import type { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { isInteger } from '../../dtypes';
import { formatShapeCpp } from '../../shape';
import { invalidArgument, typeError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { ShapeError } from '../../kernels/registry';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { refOf } from './assign';

type ScatterType = typeof OpType.ScatterUpdate | typeof OpType.ScatterAdd | typeof OpType.ScatterSub;
type Combine = (target: NumericArray, at: number, updates: NumericArray, from: number, n: number) => void;

const ROWS: { type: ScatterType; combine: Combine; pyName: string; doc: string }[] = [
  { type: OpType.ScatterUpdate, pyName: 'scatter_update', doc: 'Applies sparse updates to a variable reference.',
    combine: (t, at, u, from, n) => { for (let k = 0; k < n; k++) t[at + k] = u[from + k]; } },
  { type: OpType.ScatterAdd, pyName: 'scatter_add', doc: 'Adds sparse updates to a variable reference.',
    combine: (t, at, u, from, n) => { for (let k = 0; k < n; k++) t[at + k] += u[from + k]; } },
  { type: OpType.ScatterSub, pyName: 'scatter_sub', doc: 'Subtracts sparse updates from a variable reference.',
    combine: (t, at, u, from, n) => { for (let k = 0; k < n; k++) t[at + k] -= u[from + k]; } },
];

function shapeMessage(ref: readonly (number | null)[], indices: readonly (number | null)[], updates: readonly (number | null)[]): string {
  return `Must have updates.shape = indices.shape + params.shape[1:] or updates.shape = [], got updates.shape ${formatShapeCpp(updates.slice())}, indices.shape ${formatShapeCpp(indices.slice())}, params.shape ${formatShapeCpp(ref.slice())}`;
}

function scatterDef(type: ScatterType, combine: Combine) {
  return defineOp({
    type, family: 'state', inputs: ['ref', 'indices', 'updates'], stateful: true,
    attrs: { use_locking: attr.bool(type === OpType.ScatterUpdate) },
    infer: ([ref, indices, updates]) => {
      if (!isInteger(indices.dtype)) throw typeError(`Value passed to parameter 'indices' has DataType ${indices.dtype} not in list of allowed values: int32, int64`);
      if (updates.dtype !== ref.dtype) throw typeError(`Input 'updates' of '${type}' Op has type ${updates.dtype} that does not match type ${ref.dtype} of argument 'ref'.`);
      const r = ref.shape, i = indices.shape, u = updates.shape;
      if (r && i && u && u.length !== 0) {
        const want = [...i, ...r.slice(1)];
        if (u.length !== want.length || u.some((d, k) => d !== null && want[k] !== null && d !== want[k])) throw new ShapeError(shapeMessage(r, i, u));
      }
      return [{ dtype: ref.dtype, shape: ref.shape, isRef: true }];
    },
    compute: ([target, indices, updates]: NDArray[]) => {
      const rows = target.shape[0] ?? 1, row = target.size / Math.max(rows, 1);
      const scalar = updates.shape.length === 0;
      if (!scalar && updates.size !== indices.size * row) throw invalidArgument(shapeMessage(target.shape, indices.shape, updates.shape));
      const t = target.data as NumericArray, u = updates.data as NumericArray, idx = indices.numeric;
      const spread = scalar ? new (u.constructor as { new(n: number): NumericArray })(row).fill(u[0] as never) : u;
      for (let i = 0; i < idx.length; i++) {
        const r = Number(idx[i]);
        if (!(r >= 0 && r < rows)) throw invalidArgument(`indices[${i}] = ${r} is not in [0, ${rows})`);
        combine(t, r * row, spread, scalar ? 0 : i * row, row);
      }
      return [target];
    },
    gradient: NOT_DIFFERENTIABLE,
    tf: op(type, 'ref: Ref(T), indices: Tindices, updates: T', 'output_ref: Ref(T)', `T: type; Tindices: type; use_locking: bool = ${type === OpType.ScatterUpdate}`),
  });
}

const DEFS = ROWS.map(r => scatterDef(r.type, r.combine));
export const [ScatterUpdate, ScatterAdd, ScatterSub] = DEFS;

/** tf.scatter_update / scatter_add / scatter_sub on a variable. */
export function scatter(type: ScatterType, ref: TensorLike, indices: TensorLike, updates: TensorLike, useLocking: boolean | null, name?: string | null): Tensor {
  const r = refOf(ref, type);
  const def = DEFS[ROWS.findIndex(row => row.type === type)];
  return def.make1([r, convertToTensor(indices, null, 'indices'), convertToTensor(updates, r.dtype, 'updates')],
    useLocking === null ? {} : { use_locking: useLocking }, name ?? type);
}

export const SCATTER: OpGroup = {
  ops: DEFS,
  api: ROWS.map(row => defineApi({
    name: `tf.${row.pyName}`, doc: row.doc,
    params: [
      { name: 'ref', type: 'tensor' }, { name: 'indices', type: 'tensor' }, { name: 'updates', type: 'tensor' },
      { name: 'use_locking', default: row.type === OpType.ScatterUpdate, type: 'bool', doc: 'a hint for concurrent updates; Gradbook runs ops one at a time' },
      { name: 'name', default: null, type: 'name' },
    ],
  }, a => scatter(row.type, a.ref, a.indices, a.updates, a.use_locking, a.name))),
};
