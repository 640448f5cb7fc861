// Transpose(x, perm) and InvertPermutation (its gradient's helper).
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { stridesOf } from '../../ndarray';
import { constantInts, requireRank, intsOf, elementsOf } from './static';
import { gatherStrided } from './strided_copy';

function checkPermutation(perm: number[], rank: number, fail: (m: string) => Error): void {
  const seen = new Array<boolean>(rank).fill(false);
  for (const p of perm) {
    if (p < 0 || p >= rank) throw fail(`${p} is out of range [0 .. ${rank})`);
    if (seen[p]) throw fail(`${p} is duplicated in perm`);
    seen[p] = true;
  }
}

registerKernel({
  type: 'Transpose', family: 'array',
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
  compute: ([x, permT], op, rt) => {
    const perm = intsOf(permT);
    if (perm.length !== x.rank) throw invalidArgument(`transpose expects a vector of size ${x.rank}. But input(1) is a vector of size ${perm.length}`);
    checkPermutation(perm, x.rank, invalidArgument);
    if (perm.every((p, i) => p === i)) return [x];
    const inStrides = stridesOf(x.shape);
    const outShape = perm.map(p => x.shape[p]);
    const out = rt.output(op, 0, x.dtype, outShape);
    gatherStrided(elementsOf(out), elementsOf(x), outShape, perm.map(p => inStrides[p]), 0);
    return [out];
  },
});

registerKernel({
  type: 'InvertPermutation', family: 'array',
  infer: ([p]) => { requireRank(p.shape, 1); return [{ dtype: p.dtype, shape: p.shape }]; },
  compute: ([p], op, rt) => {
    const perm = intsOf(p);
    checkPermutation(perm, perm.length, invalidArgument);
    const out = rt.output(op, 0, p.dtype, p.shape);
    perm.forEach((v, i) => { out.numeric[v] = i; });
    return [out];
  },
});
