// tf.nn.dropout (TF1 signature, keep_prob): keep each element with probability keep_prob and
// scale kept ones by 1/keep_prob. floor(keep_prob + U[0,1)) is 1 exactly with probability
// keep_prob, so the mask needs no comparison op; its gradient follows from Mul and RealDiv.
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { NDArray } from '../../ndarray';
import { convertToTensor, constant, TensorLike } from '../builder';
import { shape as shapeOf } from '../array/shapes';
import { randomUniform } from '../random';
import { isCompatible, formatShapePy } from '../../shape';
import { valueError } from '../../errors';
import { add, div, floor, mul } from './math';
import { formatG } from './format';

export function dropout(x: TensorLike, keepProb: TensorLike, noiseShape?: number[] | Tensor | null, seed?: number | null, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'dropout', () => {
    const xt = convertToTensor(x, null, 'x');
    if (typeof keepProb === 'number' && !(keepProb > 0 && keepProb <= 1)) {
      throw valueError(`keep_prob must be a scalar tensor or a float in the range (0, 1], got ${formatG(keepProb)}`);
    }
    const kp = convertToTensor(keepProb, xt.dtype, 'keep_prob');
    if (!isCompatible(kp.shape, [])) throw valueError(`Shapes ${formatShapePy(kp.shape)} and () are incompatible`);
    if (constantScalar(kp) === 1) return xt;
    const noise = noiseShape == null ? shapeOf(xt) : noiseShape instanceof Tensor ? noiseShape : constant(noiseShape, 'int32', 'noise_shape');
    const randomTensor = add(kp, randomUniform(noise, { seed: seed ?? null, dtype: xt.dtype }));
    const binaryTensor = floor(randomTensor);
    const ret = mul(div(xt, kp, 'div'), binaryTensor);
    ret.setShape(xt.shape);
    return ret;
  });
}

/** tensor_util.constant_value for a scalar Const, else undefined. */
function constantScalar(t: Tensor): number | undefined {
  if (t.op.type !== 'Const') return undefined;
  const v = t.op.attrs.value as NDArray;
  return v.size === 1 ? Number(v.numeric[0]) : undefined;
}
