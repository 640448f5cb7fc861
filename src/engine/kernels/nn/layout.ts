// NCHW <-> NHWC for 4-D tensors. The image kernels compute in NHWC; an op with
// data_format='NCHW' transposes its image operands in and its result out (TF1's CPU kernels
// support only NHWC; GPU programs written for NCHW still run here, a little slower).
import type { NumericArray } from '../../dtypes';
import { NDArray } from '../../ndarray';

export type DataFormat = 'NHWC' | 'NCHW';

/** Indices of the batch, height, width and channel dims in a shape of this format. */
export function dimIndices(format: DataFormat): { n: number; h: number; w: number; c: number } {
  return format === 'NHWC' ? { n: 0, h: 1, w: 2, c: 3 } : { n: 0, c: 1, h: 2, w: 3 };
}

/** A 4-value attr (strides, dilations, a shape) reordered from `format` to NHWC. */
export function toNHWCOrder<T>(values: readonly T[], format: DataFormat): T[] {
  return format === 'NHWC' ? values.slice() : [values[0], values[2], values[3], values[1]];
}
/** A 4-value NHWC list reordered to `format`. */
export function fromNHWCOrder<T>(values: readonly T[], format: DataFormat): T[] {
  return format === 'NHWC' ? values.slice() : [values[0], values[3], values[1], values[2]];
}

/** [N, C, H, W] data as a new [N, H, W, C] array. */
export function nchwToNHWC(x: NDArray): NDArray {
  const [n, c, h, w] = x.shape;
  const out = NDArray.zeros(x.dtype, [n, h, w, c]);
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  const plane = h * w;
  for (let b = 0; b < n; b++) {
    for (let ch = 0; ch < c; ch++) {
      const s0 = (b * c + ch) * plane;
      for (let p = 0, d = b * plane * c + ch; p < plane; p++, d += c) dst[d] = src[s0 + p];
    }
  }
  return out;
}

/** [N, H, W, C] data written into `out` as [N, C, H, W]. */
export function nhwcToNCHWInto(x: NDArray, out: NDArray): NDArray {
  const [n, h, w, c] = x.shape;
  const src = x.data as NumericArray, dst = out.data as NumericArray;
  const plane = h * w;
  for (let b = 0; b < n; b++) {
    for (let ch = 0; ch < c; ch++) {
      const d0 = (b * c + ch) * plane;
      for (let p = 0, s = b * plane * c + ch; p < plane; p++, s += c) dst[d0 + p] = src[s];
    }
  }
  return out;
}
