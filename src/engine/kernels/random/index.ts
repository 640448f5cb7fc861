// Random ops. Each op keeps one generator per session (rt.opState), so every run draws new
// values and a given seed replays the same sequence in a fresh session, as in TF.
import { registerKernel, ShapeError } from '../registry';
import type { Tensor } from '../../graph/tensor';
import type { Attrs, Operation } from '../../graph/operation';
import type { DType, NumericArray } from '../../dtypes';
import type { NDArray } from '../../ndarray';
import type { RuntimeContext } from '../../session/runtime';
import type { StaticShape } from '../../shape';
import { seededGenerator, RandomGenerator } from './generator';
import { invalidArgument } from '../../errors';

/** Static output shape of a random op from its shape input when it is a constant. */
export function shapeFromInput(t: Tensor): StaticShape {
  if (t.op.type === 'Const') return (t.op.attrs.value as NDArray).toArray();
  if (t.shape && t.shape.length === 1 && t.shape[0] !== null) return new Array(t.shape[0]).fill(null);
  return null;
}

function generatorFor(op: Operation, rt: RuntimeContext): RandomGenerator {
  return rt.opState(op, () => seededGenerator(Number(op.attrs.seed ?? 0), Number(op.attrs.seed2 ?? 0)));
}

function shapeValue(v: NDArray): number[] {
  const dims = v.toArray();
  if (dims.some(d => d < 0 || !Number.isInteger(d))) throw invalidArgument(`Shape [${dims}] has negative dimensions`);
  return dims;
}

function sampler(type: string, draw: (g: RandomGenerator) => number) {
  registerKernel({
    type, family: 'random', stateful: true,
    infer: (inputs: Tensor[], attrs: Attrs) => {
      if (inputs[0].shape && inputs[0].shape.length !== 1) throw new ShapeError(`Shape must be rank 1 but is rank ${inputs[0].shape.length}`);
      return [{ dtype: (attrs.dtype as DType) ?? 'float32', shape: shapeFromInput(inputs[0]) }];
    },
    compute: (inputs, op, rt) => {
      const out = rt.output(op, 0, (op.attrs.dtype as DType) ?? 'float32', shapeValue(inputs[0]));
      const g = generatorFor(op, rt);
      const d = out.data as NumericArray;
      for (let i = 0; i < d.length; i++) d[i] = draw(g);
      return [out];
    },
  });
}

sampler('RandomUniform', g => g.uniform());
sampler('RandomStandardNormal', g => g.normal());
// Truncated normal: redraw samples more than two standard deviations out.
sampler('TruncatedNormal', g => { for (;;) { const v = g.normal(); if (v > -2 && v < 2) return v; } });

registerKernel({
  type: 'RandomUniformInt', family: 'random', stateful: true,
  infer: (inputs, attrs) => [{ dtype: (attrs.Tout as DType) ?? 'int32', shape: shapeFromInput(inputs[0]) }],
  compute: (inputs, op, rt) => {
    const lo = Number(inputs[1].numeric[0]), hi = Number(inputs[2].numeric[0]);
    if (!(lo < hi)) throw invalidArgument(`Need minval < maxval, got ${lo} >= ${hi}`);
    const out = rt.output(op, 0, (op.attrs.Tout as DType) ?? 'int32', shapeValue(inputs[0]));
    const g = generatorFor(op, rt);
    const d = out.data as NumericArray;
    for (let i = 0; i < d.length; i++) d[i] = lo + Math.floor(g.uniform() * (hi - lo));
    return [out];
  },
});

// RandomShuffle permutes along the first dimension (Fisher–Yates over rows).
registerKernel({
  type: 'RandomShuffle', family: 'random', stateful: true,
  infer: inputs => [{ dtype: inputs[0].dtype, shape: inputs[0].shape }],
  compute: (inputs, op, rt) => {
    const x = inputs[0];
    if (x.rank === 0) return [x];
    const n = x.shape[0], row = x.size / Math.max(n, 1);
    const order = Array.from({ length: n }, (_, i) => i);
    const g = generatorFor(op, rt);
    for (let i = n - 1; i > 0; i--) { const j = Math.floor(g.uniform() * (i + 1)); const t = order[i]; order[i] = order[j]; order[j] = t; }
    const out = rt.output(op, 0, x.dtype, x.shape);
    const src = x.data as NumericArray, dst = out.data as NumericArray;
    for (let i = 0; i < n; i++) dst.set(src.subarray(order[i] * row, order[i] * row + row), i * row);
    return [out];
  },
});
