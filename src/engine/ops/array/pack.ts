// Pack (tf.stack) and Unpack (tf.unstack), each other's gradient.
import { Tensor } from '../../graph/tensor';
import { invalidArgument, valueError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { mergeExcept } from '../../kernels/array/static';
import { joinChunks, splitChunks, prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { checkSameDType, constant, convertToTensor, isConvertible, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from './common';

function packAxis(axis: number, rank: number, fail: (m: string) => Error): number {
  if (axis < -(rank + 1) || axis >= rank + 1) throw fail(`Invalid axis: ${axis}; must be in [${-(rank + 1)},${rank + 1})`);
  return axis < 0 ? axis + rank + 1 : axis;
}

export const Pack = defineOp({
  type: OpType.Pack, family: 'array', inputs: ['*values'], attrs: { N: attr.int(), axis: attr.int(0) },
  infer: (inputs, attrs) => {
    checkSameDType(OpType.Pack, inputs, inputs.map(() => 'values'));
    const merged = mergeExcept(inputs.map(v => v.shape), -1);
    if (merged === null) return [{ dtype: inputs[0].dtype, shape: null }];
    const axis = packAxis(attrs.axis, merged.length, m => new ShapeError(m));
    const out = merged.slice();
    out.splice(axis, 0, inputs.length);
    return [{ dtype: inputs[0].dtype, shape: out }];
  },
  compute: (inputs, node, rt) => {
    const base = inputs[0].shape;
    const axis = packAxis(node.attrs.axis, base.length, invalidArgument);
    inputs.forEach((v, i) => {
      if (v.rank !== base.length || v.shape.some((d, k) => d !== base[k])) {
        throw invalidArgument(`Shapes of all inputs must match: values[0].shape = [${base}] != values[${i}].shape = [${v.shape}]`);
      }
    });
    const outShape = base.slice();
    outShape.splice(axis, 0, inputs.length);
    const out = rt.output(node, 0, inputs[0].dtype, outShape);
    const chunk = prod(base, axis);
    joinChunks(out, inputs, inputs.map(() => chunk), prod(base, 0, axis));
    return [out];
  },
  gradient: (node, [g]) => unstack(g!, node.attrs.N, node.attrs.axis),
  tf: op('Pack', 'values: N * T', 'output: T', 'N: int >= 1; T: type; axis: int = 0'),
});

export const Unpack = defineOp({
  type: OpType.Unpack, family: 'array', inputs: ['value'], attrs: { num: attr.int(), axis: attr.int(0) },
  infer: ([x], attrs) => {
    const num = attrs.num;
    if (x.shape === null) return new Array(num).fill(0).map(() => ({ dtype: x.dtype, shape: null }));
    const rank = x.shape.length;
    const a = attrs.axis;
    if (a < -rank || a >= rank) throw new ShapeError(`Invalid axis: ${a}; must be in [${-rank},${rank})`);
    const axis = a < 0 ? a + rank : a;
    if (x.shape[axis] !== null && x.shape[axis] !== num) throw new ShapeError(`Dimension must be ${num} but is ${x.shape[axis]}`);
    const piece = x.shape.filter((_, i) => i !== axis);
    return new Array(num).fill(0).map(() => ({ dtype: x.dtype, shape: piece.slice() }));
  },
  compute: ([x], node, rt) => {
    const rank = x.rank;
    let axis = node.attrs.axis;
    if (axis < 0) axis += rank;
    const num = node.attrs.num;
    if (x.shape[axis] !== num) throw invalidArgument(`Input shape axis ${axis} must equal ${num}, got shape [${x.shape}]`);
    const piece = x.shape.filter((_, i) => i !== axis);
    const outs = new Array(num).fill(0).map((_, i) => rt.output(node, i, x.dtype, piece));
    const chunk = prod(x.shape, axis + 1);
    splitChunks(x, outs, outs.map(() => chunk), prod(x.shape, 0, axis));
    return outs;
  },
  // Missing output gradients arrive as ZerosLike from the core, so every slot is a tensor.
  gradient: (node, grads) => [stack(grads as Tensor[], node.attrs.axis)],
  tf: op('Unpack', 'value: T', 'output: num * T', 'num: int >= 0; T: type; axis: int = 0'),
});

const isTensorish = (v: TensorLike) => v instanceof Tensor || isConvertible(v);

/** tf.stack: a Pack op named `stack` (a list of plain numbers folds into one Const, as in TF). */
export function stack(values: TensorLike[], axis = 0, name?: string): Tensor {
  if (axis === 0 && values.every(v => !isTensorish(v))) return constant(values as never, undefined, name ?? 'stack');
  // Plain numbers among tensors take the tensors' dtype (stack([rank(x), 1]) is int32).
  const like = values.find((v): v is Tensor => v instanceof Tensor)?.dtype;
  return inOpScope(name, 'stack', opName => {
    const xs = values.map(v => (!isTensorish(v) && like ? convertToTensor(v, like) : convertToTensor(v)));
    return Pack.make1(xs, { N: xs.length, axis }, opName);
  });
}

export function unstack(value: TensorLike, num?: number | null, axis = 0, name?: string): Tensor[] {
  const x = convertToTensor(value);
  let n = num ?? null;
  if (n === null) {
    if (x.shape === null) throw valueError('Cannot infer num from shape <unknown>');
    const a = axis < 0 ? axis + x.shape.length : axis;
    n = x.shape[a] ?? null;
    if (n === null) throw valueError(`Cannot infer num from shape (${x.shape.map(d => d ?? '?').join(', ')}${x.shape.length === 1 ? ',' : ''})`);
  }
  return Unpack.make([x], { num: n, axis }, name ?? 'unstack').outputs;
}

export const PACK: OpGroup = {
  ops: [Pack, Unpack],
  api: [
    defineApi({
      name: 'tf.stack', doc: 'Stacks a list of rank-R tensors into one rank-(R+1) tensor.',
      params: [{ name: 'values', type: 'tensors' }, { name: 'axis', default: 0, type: 'int' }, { name: 'name', default: 'stack', type: 'name' }],
    }, a => stack(a.values, a.axis, a.name ?? undefined)),
    defineApi({
      name: 'tf.unstack', doc: 'Unpacks the given dimension of a rank-R tensor into rank-(R-1) tensors.',
      params: [{ name: 'value', type: 'tensor' }, { name: 'num', default: null, type: 'int' }, { name: 'axis', default: 0, type: 'int' }, { name: 'name', default: 'unstack', type: 'name' }],
    }, a => unstack(a.value, a.num, a.axis, a.name ?? undefined)),
  ],
};
