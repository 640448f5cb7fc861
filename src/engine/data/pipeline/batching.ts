// batch and padded_batch: consecutive elements stacked along a new first dimension. The last
// partial batch is kept unless drop_remainder. Error texts are TF's (kernels/data/batch_util.cc,
// padded_batch_dataset_op.cc).
import { NDArray } from '../../ndarray';
import { allocData } from '../../dtypes';
import { invalidArgument } from '../../errors';
import { DatasetSource, Element, ElementIterator, iteratorOf, rowsOf } from './element';

function* batches(it: ElementIterator, size: number, dropRemainder: boolean): Generator<Element[], void, undefined> {
  for (;;) {
    const group: Element[] = [];
    while (group.length < size) { const e = it.next(); if (e === null) break; group.push(e); }
    if (group.length === 0 || (dropRemainder && group.length < size)) return;
    yield group;
    if (group.length < size) return;
  }
}

const shapeText = (s: readonly number[]) => `[${s.join(',')}]`;

function stack(parts: NDArray[], component: number): NDArray {
  const first = parts[0];
  parts.forEach((p, i) => {
    if (p.shape.length !== first.shape.length || p.shape.some((d, k) => d !== first.shape[k])) {
      throw invalidArgument(`Cannot batch tensors with different shapes in component ${component}. First element had shape ${shapeText(first.shape)} and element ${i} had shape ${shapeText(p.shape)}.`);
    }
  });
  const size = first.size;
  const out = new NDArray(first.dtype, [parts.length, ...first.shape], allocData(first.dtype, size * parts.length));
  parts.forEach((p, i) => copyInto(out, i * size, p.data, 0, size));
  return out;
}

function copyInto(out: NDArray, at: number, src: ArrayLike<unknown>, from: number, n: number): void {
  // Typed arrays of one kind copy as a block (a batch of image rows is thousands of floats each);
  // the same values as the loop below, which strings and mixed storage take.
  const dst = out.data as unknown;
  if (ArrayBuffer.isView(dst) && ArrayBuffer.isView(src) && dst.constructor === src.constructor) {
    const typed = src as unknown as Float64Array;
    (dst as Float64Array).set(from === 0 && n === typed.length ? typed : typed.subarray(from, from + n), at);
    return;
  }
  const d = dst as { [i: number]: unknown };
  for (let k = 0; k < n; k++) d[at + k] = src[from + k];
}

export function batchSource(input: DatasetSource, size: number, dropRemainder: boolean): DatasetSource {
  if (size <= 0) throw invalidArgument('Batch size must be greater than zero.');
  const slices = input.slices;
  if (slices) return { iterate: () => sliceBatches(slices, size, dropRemainder) };
  return {
    iterate: rt => {
      const groups = batches(input.iterate(rt), size, dropRemainder);
      return iteratorOf(function* () {
        for (const group of groups) yield group[0].map((_, c) => stack(group.map(e => e[c]), c));
      });
    },
  };
}

/** batch() straight over from_tensor_slices: each batch is rows [i, i + size) of every component,
 * the same values stacking the rows would give, in one copy. */
function sliceBatches(components: readonly NDArray[], size: number, dropRemainder: boolean) {
  const n = components[0].shape[0];
  return iteratorOf(function* () {
    for (let start = 0; start < n; start += size) {
      const end = Math.min(n, start + size);
      if (dropRemainder && end - start < size) return;
      yield components.map(c => rowsOf(c, start, end));
    }
  });
}

/** padded_batch: each component padded to its padded shape (-1: the batch's longest) with its padding value. */
export function paddedBatchSource(input: DatasetSource, size: number, paddedShapes: number[][], paddingValues: NDArray[], dropRemainder: boolean): DatasetSource {
  if (size <= 0) throw invalidArgument('Batch size must be greater than zero.');
  return {
    iterate: rt => {
      const groups = batches(input.iterate(rt), size, dropRemainder);
      return iteratorOf(function* () {
        for (const group of groups) yield group[0].map((_, c) => padAndStack(group.map(e => e[c]), paddedShapes[c], paddingValues[c], c));
      });
    },
  };
}

function padAndStack(parts: NDArray[], padded: number[], pad: NDArray, component: number): NDArray {
  const rank = padded.length;
  parts.forEach(p => {
    if (p.rank !== rank) throw invalidArgument(`All elements in a batch must have the same rank as the padded shape for component${component}: expected rank ${rank} but got element with rank ${p.rank}`);
  });
  const target = padded.map((d, k) => {
    const longest = Math.max(...parts.map(p => p.shape[k]));
    if (d >= 0 && longest > d) throw invalidArgument(`Attempted to pad to a smaller size than the input element.`);
    return d < 0 ? longest : d;
  });
  const inner = target.reduce((p, d) => p * d, 1);
  const out = new NDArray(parts[0].dtype, [parts.length, ...target], allocData(parts[0].dtype, inner * parts.length));
  const d = out.data as unknown as { [i: number]: unknown; fill?: unknown };
  const padValue = pad.data[0];
  for (let i = 0; i < inner * parts.length; i++) d[i] = padValue;
  parts.forEach((p, b) => {
    const strides = target.map((_, k) => target.slice(k + 1).reduce((q, x) => q * x, 1));
    const idx = new Array(rank).fill(0);
    for (let flat = 0; flat < p.size; flat++) {
      let rem = flat, offset = b * inner;
      for (let k = rank - 1; k >= 0; k--) { idx[k] = rem % p.shape[k]; rem = Math.floor(rem / p.shape[k]); }
      for (let k = 0; k < rank; k++) offset += idx[k] * strides[k];
      d[offset] = p.data[flat];
    }
  });
  return out;
}
