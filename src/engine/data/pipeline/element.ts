// The run-time side of tf.data. A dataset op's kernel does not produce data: it produces a
// DatasetValue, a description of one pipeline stage over its upstream stages and the tensor
// values its op read (batch size, captured tensors of a map function, ...). MakeIterator asks it
// for an ElementIterator, and IteratorGetNext pulls one element (a flat list of component
// arrays) per run. Each `iterate()` is a fresh pass: `repeat` makes one per repetition.
import { NDArray } from '../../ndarray';
import type { RuntimeContext } from '../../session/runtime';

/** One dataset element: its components, flattened as the Python structure flattens. */
export type Element = NDArray[];

export interface ElementIterator {
  /** The next element, or null at the end of the sequence. */
  next(): Element | null;
}

export interface DatasetSource {
  /** A fresh pass over the dataset. */
  iterate(rt: RuntimeContext): ElementIterator;
  /**
   * from_tensor_slices' components, so that batch() can cut whole batches out of them (one copy
   * per component) instead of stacking row copies: the MLCC input_fn shuffles 10000 batches of
   * 100 rows of nine columns per train() call (see docs/ENGINE.md section 12, wave 16).
   */
  readonly slices?: readonly NDArray[];
}

/** The value a dataset op outputs: a scalar (TF's variant tensor) that carries its source. */
export class DatasetValue extends NDArray {
  constructor(readonly source: DatasetSource) { super('string', [], ['<dataset>']); }
}

export function datasetOf(v: NDArray, opName: string): DatasetSource {
  if (!(v instanceof DatasetValue)) throw new Error(`internal: ${opName} expected a dataset value`);
  return v.source;
}

export const iteratorOf = (gen: () => Generator<Element, void, undefined>): ElementIterator => {
  const it = gen();
  return { next: () => { const r = it.next(); return r.done ? null : r.value; } };
};

/** A scalar input's number (int64 values are stored as doubles). */
export const scalarOf = (v: NDArray): number => Number(v.data[0]);

/** The elements of rows [start, end) of a value along its first dimension (a copy: elements outlive reused buffers). */
function rowData(v: NDArray, start: number, end: number): NDArray['data'] {
  const size = v.shape.slice(1).reduce((p, d) => p * d, 1);
  return (Array.isArray(v.data) ? v.data.slice(start * size, end * size) : (v.data as Float32Array).slice(start * size, end * size)) as never;
}

/** Row i of a value along its first dimension. */
export function rowOf(v: NDArray, i: number): NDArray {
  return new NDArray(v.dtype, v.shape.slice(1), rowData(v, i, i + 1) as never);
}

/** Rows [start, end) of a value as one array, the batch of those rows. */
export function rowsOf(v: NDArray, start: number, end: number): NDArray {
  return new NDArray(v.dtype, [end - start, ...v.shape.slice(1)], rowData(v, start, end) as never);
}
