// tf.* math functions with TF1 signatures and keyword spellings (reduction_indices, keep_dims).
import { PyModule } from '../../objects/callables';
import * as tf from '../../../engine';
import { defFn, arg, out, firstOf, listItems } from './define';
import { toEngine } from './convert';

const T = arg.tensor;

export function defineMath(m: PyModule): void {
  const binaries: [string, (x: never, y: never, name?: string) => tf.Tensor][] = [
    ['add', tf.add], ['subtract', tf.subtract], ['sub', tf.subtract], ['multiply', tf.multiply], ['mul', tf.multiply],
    ['divide', tf.divide], ['div', tf.div], ['truediv', tf.truediv], ['realdiv', tf.realdiv], ['floordiv', tf.floordiv],
    ['floor_div', tf.floorDiv], ['mod', tf.mod], ['floormod', tf.floormod], ['maximum', tf.maximum], ['minimum', tf.minimum],
    ['squared_difference', tf.squaredDifference], ['equal', tf.equal], ['not_equal', tf.notEqual], ['less', tf.less],
    ['less_equal', tf.lessEqual], ['greater', tf.greater], ['greater_equal', tf.greaterEqual],
    ['logical_and', tf.logicalAnd], ['logical_or', tf.logicalOr], ['pow', tf.pow],
  ];
  for (const [name, fn] of binaries) {
    defFn(m, name, ['x', 'y', 'name='], a => {
      // A plain Python operand takes the tensor operand's dtype, as convert_to_tensor does.
      const x = T(a.x), y = T(a.y, dtypeOf(x));
      return out(fn(x as never, y as never, arg.name(a.name)));
    });
  }
  const reductions: [string, typeof tf.reduceSum][] = [
    ['reduce_sum', tf.reduceSum], ['reduce_mean', tf.reduceMean], ['reduce_max', tf.reduceMax], ['reduce_min', tf.reduceMin], ['reduce_prod', tf.reduceProd],
  ];
  for (const [name, fn] of reductions) {
    defFn(m, name, ['input_tensor', 'axis=', 'keepdims=', 'name=', 'reduction_indices=', 'keep_dims='], a =>
      out(fn(T(a.input_tensor), arg.axis(firstOf(a.axis, a.reduction_indices)) as never, arg.bool(firstOf(a.keepdims, a.keep_dims)), arg.name(a.name))));
  }
  for (const [name, fn] of [['argmax', tf.argmax], ['argmin', tf.argmin]] as const) {
    defFn(m, name, ['input', 'axis=', 'name=', 'dimension=', 'output_type='], a =>
      out((fn as (x: never, axis?: never, outType?: never, name?: string) => tf.Tensor)(T(a.input) as never, (arg.axis(firstOf(a.axis, a.dimension)) ?? 0) as never, (arg.dtype(a.output_type) ?? 'int64') as never, arg.name(a.name))));
  }
  defFn(m, 'cast', ['x', 'dtype', 'name='], a => out(tf.cast(T(a.x), arg.dtype(a.dtype)!, arg.name(a.name))));
  defFn(m, 'to_float', ['x', 'name='], a => out(tf.toFloat(T(a.x), arg.name(a.name) ?? 'ToFloat')));
  defFn(m, 'to_double', ['x', 'name='], a => out(tf.toDouble(T(a.x), arg.name(a.name) ?? 'ToDouble')));
  defFn(m, 'to_int32', ['x', 'name='], a => out(tf.toInt32(T(a.x), arg.name(a.name) ?? 'ToInt32')));
  defFn(m, 'to_int64', ['x', 'name='], a => out(tf.toInt64(T(a.x), arg.name(a.name) ?? 'ToInt64')));
  defFn(m, 'add_n', ['inputs', 'name='], a => out(tf.addN(listItems(a.inputs).map(x => toEngine(x)), arg.name(a.name))));
  defFn(m, 'where', ['condition', 'x=', 'y=', 'name='], a => out(tf.where(T(a.condition), arg.optTensor(a.x), arg.optTensor(a.y), arg.name(a.name))));
}

export function dtypeOf(v: unknown): tf.DType { return (v as { dtype: tf.DType }).dtype; }
