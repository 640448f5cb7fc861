// tf.summary.image's values (core/kernels/summary_image_op.cc): up to max_outputs images of a
// [batch, height, width, channels] tensor, channels 1 (gray), 3 (RGB) or 4 (RGBA), PNG-encoded.
// uint8 images are used as they are; float images are scaled per image: all non-negative →
// ×255/max; otherwise ×127/max|v| + 128; non-finite pixels become bad_color (opaque red).
import { encode as encodePng } from 'fast-png';
import type { NDArray } from '../../ndarray';
import type { NumericArray } from '../../dtypes';
import { invalidArgumentError } from '../errors';
import type { SummaryValueProto } from '../events/event_proto';

const BAD_COLOR = [255, 0, 0, 255];

export interface ImageSummaryOptions { maxOutputs?: number; badColor?: number[] }

export function imageSummaryValues(tag: string, tensor: NDArray, opts: ImageSummaryOptions = {}): SummaryValueProto[] {
  const maxOutputs = opts.maxOutputs ?? 3;
  if (tensor.shape.length !== 4) throw invalidArgumentError(`Tensor must be 4-D with last dim 1, 3, or 4, not [${tensor.shape.join(',')}]`);
  const [batch, height, width, depth] = tensor.shape;
  if (depth !== 1 && depth !== 3 && depth !== 4) throw invalidArgumentError(`Tensor must be 4-D with last dim 1, 3, or 4, not [${tensor.shape.join(',')}]`);
  if (tensor.dtype !== 'uint8' && tensor.dtype !== 'float32' && tensor.dtype !== 'float64') {
    throw invalidArgumentError(`Only uint8, half, float and double images are supported, got ${tensor.dtype}`);
  }
  const badColor = (opts.badColor ?? BAD_COLOR).slice(0, depth);
  const pixels = height * width, perImage = pixels * depth;
  const out: SummaryValueProto[] = [];
  for (let i = 0; i < Math.min(maxOutputs, batch); i++) {
    const src = (tensor.data as NumericArray).subarray(i * perImage, (i + 1) * perImage);
    const bytes = tensor.dtype === 'uint8' ? Uint8Array.from(src) : scaleToUint8(src, pixels, depth, badColor);
    out.push({
      tag: maxOutputs === 1 ? `${tag}/image` : `${tag}/image/${i}`,
      image: { height, width, colorspace: depth, encoded_image_string: encodePng({ width, height, data: bytes, channels: depth, depth: 8 }) },
    });
  }
  return out;
}

function scaleToUint8(values: NumericArray, pixels: number, depth: number, badColor: number[]): Uint8Array {
  const finitePixel = (p: number) => { for (let c = 0; c < depth; c++) if (!Number.isFinite(values[p * depth + c])) return false; return true; };
  let min = Infinity, max = -Infinity;
  for (let p = 0; p < pixels; p++) {
    if (!finitePixel(p)) continue;
    for (let c = 0; c < depth; c++) { const v = Math.fround(values[p * depth + c]); if (v < min) min = v; if (v > max) max = v; }
  }
  const ZERO_THRESHOLD = 1e-6;
  let scale: number, offset: number;
  if (min < 0) {
    const maxVal = Math.max(Math.abs(min), Math.abs(max));
    scale = maxVal < ZERO_THRESHOLD ? 0 : Math.fround(127 / maxVal);
    offset = 128;
  } else {
    scale = max < ZERO_THRESHOLD ? 0 : Math.fround(255 / max);
    offset = 0;
  }
  const out = new Uint8Array(pixels * depth);
  for (let p = 0; p < pixels; p++) {
    const finite = finitePixel(p);
    for (let c = 0; c < depth; c++) {
      // float arithmetic then a truncating cast, as Eigen's cast<uint8>.
      out[p * depth + c] = finite ? Math.trunc(Math.fround(Math.fround(values[p * depth + c] * scale) + offset)) : badColor[c];
    }
  }
  return out;
}
