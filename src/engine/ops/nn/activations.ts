// tf.nn activations and softmax: each is one op named after its type (tf.nn.relu → Relu).
import { Tensor } from '../../graph/tensor';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { transpose } from '../array/rearrange';
import { OpError, valueError } from '../../errors';

const activation = (type: string) => (features: TensorLike, name?: string): Tensor =>
  makeOp1(type, [convertToTensor(features, null, 'features')], {}, name ?? type);

export const relu = activation('Relu');
export const relu6 = activation('Relu6');
export const elu = activation('Elu');
export const softplus = activation('Softplus');

/** tf.nn.leaky_relu (the LeakyRelu op of TF ≥ 1.13); integer features become float32. */
export function leakyRelu(features: TensorLike, alpha = 0.2, name?: string): Tensor {
  let x = convertToTensor(features, null, 'features');
  return x.graph.withNameScope(name ?? null, 'LeakyRelu', scope => {
    if (x.dtype !== 'float32' && x.dtype !== 'float64') x = makeOp1('Cast', [x], { SrcT: x.dtype, DstT: 'float32', Truncate: false }, 'ToFloat');
    return makeOp1('LeakyRelu', [x], { alpha }, scope);
  });
}

/**
 * Softmax-like ops work on the last axis; another axis is swapped to the end and back with
 * two transposes, as TF's `_softmax` does.
 */
function alongAxis(type: string, logits: TensorLike, axis: number, name?: string): Tensor {
  const x = convertToTensor(logits, null, 'logits');
  const rank = x.shape?.length;
  if (axis === -1 || (rank !== undefined && axis === rank - 1)) return makeOp1(type, [x], {}, name ?? type);
  if (rank === undefined) throw valueError(`${type} along axis ${axis} needs logits of known rank`);
  if (axis < -rank || axis >= rank) {
    throw new OpError('InvalidArgumentError', `Dimension (${axis}) must be in the range [${-rank}, ${rank}) where ${rank} is the number of dimensions in the input.`, null);
  }
  const a = (axis + rank) % rank;
  const perm = Array.from({ length: rank }, (_, i) => (i === a ? rank - 1 : i === rank - 1 ? a : i));
  const inner = makeOp1(type, [transpose(x, perm)], {});
  return transpose(inner, perm, name);
}

export function softmax(logits: TensorLike, axis = -1, name?: string): Tensor { return alongAxis('Softmax', logits, axis, name); }
export function logSoftmax(logits: TensorLike, axis = -1, name?: string): Tensor { return alongAxis('LogSoftmax', logits, axis, name); }
