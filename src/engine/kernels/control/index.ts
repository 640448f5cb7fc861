// Graph plumbing ops: constants, placeholders, identity, no-ops.
import { registerKernel } from '../registry';
import { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { cppDTypeName, DType } from '../../dtypes';
import { StaticShape, formatShapeCpp } from '../../shape';
import { UninitializedRef } from '../../session/runtime';

registerKernel({
  type: 'Const', family: 'control',
  infer: (_in, attrs) => { const v = attrs.value as NDArray; return [{ dtype: v.dtype, shape: v.shape.slice() }]; },
  compute: (_in, op) => [op.attrs.value as NDArray],
});

registerKernel({
  type: 'Placeholder', family: 'control',
  infer: (_in, attrs) => [{ dtype: attrs.dtype as DType, shape: attrs.shape as StaticShape }],
  compute: (_in, op) => {
    const shape = op.attrs.shape as StaticShape;
    const shapePart = shape !== null && shape.length > 0 ? ` and shape ${formatShapeCpp(shape)}` : '';
    throw invalidArgument(`You must feed a value for placeholder tensor '${op.name}' with dtype ${cppDTypeName(op.attrs.dtype as DType)}${shapePart}`);
  },
});

registerKernel({
  type: 'PlaceholderWithDefault', family: 'control',
  infer: (inputs, attrs) => [{ dtype: inputs[0].dtype, shape: (attrs.shape as StaticShape) ?? inputs[0].shape }],
  compute: inputs => [inputs[0]],
});

// Identity of a variable ref is the `read` snapshot: copy, so later in-place updates of the
// variable in the same run do not change what was read.
function identityCompute(inputs: NDArray[], op: import('../../graph/operation').Operation, rt: import('../../session/runtime').RuntimeContext): NDArray[] {
  const x = inputs[0];
  if (!op.inputs[0].isRef) return [x];
  const out = rt.output(op, 0, x.dtype, x.shape);
  if (Array.isArray(out.data)) (out.data as string[]).splice(0, x.size, ...(x.data as string[]));
  else (out.data as Float32Array).set(x.data as Float32Array);
  return [out];
}
for (const type of ['Identity', 'StopGradient', 'Snapshot']) {
  registerKernel({
    type, family: 'control',
    infer: inputs => [{ dtype: inputs[0].dtype, shape: inputs[0].shape }],
    compute: identityCompute,
  });
}

registerKernel({ type: 'NoOp', family: 'control', infer: () => [], compute: () => [] });

export { UninitializedRef };
