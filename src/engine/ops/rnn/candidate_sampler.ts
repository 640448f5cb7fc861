// LogUniformCandidateSampler and UniformCandidateSampler (TF's range_sampler.cc): num_sampled
// class ids (distinct when unique), and the expected count of each true class and each sample
// under the sampling: p·num_sampled, or −expm1(tries·log1p(−p)) when unique sampling needed
// more tries than samples. The random stream is ours (TF's Philox is not reproducible here).
import { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import { invalidArgument } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { seededGenerator, RandomGenerator } from '../../kernels/random/generator';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { getSeed } from '../random';
import { op } from '../../formats/graph/op_defs/op_spec';

interface Sampler { sample(g: RandomGenerator): number; probability(value: number): number }

const logUniform = (range: number): Sampler => {
  const logRange = Math.log1p(range);
  return {
    // floor(exp(U·log(range+1))) − 1, folded into [0, range) as TF does against round-off.
    sample: g => (Math.floor(Math.exp(g.uniform() * logRange)) - 1) % range,
    probability: v => Math.log((v + 2) / (v + 1)) / logRange,
  };
};
const uniform = (range: number): Sampler => ({ sample: g => Math.floor(g.uniform() * range), probability: () => 1 / range });

const expectedCount = (p: number, batch: number, tries: number) => (tries === batch ? p * batch : -Math.expm1(tries * Math.log1p(-p)));

function samplerOp(type: typeof OpType.LogUniformCandidateSampler | typeof OpType.UniformCandidateSampler, make: (range: number) => Sampler) {
  return defineOp({
    type, family: 'random', inputs: ['true_classes'],
    attrs: { num_true: attr.int(), num_sampled: attr.int(), unique: attr.bool(), range_max: attr.int(), seed: attr.int(0), seed2: attr.int(0) },
    infer: ([classes], a) => {
      if (classes.shape !== null && classes.shape.length !== 2) throw new ShapeError(`Shape must be rank 2 but is rank ${classes.shape.length}`);
      return [
        { dtype: 'int64', shape: [a.num_sampled] },
        { dtype: 'float32', shape: [classes.shape?.[0] ?? null, a.num_true] },
        { dtype: 'float32', shape: [a.num_sampled] },
      ];
    },
    compute: ([classes], o, rt) => {
      const a = o.attrs;
      if (classes.shape[1] !== a.num_true) throw invalidArgument(`true_classes must have num_true columns, expected: ${classes.shape[1]} was: ${a.num_true}`);
      if (a.unique && a.num_sampled > a.range_max) throw invalidArgument("Sampler's range is too small.");
      const g = rt.opState(o, () => seededGenerator(a.seed, a.seed2));
      const sampler = make(a.range_max);
      const sampled = new Float64Array(a.num_sampled);
      let tries = 0;
      if (a.unique) {
        const used = new Set<number>();
        for (let picked = 0; picked < a.num_sampled;) {
          tries++;
          const v = sampler.sample(g);
          if (!used.has(v)) { used.add(v); sampled[picked++] = v; }
        }
      } else {
        for (let i = 0; i < a.num_sampled; i++) sampled[i] = sampler.sample(g);
        tries = a.num_sampled;
      }
      const trueCount = NDArray.zeros('float32', classes.shape.slice());
      classes.numeric.forEach((c, i) => { trueCount.numeric[i] = expectedCount(sampler.probability(c), a.num_sampled, tries); });
      const sampledCount = NDArray.zeros('float32', [a.num_sampled]);
      sampled.forEach((c, i) => { sampledCount.numeric[i] = expectedCount(sampler.probability(c), a.num_sampled, tries); });
      return [new NDArray('int64', [a.num_sampled], sampled), trueCount, sampledCount];
    },
    gradient: NOT_DIFFERENTIABLE,
    stateful: true,
    tf: op(type, 'true_classes: int64', 'sampled_candidates: int64, true_expected_count: float, sampled_expected_count: float',
      'num_true: int; num_sampled: int; unique: bool; range_max: int; seed: int = 0; seed2: int = 0', { stateful: true }),
  });
}

export const LogUniformCandidateSampler = samplerOp(OpType.LogUniformCandidateSampler, logUniform);
export const UniformCandidateSampler = samplerOp(OpType.UniformCandidateSampler, uniform);

/** The three sampler outputs: sampled ids, true classes' expected counts, samples' expected counts. */
export function candidateSampler(def: typeof LogUniformCandidateSampler, trueClasses: TensorLike, numTrue: number, numSampled: number, unique: boolean, rangeMax: number, seed: number | null, name: string | null, defaultName: string): Tensor[] {
  const [seed1, seed2] = getSeed(seed);
  const classes = convertToTensor(trueClasses, 'int64', 'true_classes');
  return classes.graph.withNameScope(name, defaultName, scope =>
    def.make([classes], { num_true: numTrue, num_sampled: numSampled, unique, range_max: rangeMax, seed: seed1, seed2 }, scope).outputs);
}

const params = [
  { name: 'true_classes', type: 'tensor' }, { name: 'num_true', type: 'int' }, { name: 'num_sampled', type: 'int' },
  { name: 'unique', type: 'bool' }, { name: 'range_max', type: 'int' }, { name: 'seed', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' },
] as const;

export const CANDIDATE_SAMPLERS: OpGroup = {
  ops: [LogUniformCandidateSampler, UniformCandidateSampler],
  api: [
    defineApi({ name: 'tf.nn.log_uniform_candidate_sampler', doc: 'Samples a set of classes using a log-uniform (Zipfian) base distribution.', params },
      a => candidateSampler(LogUniformCandidateSampler, a.true_classes, a.num_true, a.num_sampled, a.unique, a.range_max, a.seed, a.name, 'LogUniformCandidateSampler'),
      ['tf.random.log_uniform_candidate_sampler']),
    defineApi({ name: 'tf.nn.uniform_candidate_sampler', doc: 'Samples a set of classes using a uniform base distribution.', params },
      a => candidateSampler(UniformCandidateSampler, a.true_classes, a.num_true, a.num_sampled, a.unique, a.range_max, a.seed, a.name, 'UniformCandidateSampler'),
      ['tf.random.uniform_candidate_sampler']),
  ],
};

/** tf.nn.log_uniform_candidate_sampler for TypeScript callers. */
export const logUniformCandidateSampler = (trueClasses: TensorLike, numTrue: number, numSampled: number, unique: boolean, rangeMax: number, seed: number | null = null, name: string | null = null) =>
  candidateSampler(LogUniformCandidateSampler, trueClasses, numTrue, numSampled, unique, rangeMax, seed, name, 'LogUniformCandidateSampler');
export const uniformCandidateSampler = (trueClasses: TensorLike, numTrue: number, numSampled: number, unique: boolean, rangeMax: number, seed: number | null = null, name: string | null = null) =>
  candidateSampler(UniformCandidateSampler, trueClasses, numTrue, numSampled, unique, rangeMax, seed, name, 'UniformCandidateSampler');
