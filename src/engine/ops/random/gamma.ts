// RandomGamma: Gamma(alpha, 1) samples of shape `shape + alpha.shape` (Marsaglia–Tsang; alpha < 1
// boosted by U^(1/alpha)); tf.random_gamma divides by beta and clamps at the dtype's tiny value,
// as random_ops.py builds it.
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import { isFloat } from '../../dtypes';
import { NDArray } from '../../ndarray';
import { typeError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import type { RandomGenerator } from '../../kernels/random/generator';
import { getDefaultGraph } from '../../graph/default_graph';
import { attr } from '../attrs';
import { constant, convertToTensor, makeOp1, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { checkShapeInput, generatorFor, ShapeLike, shapeFromInput, shapeTensor, shapeValue } from './common';
import { getSeed } from './seed';

function gammaSample(g: RandomGenerator, alpha: number): number {
  if (!(alpha > 0)) return NaN;
  if (alpha < 1) return gammaSample(g, alpha + 1) * Math.pow(1 - g.uniform(), 1 / alpha);
  const d = alpha - 1 / 3, c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = g.normal(), t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t, u = 1 - g.uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export const RandomGamma = defineOp({
  type: OpType.RandomGamma, family: 'random', inputs: ['shape', 'alpha'], stateful: true,
  attrs: { seed: attr.int(0), seed2: attr.int(0) },
  infer: ([shape, alpha]) => {
    checkShapeInput(shape);
    if (!isFloat(alpha.dtype)) throw typeError(`Value passed to parameter 'alpha' has DataType ${alpha.dtype} not in list of allowed values: float16, float32, float64`);
    const s = shapeFromInput(shape);
    return [{ dtype: alpha.dtype, shape: s === null || alpha.shape === null ? null : [...s, ...alpha.shape] }];
  },
  compute: ([shape, alpha], op, rt) => {
    const dims = shapeValue(shape);
    const out = rt.output(op, 0, alpha.dtype, [...dims, ...alpha.shape]);
    const g = generatorFor(op, rt);
    const a = alpha.numeric, o = out.numeric, k = a.length;
    for (let i = 0; i < o.length; i++) o[i] = gammaSample(g, Number(a[i % k]));
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('RandomGamma', 'shape: S, alpha: T', 'output: T', 'seed: int = 0; seed2: int = 0; S: type; T: type', { stateful: true }),
});

const TINY: Partial<Record<DType, number>> = { float32: 1.1754943508222875e-38, float64: 2.2250738585072014e-308 };

export function randomGamma(shape: ShapeLike, alpha: TensorLike, opts: { beta?: TensorLike | null; dtype?: DType; seed?: number | null; name?: string | null } = {}): Tensor {
  const dtype = opts.dtype ?? 'float32';
  return getDefaultGraph().withNameScope(opts.name ?? null, 'random_gamma', () => {
    const shapeT = shapeTensor(shape);
    const a = convertToTensor(alpha, dtype, 'alpha');
    const beta = convertToTensor(opts.beta ?? 1, dtype, 'beta');
    const broadcast = makeOp1(OpType.Add, [a, makeOp1(OpType.ZerosLike, [beta], {}, 'zeros_like')], {}, 'add');
    const [seed, seed2] = getSeed(opts.seed);
    const draw = RandomGamma.make1([shapeT, broadcast], { seed, seed2 });
    const scaled = makeOp1(OpType.RealDiv, [draw, beta], {}, 'truediv');
    return makeOp1(OpType.Maximum, [constant(NDArray.scalar(TINY[dtype] ?? 0, dtype), dtype, 'Maximum/x'), scaled], {}, 'Maximum');
  });
}

export const GAMMA: OpGroup = {
  ops: [RandomGamma],
  api: [defineApi({
    name: 'tf.random_gamma', doc: 'Draws samples from each of the Gamma(alpha, beta) distributions given.',
    params: [{ name: 'shape', type: 'dims' }, { name: 'alpha', type: 'tensor' }, { name: 'beta', default: null, type: 'tensor' },
      { name: 'dtype', default: { expr: 'tf.float32' }, type: 'dtype' }, { name: 'seed', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' }],
  }, a => randomGamma(a.shape, a.alpha, { beta: a.beta, dtype: a.dtype ?? 'float32', seed: a.seed, name: a.name }), ['tf.random.gamma'])],
};
