// Gradients of ops that select elements: Slice, Pad, Split, StridedSlice, Gather,
// UnsortedSegmentSum. Each writes g back into the positions its op read.
import { registerGradient, registerNotDifferentiable } from '../../registry';
import { Tensor } from '../../../graph/tensor';
import { Operation } from '../../../graph/operation';
import { IndexedSlices } from '../../../graph/indexed_slices';
import { makeOp1 } from '../../../ops/builder';
import { shape, reshape, size, concat, stack, slice, pad, gather, transpose } from '../../../ops/array';
import { constantInts } from '../../../kernels/array/static';
import { valueError } from '../../../errors';

// OneHot's output does not depend smoothly on any input (TF registers it the same way).
registerNotDifferentiable('OneHot');

// Slice: pad g with begin before and (input - begin - size) after, per dim.
registerGradient('Slice', (op, [g]) => {
  const [x, begin] = op.inputs;
  const rankVec = stack([makeOp1('Rank', [x]), 1]);
  const before = reshape(begin, rankVec);
  const after = reshape(makeOp1('Sub', [makeOp1('Sub', [shape(x), shape(g!)]), begin]), rankVec);
  return [pad(g!, concat([before, after], 1)), null, null];
});

// Pad: slice g at paddings[:, 0] with x's size.
const padGrad = (op: Operation, [g]: (Tensor | null)[]) => {
  const [x, paddings] = op.inputs;
  const begin = reshape(slice(paddings, [0, 0], stack([makeOp1('Rank', [x]), 1])), [-1]);
  const grad = slice(g!, begin, shape(x));
  return op.type === 'PadV2' ? [grad, null, null] : [grad, null];
};
registerGradient('Pad', padGrad);
registerGradient('PadV2', padGrad);

registerGradient('Split', (op, grads) => [null, concat(grads as Tensor[], op.inputs[0])]);
registerGradient('SplitV', (op, grads) => [concat(grads as Tensor[], op.inputs[2]), null, null]);

const masks = (op: Operation) => {
  const a = op.attrs;
  return { Index: a.Index, begin_mask: a.begin_mask, end_mask: a.end_mask, ellipsis_mask: a.ellipsis_mask, new_axis_mask: a.new_axis_mask, shrink_axis_mask: a.shrink_axis_mask };
};
registerGradient('StridedSlice', (op, [g]) => {
  const [x, begin, end, strides] = op.inputs;
  return [makeOp1('StridedSliceGrad', [shape(x), begin, end, strides, g!], masks(op)), null, null, null];
});
// StridedSliceGrad is linear in dy: its gradient is the same slice of the incoming gradient.
registerGradient('StridedSliceGrad', (op, [g]) => {
  const [, begin, end, strides] = op.inputs;
  return [null, null, null, null, makeOp1('StridedSlice', [g!, begin, end, strides], masks(op))];
});

/**
 * Gather along axis 0: TF's IndexedSlices(values, indices, dense_shape) — the rows the gather
 * read, so an embedding's gradient names only the touched rows (tf.gradients densifies it for a
 * consumer that needs a dense tensor, with UnsortedSegmentSum, as TF does; tf1-semantics §4.3).
 * Other axes: densified here, the segment axis moved to the front and back afterwards.
 */
function gatherRowsGrad(params: Tensor, indices: Tensor, g: Tensor): IndexedSlices {
  const paramsShape = shape(params);
  const count = stack([size(indices)]);
  const values = reshape(g, concat([count, slice(paramsShape, [1], [-1])], 0));
  if (params.shape !== null) values.shape = [null, ...params.shape.slice(1)];
  return new IndexedSlices(values, reshape(indices, count), paramsShape);
}

function gatherGrad(params: Tensor, indices: Tensor, axis: number, g: Tensor): Tensor {
  const paramsShape = shape(params);
  const numSegments = gather(paramsShape, axis);
  const flatIndices = reshape(indices, [-1]);
  if (axis === 0) {
    const valuesShape = concat([stack([size(indices)]), slice(paramsShape, [1], [-1])], 0);
    return makeOp1('UnsortedSegmentSum', [reshape(g, valuesShape), flatIndices, numSegments]);
  }
  const rank = params.rank;
  if (rank === null) throw valueError('Gather gradient along a non-zero axis needs params of known rank');
  const valuesShape = concat([slice(paramsShape, [0], [axis]), stack([size(indices)]), slice(paramsShape, [axis + 1], [-1])], 0);
  const toFront = [axis, ...Array.from({ length: rank }, (_, i) => i).filter(i => i !== axis)];
  const back = toFront.map((_, i) => toFront.indexOf(i));
  const summed = makeOp1('UnsortedSegmentSum', [transpose(reshape(g, valuesShape), toFront), flatIndices, numSegments]);
  return transpose(summed, back);
}

registerGradient('GatherV2', (op, [g]) => {
  const [params, indices, axisT] = op.inputs;
  const axis = constantInts(axisT);
  if (axis === null) throw valueError(`Gather gradient needs a constant axis (op ${op.name})`);
  const a = axis[0] < 0 ? axis[0] + (params.rank ?? 0) : axis[0];
  return [a === 0 ? gatherRowsGrad(params, indices, g!) : gatherGrad(params, indices, a, g!), null, null];
});
registerGradient('Gather', (op, [g]) => [gatherRowsGrad(op.inputs[0], op.inputs[1], g!), null]);

// UnsortedSegmentSum: each data row receives its segment's gradient (ids must be >= 0 here;
// TF additionally zeroes rows of dropped negative ids).
registerGradient('UnsortedSegmentSum', (op, [g]) => [gather(g!, op.inputs[1]), null, null]);
