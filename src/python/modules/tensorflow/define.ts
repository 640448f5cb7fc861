// Helpers for the bodies of hand-written tf.* bindings: argument conversions and result wrapping.
import { safeRepr } from '../../runtime/repr';
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { PyFloat } from '../../objects/core';
import { toEngine, EngineInput, pyToNDArray } from './convert';
import { wrap } from './wrappers';
import { toDType } from './dtype_object';
import { typeError } from '../../exceptions';
import { HostObject } from '../../host';
import { ApiTuple, Tensor, type DType } from '../../../engine';
import { makeTuple } from './named_tuple';
import { toArray } from '../../runtime/iteration';

export type Args = Record<string, PyValue>;

/** Helpers used by definitions. */
export const arg = {
  tensor: (v: PyValue, dtype?: DType | null): EngineInput => toEngine(v, dtype),
  tensors: (v: PyValue): EngineInput[] => listItems(v).map(x => toEngine(x)),
  optTensor: (v: PyValue, dtype?: DType | null): EngineInput | undefined => (v === null ? undefined : toEngine(v, dtype)),
  name: (v: PyValue): string | undefined => (v === null || v === undefined ? undefined : String(v)),
  num: (v: PyValue): number => (v instanceof PyFloat ? v.v : typeof v === 'number' || typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : v instanceof HostObject && (v as any).number ? (v as any).number() : NaN),
  optNum: (v: PyValue): number | undefined => (v === null || v === undefined ? undefined : arg.num(v)),
  bool: (v: PyValue, dflt = false): boolean => (v === null || v === undefined ? dflt : Boolean(v)),
  dtype: (v: PyValue, dflt: DType | null = null): DType | null => toDType(v, dflt),
  ints: (v: PyValue): number[] | null => (v === null ? null : typeof v === 'number' ? [v] : listItems(v).map(x => arg.num(x))),
  /** An axis argument: None, an int, a list of ints, or a Tensor. */
  axis: (v: PyValue): number | number[] | Tensor | null => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') return v;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.map(x => arg.num(x));
    const e = toEngine(v);
    return e instanceof Tensor ? e : (e as { toArray?: () => number[] }).toArray?.() ?? null;
  },
  shape: (v: PyValue): (number | null)[] | null => (v === null ? null : listItems(v).map(x => (x === null ? null : arg.num(x)))),
  nd: pyToNDArray,
};

export function listItems(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  // Any other iterable (zip, map, a generator), as TF's list(...) of it.
  if (v !== null && typeof v === 'object' && !isEngineBackedValue(v)) {
    try { return toArray(v); } catch { /* not iterable: the error below */ }
  }
  throw typeError(`expected a list or tuple, got ${safeRepr(v)}`);
}
const isEngineBackedValue = (v: object) => typeof (v as { engineValue?: unknown }).engineValue === 'function';

/** Engine results → Python: Tensors/ops/variables wrapped, arrays of them as lists. */
export function out(x: unknown): PyValue {
  if (x === null || x === undefined) return null;
  if (x instanceof ApiTuple) return makeTuple(x.items.map(out), x.typeName, x.fields);
  if (Array.isArray(x)) return new PyList(x.map(out));
  if (typeof x === 'object') return wrap(x as object);
  return x as PyValue;
}

/** Merge the first non-null of two spellings (axis / reduction_indices, keepdims / keep_dims). */
export const firstOf = (...vs: PyValue[]): PyValue => { for (const v of vs) if (v !== null && v !== undefined) return v; return null; };
