// ConcatV2(values..., axis) and ConcatOffset (its gradient's helper); tf.concat. The gradient
// cuts g back into the inputs' extents along the axis (ConcatOffset + Slice; the ConcatOffset
// kernel accepts a negative axis).
import type { Tensor } from '../../graph/tensor';
import { invalidArgument, valueError } from '../../errors';
import { Dim } from '../../shape';
import { ShapeError } from '../../kernels/registry';
import { constantInts, intsOf, mergeExcept } from '../../kernels/array/static';
import { joinChunks, prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { checkSameDType, convertToTensor, makeOp1, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { shape } from './shape_ops';
import { Slice } from './slice';

function axisError(axis: number, rank: number): string {
  return `ConcatOp : Expected concatenating dimensions in the range [${-rank}, ${rank}), but got ${axis}`;
}

export const ConcatOffset = defineOp({
  type: OpType.ConcatOffset, family: 'array', inputs: ['concat_dim', '*shape'], attrs: { N: attr.int() },
  infer: inputs => inputs.slice(1).map(s => ({ dtype: 'int32', shape: s.shape })),
  compute: (inputs, node, rt) => {
    const shapes = inputs.slice(1).map(intsOf);
    const rank = shapes[0].length;
    let axis = Number(inputs[0].data[0]);
    if (axis < 0) axis += rank;
    let offset = 0;
    return shapes.map((s, i) => {
      const out = rt.output(node, i, 'int32', [rank]);
      out.numeric.fill(0);
      out.numeric[axis] = offset;
      offset += s[axis];
      return out;
    });
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('ConcatOffset', 'concat_dim: int32, shape: N * int32', 'offset: N * int32', 'N: int >= 2'),
});

export const ConcatV2 = defineOp({
  type: OpType.ConcatV2, family: 'array', inputs: ['*values', 'axis'], attrs: { N: attr.int(), Tidx: attr.type('int32') },
  infer: inputs => {
    const values = inputs.slice(0, -1), axisT = inputs[inputs.length - 1];
    checkSameDType(OpType.ConcatV2, values, values.map(() => 'values'));
    const axisC = constantInts(axisT);
    const known = values.map(v => v.shape).filter((s): s is Dim[] => s !== null);
    if (known.length === 0) return [{ dtype: values[0].dtype, shape: null }];
    const rank = known[0].length;
    for (const s of known) if (s.length !== rank) throw new ShapeError(`Shape must be rank ${rank} but is rank ${s.length}`);
    if (axisC === null) return [{ dtype: values[0].dtype, shape: new Array<Dim>(rank).fill(null) }];
    if (axisC[0] < -rank || axisC[0] >= rank) throw new ShapeError(axisError(axisC[0], rank));
    const axis = axisC[0] < 0 ? axisC[0] + rank : axisC[0];
    const out = mergeExcept(values.map(v => v.shape), axis)!;
    let total: Dim = 0;
    for (const v of values) { const d = v.shape ? v.shape[axis] : null; total = total === null || d === null ? null : total + d; }
    out[axis] = total;
    return [{ dtype: values[0].dtype, shape: out }];
  },
  compute: (inputs, node, rt) => {
    const values = inputs.slice(0, -1);
    const rank = values[0].rank;
    let axis = Number(inputs[inputs.length - 1].data[0]);
    if (axis < -rank || axis >= rank) throw invalidArgument(axisError(axis, rank));
    if (axis < 0) axis += rank;
    const outShape = values[0].shape.slice();
    outShape[axis] = 0;
    values.forEach((v, i) => {
      if (v.rank !== rank || v.shape.some((d, k) => k !== axis && d !== values[0].shape[k])) {
        throw invalidArgument(`ConcatOp : Dimensions of inputs should match: shape[0] = [${values[0].shape}] vs. shape[${i}] = [${v.shape}]`);
      }
      outShape[axis] += v.shape[axis];
    });
    const out = rt.output(node, 0, values[0].dtype, outShape);
    joinChunks(out, values, values.map(v => prod(v.shape, axis)), prod(outShape, 0, axis));
    return [out];
  },
  gradient: (node, [g]) => {
    const values = node.inputs.slice(0, -1), axis = node.inputs[node.inputs.length - 1];
    const shapes = values.map(v => shape(v));
    const offsets = ConcatOffset.make([axis, ...shapes], { N: values.length }).outputs;
    return [...values.map((_, i) => Slice.make1([g!, offsets[i], shapes[i]])), null];
  },
  tf: op('ConcatV2', 'values: N * T, axis: Tidx', 'output: T', 'N: int >= 2; T: type; Tidx: type = int32'),
});

/** tf.concat: one value is returned through an Identity named `concat`, like TF1. */
export function concat(values: TensorLike[], axis: TensorLike, name?: string): Tensor {
  const xs = values.map(v => convertToTensor(v));
  if (!xs.length) throw valueError("List argument 'values' to 'ConcatV2' Op with length 0 shorter than minimum length 2.");
  if (xs.length === 1) {
    return inOpScope(name, 'concat', opName => { intTensor(axis, 'concat_dim'); return makeOp1(OpType.Identity, [xs[0]], {}, opName); });
  }
  return inOpScope(name, 'concat', opName => {
    const axisT = intTensor(axis, 'axis');
    return ConcatV2.make1([...xs, axisT], { N: xs.length, Tidx: axisT.dtype }, opName);
  });
}

export const CONCAT: OpGroup = {
  ops: [ConcatV2, ConcatOffset],
  api: [defineApi({
    name: 'tf.concat', doc: 'Concatenates tensors along one dimension.',
    params: [{ name: 'values', type: 'tensors' }, { name: 'axis', type: 'tensor' }, { name: 'name', default: 'concat', type: 'name' }],
  }, a => concat(a.values, a.axis, a.name ?? undefined))],
};
