// Random tensor builders with TF1's seeding rules and op structure (e.g. random_normal/mul,
// then the Add named `random_normal`), plus tf.set_random_seed.
import { Tensor } from '../graph/tensor';
import { getDefaultGraph } from '../graph/default_graph';
import { convertToTensor, makeOp1, constant, type TensorLike } from './builder';
import type { DType } from '../dtypes';
import { NDArray } from '../ndarray';

const DEFAULT_GRAPH_SEED = 87654321;

export function setRandomSeed(seed: number | null): void { getDefaultGraph().seed = seed; }

/** random_seed.get_seed: (graph seed, op seed) → the two attrs of a random op. */
export function getSeed(opSeed?: number | null): [number, number] {
  const g = getDefaultGraph();
  if (g.seed !== null) return [g.seed, opSeed ?? g.operationCount];
  if (opSeed !== undefined && opSeed !== null) return [DEFAULT_GRAPH_SEED, opSeed];
  return [0, 0];
}

type ShapeLike = number[] | Tensor;
function shapeTensor(shape: ShapeLike): Tensor {
  return shape instanceof Tensor ? shape : constant(NDArray.from(shape, 'int32'), 'int32', 'shape');
}

/** mean/stddev/minval/maxval may be tensors: like TF, they are Mul/Add inputs on a standard draw. */
export interface RandomOptions { mean?: TensorLike; stddev?: TensorLike; minval?: TensorLike; maxval?: TensorLike; dtype?: DType; seed?: number | null; name?: string }

export function randomNormal(shape: ShapeLike, opts: RandomOptions = {}): Tensor {
  return scaled('random_normal', 'RandomStandardNormal', shape, opts);
}
export function truncatedNormal(shape: ShapeLike, opts: RandomOptions = {}): Tensor {
  return scaled('truncated_normal', 'TruncatedNormal', shape, opts);
}

function scaled(scopeName: string, type: string, shape: ShapeLike, opts: RandomOptions): Tensor {
  const dtype = opts.dtype ?? 'float32';
  const g = getDefaultGraph();
  return g.withNameScope(opts.name ?? null, scopeName, scope => {
    const shapeT = shapeTensor(shape);
    const mean = convertToTensor(opts.mean ?? 0, dtype, 'mean');
    const stddev = convertToTensor(opts.stddev ?? 1, dtype, 'stddev');
    const [seed, seed2] = getSeed(opts.seed);
    const rnd = makeOp1(type, [shapeT], { dtype, seed, seed2 });
    const mul = makeOp1('Mul', [rnd, stddev], {}, 'mul');
    return makeOp1('Add', [mul, mean], {}, scope);
  });
}

export function randomUniform(shape: ShapeLike, opts: RandomOptions = {}): Tensor {
  const dtype = opts.dtype ?? 'float32';
  const g = getDefaultGraph();
  return g.withNameScope(opts.name ?? null, 'random_uniform', scope => {
    const shapeT = shapeTensor(shape);
    const minval = convertToTensor(opts.minval ?? 0, dtype, 'min');
    const maxval = convertToTensor(opts.maxval ?? 1, dtype, 'max');
    const [seed, seed2] = getSeed(opts.seed);
    if (dtype === 'int32' || dtype === 'int64') {
      return makeOp1('RandomUniformInt', [shapeT, minval, maxval], { Tout: dtype, seed, seed2 }, scope);
    }
    const rnd = makeOp1('RandomUniform', [shapeT], { dtype, seed, seed2 });
    const range = makeOp1('Sub', [maxval, minval], {}, 'sub');
    const mul = makeOp1('Mul', [rnd, range], {}, 'mul');
    return makeOp1('Add', [mul, minval], {}, scope);
  });
}

export function randomShuffle(value: Tensor, seed?: number | null, name?: string): Tensor {
  const [s1, s2] = getSeed(seed);
  return makeOp1('RandomShuffle', [convertToTensor(value)], { seed: s1, seed2: s2 }, name ?? 'RandomShuffle');
}

export * from '../variables/initializers_random';
export * from '../variables/variable_scope';
