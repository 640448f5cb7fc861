// Gradients of the broadcasting binary ops (tf1-semantics §4.5), each reduced back to its
// input's shape by the unbroadcaster. Built from small graph ops by type, so this module and
// the binary table (binary.ts) do not import each other.
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { div, mul, neg, op1, onesLike, scalar, sub, zerosLike } from '../../gradients/families/math/graph_ops';
import { OpType } from '../op_types';
import { unbroadcaster } from './unbroadcast';

export type Pair = [Tensor | null, Tensor | null];
/** d(x), d(y) of a binary op from the op and its output gradient. */
export type BinaryGradient = (op: Operation, g: Tensor) => Pair;

export const passThrough: BinaryGradient = (op, g) => { const u = unbroadcaster(op); return [u.x(g), u.y(g)]; };

export const subGrad: BinaryGradient = (op, g) => { const u = unbroadcaster(op); return [u.x(g), neg(u.y(g))]; };

export const mulGrad: BinaryGradient = (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  return [u.x(mul(g, y)), u.y(mul(x, g))];
};

export const divGrad: BinaryGradient = (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  return [u.x(div(g, y)), u.y(mul(g, div(div(neg(x), y), y)))];
};

/** DivNoNan: TF's _DivNoNanGrad, the same formula with every division a div_no_nan. */
export const divNoNanGrad: BinaryGradient = (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  const dnn = (a: Tensor, b: Tensor) => op1(OpType.DivNoNan, [a, b]);
  return [u.x(dnn(g, y)), u.y(mul(g, dnn(dnn(neg(x), y), y)))];
};

export const floorModGrad: BinaryGradient = (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  return [u.x(g), u.y(mul(g, neg(op1(OpType.FloorDiv, [x, y]))))];
};

export const powGrad: BinaryGradient = (op, g) => {
  const [x, y] = op.inputs;
  const z = op.outputs[0];
  const u = unbroadcaster(op);
  const gx = mul(mul(g, y), op1(OpType.Pow, [x, sub(y, scalar(1, y.dtype))]));
  // log(x) where x > 0, else 0: the gradient wrt the exponent stays finite at x <= 0.
  const positive = op1(OpType.Greater, [x, zerosLike(x)]);
  const safeX = op1(OpType.Select, [positive, x, onesLike(x)]);
  const logX = op1(OpType.Select, [positive, op1(OpType.Log, [safeX]), zerosLike(x)]);
  return [u.x(gx), u.y(mul(mul(g, z), logX))];
};

/** Maximum / Minimum: ties send the whole gradient to x (GreaterEqual / LessEqual masks, as TF). */
export const maxMinGrad = (maskType: string): BinaryGradient => (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  const zeros = zerosLike(g);
  const xmask = op1(maskType, [x, y]);
  return [u.x(op1(OpType.Select, [xmask, g, zeros])), u.y(op1(OpType.Select, [xmask, zeros, g]))];
};

export const squaredDifferenceGrad: BinaryGradient = (op, g) => {
  const [x, y] = op.inputs;
  const u = unbroadcaster(op);
  const gx = mul(mul(scalar(2, g.dtype), g), sub(x, y));
  return [u.x(gx), neg(u.y(gx))];
};
