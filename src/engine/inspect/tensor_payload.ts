// An NDArray as the tensor view's payload. Statistics and the histogram cover every element;
// only the first `maxValues` elements travel (the saved notebook keeps the output).
import type { NDArray } from '../ndarray';
import type { TensorPayload, ValueEncoding } from '../../shared/payloads/tensor';
import { encodeValues } from '../../shared/payloads/tensor';
import { arrayStatistics, histogram } from './array_stats';

export const defaultMaxValues = 200_000;

const encodingOf: Record<string, ValueEncoding> = { float32: 'f32', float64: 'f64', int64: 'f64', int32: 'i32', uint8: 'u8', bool: 'u8' };

export function tensorPayload(a: NDArray, opts: { name?: string; maxValues?: number } = {}): TensorPayload {
  const limit = Math.min(a.size, opts.maxValues ?? defaultMaxValues);
  const base = { kind: 'tensor' as const, version: 1 as const, ...(opts.name ? { name: opts.name } : {}), dtype: a.dtype, shape: [...a.shape], size: a.size };
  if (a.dtype === 'string') {
    return { ...base, stats: null, histogram: null, values: null, strings: (a.data as string[]).slice(0, Math.min(limit, 10_000)) };
  }
  const data = a.data as ArrayLike<number>;
  const s = arrayStatistics(data);
  const finite = (x: number) => (s.count ? x : null);
  const stats = { min: finite(s.min), max: finite(s.max), mean: finite(s.mean), std: finite(s.std), nan: s.nan, posInf: s.posInf, negInf: s.negInf, zeros: s.zeros };
  const head = limit === a.size ? data : (a.data as Float32Array).subarray(0, limit);
  return { ...base, stats, histogram: histogram(data, s), values: encodeValues(head, encodingOf[a.dtype]) };
}
