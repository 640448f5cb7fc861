// Split(axis, value) into num_split equal parts; SplitV(value, size_splits, axis); tf.split.
// Their gradient concatenates the parts' gradients along the axis.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { invalidArgument, valueError } from '../../errors';
import { Dim } from '../../shape';
import { ShapeError } from '../../kernels/registry';
import { constantInts, intsOf } from '../../kernels/array/static';
import { splitChunks, prod } from '../../kernels/array/chunks';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor, plainValue } from './common';
import { concat } from './concat';

function staticAxis(axisT: Tensor, rank: number): number | null {
  const a = constantInts(axisT);
  if (a === null) return null;
  if (a[0] < -rank || a[0] >= rank) throw new ShapeError(`Dimension must be in the range [${-rank}, ${rank}), where ${rank} is the number of dimensions in the input.`);
  return a[0] < 0 ? a[0] + rank : a[0];
}

function runtimeAxis(axisA: NDArray, rank: number): number {
  const a = Number(axisA.data[0]);
  if (a < -rank || a >= rank) throw invalidArgument(`-input rank(-${rank}) <= split_dim < input rank (${rank}), but got ${a}`);
  return a < 0 ? a + rank : a;
}

function splitInto(x: NDArray, axis: number, sizes: number[], node: Operation, rt: RuntimeContext): NDArray[] {
  const inner = prod(x.shape, axis + 1);
  const outs = sizes.map((s, i) => { const sh = x.shape.slice(); sh[axis] = s; return rt.output(node, i, x.dtype, sh); });
  splitChunks(x, outs, sizes.map(s => s * inner), prod(x.shape, 0, axis));
  return outs;
}

export const Split = defineOp({
  type: OpType.Split, family: 'array', inputs: ['split_dim', 'value'], attrs: { num_split: attr.int() },
  infer: ([axisT, x], attrs) => {
    const n = attrs.num_split;
    const unknown = () => new Array(n).fill(0).map(() => ({ dtype: x.dtype, shape: x.shape === null ? null : new Array<Dim>(x.shape.length).fill(null) }));
    if (x.shape === null) return unknown();
    const axis = staticAxis(axisT, x.shape.length);
    if (axis === null) return unknown();
    const d = x.shape[axis];
    if (d !== null && d % n !== 0) throw new ShapeError(`Dimension size must be evenly divisible by ${n} but is ${d}`);
    const piece = x.shape.slice();
    piece[axis] = d === null ? null : d / n;
    return new Array(n).fill(0).map(() => ({ dtype: x.dtype, shape: piece.slice() }));
  },
  compute: ([axisA, x], node, rt) => {
    const n = node.attrs.num_split;
    const axis = runtimeAxis(axisA, x.rank);
    if (x.shape[axis] % n !== 0) throw invalidArgument(`Number of ways to split should evenly divide the split dimension, but got split_dim ${axis} (size = ${x.shape[axis]}) and num_split ${n}`);
    return splitInto(x, axis, new Array(n).fill(x.shape[axis] / n), node, rt);
  },
  gradient: (node, grads) => [null, concat(grads as Tensor[], node.inputs[0])],
  tf: op('Split', 'split_dim: int32, value: T', 'output: num_split * T', 'num_split: int >= 1; T: type'),
});

export const SplitV = defineOp({
  type: OpType.SplitV, family: 'array', inputs: ['value', 'size_splits', 'split_dim'], attrs: { num_split: attr.int() },
  infer: ([x, sizesT, axisT], attrs) => {
    const n = attrs.num_split;
    const sizes = constantInts(sizesT);
    const axis = x.shape === null ? null : staticAxis(axisT, x.shape.length);
    return new Array(n).fill(0).map((_, i) => {
      if (x.shape === null) return { dtype: x.dtype, shape: null };
      const sh: Dim[] = x.shape.slice();
      if (axis === null) return { dtype: x.dtype, shape: sh.map(() => null) };
      let s: Dim = sizes ? sizes[i] : null;
      if (s === -1 && sizes) {
        const d = x.shape[axis];
        s = d === null ? null : d - sizes.filter(v => v !== -1).reduce((a, b) => a + b, 0);
      }
      sh[axis] = s;
      return { dtype: x.dtype, shape: sh };
    });
  },
  compute: ([x, sizesA, axisA], node, rt) => {
    const axis = runtimeAxis(axisA, x.rank);
    const sizes = intsOf(sizesA);
    const d = x.shape[axis];
    const known = sizes.filter(s => s !== -1).reduce((a, b) => a + b, 0);
    const inferred = sizes.filter(s => s === -1).length;
    if (inferred > 1) throw invalidArgument(`Only one dimensions can have a value of -1. Second one found at dimension ${sizes.lastIndexOf(-1)}`);
    if ((inferred === 0 && known !== d) || known > d) {
      throw invalidArgument(`Determined shape must either match input shape along split_dim exactly if fully specified, or be less than the size of the input along split_dim if not fully specified.  Got: ${known}`);
    }
    return splitInto(x, axis, sizes.map(s => (s === -1 ? d - known : s)), node, rt);
  },
  gradient: (node, grads) => [concat(grads as Tensor[], node.inputs[2]), null, null],
  tf: op('SplitV', 'value: T, size_splits: Tlen, split_dim: int32', 'output: num_split * T', 'num_split: int >= 1; T: type; Tlen: type = int64'),
});

/**
 * tf.split(value, num_or_size_splits, axis=0): a number is Split into equal parts, a list or
 * tensor of sizes is SplitV. Both ops are named `split`.
 */
export function split(value: TensorLike, numOrSizeSplits: TensorLike, axis: TensorLike = 0, num?: number | null, name?: string): Tensor[] {
  const x = convertToTensor(value);
  return inOpScope(name, 'split', opName => {
    const plain = plainValue(numOrSizeSplits, 'int32');
    if (plain !== null && plain.rank === 0) {
      return Split.make([intTensor(axis, 'split_dim'), x], { num_split: Number(plain.data[0]) }, opName).outputs;
    }
    const sizes = intTensor(numOrSizeSplits, 'Const');
    let n = num ?? null;
    if (n === null) {
      n = sizes.shape?.[0] ?? null;
      if (n === null) throw valueError(`Cannot infer num from shape ${sizes.shape === null ? '<unknown>' : `(?,)`}`);
    }
    return SplitV.make([x, sizes, intTensor(axis, 'split_dim')], { num_split: n }, opName).outputs;
  });
}

export const SPLIT: OpGroup = {
  ops: [Split, SplitV],
  api: [defineApi({
    name: 'tf.split', doc: 'Splits a tensor into sub tensors.',
    params: [
      { name: 'value', type: 'tensor' }, { name: 'num_or_size_splits', type: 'tensor' }, { name: 'axis', default: 0, type: 'tensor' },
      { name: 'num', default: null, type: 'int' }, { name: 'name', default: 'split', type: 'name' },
    ],
  }, a => split(a.value, a.num_or_size_splits, a.axis, a.num, a.name ?? undefined))],
};
