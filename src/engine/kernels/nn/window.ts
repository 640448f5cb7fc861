// Sliding-window geometry shared by Conv2D and pooling (NHWC): TF's SAME/VALID rule, the
// static output shape with TF's shape-function errors, and the runtime geometry.
import { ShapeError } from '../registry';
import type { Dim } from '../../shape';
import { invalidArgument } from '../../errors';

export type Padding = 'SAME' | 'VALID';

/** Output size and leading pad of one spatial dim, or null when the output would be empty. */
function windowedSize(n: number, k: number, s: number, padding: Padding): { out: number; padBefore: number } | null {
  if (padding === 'VALID') {
    if (n < k) return null;
    return { out: Math.floor((n - k + s) / s), padBefore: 0 };
  }
  const out = Math.floor((n + s - 1) / s);
  const padTotal = Math.max((out - 1) * s + k - n, 0);
  return { out, padBefore: Math.floor(padTotal / 2) };
}

/** TF's GetWindowedOutputSize check, at build time (ShapeError) or run time (InvalidArgument). */
const strideText = (s: number) => `Stride must be > 0, but got ${s}`;

/** Static output dim; VALID windows larger than the input are TF's "Negative dimension" error. */
export function staticWindowedDim(n: Dim, k: number, s: number, padding: Padding): Dim {
  if (s <= 0) throw new ShapeError(strideText(s));
  if (n === null) return null;
  const r = windowedSize(n, k, s, padding);
  if (!r) throw new ShapeError(`Negative dimension size caused by subtracting ${k} from ${n}`);
  return r.out;
}

/** Attr checks every windowed op shares (4-element lists, a known padding). */
export function checkWindowAttrs(field: 'ksize' | 'stride', values: unknown, type: string, forConv = false): number[] {
  const v = values as number[];
  if (!Array.isArray(v) || v.length !== 4) {
    if (forConv) throw new ShapeError(`${type} requires the stride attribute to contain 4 values, but got: ${Array.isArray(v) ? v.length : 0}`);
    throw new ShapeError(`Sliding window ${field} field must specify 4 dimensions`);
  }
  return v;
}

export interface Geometry {
  batch: number; inH: number; inW: number; channels: number;
  kh: number; kw: number; sh: number; sw: number; dh: number; dw: number;
  outH: number; outW: number; padTop: number; padLeft: number;
}

/** Runtime geometry of a window over an NHWC input (dilations only matter for Conv2D). */
export function geometry(inShape: readonly number[], kh: number, kw: number, strides: number[], padding: Padding, dilations: number[] = [1, 1, 1, 1]): Geometry {
  const [batch, inH, inW, channels] = inShape;
  const sh = strides[1], sw = strides[2], dh = dilations[1] ?? 1, dw = dilations[2] ?? 1;
  if (sh <= 0 || sw <= 0) throw invalidArgument(strideText(Math.min(sh, sw)));
  const ekh = (kh - 1) * dh + 1, ekw = (kw - 1) * dw + 1;
  const rows = windowedSize(inH, ekh, sh, padding);
  const cols = windowedSize(inW, ekw, sw, padding);
  if (!rows) throw invalidArgument(`Computed output size would be negative: ${Math.floor((inH - ekh + sh) / sh)} [input_size: ${inH}, effective_filter_size: ${ekh}, stride: ${sh}]`);
  if (!cols) throw invalidArgument(`Computed output size would be negative: ${Math.floor((inW - ekw + sw) / sw)} [input_size: ${inW}, effective_filter_size: ${ekw}, stride: ${sw}]`);
  return { batch, inH, inW, channels, kh, kw, sh, sw, dh, dw, outH: rows.out, outW: cols.out, padTop: rows.padBefore, padLeft: cols.padBefore };
}
