// RecordedConcat: the values a while loop recorded for one tensor (a ValueStack, one item per
// iteration), concatenated along axis 0 — oldest first, or newest first for a backward loop's
// records. A loop gradient uses it to turn a per-iteration sum of products (Σ_t a_tᵀ·b_t, a
// weight's gradient) into one product of the stacked rows after the loop.
import { formatShapeCpp, StaticShape } from '../../shape';
import { invalidArgument } from '../../errors';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { ValueStack } from '../../control/value_stack';

export const RecordedConcat = defineOp({
  type: OpType.RecordedConcat, family: 'control', inputs: ['records'],
  attrs: { dtype: attr.type(), element_shape: attr.any<StaticShape>('shape'), reverse: attr.bool(false) },
  infer: (_in, a) => [{ dtype: a.dtype, shape: a.element_shape === null ? null : [null, ...a.element_shape.slice(1)] }],
  compute: ([records], o, rt) => {
    const items = (records as ValueStack).items;
    const rest = (o.attrs.element_shape ?? []).slice(1) as number[];
    const rows = items.reduce((n, v) => n + (v.shape[0] ?? 0), 0);
    const out = rt.output(o, 0, o.attrs.dtype, [rows, ...rest]);
    const dst = out.data as Float32Array;
    let at = 0;
    for (let i = 0; i < items.length; i++) {
      const v = items[o.attrs.reverse ? items.length - 1 - i : i];
      if (v.shape.length !== rest.length + 1 || v.shape.slice(1).some((d, k) => d !== rest[k])) {
        throw invalidArgument(`Recorded values of different shapes: ${formatShapeCpp(v.shape as number[])} vs [?,${rest.join(',')}]`);
      }
      dst.set(v.data as Float32Array, at);
      at += v.size;
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('RecordedConcat', 'records: int32', 'output: dtype', 'dtype: type; element_shape: shape; reverse: bool = false', { gradbookOnly: true }),
});

export const RECORDED_OPS: OpGroup = { ops: [RecordedConcat], api: [] };
