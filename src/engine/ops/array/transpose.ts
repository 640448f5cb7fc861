// Transpose(x, perm) and InvertPermutation (its gradient's helper); tf.transpose, whose perm
// defaults to the reversed axes (a constant when the rank is known).
import type { Tensor } from '../../graph/tensor';
import { invalidArgument, valueError } from '../../errors';
import { unsupportedArgument } from '../../api/unsupported';
import { Dim, formatShapePy } from '../../shape';
import { stridesOf } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { constantInts, requireRank, intsOf, elementsOf } from '../../kernels/array/static';
import { gatherStrided } from '../../kernels/array/strided_copy';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { constant, convertToTensor, makeOp1, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { rank as rankOf } from './shape_ops';

function checkPermutation(perm: number[], rank: number, fail: (m: string) => Error): void {
  const seen = new Array<boolean>(rank).fill(false);
  for (const p of perm) {
    if (p < 0 || p >= rank) throw fail(`${p} is out of range [0 .. ${rank})`);
    if (seen[p]) throw fail(`${p} is duplicated in perm`);
    seen[p] = true;
  }
}

export const InvertPermutation = defineOp({
  type: OpType.InvertPermutation, family: 'array', inputs: ['x'], attrs: {},
  infer: ([p]) => { requireRank(p.shape, 1); return [{ dtype: p.dtype, shape: p.shape }]; },
  compute: ([p], node, rt) => {
    const perm = intsOf(p);
    checkPermutation(perm, perm.length, invalidArgument);
    const out = rt.output(node, 0, p.dtype, p.shape);
    perm.forEach((v, i) => { out.numeric[v] = i; });
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('InvertPermutation', 'x: T', 'y: T', 'T: type = int32'),
});

export const Transpose = defineOp({
  type: OpType.Transpose, family: 'array', inputs: ['x', 'perm'], attrs: {},
  infer: ([x, permT]) => {
    requireRank(permT.shape, 1);
    const perm = constantInts(permT);
    const rank = x.rank ?? perm?.length ?? permT.shape?.[0] ?? null;
    if (rank === null) return [{ dtype: x.dtype, shape: null }];
    if (perm === null) return [{ dtype: x.dtype, shape: new Array<Dim>(rank).fill(null) }];
    if (perm.length !== rank) throw new ShapeError(`Dimension must be ${rank} but is ${perm.length}`);
    checkPermutation(perm, rank, m => new ShapeError(m));
    return [{ dtype: x.dtype, shape: perm.map(p => (x.shape ? x.shape[p] : null)) }];
  },
  compute: ([x, permT], node, rt) => {
    const perm = intsOf(permT);
    if (perm.length !== x.rank) throw invalidArgument(`transpose expects a vector of size ${x.rank}. But input(1) is a vector of size ${perm.length}`);
    checkPermutation(perm, x.rank, invalidArgument);
    if (perm.every((p, i) => p === i)) return [x];
    const inStrides = stridesOf(x.shape);
    const outShape = perm.map(p => x.shape[p]);
    const out = rt.output(node, 0, x.dtype, outShape);
    gatherStrided(elementsOf(out), elementsOf(x), outShape, perm.map(p => inStrides[p]), 0);
    return [out];
  },
  gradient: (node, [g]) => [transpose(g!, InvertPermutation.make1([node.inputs[1]])), null],
  tf: op('Transpose', 'x: T, perm: Tperm', 'y: T', 'T: type; Tperm: type = int32'),
});

export function transpose(a: TensorLike, perm?: TensorLike | null, name?: string): Tensor {
  const x = convertToTensor(a);
  return inOpScope(name, 'transpose', opName => {
    let p: Tensor;
    if (perm !== undefined && perm !== null) p = intTensor(perm, 'perm');
    else if (x.rank !== null) p = constant(Array.from({ length: x.rank }, (_, i) => x.rank! - 1 - i), 'int32', 'perm');
    else {
      // Unknown rank: perm = range(rank - 1, -1, -1), computed in the graph.
      const start = makeOp1(OpType.Sub, [rankOf(x), constant(1, 'int32', 'sub/y')], {}, 'sub');
      p = makeOp1(OpType.Range, [start, constant(-1, 'int32', 'Range/limit'), constant(-1, 'int32', 'Range/delta')], {}, 'Range');
    }
    return Transpose.make1([x, p], {}, opName);
  });
}

/** tf.linalg.matrix_transpose: the last two dims swapped (rank known, at least 2). */
export function matrixTranspose(a: TensorLike, name = 'matrix_transpose'): Tensor {
  return inOpScope(name, 'matrix_transpose', () => {
    const x = convertToTensor(a, undefined, 'a');
    const r = x.rank;
    if (r === null) throw unsupportedArgument('matrix_transpose', 'a', 'a tensor of unknown rank');
    if (r < 2) throw valueError(`Argument 'a' should be a (batch) matrix, with rank >= 2.  Found: ${formatShapePy(x.shape)}`);
    return transpose(x, [...Array.from({ length: r - 2 }, (_, i) => i), r - 1, r - 2]);
  });
}

export function invertPermutation(x: TensorLike, name?: string): Tensor {
  return inOpScope(name, 'InvertPermutation', opName => InvertPermutation.make1([intTensor(x, 'x')], {}, opName));
}

export const TRANSPOSE: OpGroup = {
  ops: [Transpose, InvertPermutation],
  api: [
    defineApi({
      name: 'tf.transpose', doc: 'Transposes a; perm defaults to the reversed axes.',
      params: [
        { name: 'a', type: 'tensor' }, { name: 'perm', default: null, type: 'tensor' }, { name: 'name', default: 'transpose', type: 'name' },
        { name: 'conjugate', default: false, type: 'bool', doc: 'no effect on real dtypes' },
      ],
    }, a => transpose(a.a, a.perm, a.name ?? undefined)),
    defineApi({
      name: 'tf.linalg.transpose', doc: 'Transposes the last two dimensions of (a batch of) matrices.',
      params: [{ name: 'a', type: 'tensor' }, { name: 'name', default: 'matrix_transpose', type: 'name' }, { name: 'conjugate', default: false, type: 'bool', doc: 'no effect on real dtypes' }],
    }, a => matrixTranspose(a.a, a.name ?? undefined), ['tf.linalg.matrix_transpose', 'tf.matrix_transpose']),
    defineApi({ name: 'tf.invert_permutation', doc: 'Computes the inverse permutation of a tensor.', params: [{ name: 'x', type: 'tensor' }, { name: 'name', default: null, type: 'name' }] },
      a => invertPermutation(a.x, a.name ?? undefined), ['tf.math.invert_permutation']),
  ],
};
