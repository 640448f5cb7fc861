// Split(axis, value) into num_split equal parts; SplitV(value, size_splits, axis).
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { constantInts, intsOf } from './static';
import { splitChunks, prod } from './chunks';

function staticAxis(axisT: import('../../graph/tensor').Tensor, rank: number): number | null {
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

function splitInto(x: NDArray, axis: number, sizes: number[], op: Operation, rt: RuntimeContext): NDArray[] {
  const inner = prod(x.shape, axis + 1);
  const outs = sizes.map((s, i) => { const sh = x.shape.slice(); sh[axis] = s; return rt.output(op, i, x.dtype, sh); });
  splitChunks(x, outs, sizes.map(s => s * inner), prod(x.shape, 0, axis));
  return outs;
}

registerKernel({
  type: 'Split', family: 'array',
  infer: ([axisT, x], attrs) => {
    const n = attrs.num_split as number;
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
  compute: ([axisA, x], op, rt) => {
    const n = op.attrs.num_split as number;
    const axis = runtimeAxis(axisA, x.rank);
    if (x.shape[axis] % n !== 0) throw invalidArgument(`Number of ways to split should evenly divide the split dimension, but got split_dim ${axis} (size = ${x.shape[axis]}) and num_split ${n}`);
    return splitInto(x, axis, new Array(n).fill(x.shape[axis] / n), op, rt);
  },
});

registerKernel({
  type: 'SplitV', family: 'array',
  infer: ([x, sizesT, axisT], attrs) => {
    const n = attrs.num_split as number;
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
  compute: ([x, sizesA, axisA], op, rt) => {
    const axis = runtimeAxis(axisA, x.rank);
    const sizes = intsOf(sizesA);
    const d = x.shape[axis];
    const known = sizes.filter(s => s !== -1).reduce((a, b) => a + b, 0);
    const inferred = sizes.filter(s => s === -1).length;
    if (inferred > 1) throw invalidArgument(`Only one dimensions can have a value of -1. Second one found at dimension ${sizes.lastIndexOf(-1)}`);
    if ((inferred === 0 && known !== d) || known > d) {
      throw invalidArgument(`Determined shape must either match input shape along split_dim exactly if fully specified, or be less than the size of the input along split_dim if not fully specified.  Got: ${known}`);
    }
    return splitInto(x, axis, sizes.map(s => (s === -1 ? d - known : s)), op, rt);
  },
});
