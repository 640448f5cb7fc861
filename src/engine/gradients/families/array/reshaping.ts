// Gradients of ops that only move or repeat elements: Reshape, ExpandDims, Squeeze,
// Transpose, Tile, Fill, Pack, Unpack, ConcatV2.
import { registerGradient, registerNotDifferentiable } from '../../registry';
import { Tensor } from '../../../graph/tensor';
import { makeOp, makeOp1 } from '../../../ops/builder';
import { shape, reshape, transpose, stack, unstack, range, size } from '../../../ops/array';
import { sum } from './helpers';

// Integer facts about shapes carry no gradient (TF registers the same list).
registerNotDifferentiable('Shape', 'ShapeN', 'Size', 'Rank', 'Range', 'ZerosLike', 'OnesLike', 'InvertPermutation', 'ConcatOffset');

const reshapeToInput = (op: { inputs: Tensor[] }, g: Tensor | null) => (g === null ? null : reshape(g, shape(op.inputs[0])));
registerGradient('Reshape', (op, [g]) => [reshapeToInput(op, g), null]);
registerGradient('ExpandDims', (op, [g]) => [reshapeToInput(op, g), null]);
registerGradient('Squeeze', (op, [g]) => [reshapeToInput(op, g)]);

registerGradient('Transpose', (op, [g]) => [transpose(g!, makeOp1('InvertPermutation', [op.inputs[1]])), null]);

// Tile: view g as [m0, d0, m1, d1, ...] and sum the multiple axes (0, 2, 4, ...).
registerGradient('Tile', (op, [g]) => {
  const splitShape = reshape(transpose(stack([op.inputs[1], shape(op.inputs[0])])), [-1]);
  const axes = range(0, size(splitShape), 2);
  const grad = sum(reshape(g!, splitShape), axes);
  grad.setShape(op.inputs[0].shape);
  return [grad, null];
});

registerGradient('Fill', (_op, [g]) => [null, sum(g!)]);

registerGradient('Pack', (op, [g]) => unstack(g!, op.attrs.N as number, op.attrs.axis as number));
registerGradient('Unpack', (op, grads) => {
  // Missing output gradients arrive as ZerosLike from the core, so every slot is a tensor.
  return [stack(grads as Tensor[], op.attrs.axis as number)];
});

// ConcatV2: cut g back into the inputs' extents along the axis (ConcatOffset + Slice; the
// ConcatOffset kernel accepts a negative axis).
registerGradient('ConcatV2', (op, [g]) => {
  const values = op.inputs.slice(0, -1), axis = op.inputs[op.inputs.length - 1];
  const shapes = values.map(v => shape(v));
  const offsets = makeOp('ConcatOffset', [axis, ...shapes], { N: values.length }).outputs;
  return [...values.map((_, i) => makeOp1('Slice', [g!, offsets[i], shapes[i]])), null];
});

