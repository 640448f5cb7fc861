// The gradient of FusedBatchNormGradV3 (second-order batch norm), as TF's
// _FusedBatchNormGradGrad: write the backprop with primitive ops (_BatchNormGrad) and
// differentiate that with tf.gradients, weighting its three outputs by the incoming gradients.
import type { Tensor } from '../../graph/tensor';
import type { OpOf } from '../op_def';
import { OpType } from '../op_types';
import { gradients } from '../../gradients/gradients';
import { stopGradient } from '../control';
import { reshape, squeeze } from '../array/reshape';
import { reduceMean } from '../math/reduce';
import { add, mul, reduceSum, squaredDifference, sub, unary } from './math';
import type { BnAttrs } from './fused_batch_norm';

interface BackpropTerms { gx: Tensor; gscale: Tensor; goffset: Tensor }

/** dx, dscale, doffset of batch norm from primitive ops (TF's _BatchNormGrad). */
function batchNormBackprop(gy: Tensor, x: Tensor, scale: Tensor, popMean: Tensor, popVar: Tensor, attrs: BnAttrs): BackpropTerms {
  const nchw = attrs.data_format === 'NCHW';
  const axes = nchw ? [0, 2, 3] : [0, 1, 2];
  const asChannels = (v: Tensor) => (nchw ? reshape(v, [1, -1, 1, 1]) : v);
  const sc = asChannels(scale);
  const goffset = reduceSum(gy, axes);
  if (attrs.is_training) {
    const meanGy = reduceMean(gy, axes, nchw);
    const meanX = reduceMean(x, axes, nchw);
    const varX = reduceMean(squaredDifference(x, stopGradient(meanX)), axes, nchw);
    const xOffset = sub(x, meanX);
    const mean = reduceMean(mul(gy, xOffset), axes, nchw);
    const rs = unary(OpType.Rsqrt, add(varX, attrs.epsilon));
    const gx = mul(mul(sc, rs), sub(sub(gy, meanGy), mul(mul(unary(OpType.Reciprocal, add(varX, attrs.epsilon)), mean), xOffset)));
    let gscale = mul(rs, reduceSum(mul(gy, xOffset), axes, nchw));
    if (nchw) gscale = squeeze(gscale);
    return { gx, gscale, goffset };
  }
  const rs = unary(OpType.Rsqrt, add(asChannels(popVar), attrs.epsilon));
  const gscale = reduceSum(mul(mul(gy, sub(x, asChannels(popMean))), rs), axes);
  return { gx: mul(mul(gy, sc), rs), gscale, goffset };
}

export function batchNormGradComposite(node: OpOf<BnAttrs>, grads: (Tensor | null)[]): (Tensor | null)[] {
  const [gy, x, scale, popMean, popVar] = node.inputs;
  const terms = batchNormBackprop(gy, x, scale, popMean, popVar, node.attrs);
  const outs = [terms.gx, terms.gscale, terms.goffset];
  const ys: Tensor[] = [], weights: Tensor[] = [];
  outs.forEach((t, i) => { const g = grads[i]; if (g) { ys.push(t); weights.push(g); } });
  if (!ys.length) return [null, null, null, null, null, null];
  // Partial derivatives: y_backprop usually depends on x too, and that path is the caller's.
  const [dgy, dx, dscale] = gradients(ys, [gy, x, scale], { gradYs: weights, stopGradients: [gy, x, scale] });
  return [dgy, dx, dscale, null, null, null];
}
