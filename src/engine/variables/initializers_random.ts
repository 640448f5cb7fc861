// Variable initializers (tf1-semantics §1.8): callables (shape, dtype) → Tensor, used by
// get_variable and usable directly.
import type { Tensor } from '../graph/tensor';
import type { DType } from '../dtypes';
import { NDArray } from '../ndarray';
import { constant } from '../ops/builder';
import { randomNormal, randomUniform, truncatedNormal } from '../ops/random';

export type Initializer = (shape: number[], dtype?: DType) => Tensor;

function fill(value: number, name: string): Initializer {
  return (shape, dtype = 'float32') => {
    const a = NDArray.zeros(dtype, shape);
    if (value !== 0) (a.data as Float32Array).fill(value);
    return constant(a, dtype, name);
  };
}
export const zerosInitializer = (): Initializer => fill(0, 'zeros');
export const onesInitializer = (): Initializer => fill(1, 'ones');
export const constantInitializer = (value = 0): Initializer => fill(value, 'Const');

export const randomUniformInitializer = (minval = 0, maxval = 1, seed?: number | null): Initializer =>
  (shape, dtype = 'float32') => randomUniform(shape, { minval, maxval, dtype, seed });
export const randomNormalInitializer = (mean = 0, stddev = 1, seed?: number | null): Initializer =>
  (shape, dtype = 'float32') => randomNormal(shape, { mean, stddev, dtype, seed });
export const truncatedNormalInitializer = (mean = 0, stddev = 1, seed?: number | null): Initializer =>
  (shape, dtype = 'float32') => truncatedNormal(shape, { mean, stddev, dtype, seed });

/** fan_in, fan_out of a weight shape (conv kernels: receptive field × channels). */
export function computeFans(shape: number[]): [number, number] {
  if (shape.length < 1) return [1, 1];
  if (shape.length === 1) return [shape[0], shape[0]];
  if (shape.length === 2) return [shape[0], shape[1]];
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive];
}

// 0.879... is the stddev of a unit normal truncated to [-2, 2]; dividing by it restores the
// requested variance after truncation (later TF1 behaviour).
const TRUNCATION_STDDEV = 0.87962566103423978;

export function varianceScalingInitializer(scale = 1.0, mode: 'fan_in' | 'fan_out' | 'fan_avg' = 'fan_in', distribution: 'normal' | 'truncated_normal' | 'uniform' = 'truncated_normal', seed?: number | null): Initializer {
  return (shape, dtype = 'float32') => {
    const [fanIn, fanOut] = computeFans(shape);
    const n = Math.max(1, mode === 'fan_in' ? fanIn : mode === 'fan_out' ? fanOut : (fanIn + fanOut) / 2);
    const s = scale / n;
    if (distribution === 'uniform') { const limit = Math.sqrt(3 * s); return randomUniform(shape, { minval: -limit, maxval: limit, dtype, seed }); }
    return truncatedNormal(shape, { stddev: Math.sqrt(s) / TRUNCATION_STDDEV, dtype, seed });
  };
}
export const glorotUniformInitializer = (seed?: number | null) => varianceScalingInitializer(1, 'fan_avg', 'uniform', seed);
export const glorotNormalInitializer = (seed?: number | null) => varianceScalingInitializer(1, 'fan_avg', 'truncated_normal', seed);
export const heNormal = (seed?: number | null) => varianceScalingInitializer(2, 'fan_in', 'truncated_normal', seed);
