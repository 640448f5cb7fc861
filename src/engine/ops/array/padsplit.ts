// tf.pad and tf.split.
import { Tensor } from '../../graph/tensor';
import { convertToTensor, makeOp, makeOp1, TensorLike } from '../builder';
import { valueError, PyLikeError } from '../../errors';
import { inOpScope, intTensor } from './common';

/** tf.pad (CONSTANT mode): Pad for a zero fill, PadV2 for another constant value. */
export function pad(tensor: TensorLike, paddings: TensorLike, mode = 'CONSTANT', constantValues: TensorLike = 0, name?: string): Tensor {
  const x = convertToTensor(tensor);
  if (mode.toUpperCase() !== 'CONSTANT') throw new PyLikeError('NotImplementedError', `tf.pad mode ${mode} is not supported (only CONSTANT)`);
  return inOpScope(name, 'Pad', opName => {
    const p = intTensor(paddings, 'paddings');
    if (constantValues === 0) return makeOp1('Pad', [x, p], {}, opName);
    return makeOp1('PadV2', [x, p, convertToTensor(constantValues, x.dtype, 'constant_values')], {}, opName);
  });
}

/**
 * tf.split(value, num_or_size_splits, axis=0): a number is Split into equal parts, a list or
 * tensor of sizes is SplitV. Both ops are named `split`.
 */
export function split(value: TensorLike, numOrSizeSplits: number | TensorLike, axis: TensorLike = 0, num?: number | null, name?: string): Tensor[] {
  const x = convertToTensor(value);
  return inOpScope(name, 'split', opName => {
    if (typeof numOrSizeSplits === 'number') {
      return makeOp('Split', [intTensor(axis, 'split_dim'), x], { num_split: numOrSizeSplits }, opName).outputs;
    }
    const sizes = intTensor(numOrSizeSplits, 'Const');
    let n = num ?? null;
    if (n === null) {
      n = sizes.shape?.[0] ?? null;
      if (n === null) throw valueError(`Cannot infer num from shape ${sizes.shape === null ? '<unknown>' : `(?,)`}`);
    }
    return makeOp('SplitV', [x, sizes, intTensor(axis, 'split_dim')], { num_split: n }, opName).outputs;
  });
}
