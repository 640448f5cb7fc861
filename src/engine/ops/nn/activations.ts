// The elementwise activation ops (tf1-semantics §3.5) as one table: Relu, Relu6, Elu, Selu,
// LeakyRelu, Softplus. A row gives the op type, its Python name, the dtypes it accepts, its
// loop and the grad op its gradient builds (activation_grads.ts). Every row becomes an OpDef
// with the same static rule (output = input shape and dtype), a builder and `tf.nn.<name>`.
// Each loop is its own closure so V8 keeps every loop monomorphic.
import type { Tensor } from '../../graph/tensor';
import type { NumericArray, DType } from '../../dtypes';
import { typeError } from '../../errors';
import { requireFloat } from '../../kernels/nn/util';
import { defineApi } from '../../api/api_function';
import { convertToTensor, TensorLike } from '../builder';
import { attr, AttrSchema } from '../attrs';
import { defineOp, OpDef, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { activationGradOp, ACTIVATION_GRAD_OPS, SELU_ALPHA, SELU_SCALE } from './activation_grads';
import { cast } from './math';

type Loop = (x: NumericArray, out: NumericArray, n: number, alpha: number, dtype: DType) => void;

interface ActivationRow {
  type: OpTypeName;
  py: string;
  /** Floats only (Elu, Selu, LeakyRelu, Softplus); Relu and Relu6 take any real dtype. */
  floatOnly: boolean;
  loop: Loop;
  grad: OpTypeName;
  /** The gradient op's second input: the op's input (`features`) or its output (`outputs`). */
  gradUses: 'input' | 'output';
  attrs?: AttrSchema;
  doc: string;
}

/** Softplus switches to x or exp(x) where log(1 + exp(x)) would lose all precision. */
function softplusThreshold(dtype: DType): number {
  return Math.log(dtype === 'float32' ? 2 ** -23 : 2 ** -52) + 2;
}

// NaN stays NaN, as in Eigen's max/min (`x < 0` is false for NaN).
const ROWS: ActivationRow[] = [
  { type: OpType.Relu, py: 'relu', floatOnly: false, grad: OpType.ReluGrad, gradUses: 'output', doc: 'Computes rectified linear: max(features, 0).',
    loop: (x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v < 0 ? 0 : v; } } },
  { type: OpType.Relu6, py: 'relu6', floatOnly: false, grad: OpType.Relu6Grad, gradUses: 'output', doc: 'Computes Rectified Linear 6: min(max(features, 0), 6).',
    loop: (x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v < 0 ? 0 : 6 < v ? 6 : v; } } },
  { type: OpType.Elu, py: 'elu', floatOnly: true, grad: OpType.EluGrad, gradUses: 'output', doc: 'Computes exponential linear: exp(features) - 1 if < 0, features otherwise.',
    loop: (x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v < 0 ? Math.exp(v) - 1 : v; } } },
  { type: OpType.Selu, py: 'selu', floatOnly: true, grad: OpType.SeluGrad, gradUses: 'output', doc: 'Computes scaled exponential linear: scale * alpha * (exp(features) - 1) if < 0, scale * features otherwise.',
    loop: (x, o, n) => {
      const sa = SELU_SCALE * SELU_ALPHA;
      for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v < 0 ? sa * (Math.exp(v) - 1) : SELU_SCALE * v; }
    } },
  { type: OpType.LeakyRelu, py: 'leaky_relu', floatOnly: true, grad: OpType.LeakyReluGrad, gradUses: 'input', attrs: { alpha: attr.float(0.2) },
    doc: 'Computes the Leaky ReLU activation function: features if > 0, alpha * features otherwise.',
    loop: (x, o, n, alpha) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v > 0 ? v : alpha * v; } } },
  { type: OpType.Softplus, py: 'softplus', floatOnly: true, grad: OpType.SoftplusGrad, gradUses: 'input', doc: 'Computes softplus: log(exp(features) + 1).',
    loop: (x, o, n, _alpha, dtype) => {
      const t = softplusThreshold(dtype);
      for (let i = 0; i < n; i++) {
        const v = x[i];
        o[i] = v > -t ? v : v < t ? Math.exp(v) : Math.log(Math.exp(v) + 1);
      }
    } },
];

