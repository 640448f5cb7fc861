// RandomUniform, RandomStandardNormal, TruncatedNormal (one table): a standard draw of `shape`.
// The builders scale it with ops as TF's Python does (random_normal/mul, then the Add named
// `random_normal`), so mean/stddev/minval/maxval may be Tensors as well as numbers. Each op keeps
// one generator per session (rt.opState): every run draws new values and a seed replays the same
// sequence in a fresh session.
import type { Tensor } from '../../graph/tensor';
import { DType, isFloat, NumericArray } from '../../dtypes';
import { valueError } from '../../errors';
import type { RandomGenerator } from '../../kernels/random/generator';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { checkShapeInput, generatorFor, shapeFromInput, ShapeLike, shapeTensor, shapeValue } from './common';
import { getDefaultGraph } from '../../graph/default_graph';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType, OpTypeName } from '../op_types';
import { getSeed } from './seed';
import { RandomUniformInt } from './uniform_int';

export const RANDOM_ATTRS = { seed: attr.int(0), seed2: attr.int(0), dtype: attr.type() };

function sampler(type: OpTypeName, draw: (g: RandomGenerator) => number) {
  return defineOp({
    type, family: 'random', inputs: ['shape'], stateful: true, attrs: RANDOM_ATTRS,
    infer: ([shape], attrs) => { checkShapeInput(shape); return [{ dtype: attrs.dtype, shape: shapeFromInput(shape) }]; },
    compute: ([shape], op, rt) => {
      const out = rt.output(op, 0, op.attrs.dtype, shapeValue(shape));
      const g = generatorFor(op, rt);
      const d = out.data as NumericArray;
      for (let i = 0; i < d.length; i++) d[i] = draw(g);
      return [out];
    },
    gradient: NOT_DIFFERENTIABLE,
    tf: op(type, 'shape: T', 'output: dtype', 'seed: int = 0; seed2: int = 0; dtype: type; T: type', { stateful: true }),
  });
}

export const RandomUniform = sampler(OpType.RandomUniform, g => g.uniform());
export const RandomStandardNormal = sampler(OpType.RandomStandardNormal, g => g.normal());
// Truncated normal: redraw samples more than two standard deviations out.
export const TruncatedNormal = sampler(OpType.TruncatedNormal, g => { for (;;) { const v = g.normal(); if (v > -2 && v < 2) return v; } });

export interface RandomOptions {
  mean?: TensorLike; stddev?: TensorLike; minval?: TensorLike; maxval?: TensorLike | null;
  dtype?: DType; seed?: number | null; name?: string | null;
}

function requireFloatDType(fn: string, dtype: DType): void {
  if (!isFloat(dtype)) throw valueError(`Invalid dtype ${dtype} for ${fn}: use a floating point dtype`);
}

export function randomNormal(shape: ShapeLike, opts: RandomOptions = {}): Tensor {
  return scaled('random_normal', RandomStandardNormal, shape, opts);
}
export function truncatedNormal(shape: ShapeLike, opts: RandomOptions = {}): Tensor {
  return scaled('truncated_normal', TruncatedNormal, shape, opts);
}

function scaled(scopeName: string, def: typeof RandomStandardNormal, shape: ShapeLike, opts: RandomOptions): Tensor {
  const dtype = opts.dtype ?? 'float32';
  requireFloatDType(scopeName, dtype);
  return getDefaultGraph().withNameScope(opts.name ?? null, scopeName, scope => {
    const shapeT = shapeTensor(shape);
    const mean = convertToTensor(opts.mean ?? 0, dtype, 'mean');
    const stddev = convertToTensor(opts.stddev ?? 1, dtype, 'stddev');
    const [seed, seed2] = getSeed(opts.seed);
    const rnd = def.make1([shapeT], { dtype, seed, seed2 }, def.type);
    return makeOp1(OpType.Add, [makeOp1(OpType.Mul, [rnd, stddev], {}, 'mul'), mean], {}, scope);
  });
}


export function randomUniform(shape: ShapeLike, opts: RandomOptions = {}): Tensor {
  const dtype = opts.dtype ?? 'float32';
  const integer = dtype === 'int32' || dtype === 'int64';
  if (!integer) requireFloatDType('random_uniform', dtype);
  if (integer && (opts.maxval === undefined || opts.maxval === null)) throw valueError(`Must specify maxval for integer dtype tf.${dtype}`);
  return getDefaultGraph().withNameScope(opts.name ?? null, 'random_uniform', scope => {
    const shapeT = shapeTensor(shape);
    const minval = convertToTensor(opts.minval ?? 0, dtype, 'min');
    const maxval = convertToTensor(opts.maxval ?? 1, dtype, 'max');
    const [seed, seed2] = getSeed(opts.seed);
    if (integer) return RandomUniformInt.make1([shapeT, minval, maxval], { Tout: dtype, seed, seed2 }, scope);
    const rnd = RandomUniform.make1([shapeT], { dtype, seed, seed2 }, OpType.RandomUniform);
    const range = makeOp1(OpType.Sub, [maxval, minval], {}, 'sub');
    return makeOp1(OpType.Add, [makeOp1(OpType.Mul, [rnd, range], {}, 'mul'), minval], {}, scope);
  });
}

const SHAPE = { name: 'shape', type: 'dims' } as const;
const SEED_PARAM = { name: 'seed', default: null, type: 'int', doc: 'the op-level seed (with tf.set_random_seed: repeatable per graph)' } as const;
const NAME = { name: 'name', default: null, type: 'name' } as const;
const DTYPE = { name: 'dtype', default: { expr: 'tf.float32' }, type: 'dtype' } as const;

export const SAMPLERS: OpGroup = {
  ops: [RandomUniform, RandomStandardNormal, TruncatedNormal],
  api: [
    defineApi({
      name: 'tf.random_normal', doc: 'Outputs random values from a normal distribution (mean and stddev may be tensors).',
      params: [SHAPE, { name: 'mean', default: { float: 0 }, type: 'tensor' }, { name: 'stddev', default: { float: 1 }, type: 'tensor' }, DTYPE, SEED_PARAM, NAME],
    }, a => randomNormal(a.shape, { mean: a.mean, stddev: a.stddev, dtype: a.dtype ?? 'float32', seed: a.seed, name: a.name }), ['tf.random.normal']),
    defineApi({
      name: 'tf.truncated_normal', doc: 'Outputs random values from a normal distribution, redrawing those more than 2 stddevs from the mean.',
      params: [SHAPE, { name: 'mean', default: { float: 0 }, type: 'tensor' }, { name: 'stddev', default: { float: 1 }, type: 'tensor' }, DTYPE, SEED_PARAM, NAME],
    }, a => truncatedNormal(a.shape, { mean: a.mean, stddev: a.stddev, dtype: a.dtype ?? 'float32', seed: a.seed, name: a.name }), ['tf.random.truncated_normal']),
    defineApi({
      name: 'tf.random_uniform', doc: 'Outputs random values from a uniform distribution in [minval, maxval) (bounds may be tensors).',
      params: [SHAPE, { name: 'minval', default: 0, type: 'tensor' }, { name: 'maxval', default: null, type: 'tensor' }, DTYPE, SEED_PARAM, NAME],
    }, a => randomUniform(a.shape, { minval: a.minval, maxval: a.maxval, dtype: a.dtype ?? 'float32', seed: a.seed, name: a.name }), ['tf.random.uniform']),
  ],
};
