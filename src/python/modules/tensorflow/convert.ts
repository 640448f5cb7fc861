// Python values → engine values. Python ints become int32 and floats float32 (TF1's defaults),
// unless a dtype is wanted (the other operand's dtype for `t + 2`); numpy arrays keep theirs.
import type { PyValue } from '../../objects/core';
import { PyFloat } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { NDArray } from '../../../engine/ndarray';
import type { DType } from '../../../engine/dtypes';
import { Tensor } from '../../../engine/graph/tensor';
import { Operation } from '../../../engine/graph/operation';
import { Variable } from '../../../engine/variables/variable';
import { typeError } from '../../exceptions';
import { PyNDArray } from '../numpy/ndarray_object';
import { HostObject } from '../../host';
import { safeRepr } from '../../runtime/repr';

/** Host objects that stand for an engine graph element. */
export interface EngineBacked { engineValue(): Tensor | Variable | Operation }
export function isEngineBacked(v: unknown): v is EngineBacked {
  return v instanceof HostObject && typeof (v as unknown as EngineBacked).engineValue === 'function';
}

export type EngineInput = Tensor | Variable | NDArray;

/** A Python value as something `convertToTensor` accepts (Tensor, Variable or NDArray). */
export function toEngine(v: PyValue, dtype?: DType | null): EngineInput {
  if (isEngineBacked(v)) {
    const e = v.engineValue();
    if (e instanceof Operation) throw typeError(`Can not convert a Operation into a Tensor.`);
    return e;
  }
  if (v instanceof PyNDArray) return dtype && v.array.dtype !== dtype ? v.array.astype(dtype) : v.array;
  return pyToNDArray(v, dtype);
}

/** Nested Python lists/scalars → NDArray with TF's dtype inference. */
export function pyToNDArray(v: PyValue, dtype?: DType | null): NDArray {
  const flat: number[] = [];
  const shape: number[] = [];
  let kind: 'int' | 'float' | 'bool' | null = null;
  const visit = (x: PyValue, depth: number) => {
    if (x instanceof PyList || x instanceof PyTuple) {
      if (shape.length === depth) shape.push(x.items.length);
      else if (shape[depth] !== x.items.length) throw typeError('Argument must be a dense tensor: ragged lists are not supported.');
      for (const item of x.items) visit(item, depth + 1);
      return;
    }
    if (x instanceof PyNDArray) {
      for (const d of x.array.shape) if (shape.length <= depth) shape.push(d);
      const data = x.array.data as ArrayLike<number>;
      for (let i = 0; i < data.length; i++) flat.push(Number(data[i]));
      kind = x.array.dtype === 'float32' || x.array.dtype === 'float64' ? 'float' : kind ?? 'int';
      return;
    }
    if (x instanceof PyFloat) { flat.push(x.v); kind = 'float'; return; }
    if (typeof x === 'boolean') { flat.push(x ? 1 : 0); kind = kind ?? 'bool'; return; }
    if (typeof x === 'number') { flat.push(x); if (kind !== 'float') kind = 'int'; return; }
    if (x instanceof HostObject && (x as any).number) { flat.push((x as any).number()); kind = 'float'; return; }
    throw typeError(`Failed to convert object of type <class '${typeNameOf(x)}'> to Tensor. Contents: ${safeRepr(x)}. Consider casting elements to a supported type.`);
  };
  visit(v, 0);
  const inferred: DType = kind === 'float' ? 'float32' : kind === 'bool' ? 'bool' : 'int32';
  const target = dtype ?? inferred;
  if ((target === 'int32' || target === 'int64') && kind === 'float') {
    const bad = flat.find(x => !Number.isInteger(x));
    if (bad !== undefined || kind === 'float') throw typeError(`Expected ${target}, got ${reprNumber(flat.find(x => true) ?? 0)} of type 'float' instead.`);
  }
  const out = NDArray.zeros(target, shape);
  const data = out.data as Float32Array;
  for (let i = 0; i < flat.length; i++) data[i] = flat[i];
  if (target === 'int32') for (let i = 0; i < flat.length; i++) data[i] = Math.trunc(flat[i]);
  return out;
}

function reprNumber(x: number): string { return Number.isInteger(x) ? `${x}.0` : String(x); }
function typeNameOf(x: PyValue): string {
  if (x === null) return 'NoneType';
  if (typeof x === 'string') return 'str';
  return (x as { type?: { name?: string } }).type?.name ?? typeof x;
}
