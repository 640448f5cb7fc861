// tf.transpose, tf.tile, tf.concat, tf.stack, tf.unstack, tf.range.
import { Tensor } from '../../graph/tensor';
import { convertToTensor, constant, makeOp, makeOp1, TensorLike } from '../builder';
import type { DType } from '../../dtypes';
import { valueError } from '../../errors';
import { inOpScope, intTensor } from './common';
import { rank as rankOf } from './shapes';

/** tf.transpose: perm defaults to the reversed axes (a constant when the rank is known). */
export function transpose(a: TensorLike, perm?: TensorLike | null, name?: string): Tensor {
  const x = convertToTensor(a);
  return inOpScope(name, 'transpose', opName => {
    let p: Tensor;
    if (perm !== undefined && perm !== null) p = intTensor(perm, 'perm');
    else if (x.rank !== null) p = constant(Array.from({ length: x.rank }, (_, i) => x.rank! - 1 - i), 'int32', 'perm');
    else {
      // Unknown rank: perm = range(rank - 1, -1, -1), computed in the graph.
      const r = rankOf(x);
      const start = makeOp1('Sub', [r, constant(1, 'int32', 'sub/y')], {}, 'sub');
      p = makeOp1('Range', [start, constant(-1, 'int32', 'Range/limit'), constant(-1, 'int32', 'Range/delta')], {}, 'Range');
    }
    return makeOp1('Transpose', [x, p], {}, opName);
  });
}

export function tile(input: TensorLike, multiples: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'Tile', opName => makeOp1('Tile', [x, intTensor(multiples, 'multiples')], {}, opName));
}

/** tf.concat: one value is returned through an Identity named `concat`, like TF1. */
export function concat(values: TensorLike[], axis: TensorLike, name?: string): Tensor {
  const xs = values.map(v => convertToTensor(v));
  if (!xs.length) throw valueError("List argument 'values' to 'ConcatV2' Op with length 0 shorter than minimum length 2.");
  if (xs.length === 1) {
    return inOpScope(name, 'concat', opName => { intTensor(axis, 'concat_dim'); return makeOp1('Identity', [xs[0]], {}, opName); });
  }
  return inOpScope(name, 'concat', opName => makeOp1('ConcatV2', [...xs, intTensor(axis, 'axis')], { N: xs.length }, opName));
}

/** tf.stack: a Pack op named `stack` (a list of plain numbers folds into one Const, as in TF). */
export function stack(values: TensorLike[], axis = 0, name?: string): Tensor {
  if (axis === 0 && values.every(v => !(v instanceof Tensor) && !isTensorish(v))) return constant(values as number[], undefined, name ?? 'stack');
  // Plain numbers among tensors take the tensors' dtype (stack([rank(x), 1]) is int32).
  const like = values.find((v): v is Tensor => v instanceof Tensor)?.dtype;
  const xs = values.map(v => (typeof v === 'number' && like ? convertToTensor(v, like) : convertToTensor(v)));
  return inOpScope(name, 'stack', opName => makeOp1('Pack', xs, { N: xs.length, axis }, opName));
}
function isTensorish(v: unknown): boolean { return typeof v === 'object' && v !== null && typeof (v as { toTensor?: unknown }).toTensor === 'function'; }

export function unstack(value: TensorLike, num?: number | null, axis = 0, name?: string): Tensor[] {
  const x = convertToTensor(value);
  let n = num ?? null;
  if (n === null) {
    if (x.shape === null) throw valueError(`Cannot infer num from shape ${'<unknown>'}`);
    const a = axis < 0 ? axis + x.shape.length : axis;
    n = x.shape[a] ?? null;
    if (n === null) throw valueError(`Cannot infer num from shape (${x.shape.map(d => d ?? '?').join(', ')}${x.shape.length === 1 ? ',' : ''})`);
  }
  return makeOp('Unpack', [x], { num: n, axis }, name ?? 'unstack').outputs;
}

/**
 * tf.range(start, limit, delta, dtype): one argument means range(0, start). Without a dtype,
 * the widest of the arguments' dtypes wins in the order int32 < int64 < float32 < float64.
 */
export function range(start: TensorLike, limit?: TensorLike | null, delta: TensorLike = 1, dtype?: DType | null, name?: string): Tensor {
  if (limit === undefined || limit === null) { limit = start; start = 0; }
  return inOpScope(name, 'range', opName => {
    const order: DType[] = ['int32', 'int64', 'float32', 'float64'];
    const inferred = (v: TensorLike): DType => (v instanceof Tensor ? v.dtype : typeof v === 'number' && !Number.isInteger(v) ? 'float32' : 'int32');
    const target = dtype ?? [start, limit!, delta].map(inferred).reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a));
    const cast = (v: TensorLike, n: string) => {
      if (v instanceof Tensor) {
        return v.dtype === target ? v : makeOp1('Cast', [v], { SrcT: v.dtype, DstT: target, Truncate: false }, 'Cast');
      }
      return convertToTensor(v, target, n);
    };
    return makeOp1('Range', [cast(start, 'start'), cast(limit!, 'limit'), cast(delta, 'delta')], { Tidx: target }, opName);
  });
}
