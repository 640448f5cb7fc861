// Shared pieces of the string ops: string tensors hold byte strings (one JS char per byte), so
// lengths and offsets count bytes as TF's do. Elementwise string ops broadcast only as TF's
// string kernels do: equal shapes, or scalars against anything.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import { typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { invalidArgument } from '../../errors';
import { byteStringOfText, textOfByteString } from '../../byte_string';

export function requireString(opType: string, input: string, t: Tensor): void {
  if (t.dtype !== 'string') throw typeError(`Input '${input}' of '${opType}' Op has type ${t.dtype} that does not match expected type of string.`);
}

/** The common static shape of equal-shaped-or-scalar inputs. */
export function elementwiseShape(ts: readonly Tensor[]): (number | null)[] | null {
  let out: (number | null)[] | null = [];
  for (const t of ts) {
    if (t.shape === null) return null;
    if (t.shape.length === 0) continue;
    if (out!.length === 0) { out = t.shape.slice(); continue; }
    if (out!.length !== t.shape.length) throw new ShapeError(`Dimensions must be equal, but are ${out!.length} and ${t.shape.length}`);
    out = out!.map((d, i) => d ?? t.shape![i]);
  }
  return out;
}

/** The run-time shape of equal-shaped-or-scalar values, or TF's error. */
export function elementwiseRunShape(vs: readonly NDArray[], what: string): number[] {
  let out: number[] = [];
  for (const v of vs) {
    if (v.rank === 0) continue;
    if (out.length === 0) { out = v.shape.slice(); continue; }
    if (out.length !== v.rank || out.some((d, i) => d !== v.shape[i])) {
      throw invalidArgument(`${what}: inputs must be the same shape, or scalars; got [${out.join(',')}] and [${v.shape.join(',')}]`);
    }
  }
  return out;
}

/** Element i of a value broadcast as a scalar or read elementwise. */
export const at = <T>(v: NDArray, i: number): T => (v.rank === 0 ? v.data[0] : v.data[i]) as T;

/** A byte string as UTF-8 decoded text (for character counts and regexes). */
export const decodeUtf8 = textOfByteString;
export const encodeUtf8 = byteStringOfText;
