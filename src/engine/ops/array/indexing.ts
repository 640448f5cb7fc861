// Python's t[...] (TF1 `_slice_helper`): each subscript item contributes one begin/end/stride
// entry and a mask bit of one StridedSlice.
import { Tensor } from '../../graph/tensor';
import { typeError } from '../../errors';
import { constant, convertToTensor, makeOp1, TensorLike } from '../builder';
import { OpType } from '../op_types';
import { inOpScope } from './common';
import { stack } from './pack';
import { stridedSliceOp } from './strided_slice';

/** One item of a Python subscript: an index, a slice, `...` or `tf.newaxis`. */
export type IndexItem =
  | number | Tensor
  | { start?: number | Tensor | null; stop?: number | Tensor | null; step?: number | Tensor | null }
  | 'ellipsis' | 'newaxis';

/**
 * The op is a StridedSlice named `strided_slice`, fed by the packed vectors
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
        end.push(typeof item === 'number' ? item + 1 : makeOp1(OpType.Add, [item, constant(1, item.dtype, 'add/y')], {}, 'add'));
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
