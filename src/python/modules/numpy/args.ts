// Argument helpers for NumPy-style signatures: axis (None, int or tuple), shapes, flags.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { parseArgs } from '../../builtins/args';
import { indexValue, toIndex, toNumber } from '../../runtime/numbers';
import { SSIZE_MAX } from '../../runtime/ints';
import { truthy } from '../../runtime/truth';
import { typeError, valueError } from '../../exceptions';
import type { Axis } from '../../../numpy/index';

export { parseArgs };

/** Reads a call's arguments by parameter name: `const a = args(...); a.axis`. */
export function named(fname: string, args: PyValue[], kw: Kwargs, names: string[], required: number): Record<string, PyValue | undefined> {
  const values = parseArgs(fname, args, kw, names, required);
  const out: Record<string, PyValue | undefined> = {};
  names.forEach((n, i) => { out[n] = values[i]; });
  return out;
}

export function axisArg(v: PyValue | undefined): Axis {
  if (v === undefined || v === null) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(toIndex);
  return toIndex(v);
}

/** An axis that must be one int or None (argmax, cumsum, sort). */
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

/** The shape of a new array (zeros, ones, full): also checks its byte size as NumPy does. */
export const newShapeArg = (v: PyValue | undefined): number[] => checkedShape(shapeArg(v));

/** One dimension of a new array: NumPy refuses ints past int64 with its own ValueError. */
function dimension(v: PyValue): number {
  const n = indexValue(v);
  if (n > SSIZE_MAX) throw valueError('Maximum allowed dimension exceeded');
  return toIndex(n);
}

/** NumPy's check that the byte size fits a signed 64-bit count (8-byte elements assumed). */
function checkedShape(dims: number[]): number[] {
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

export const flag = (v: PyValue | undefined, dflt: boolean) => (v === undefined ? dflt : truthy(v));
export const intArg = (v: PyValue | undefined, dflt: number) => (v === undefined || v === null ? dflt : toIndex(v));
export const numArg = (v: PyValue | undefined, dflt: number) => (v === undefined || v === null ? dflt : toNumber(v));
