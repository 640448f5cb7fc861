// Multinomial: `num_samples` class indices per row of `logits`, drawn with probabilities
// softmax(logits) (tf.multinomial, tf.random.categorical).
import type { Tensor } from '../../graph/tensor';
import { DType, isFloat, NumericArray } from '../../dtypes';
import { invalidArgument, typeError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { ShapeError } from '../../kernels/registry';
import { getDefaultGraph } from '../../graph/default_graph';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { generatorFor } from './common';
import { getSeed } from './seed';

export const Multinomial = defineOp({
  type: OpType.Multinomial, family: 'random', inputs: ['logits', 'num_samples'], stateful: true,
  attrs: { seed: attr.int(0), seed2: attr.int(0), output_dtype: attr.type('int64') },
  infer: ([logits, numSamples], attrs) => {
    if (!isFloat(logits.dtype)) throw typeError(`Value passed to parameter 'logits' has DataType ${logits.dtype} not in list of allowed values: float32, float64`);
    if (logits.shape && logits.shape.length !== 2) throw new ShapeError(`Shape must be rank 2 but is rank ${logits.shape.length}`);
    if (numSamples.shape && numSamples.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${numSamples.shape.length}`);
    const n = numSamples.op.type === OpType.Const ? Number((numSamples.op.attrs.value as { numeric: NumericArray }).numeric[0]) : null;
    return [{ dtype: attrs.output_dtype, shape: [logits.shape ? logits.shape[0] : null, n] }];
  },
  compute: ([logits, numSamples], op, rt) => {
    const [batch, classes] = logits.shape;
    const n = Number(numSamples.numeric[0]);
    if (n < 0) throw invalidArgument(`num_samples should be nonnegative, got ${n}`);
    if (classes === 0 && n > 0) throw invalidArgument('num_classes should be positive, got 0');
    const out = rt.output(op, 0, op.attrs.output_dtype, [batch, n]);
    const g = generatorFor(op, rt);
    const l = logits.numeric, o = out.numeric, cdf = new Float64Array(classes);
    for (let b = 0; b < batch; b++) {
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, l[b * classes + c]);
      let total = 0;
      for (let c = 0; c < classes; c++) { total += Math.exp(l[b * classes + c] - max); cdf[c] = total; }
      for (let s = 0; s < n; s++) {
        const u = g.uniform() * total;
        let c = 0;
        while (c < classes - 1 && cdf[c] <= u) c++;
        o[b * n + s] = c;
      }
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Multinomial', 'logits: T, num_samples: int32', 'output: output_dtype', 'seed: int = 0; seed2: int = 0; T: type; output_dtype: type = int64', { stateful: true }),
});

export function multinomial(logits: TensorLike, numSamples: TensorLike, opts: { seed?: number | null; name?: string | null; outputDtype?: DType | null; scope?: string } = {}): Tensor {
  return getDefaultGraph().withNameScope(opts.name ?? null, opts.scope ?? 'multinomial', () => {
    const l = convertToTensor(logits, null, 'logits');
    const n = convertToTensor(numSamples, 'int32', 'num_samples');
    const [seed, seed2] = getSeed(opts.seed);
    const outputDtype = opts.outputDtype ?? 'int64';
    if (outputDtype !== 'int32' && outputDtype !== 'int64') throw typeError(`Value passed to parameter 'output_dtype' has DataType ${outputDtype} not in list of allowed values: int32, int64`);
    return Multinomial.make1([l, n], { seed, seed2, output_dtype: outputDtype });
  });
}

export const MULTINOMIAL: OpGroup = {
  ops: [Multinomial],
  api: [
    defineApi({
      name: 'tf.multinomial', doc: 'Draws samples from a multinomial distribution given by unnormalized log-probabilities.',
      params: [{ name: 'logits', type: 'tensor' }, { name: 'num_samples', type: 'tensor' }, { name: 'seed', default: null, type: 'int' },
        { name: 'name', default: null, type: 'name' }, { name: 'output_dtype', default: null, type: 'dtype' }],
    }, a => multinomial(a.logits, a.num_samples, { seed: a.seed, name: a.name, outputDtype: a.output_dtype })),
    defineApi({
      name: 'tf.random.categorical', doc: 'Draws samples from a categorical distribution (rows of unnormalized log-probabilities).',
      params: [{ name: 'logits', type: 'tensor' }, { name: 'num_samples', type: 'tensor' }, { name: 'dtype', default: null, type: 'dtype' },
        { name: 'seed', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' }],
    }, a => multinomial(a.logits, a.num_samples, { seed: a.seed, name: a.name, outputDtype: a.dtype, scope: 'categorical' })),
  ],
};
