// Select (tf.where(cond, x, y)): x and y share a shape; cond has that shape, or is a vector
// choosing whole rows along the first dim.
import { registerKernel, ShapeError } from '../registry';
import type { NumericArray } from '../../dtypes';
import { formatShapeCpp, isCompatible, mergeShapes } from '../../shape';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument } from '../../errors';
import { checkDType } from './dtype_rules';
import { sameShape } from '../../session/runtime';

registerKernel({
  type: 'Select', family: 'math',
  infer: ([c, x, y]) => {
    checkDType(c, 'bool', 'condition');
    checkSameDType('Select', [x, y], ['t', 'e']);
    if (!isCompatible(x.shape, y.shape)) {
      throw new ShapeError(`Dimension 0 in both shapes must be equal, but are ${x.shape![0]} and ${y.shape![0]}. Shapes are ${formatShapeCpp(x.shape)} and ${formatShapeCpp(y.shape)}.`);
    }
    const shape = mergeShapes(x.shape, y.shape);
    if (c.shape !== null && shape !== null && c.shape.length !== 1 && !isCompatible(c.shape, shape)) {
      throw new ShapeError(`Shapes must be equal rank, but are ${c.shape.length} and ${shape.length}`);
    }
    return [{ dtype: x.dtype, shape }];
  },
  compute: ([c, x, y], op, rt) => {
    if (!sameShape(x.shape, y.shape)) throw invalidArgument(`'then' and 'else' must have the same size.  but received: ${formatShapeCpp(x.shape as number[])} vs. ${formatShapeCpp(y.shape as number[])}`);
    const out = rt.output(op, 0, x.dtype, x.shape);
    const cd = c.data as NumericArray, xd = x.data as NumericArray, yd = y.data as NumericArray, od = out.data as NumericArray;
    if (sameShape(c.shape, x.shape)) {
      for (let i = 0; i < od.length; i++) od[i] = cd[i] ? xd[i] : yd[i];
    } else if (c.rank === 1 && x.rank >= 1 && c.shape[0] === x.shape[0]) {
      const row = x.shape[0] === 0 ? 0 : x.size / x.shape[0];
      for (let r = 0; r < c.size; r++) {
        const src = cd[r] ? xd : yd;
        for (let i = r * row; i < (r + 1) * row; i++) od[i] = src[i];
      }
    } else {
      throw invalidArgument(`'then' and 'condition' must have the same size or condition must be a vector matching the first dimension: ${formatShapeCpp(c.shape as number[])} vs. ${formatShapeCpp(x.shape as number[])}`);
    }
    return [out];
  },
});
