// Elementwise activations (Relu, Relu6, Elu, LeakyRelu, Softplus) and their TF grad ops.
// Each loop is its own closure so V8 keeps every loop monomorphic.
import { registerKernel } from '../registry';
import type { Operation } from '../../graph/operation';
import type { NumericArray, DType } from '../../dtypes';
import { checkSameDType } from '../../ops/builder';
import { invalidArgument, typeError } from '../../errors';
import { requireFloat, mergeShapeOrThrow, shapeText } from './util';
import { sameShape } from '../../session/runtime';

type UnaryLoop = (x: NumericArray, out: NumericArray, n: number, op: Operation) => void;
type BinaryLoop = (g: NumericArray, x: NumericArray, out: NumericArray, n: number, op: Operation) => void;

function unaryActivation(type: string, floatOnly: boolean, loop: UnaryLoop): void {
  registerKernel({
    type, family: 'nn',
    infer: ([x]) => {
      if (floatOnly) requireFloat(type, 'features', x);
      else if (x.dtype === 'bool' || x.dtype === 'string') {
        throw typeError(`Value passed to parameter 'features' has DataType ${x.dtype} not in list of allowed values: float32, float64, int32, uint8, int64`);
      }
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    compute: ([x], op, rt) => {
      const out = rt.output(op, 0, x.dtype, x.shape);
      loop(x.numeric, out.numeric, x.size, op);
      return [out];
    },
  });
}

/** A grad op (gradients, features-or-outputs) → backprops, both inputs of one shape. */
function activationGrad(type: string, secondName: string, loop: BinaryLoop): void {
  registerKernel({
    type, family: 'nn',
    infer: ([g, x]) => {
      checkSameDType(type, [g, x], ['gradients', secondName]);
      return [{ dtype: g.dtype, shape: mergeShapeOrThrow(g.shape, x.shape) }];
    },
    compute: ([g, x], op, rt) => {
      if (!sameShape(g.shape, x.shape)) {
        throw invalidArgument(`Inputs to operation ${op.name} of type ${type} must have the same size and shape.  Input 0: ${shapeText(g.shape)} != input 1: ${shapeText(x.shape)}`);
      }
      const out = rt.output(op, 0, g.dtype, g.shape);
      loop(g.numeric, x.numeric, out.numeric, g.size, op);
      return [out];
    },
  });
}

const alphaOf = (op: Operation) => (op.attrs.alpha as number | undefined) ?? 0.2;

/** Softplus switches to x or exp(x) where log(1 + exp(x)) would lose all precision. */
function softplusThreshold(dtype: DType): number {
  return Math.log(dtype === 'float32' ? 2 ** -23 : 2 ** -52) + 2;
}

// NaN stays NaN, as in Eigen's max/min (`x < 0` is false for NaN).
unaryActivation('Relu', false, (x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v < 0 ? 0 : v; } });
unaryActivation('Relu6', false, (x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v < 0 ? 0 : 6 < v ? 6 : v; } });
unaryActivation('Elu', true, (x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v < 0 ? Math.exp(v) - 1 : v; } });
unaryActivation('LeakyRelu', true, (x, o, n, op) => {
  const alpha = alphaOf(op);
  for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v > 0 ? v : alpha * v; }
});
unaryActivation('Softplus', true, (x, o, n, op) => {
  const t = softplusThreshold(op.outputs[0].dtype);
  for (let i = 0; i < n; i++) {
    const v = x[i];
    o[i] = v > -t ? v : v < t ? Math.exp(v) : Math.log(Math.exp(v) + 1);
  }
});

// TF passes Relu's and Relu6's *output* as the features of their grads; the masks agree.
activationGrad('ReluGrad', 'features', (g, x, o, n) => { for (let i = 0; i < n; i++) o[i] = x[i] > 0 ? g[i] : 0; });
activationGrad('Relu6Grad', 'features', (g, x, o, n) => { for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v > 0 && v < 6 ? g[i] : 0; } });
activationGrad('EluGrad', 'outputs', (g, y, o, n) => { for (let i = 0; i < n; i++) { const v = y[i]; o[i] = v < 0 ? g[i] * (v + 1) : g[i]; } });
activationGrad('LeakyReluGrad', 'features', (g, x, o, n, op) => {
  const alpha = alphaOf(op);
  for (let i = 0; i < n; i++) o[i] = x[i] > 0 ? g[i] : alpha * g[i];
});
activationGrad('SoftplusGrad', 'features', (g, x, o, n) => { for (let i = 0; i < n; i++) o[i] = g[i] / (1 + Math.exp(-x[i])); });
