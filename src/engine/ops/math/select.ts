// Select (tf.where(cond, x, y)): x and y share a shape; cond has that shape, or is a vector
// choosing whole rows along the first dim. tf.where(cond) alone is the Where op (array/where.ts).
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { formatShapeCpp, isCompatible, mergeShapes } from '../../shape';
import { invalidArgument, valueError } from '../../errors';
import { sameShape } from '../../session/runtime';
import { ShapeError } from '../../kernels/registry';
import { checkDType } from '../../kernels/math/dtype_rules';
import { zerosLike } from '../../gradients/families/math/graph_ops';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { checkSameDType, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { convertArgs, inScope } from './apply';
import { whereIndices } from '../array/where';

export const Select = defineOp({
  type: OpType.Select, family: 'math', inputs: ['condition', 't', 'e'], attrs: {},
  infer: ([c, x, y]) => {
    checkDType(c, 'bool', 'condition');
    checkSameDType(OpType.Select, [x, y], ['t', 'e']);
    if (!isCompatible(x.shape, y.shape)) {
      throw new ShapeError(`Dimension 0 in both shapes must be equal, but are ${x.shape![0]} and ${y.shape![0]}. Shapes are ${formatShapeCpp(x.shape)} and ${formatShapeCpp(y.shape)}.`);
    }
    const shape = mergeShapes(x.shape, y.shape);
    if (c.shape !== null && shape !== null && c.shape.length !== 1 && !isCompatible(c.shape, shape)) {
      throw new ShapeError(`Shapes must be equal rank, but are ${c.shape.length} and ${shape.length}`);
    }
    return [{ dtype: x.dtype, shape }];
  },
  compute: ([c, x, y], node, rt) => {
    if (!sameShape(x.shape, y.shape)) throw invalidArgument(`'then' and 'else' must have the same size.  but received: ${formatShapeCpp(x.shape as number[])} vs. ${formatShapeCpp(y.shape as number[])}`);
    const out = rt.output(node, 0, x.dtype, x.shape);
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
  gradient: (node, [g]): (Tensor | null)[] => {
    const c = node.inputs[0];
    const zeros = zerosLike(g!);
    return [null, Select.make1([c, g!, zeros]), Select.make1([c, zeros, g!])];
  },
  tf: op('Select', 'condition: bool, t: T, e: T', 'output: T', 'T: type'),
});

export function select(condition: TensorLike, x: TensorLike, y: TensorLike, name?: string): Tensor {
  return inScope([x, y, condition], name, 'Select', scope => {
    const [c] = convertArgs([condition], ['condition'], 'bool');
    const [t, e] = convertArgs([x, y], ['x', 'y']);
    return Select.make1([c, t, e], {}, scope);
  });
}

/** tf.where: Select with x and y; with neither, the coordinates of the true entries (Where). */
export function where(condition: TensorLike, x?: TensorLike | null, y?: TensorLike | null, name?: string): Tensor {
  if ((x == null) !== (y == null)) throw valueError('x and y must both be non-None or both be None.');
  if (x == null || y == null) return whereIndices(condition, name);
  return select(condition, x, y, name);
}

export const SELECT: OpGroup = {
  ops: [Select],
  api: [
    defineApi({
      name: 'tf.where', doc: 'Return the elements, either from x or y, depending on the condition (or the indices of true entries).',
      params: [
        { name: 'condition', type: 'tensor' }, { name: 'x', default: null, type: 'tensor' }, { name: 'y', default: null, type: 'tensor' },
        { name: 'name', default: null, type: 'name' },
      ],
    }, a => where(a.condition, a.x, a.y, a.name ?? undefined)),
  ],
};
