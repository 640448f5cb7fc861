// RandomUniformInt: integers uniform in [minval, maxval) (tf.random_uniform with an int dtype).
import { invalidArgument } from '../../errors';
import type { NumericArray } from '../../dtypes';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { checkShapeInput, generatorFor, shapeFromInput, shapeValue } from './common';

export const RandomUniformInt = defineOp({
  type: OpType.RandomUniformInt, family: 'random', inputs: ['shape', 'minval', 'maxval'], stateful: true,
  attrs: { seed: attr.int(0), seed2: attr.int(0), Tout: attr.type() },
  infer: ([shape], attrs) => { checkShapeInput(shape); return [{ dtype: attrs.Tout, shape: shapeFromInput(shape) }]; },
  compute: ([shape, minval, maxval], op, rt) => {
    const lo = Number(minval.numeric[0]), hi = Number(maxval.numeric[0]);
    if (!(lo < hi)) throw invalidArgument(`Need minval < maxval, got ${lo} >= ${hi}`);
    const out = rt.output(op, 0, op.attrs.Tout, shapeValue(shape));
    const g = generatorFor(op, rt);
    const d = out.data as NumericArray;
    for (let i = 0; i < d.length; i++) d[i] = lo + Math.floor(g.uniform() * (hi - lo));
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('RandomUniformInt', 'shape: T, minval: Tout, maxval: Tout', 'output: Tout', 'seed: int = 0; seed2: int = 0; Tout: type; T: type', { stateful: true }),
});

export const UNIFORM_INT: OpGroup = { ops: [RandomUniformInt], api: [] };
