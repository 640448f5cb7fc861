// The grad ops of the activations (TF's ReluGrad, Relu6Grad, EluGrad, SeluGrad, LeakyReluGrad,
// SoftplusGrad) as one table. Each takes (gradients, features-or-outputs) of one shape and is
// linear in its first input, so its own gradient is the same op applied to the incoming
// gradient, plus a term for the second input where the mask is not flat (Elu, Selu, Softplus).
// Each loop is its own closure so V8 keeps every loop monomorphic.
import type { Tensor } from '../../graph/tensor';
import type { NumericArray } from '../../dtypes';
import { checkSameDType } from '../builder';
import { invalidArgument } from '../../errors';
import { mergeShapeOrThrow, shapeText } from '../../kernels/nn/util';
import { sameShape } from '../../session/runtime';
import { add, div, mul, neg, op1, scalar, zerosLike } from '../../gradients/families/math/graph_ops';
import { attr, AttrSchema } from '../attrs';
import { defineOp, OpDef } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { less, select } from './math';

/** SELU's constants (Klambauer et al. 2017), as TF's kernel spells them. */
export const SELU_SCALE = 1.0507009873554804934193349852946;
export const SELU_ALPHA = 1.6732632423543772848170429916717;

type GradLoop = (g: NumericArray, x: NumericArray, out: NumericArray, n: number, alpha: number) => void;

interface GradRow {
  type: OpTypeName;
  /** Name of the second input in TF's OpDef: `features` or `outputs`. */
  second: 'features' | 'outputs';
  loop: GradLoop;
  /** d(op)/d(second input), given the incoming gradient h, or null where it is flat. */
  secondGrad: ((g: Tensor, x: Tensor, h: Tensor) => Tensor) | null;
  attrs?: AttrSchema;
}

const ALPHA_ATTRS = { alpha: attr.float(0.2) };

/** d/dy of `y < 0 ? g * (y + c) : g * s` is `y < 0 ? g : 0` (Elu and Selu). */
const negativeSideSlope = (g: Tensor, y: Tensor, h: Tensor) => select(less(y, 0), mul(h, g), zerosLike(y));

/** The branch-free float32 loops of ReluGrad and the fused bias + ReLU (off: the loops as written, to measure). */
export const branchFreeTuning = { on: true };

/** ReluGrad as written: `x > 0 ? g : 0`. */
export function reluGradLoop(g: NumericArray, x: NumericArray, o: NumericArray, n: number): void {
  for (let i = 0; i < n; i++) o[i] = x[i] > 0 ? g[i] : 0;
}

const int32Of = (a: Float32Array, n: number) => new Int32Array(a.buffer, a.byteOffset, n);

/**
 * ReluGrad on float32 without a branch: a ReLU's output is positive about half the time in no
 * pattern, so `x > 0 ? g : 0` mispredicted about every other element (Deep MNIST's conv1
 * gradient, 1.25 M floats: ~3x slower than this). x > 0 exactly when x's bits, as an int32, lie
 * in [1, 0x7f800000] (positive denormals to +Infinity; not ±0, negatives or NaN), which two
 * arithmetic shifts turn into an all-ones or all-zeros mask for g's bits. Same bits as the loop
 * for every g that is not NaN (+0 where the mask is off); a NaN g is copied with its bits, which
 * the loop's float64 round trip may quiet or canonicalize (V8's NaN bits depend on the tier).
 */
export function reluGradF32(g: Float32Array, x: Float32Array, o: Float32Array, n: number): void {
  const gi = int32Of(g, n), xi = int32Of(x, n), oi = int32Of(o, n);
  for (let i = 0; i < n; i++) {
    const d = (xi[i] - 1) | 0;
    oi[i] = gi[i] & ~(d >> 31) & ((d - 0x7f800000) >> 31);
  }
}

// TF passes Relu's and Relu6's *output* as the features of their grads; the masks agree.
const ROWS: GradRow[] = [
  { type: OpType.ReluGrad, second: 'features', secondGrad: null,
    loop: (g, x, o, n) => {
      if (branchFreeTuning.on && g instanceof Float32Array && x instanceof Float32Array && o instanceof Float32Array) reluGradF32(g, x, o, n);
      else reluGradLoop(g, x, o, n);
    } },
  { type: OpType.Relu6Grad, second: 'features', secondGrad: null,
    loop: (g, x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v > 0 && v < 6 ? g[i] : 0; } } },
  { type: OpType.EluGrad, second: 'outputs', secondGrad: negativeSideSlope,
    loop: (g, y, o, n) => { for (let i = 0; i < n; i++) { const v = y[i]; o[i] = v < 0 ? g[i] * (v + 1) : g[i]; } } },
  { type: OpType.SeluGrad, second: 'outputs', secondGrad: negativeSideSlope,
    loop: (g, y, o, n) => {
      const sa = SELU_SCALE * SELU_ALPHA;
      for (let i = 0; i < n; i++) { const v = y[i]; o[i] = v < 0 ? g[i] * (v + sa) : g[i] * SELU_SCALE; }
    } },
  { type: OpType.LeakyReluGrad, second: 'features', secondGrad: null, attrs: ALPHA_ATTRS,
    loop: (g, x, o, n, alpha) => { for (let i = 0; i < n; i++) o[i] = x[i] > 0 ? g[i] : alpha * g[i]; } },
  // SoftplusGrad(g, x) = g * sigmoid(x), so d/dx = g * sigmoid'(x) = g / (e^-x + 2 + e^x).
  { type: OpType.SoftplusGrad, second: 'features',
    secondGrad: (g, x, h) => div(mul(h, g), add(add(op1(OpType.Exp, [neg(x)]), scalar(2, x.dtype)), op1(OpType.Exp, [x]))),
    loop: (g, x, o, n) => { for (let i = 0; i < n; i++) o[i] = g[i] / (1 + Math.exp(-x[i])); } },
];

function gradOp(row: GradRow): OpDef {
  const attrs = row.attrs ?? {};
  const tfAttrs = row.attrs ? 'alpha: float = 0.2; T: type = float' : 'T: type';
  const def: OpDef = defineOp({
    type: row.type, family: 'nn', inputs: ['gradients', row.second], attrs,
    infer: ([g, x]) => {
      checkSameDType(row.type, [g, x], ['gradients', row.second]);
      return [{ dtype: g.dtype, shape: mergeShapeOrThrow(g.shape, x.shape) }];
    },
    compute: ([g, x], node, rt) => {
      if (!sameShape(g.shape, x.shape)) {
        throw invalidArgument(`Inputs to operation ${node.name} of type ${row.type} must have the same size and shape.  Input 0: ${shapeText(g.shape)} != input 1: ${shapeText(x.shape)}`);
      }
      const out = rt.output(node, 0, g.dtype, g.shape);
      row.loop(g.numeric, x.numeric, out.numeric, g.size, (node.attrs.alpha as number | undefined) ?? 0);
      return [out];
    },
    // Linear in the incoming gradient: the same op (same attrs) on h.
    gradient: (node, [h]) => {
      const [g, x] = node.inputs;
      return [def.make1([h!, x], { ...node.attrs }), row.secondGrad ? row.secondGrad(g, x, h!) : zerosLike(x)];
    },
    tf: op(row.type, `gradients: T, ${row.second}: T`, 'backprops: T', tfAttrs),
  });
  return def;
}

export const ACTIVATION_GRAD_OPS = new Map<OpTypeName, OpDef>(ROWS.map(r => [r.type, gradOp(r)]));
export const activationGradOp = (type: OpTypeName): OpDef => ACTIVATION_GRAD_OPS.get(type)!;
