// Graph plumbing ops: constants, placeholders, no-ops (Identity, Snapshot, StopGradient: ops/array/identity.ts).
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

registerKernel({ type: 'NoOp', family: 'control', infer: () => [], compute: () => [] });

export { UninitializedRef };
