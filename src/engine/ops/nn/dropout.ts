// tf.nn.dropout (TF1 signature, keep_prob): keep each element with probability keep_prob and
// scale kept ones by 1/keep_prob. floor(keep_prob + U[0,1)) is 1 exactly with probability
// keep_prob, so the mask needs no comparison op; its gradient follows from Mul and RealDiv.
// TF 1.15 also takes `rate` (= 1 - keep_prob).
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { NDArray } from '../../ndarray';
import { convertToTensor, constant, TensorLike } from '../builder';
import { shape as shapeOf } from '../array/shape_ops';
import { randomUniform } from '../random';
import { isCompatible, formatShapePy } from '../../shape';
import { valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { add, div, floor, mul, sub } from './math';
import { formatG } from './format';
import { deprecatedLookup, NAME_PARAM, plainScalar } from './api_args';

export function dropout(x: TensorLike, keepProb: TensorLike, noiseShape?: number[] | Tensor | null, seed?: number | null, name?: string): Tensor {
  return getDefaultGraph().withNameScope(name ?? null, 'dropout', () => {
    const xt = convertToTensor(x, null, 'x');
    const keepValue = plainScalar(keepProb);
    if (keepValue !== undefined && !(keepValue > 0 && keepValue <= 1)) {
      throw valueError(`keep_prob must be a scalar tensor or a float in the range (0, 1], got ${formatG(keepValue)}`);
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

/**
 * keep_prob from TF 1.15's (keep_prob, rate) pair: TF turns keep_prob into rate = 1 - keep_prob
 * (both given is an error) and checks a Python-number rate against [0, 1).
 */
function keepProbability(keepProb: TensorLike | null, rate: TensorLike | null): TensorLike {
  const chosen = deprecatedLookup<TensorLike | 'keep'>(rate, keepProb === null ? null : 'keep', 'rate', 'keep_prob');
  if (chosen === null) throw valueError('You must provide a rate to dropout.');
  const given = chosen === 'keep' ? keepProb! : rate!;
  const value = plainScalar(given);
  if (value === undefined) return chosen === 'keep' ? given : sub(1, given);
  const r = chosen === 'keep' ? 1 - value : value;
  if (!(r >= 0 && r < 1)) throw valueError(`rate must be a scalar tensor or a float in the range [0, 1), got ${formatG(r)}`);
  return 1 - r;
}

export const DROPOUT_API = [defineApi({
  name: 'tf.nn.dropout', doc: 'Computes dropout: keeps each element with probability keep_prob (= 1 - rate), scaled up by 1 / keep_prob.',
  params: [{ name: 'x', type: 'tensor' }, { name: 'keep_prob', default: null, type: 'tensor' },
    { name: 'noise_shape', default: null, type: 'ints' }, { name: 'seed', default: null, type: 'int' }, NAME_PARAM,
    { name: 'rate', default: null, type: 'tensor', doc: 'the drop probability, 1 - keep_prob' }],
}, a => dropout(a.x, keepProbability(a.keep_prob, a.rate), a.noise_shape, a.seed, a.name ?? undefined))];
