// tf.slice, tf.strided_slice, Python's t[...] (sliceHelper), tf.gather, tf.one_hot.
import { Tensor } from '../../graph/tensor';
import { convertToTensor, constant, makeOp1, TensorLike } from '../builder';
import type { DType } from '../../dtypes';
import { typeError } from '../../errors';
import { inOpScope, intTensor } from './common';
import { stack } from './rearrange';

export function slice(input: TensorLike, begin: TensorLike, size: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'Slice', opName => makeOp1('Slice', [x, intTensor(begin, 'begin'), intTensor(size, 'size')], {}, opName));
}

export interface StridedSliceMasks { beginMask?: number; endMask?: number; ellipsisMask?: number; newAxisMask?: number; shrinkAxisMask?: number }

/** tf.strided_slice; strides default to ones. */
export function stridedSlice(input: TensorLike, begin: TensorLike, end: TensorLike, strides?: TensorLike | null, masks: StridedSliceMasks = {}, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'StridedSlice', opName => {
    const b = intTensor(begin, 'begin'), e = intTensor(end, 'end');
    const s = strides === undefined || strides === null ? makeOp1('OnesLike', [b], {}, 'ones_like') : intTensor(strides, 'strides');
    return stridedSliceOp(x, b, e, s, masks, opName);
  });
}

function stridedSliceOp(x: Tensor, b: Tensor, e: Tensor, s: Tensor, m: StridedSliceMasks, opName: string): Tensor {
  return makeOp1('StridedSlice', [x, b, e, s], {
    Index: b.dtype, begin_mask: m.beginMask ?? 0, end_mask: m.endMask ?? 0, ellipsis_mask: m.ellipsisMask ?? 0,
    new_axis_mask: m.newAxisMask ?? 0, shrink_axis_mask: m.shrinkAxisMask ?? 0,
  }, opName);
}

/** One item of a Python subscript: an index, a slice, `...` or `tf.newaxis`. */
export type IndexItem =
  | number | Tensor
  | { start?: number | Tensor | null; stop?: number | Tensor | null; step?: number | Tensor | null }
  | 'ellipsis' | 'newaxis';

/**
 * Python's `t[spec]` (TF1 `_slice_helper`): each item contributes one begin/end/stride entry
 * and a mask bit. The op is a StridedSlice named `strided_slice`, fed by the packed vectors
 * `strided_slice/stack`, `stack_1`, `stack_2`.
 */
export function sliceHelper(tensor: TensorLike, spec: IndexItem | IndexItem[], name?: string): Tensor {
  const x = convertToTensor(tensor);
  const items = Array.isArray(spec) ? spec : [spec];
  const begin: (number | Tensor)[] = [], end: (number | Tensor)[] = [], strides: (number | Tensor)[] = [];
  const m = { beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0 };
  return inOpScope(name, 'strided_slice', opName => {
    items.forEach((item, i) => {
      const bit = 1 << i;
      if (item === 'ellipsis') { begin.push(0); end.push(0); strides.push(1); m.ellipsisMask |= bit; }
      else if (item === 'newaxis') { begin.push(0); end.push(0); strides.push(1); m.newAxisMask |= bit; }
      else if (typeof item === 'number' || item instanceof Tensor) {
        if (typeof item === 'number' && !Number.isInteger(item)) throw typeError('Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got ' + item);
        begin.push(item);
        end.push(typeof item === 'number' ? item + 1 : makeOp1('Add', [item, constant(1, item.dtype, 'add/y')], {}, 'add'));
        strides.push(1);
        m.shrinkAxisMask |= bit;
      } else {
        if (item.start === undefined || item.start === null) { begin.push(0); m.beginMask |= bit; } else begin.push(item.start);
        if (item.stop === undefined || item.stop === null) { end.push(0); m.endMask |= bit; } else end.push(item.stop);
        strides.push(item.step ?? 1);
      }
    });
    if (begin.length === 0) return x;  // t[()] is t itself
    // Plain ints fold into one int32 Const, as TF's stack() converts constant lists.
    const pack = (vals: (number | Tensor)[]) => {
      if (vals.every(v => typeof v === 'number')) return constant(vals as number[], 'int32', 'stack');
      const dtype = (vals.find(v => v instanceof Tensor) as Tensor).dtype;
      return stack(vals.map(v => (v instanceof Tensor ? v : constant(v, dtype))), 0, 'stack');
    };
    return stridedSliceOp(x, pack(begin), pack(end), pack(strides), m, opName);
  });
}

/** tf.gather (GatherV2, axis 0 by default). */
export function gather(params: TensorLike, indices: TensorLike, axis: TensorLike = 0, name?: string): Tensor {
  const p = convertToTensor(params);
  return inOpScope(name, 'GatherV2', opName =>
    makeOp1('GatherV2', [p, intTensor(indices, 'indices'), intTensor(axis, 'axis')], { Tparams: p.dtype }, opName));
}

export interface OneHotOptions { onValue?: TensorLike; offValue?: TensorLike; axis?: number | null; dtype?: DType | null }

/** tf.one_hot: float32 1/0 unless on/off values or a dtype say otherwise; scope `one_hot`. */
export function oneHot(indices: TensorLike, depth: TensorLike, opts: OneHotOptions = {}, name?: string): Tensor {
  return inOpScope(name, 'one_hot', opName => {
    const idx = intTensor(indices, 'indices');
    const valueDType = opts.dtype ?? (opts.onValue instanceof Tensor ? opts.onValue.dtype : opts.offValue instanceof Tensor ? opts.offValue.dtype : 'float32');
    const on = convertToTensor(opts.onValue ?? 1, valueDType, 'on_value');
    const off = convertToTensor(opts.offValue ?? 0, valueDType, 'off_value');
    return makeOp1('OneHot', [idx, intTensor(depth, 'depth'), on, off], { axis: opts.axis ?? -1, T: valueDType }, opName);
  });
}
