// Softsign: x / (1 + |x|) (tf.nn.softsign); gradient g / (1 + |x|)².
import type { Tensor } from '../../graph/tensor';
import { requireFloat } from '../../kernels/nn/util';
import { defineApi } from '../../api/api_function';
import { add, div, mul, scalar } from '../../gradients/families/math/graph_ops';
import { TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { applyOp } from '../math/apply';
import { abs } from '../math/unary';
import { op } from '../../formats/graph/op_defs/op_spec';

export const Softsign = defineOp({
  type: OpType.Softsign, family: 'nn', inputs: ['features'], attrs: {},
  infer: ([x]) => { requireFloat(OpType.Softsign, 'features', x); return [{ dtype: x.dtype, shape: x.shape }]; },
  compute: ([x], op, rt) => {
    const out = rt.output(op, 0, x.dtype, x.shape), a = x.numeric, o = out.numeric;
    for (let i = 0; i < a.length; i++) o[i] = a[i] / (1 + Math.abs(a[i]));
    return [out];
  },
  gradient: (op, [g]) => {
    const x = op.inputs[0], d = add(scalar(1, x.dtype), abs(x));
    return [div(g!, mul(d, d))];
  },
  tf: op('Softsign', 'features: T', 'activations: T', 'T: type'),
});

export function softsign(features: TensorLike, name?: string): Tensor {
  return applyOp(OpType.Softsign, OpType.Softsign, [features], ['features'], {}, name);
}

export const SOFTSIGN: OpGroup = {
  ops: [Softsign],
  api: [defineApi({
    name: 'tf.nn.softsign', doc: 'Computes softsign: features / (abs(features) + 1).',
    params: [{ name: 'features', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => softsign(a.features, a.name ?? undefined))],
};
