// AddN (tf.add_n, and tf.gradients' fan-in sum): N same-shape tensors → their sum.
import { registerKernel, ShapeError } from '../registry';
import type { NumericArray } from '../../dtypes';
import { formatShapeCpp, mergeShapes, StaticShape } from '../../shape';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { sameShape } from '../../session/runtime';
import { checkDType } from './dtype_rules';

registerKernel({
  type: 'AddN', family: 'math',
  infer: inputs => {
    checkDType(inputs[0], 'numeric', 'inputs');
    checkSameDType('AddN', inputs, ['inputs']);
    let shape: StaticShape = inputs[0].shape;
    for (const t of inputs.slice(1)) {
      try { shape = mergeShapes(shape, t.shape); } catch {
        throw new ShapeError(`Shapes must be equal rank, but are ${shape?.length} and ${t.shape?.length}`);
      }
    }
    return [{ dtype: inputs[0].dtype, shape }];
  },
  compute: (inputs, op, rt) => {
    const first = inputs[0];
    for (const t of inputs) {
      if (!sameShape(t.shape, first.shape)) throw invalidArgument(`Inputs to operation ${op.name} of type AddN must have the same size and shape.  Input 0: ${formatShapeCpp(first.shape as number[])} != input: ${formatShapeCpp(t.shape as number[])}`);
    }
    const out = rt.output(op, 0, first.dtype, first.shape);
    const od = out.data as NumericArray, a = first.data as NumericArray, n = od.length;
    if (inputs.length === 2) {
      const b = inputs[1].data as NumericArray;
      for (let i = 0; i < n; i++) od[i] = a[i] + b[i];
      return [out];
    }
    for (let i = 0; i < n; i++) od[i] = a[i];
    for (let k = 1; k < inputs.length; k++) {
      const d = inputs[k].data as NumericArray;
      for (let i = 0; i < n; i++) od[i] += d[i];
    }
    return [out];
  },
});