function checkFeatures(row: ActivationRow, x: Tensor): void {
  if (row.floatOnly) requireFloat(row.type, 'features', x);
  else if (x.dtype === 'bool' || x.dtype === 'string') {
    throw typeError(`Value passed to parameter 'features' has DataType ${x.dtype} not in list of allowed values: float32, float64, int32, uint8, int64`);
  }
}

function activationOp(row: ActivationRow): OpDef {
  return defineOp({
    type: row.type, family: 'nn', inputs: ['features'], attrs: row.attrs ?? {},
    infer: ([x]) => { checkFeatures(row, x); return [{ dtype: x.dtype, shape: x.shape }]; },
    compute: ([x], node, rt) => {
      const out = rt.output(node, 0, x.dtype, x.shape);
      row.loop(x.numeric, out.numeric, x.size, (node.attrs.alpha as number | undefined) ?? 0, x.dtype);
      return [out];
    },
    gradient: (node, [g]) => {
      const second = row.gradUses === 'output' ? node.outputs[0] : node.inputs[0];
      return [activationGradOp(row.grad).make1([g!, second], { ...node.attrs })];
    },
    tf: row.attrs
      ? op(row.type, 'features: T', 'activations: T', 'alpha: float = 0.2; T: type = float')
      : op(row.type, 'features: T', 'activations: T', 'T: type'),
  });
}

const ACTIVATION_OPS = new Map<OpTypeName, OpDef>(ROWS.map(r => [r.type, activationOp(r)]));

/** The builder of a row: one op named `name ?? <type>`. */
const builder = (type: OpTypeName) => (features: TensorLike, name?: string): Tensor =>
  ACTIVATION_OPS.get(type)!.make1([convertToTensor(features, null, 'features')], {}, name ?? type);

export const relu = builder(OpType.Relu);
export const relu6 = builder(OpType.Relu6);
export const elu = builder(OpType.Elu);
export const selu = builder(OpType.Selu);
export const softplus = builder(OpType.Softplus);

/** tf.nn.leaky_relu (the LeakyRelu op of TF ≥ 1.13) in scope `LeakyRelu`; integer features become float32. */
export function leakyRelu(features: TensorLike, alpha = 0.2, name?: string): Tensor {
  let x = convertToTensor(features, null, 'features');
  return x.graph.withNameScope(name ?? null, OpType.LeakyRelu, scope => {
    if (x.dtype !== 'float32' && x.dtype !== 'float64') x = cast(x, 'float32', 'ToFloat');
    return ACTIVATION_OPS.get(OpType.LeakyRelu)!.make1([x], { alpha }, scope);
  });
}

const FEATURES = { name: 'features', type: 'tensor' } as const;
const NAME = { name: 'name', default: null, type: 'name' } as const;

export const ACTIVATIONS: OpGroup = {
  ops: [...ACTIVATION_OPS.values(), ...ACTIVATION_GRAD_OPS.values()],
  api: [
    ...ROWS.filter(r => r.type !== OpType.LeakyRelu).map(row => defineApi({
      name: `tf.nn.${row.py}`, doc: row.doc, params: [FEATURES, NAME],
    }, a => builder(row.type)(a.features, a.name ?? undefined))),
    defineApi({
      name: 'tf.nn.leaky_relu', doc: ROWS.find(r => r.type === OpType.LeakyRelu)!.doc,
      params: [FEATURES, { name: 'alpha', default: 0.2, type: 'float' }, NAME],
    }, a => leakyRelu(a.features, a.alpha, a.name ?? undefined)),
  ],
};
