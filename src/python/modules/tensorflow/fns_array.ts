// tf.* array functions (shapes, slicing, joining, creation) with TF1 signatures.
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import * as tf from '../../../engine';
import { NDArray } from '../../../engine/ndarray';
import { defFn, arg, out, firstOf, listItems } from './define';
import { toEngine } from './convert';

const T = arg.tensor;
/** A shape argument: a Python int or list of ints, or a Tensor. */
const shapeArg = (v: PyValue) => (typeof v === 'number' ? NDArray.from([v], 'int32') : T(v, isPlain(v) ? 'int32' : null));
const isPlain = (v: PyValue) => !(v as { engineValue?: unknown })?.engineValue && !(v as { array?: unknown })?.array;

export function defineArray(m: PyModule): void {
  defFn(m, 'zeros', ['shape', 'dtype=', 'name='], a => out(tf.zeros(shapeArg(a.shape), arg.dtype(a.dtype, 'float32')!, arg.name(a.name))));
  defFn(m, 'ones', ['shape', 'dtype=', 'name='], a => out(tf.ones(shapeArg(a.shape), arg.dtype(a.dtype, 'float32')!, arg.name(a.name))));
  defFn(m, 'zeros_like', ['tensor', 'dtype=', 'name=', 'optimize='], a => out(tf.zerosLike(T(a.tensor), arg.dtype(a.dtype), arg.name(a.name))));
  defFn(m, 'ones_like', ['tensor', 'dtype=', 'name=', 'optimize='], a => out(tf.onesLike(T(a.tensor), arg.dtype(a.dtype), arg.name(a.name))));
  defFn(m, 'fill', ['dims', 'value', 'name='], a => out(tf.fill(shapeArg(a.dims), T(a.value), arg.name(a.name))));
  defFn(m, 'shape', ['input', 'name=', 'out_type='], a => out(tf.shape(T(a.input), arg.name(a.name), arg.dtype(a.out_type, 'int32')!)));
  defFn(m, 'size', ['input', 'name=', 'out_type='], a => out(tf.size(T(a.input), arg.name(a.name), arg.dtype(a.out_type, 'int32')!)));
  defFn(m, 'rank', ['input', 'name='], a => out(tf.rank(T(a.input), arg.name(a.name))));
  defFn(m, 'reshape', ['tensor', 'shape', 'name='], a => out(tf.reshape(T(a.tensor), shapeArg(a.shape), arg.name(a.name))));
  defFn(m, 'expand_dims', ['input', 'axis=', 'name=', 'dim='], a => out(tf.expandDims(T(a.input), T(firstOf(a.axis, a.dim), 'int32'), arg.name(a.name))));
  defFn(m, 'squeeze', ['input', 'axis=', 'name=', 'squeeze_dims='], a => out(tf.squeeze(T(a.input), arg.axis(firstOf(a.axis, a.squeeze_dims)) as number | number[] | null, arg.name(a.name))));
  defFn(m, 'transpose', ['a', 'perm=', 'name=', 'conjugate='], a => out(tf.transpose(T(a.a), a.perm === null ? null : T(a.perm, 'int32'), arg.name(a.name))));
  defFn(m, 'tile', ['input', 'multiples', 'name='], a => out(tf.tile(T(a.input), T(a.multiples, 'int32'), arg.name(a.name))));
  defFn(m, 'concat', ['values', 'axis', 'name='], a => out(tf.concat(listItems(a.values).map(v => toEngine(v)), T(a.axis, 'int32'), arg.name(a.name))));
  defFn(m, 'stack', ['values', 'axis=', 'name='], a => out(tf.stack(listItems(a.values).map(v => toEngine(v)), arg.optNum(a.axis) ?? 0, arg.name(a.name))));
  defFn(m, 'unstack', ['value', 'num=', 'axis=', 'name='], a => out(tf.unstack(T(a.value), arg.optNum(a.num) ?? null, arg.optNum(a.axis) ?? 0, arg.name(a.name))));
  defFn(m, 'split', ['value', 'num_or_size_splits', 'axis=', 'num=', 'name='], a => {
    const n = a.num_or_size_splits;
    return out(tf.split(T(a.value), typeof n === 'number' ? n : T(n, 'int32'), T(a.axis ?? 0, 'int32'), arg.optNum(a.num) ?? null, arg.name(a.name)));
  }, { axis: 0 });
  defFn(m, 'slice', ['input_', 'begin', 'size', 'name='], a => out(tf.slice(T(a.input_), T(a.begin, 'int32'), T(a.size, 'int32'), arg.name(a.name))));
  defFn(m, 'gather', ['params', 'indices', 'validate_indices=', 'name=', 'axis='], a => out(tf.gather(T(a.params), T(a.indices, 'int32'), T(a.axis ?? 0, 'int32'), arg.name(a.name))), { axis: 0 });
  defFn(m, 'one_hot', ['indices', 'depth', 'on_value=', 'off_value=', 'axis=', 'dtype=', 'name='], a => out(tf.oneHot(T(a.indices), T(a.depth, 'int32'), {
    onValue: a.on_value === null ? undefined : T(a.on_value), offValue: a.off_value === null ? undefined : T(a.off_value),
    axis: arg.optNum(a.axis), dtype: arg.dtype(a.dtype) ?? undefined,
  } as never, arg.name(a.name))));
  defFn(m, 'pad', ['tensor', 'paddings', 'mode=', 'name=', 'constant_values='], a => out(tf.pad(T(a.tensor), T(a.paddings, 'int32'), a.mode === null ? 'CONSTANT' : String(a.mode), a.constant_values === null ? 0 : T(a.constant_values), arg.name(a.name))));
  defFn(m, 'range', ['start', 'limit=', 'delta=', 'dtype=', 'name='], a => out(tf.range(T(a.start), a.limit === null ? null : T(a.limit), a.delta === null ? 1 : T(a.delta), arg.dtype(a.dtype), arg.name(a.name))));
}
