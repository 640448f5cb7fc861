// Cumsum / Cumprod (tf.cumsum, tf.cumprod): inputs (x, axis), attrs exclusive and reverse.
// The Prod gradient uses exclusive cumprods so zeros are handled without dividing.
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { invalidArgument } from '../../errors';
import { checkDType } from '../../kernels/math/dtype_rules';
import { div, mul } from '../../gradients/families/math/graph_ops';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import type { TensorLike } from '../builder';
import { defineOp, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { convertArgs, inScope } from './apply';

function scan(x: NumericArray, out: NumericArray, outer: number, n: number, inner: number, product: boolean, exclusive: boolean, reverse: boolean): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      let acc = product ? 1 : 0;
      for (let s = 0; s < n; s++) {
        const at = base + (reverse ? n - 1 - s : s) * inner;
        const v = x[at];
        if (exclusive) { out[at] = acc; acc = product ? acc * v : acc + v; } else { acc = product ? acc * v : acc + v; out[at] = acc; }
      }
    }
  }
}

const SCAN_ATTRS = { exclusive: attr.bool(false), reverse: attr.bool(false), Tidx: attr.type('int32') };

function scanOp(type: OpTypeName, product: boolean, gradient: OpDef<typeof SCAN_ATTRS>['gradient']) {
  return defineOp({
    type, family: 'math', inputs: ['x', 'axis'], attrs: SCAN_ATTRS,
    infer: ([x, axis]) => { checkDType(x, 'numeric'); checkDType(axis, 'int', 'axis'); return [{ dtype: x.dtype, shape: x.shape }]; },
    compute: ([x, axisArr], node, rt) => {
      const a = (axisArr.data as NumericArray)[0], rank = x.rank;
      if (a < -rank || a >= rank) throw invalidArgument(`Expected scan axis in the range [${-rank}, ${rank}), but got ${a}`);
      const axis = a < 0 ? a + rank : a;
      const outer = x.shape.slice(0, axis).reduce((p, d) => p * d, 1);
      const inner = x.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
      const out = rt.output(node, 0, x.dtype, x.shape);
      scan(x.data as NumericArray, out.data as NumericArray, outer, x.shape[axis], inner, product, node.attrs.exclusive, node.attrs.reverse);
      return [out];
    },
    gradient,
    tf: op(type, 'x: T, axis: Tidx', 'out: T', 'exclusive: bool = false; reverse: bool = false; T: type; Tidx: type = int32'),
  });
}

// Cumsum: the cumsum of the gradient in the other direction. Cumprod (TF's formula): the cumsum
// of prod·g in the other direction, divided by x.
export const Cumsum: OpDef<typeof SCAN_ATTRS> = scanOp(OpType.Cumsum, false, (node, [g]) =>
  [Cumsum.make1([g!, node.inputs[1]], { exclusive: node.attrs.exclusive, reverse: !node.attrs.reverse, Tidx: node.attrs.Tidx }), null]);
export const Cumprod: OpDef<typeof SCAN_ATTRS> = scanOp(OpType.Cumprod, true, (node, [g]) => {
  const [x, axis] = node.inputs;
  const summed = Cumsum.make1([mul(node.outputs[0], g!), axis], { exclusive: node.attrs.exclusive, reverse: !node.attrs.reverse, Tidx: node.attrs.Tidx });
  return [div(summed, x), null];
});

function scanBuilder(def: OpDef<typeof SCAN_ATTRS>) {
  return (x: TensorLike, axis: TensorLike = 0, exclusive = false, reverse = false, name?: string): Tensor =>
    inScope([x], name, def.type, scope => {
      const [t] = convertArgs([x], ['x']);
      const [a] = convertArgs([axis], ['axis'], 'int32');
      return def.make1([t, a], { exclusive, reverse, Tidx: a.dtype }, scope);
    });
}
export const cumsum = scanBuilder(Cumsum);
export const cumprod = scanBuilder(Cumprod);

function api(py: 'cumsum' | 'cumprod', build: typeof cumsum) {
  return defineApi({
    name: `tf.${py}`, doc: `Compute the cumulative ${py === 'cumsum' ? 'sum' : 'product'} of the tensor x along axis.`,
    params: [
      { name: 'x', type: 'tensor' }, { name: 'axis', default: 0, type: 'tensor' },
      { name: 'exclusive', default: false, type: 'bool' }, { name: 'reverse', default: false, type: 'bool' },
      { name: 'name', default: null, type: 'name' },
    ],
  }, a => build(a.x, a.axis, a.exclusive, a.reverse, a.name ?? undefined), [`tf.math.${py}`]);
}

export const CUMULATIVE: OpGroup = { ops: [Cumsum, Cumprod], api: [api('cumsum', cumsum), api('cumprod', cumprod)] };
