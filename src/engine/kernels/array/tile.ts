// Tile(input, multiples): the input repeated multiples[i] times along each dim i.
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { constantInts, requireRank, intsOf, elementsOf } from './static';
import { stridesOf } from '../../ndarray';

registerKernel({
  type: 'Tile', family: 'array',
  infer: ([x, multT]) => {
    requireRank(multT.shape, 1);
    const mult = constantInts(multT);
    const rank = x.rank ?? mult?.length ?? multT.shape?.[0] ?? null;
    if (rank === null) return [{ dtype: x.dtype, shape: null }];
    if (mult && mult.length !== rank) throw new ShapeError(`Shape must be rank ${mult.length} but is rank ${rank}`);
    const out: Dim[] = [];
    for (let i = 0; i < rank; i++) {
      const d = x.shape ? x.shape[i] : null, m = mult ? mult[i] : null;
      out.push(d === null || m === null ? null : d * m);
    }
    return [{ dtype: x.dtype, shape: out }];
  },
  compute: ([x, multT], op, rt) => {
    const mult = intsOf(multT);
    if (multT.rank !== 1 || mult.length !== x.rank) throw invalidArgument(`Expected multiples argument to be a vector of length ${x.rank} but got length ${mult.length}`);
    mult.forEach((m, i) => { if (m < 0) throw invalidArgument(`Expected multiples[${i}] >= 0, but got ${m}`); });
    const outShape = x.shape.map((d, i) => d * mult[i]);
    const out = rt.output(op, 0, x.dtype, outShape);
    tileInto(elementsOf(out), elementsOf(x), x.shape, outShape);
    return [out];
  },
});

/** Walk the output row-major; the input offset wraps each time a dim passes a multiple of its size. */
function tileInto(dst: ReturnType<typeof elementsOf>, src: ReturnType<typeof elementsOf>, inShape: readonly number[], outShape: number[]): void {
  const rank = outShape.length;
  const size = outShape.reduce((a, b) => a * b, 1);
  if (size === 0) return;
  const inStrides = stridesOf(inShape);
  const idx = new Int32Array(rank);
  let off = 0;
  for (let o = 0; o < size; o++) {
    dst[o] = src[off];
    for (let d = rank - 1; d >= 0; d--) {
      idx[d]++;
      off += inStrides[d];
      if (idx[d] % inShape[d] === 0) off -= inShape[d] * inStrides[d];
      if (idx[d] < outShape[d]) break;
      idx[d] = 0;
    }
  }
}
