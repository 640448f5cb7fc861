// Python operators on Tensors and Variables: `x + 2`, `2 * t`, `-t`, `a @ b`, `t[:, 0]`.
import type { PyValue } from '../../objects/core';
import { PyTuple, PySlice } from '../../objects/containers';
import type { BinaryOpName, CompareOpName, UnaryOpName, MaybeNotImplemented } from '../../host';
import { NotImplemented } from '../../objects/singletons';
import { operators, sliceHelper, Tensor, Variable } from '../../../engine';
import type { DType } from '../../../engine';
import { toEngine, isEngineBacked, EngineInput } from './convert';
import { PyNDArray } from '../numpy/ndarray_object';
import { wrap } from './wrappers';
import { typeError } from '../../exceptions';

const BINARY: Partial<Record<BinaryOpName, (x: never, y: never) => Tensor>> = {
  '+': operators.add, '-': operators.sub, '*': operators.mul, '/': operators.truediv,
  '//': operators.floordiv, '%': operators.mod, '**': operators.pow, '@': operators.matmul,
  '&': operators.and, '|': operators.or,
};
const COMPARE: Partial<Record<CompareOpName, (x: never, y: never) => Tensor>> = {
  '<': operators.lt, '<=': operators.le, '>': operators.gt, '>=': operators.ge,
};

function dtypeOf(v: EngineInput): DType { return v instanceof Variable ? v.dtype : (v as Tensor | { dtype: DType }).dtype; }

/** The other operand converted to the tensor's dtype; undefined when it is not tensor-like. */
function operand(other: PyValue, dtype: DType): EngineInput | undefined {
  if (isEngineBacked(other) || other instanceof PyNDArray) return toEngine(other);
  if (other === null || typeof other === 'string') return undefined;
  return toEngine(other, dtype);
}

export const pyOperators = {
  toEngine,
  binary(op: BinaryOpName, self: PyValue, other: PyValue, reflected: boolean): MaybeNotImplemented {
    const fn = BINARY[op];
    if (!fn) return NotImplemented;
    const me = toEngine(self);
    const o = operand(other, dtypeOf(me));
    if (o === undefined) return NotImplemented;
    return wrap(reflected ? fn(o as never, me as never) : fn(me as never, o as never));
  },
  compare(op: CompareOpName, self: PyValue, other: PyValue): MaybeNotImplemented {
    const fn = COMPARE[op];
    if (!fn) return NotImplemented;
    const me = toEngine(self);
    const o = operand(other, dtypeOf(me));
    if (o === undefined) return NotImplemented;
    return wrap(fn(me as never, o as never));
  },
  unary(op: UnaryOpName, self: PyValue): MaybeNotImplemented {
    const me = toEngine(self);
    if (op === 'neg') return wrap(operators.neg(me));
    if (op === 'abs') return wrap(operators.abs(me));
    if (op === 'invert') return wrap(operators.invert(me));
    if (op === 'pos') return self;
    return NotImplemented;
  },
  getitem(self: PyValue, key: PyValue): PyValue {
    const items = key instanceof PyTuple ? key.items : [key];
    const spec = items.map(indexItem);
    return wrap(sliceHelper(toEngine(self), spec as never));
  },
};

function indexItem(k: PyValue): unknown {
  if (typeof k === 'number') return k;
  if (k === null) return 'newaxis';
  if (k instanceof PySlice) {
    const n = (v: PyValue) => (v === null ? undefined : typeof v === 'number' ? v : (toEngine(v) as Tensor));
    return { start: n(k.start), stop: n(k.stop), step: n(k.step) };
  }
  if ((k as { type?: { name?: string } })?.type?.name === 'ellipsis') return 'ellipsis';
  if (isEngineBacked(k)) return toEngine(k);
  throw typeError('Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got ' + String(k));
}
