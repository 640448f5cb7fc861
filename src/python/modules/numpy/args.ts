// Helpers for NumPy's signature tables: npEntry, axes, shapes, order=, size=.
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { indexValue, toIndex } from '../../runtime/numbers';
import { SSIZE_MAX } from '../../runtime/ints';
import { typeError, valueError } from '../../exceptions';
import type { Axis } from '../../../numpy/index';
import { entry, TableEntry } from '../../bind/function';
import type { Messages } from '../../bind/messages';
import { unsupportedArgument } from '../../../engine';
import type { ArgsOf, Signature, TensorLike } from '../../../engine';
import { withNumpyErrors } from './errors';

/** An axis given raw that must be one int or None (sort, concatenate: their default is not None). */
export function singleAxisArg(v: PyValue | undefined, dflt: number | null): number | null {
  if (v === undefined) return dflt;
  if (v === null) return null;
  return toIndex(v);
}

export function shapeArg(v: PyValue | undefined): number[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(dimension);
  if (v === undefined || v === null) throw typeError("expected a shape (an int or a tuple of ints)");
  return [dimension(v)];
}

/** One dimension of a new array: NumPy refuses ints past int64 with its own ValueError. */
function dimension(v: PyValue): number {
  const n = indexValue(v);
  if (n > SSIZE_MAX) throw valueError('Maximum allowed dimension exceeded');
  return toIndex(n);
}

/** NumPy's check that the byte size fits a signed 64-bit count (8-byte elements assumed). */
export function checkedShape(dims: number[]): number[] {
  let bytes = 8n;
  for (const d of dims) if (d > 0) bytes *= BigInt(d);
  if (bytes > SSIZE_MAX) throw valueError('array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.');
  return dims;
}

/** reshape(2, 3) and reshape((2, 3)) both mean shape (2, 3). */
export function shapeFromVarargs(args: PyValue[]): number[] {
  if (args.length === 1) return shapeArg(args[0]);
  return args.map(toIndex);
}

/** size= of the random functions: None, an int or a tuple. */
export function sizeArg(v: PyValue | undefined): number | number[] | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(toIndex);
  return toIndex(v);
}

/**
 * A NumPy table entry: the body runs under NumPy's error classes (AxisError). Every np.* and
 * ndarray binding is one of these, bound by the one binder (src/python/bind).
 */
export function npEntry<const S extends Signature>(signature: S, body: (args: ArgsOf<S>) => PyValue, extra: { aliases?: readonly string[]; messages?: Partial<Messages> } = {}): TableEntry {
  return entry(signature, a => withNumpyErrors(() => body(a)), extra);
}

/** The 'axis' converter also lets TF tensors through; NumPy takes ints only. */
export function numpyAxis(axis: number | number[] | TensorLike | null): Axis {
  if (axis === null || typeof axis === 'number' || Array.isArray(axis)) return axis as Axis;
  throw typeError("'Tensor' object cannot be interpreted as an integer");
}

/** An axis that must be one int or None (argmax, cumsum, sort). */
export function oneAxis(axis: number | number[] | TensorLike | null): number | null {
  const a = numpyAxis(axis);
  if (typeof a === 'object' && a !== null) throw typeError("'tuple' object cannot be interpreted as an integer");
  return a ?? null;
}

/**
 * order=: every array here is C-contiguous, so 'C' and the orders that mean "whatever the input
 * is" ('K', 'A', None) are exact; 'F' is not implemented.
 */
export function checkOrder(fn: string, order: PyValue): void {
  if (order === null || order === 'C' || order === 'K' || order === 'A') return;
  throw unsupportedArgument(fn, 'order', "only 'C' (row-major) order");
}

/** NumPy's `**kwargs` pass-throughs (clip's ufunc keywords): none is implemented. */
export function noExtraKeywords(fn: string, kwargs: ReadonlyMap<string, unknown>): void {
  for (const name of kwargs.keys()) throw unsupportedArgument(fn, name);
}
