// tf.tensordot as TF 1.15 builds it: each operand is transposed so its contracted axes are
// last (a) or first (b), reshaped to a matrix, multiplied, and the product reshaped to the free
// dims of a then b. Static shapes give constant perms and shapes; unknown dims use Shape/Gather.
import type { Tensor } from '../../graph/tensor';
import type { Dim } from '../../shape';
import { valueError } from '../../errors';
import { defineApi, unsupportedArgument } from '../../api/index';
import { constant, convertToTensor, TensorLike } from '../builder';
import type { OpGroup } from '../op_def';
import { inScope } from './apply';
import { matmul } from './matmul';
import { reduceProd } from './reduce';
import { reshape } from '../array/reshape';
import { transpose } from '../array/transpose';
import { shape } from '../array/shape_ops';
import { gather } from '../array/gather';
import { stack } from '../array/pack';
import { concat } from '../array/concat';
import { plainValue } from '../array/common';

/** The contracted axes of a and b from an int N (last N of a, first N of b) or a pair of lists. */
function contractionAxes(a: Tensor, axes: TensorLike): [number[], number[]] {
  const v = plainValue(axes, 'int32');
  if (v === null) throw unsupportedArgument('tensordot', 'axes', 'a Tensor of axes (give an int or lists of ints)');
  const data = Array.from(v.data as ArrayLike<number>);
  if (v.rank === 0) {
    const n = data[0];
    if (n < 0) throw valueError("'axes' must be at least 0.");
    const rank = a.rank;
    if (rank === null) throw unsupportedArgument('tensordot', 'a', 'an operand of unknown rank');
    if (n > rank) throw valueError(`'axes' must not be larger than the number of dimensions of tensor ${a.toString()}.`);
    return [Array.from({ length: n }, (_, i) => rank - n + i), Array.from({ length: n }, (_, i) => i)];
  }
  if (v.shape[0] !== 2) throw valueError("'axes' must be an integer or have length 2.");
  const half = data.length / 2;
  return [data.slice(0, half), data.slice(half)];
}

/** One operand as a matrix: [free, contracted] (or [contracted, free] when flipped). */
function asMatrix(x: Tensor, axesIn: number[], flipped: boolean): { matrix: Tensor; freeStatic: Dim[]; freeDims: Tensor | number[] } {
  const rank = x.rank;
  if (rank === null) throw unsupportedArgument('tensordot', flipped ? 'b' : 'a', 'an operand of unknown rank');
  const axes = axesIn.map(i => (i < 0 ? i + rank : i));
  const free = Array.from({ length: rank }, (_, i) => i).filter(i => !axes.includes(i));
  const dims = x.shape!;
  const freeStatic = free.map(i => dims[i]);
  const perm = flipped ? [...axes, ...free] : [...free, ...axes];
  if (dims.every(d => d !== null)) {
    const prod = (is: number[]) => is.reduce((p, i) => p * (dims[i] as number), 1);
    const newShape = flipped ? [prod(axes), prod(free)] : [prod(free), prod(axes)];
    return { matrix: reshape(transpose(x, perm), newShape), freeStatic, freeDims: freeStatic as number[] };
  }
  const s = shape(x);
  const freeDims = gather(s, free), axesDims = gather(s, axes);
  const pf = reduceProd(freeDims), pa = reduceProd(axesDims);
  const newShape = stack(flipped ? [pa, pf] : [pf, pa]);
  return { matrix: reshape(transpose(x, perm), newShape), freeStatic, freeDims };
}

export function tensordot(aIn: TensorLike, bIn: TensorLike, axes: TensorLike, name?: string): Tensor {
  return inScope([aIn, bIn], name, 'Tensordot', scope => {
    const a = convertToTensor(aIn, undefined, 'a'), b = convertToTensor(bIn, undefined, 'b');
    const [aAxes, bAxes] = contractionAxes(a, axes);
    if (aAxes.length !== bAxes.length) throw valueError(`Different number of contraction axes 'a' and 'b', ${aAxes.length} != ${bAxes.length}.`);
    const ra = asMatrix(a, aAxes, false), rb = asMatrix(b, bAxes, true);
    const product = matmul(ra.matrix, rb.matrix);
    if (Array.isArray(ra.freeDims) && Array.isArray(rb.freeDims)) return reshape(product, [...ra.freeDims, ...rb.freeDims], scope);
    const asInts = (d: Tensor | number[]) => (Array.isArray(d) ? constant(d, 'int32') : d);
    const outShape = concat([asInts(ra.freeDims), asInts(rb.freeDims)], 0);
    const out = reshape(product, outShape, scope);
    out.setShape([...ra.freeStatic, ...rb.freeStatic]);
    return out;
  });
}

export const TENSORDOT: OpGroup = {
  ops: [],
  api: [defineApi({
    name: 'tf.tensordot', doc: 'Tensor contraction of a and b along specified axes.',
    params: [{ name: 'a', type: 'tensor' }, { name: 'b', type: 'tensor' }, { name: 'axes', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => tensordot(a.a, a.b, a.axes, a.name ?? undefined), ['tf.linalg.tensordot'])],
};
