// Slice(x, begin, size): a box of x; tf.slice. Its gradient pads g back to the input's shape
// (begin before, input - begin - size after, per dim).
import type { Tensor } from '../../graph/tensor';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { stridesOf } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { constantInts, requireRank, intsOf, elementsOf } from '../../kernels/array/static';
import { gatherStrided } from '../../kernels/array/strided_copy';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { convertToTensor, makeOp1, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { reshape } from './reshape';
import { shape } from './shape_ops';
import { stack } from './pack';
import { concat } from './concat';
import { pad } from './pad';

export const Slice = defineOp({
  type: OpType.Slice, family: 'array', inputs: ['input', 'begin', 'size'], attrs: {},
  infer: ([x, beginT, sizeT]) => {
    requireRank(beginT.shape, 1);
    requireRank(sizeT.shape, 1);
    const r = x.rank ?? beginT.shape?.[0] ?? null;
    if (r === null) return [{ dtype: x.dtype, shape: null }];
    const begin = constantInts(beginT), size = constantInts(sizeT);
    if (begin && begin.length !== r) throw new ShapeError(`Shape must be rank ${begin.length} but is rank ${r}`);
    const out: Dim[] = [];
    for (let i = 0; i < r; i++) {
      const s = size ? size[i] : null, b = begin ? begin[i] : null, d = x.shape ? x.shape[i] : null;
      if (s !== null && s >= 0) {
        if (d !== null && b !== null && b + s > d) throw new ShapeError(`Expected size[${i}] in [0, ${d - b}], but got ${s}`);
        out.push(s);
      } else if (s === -1 && b !== null && d !== null) out.push(d - b);
      else out.push(null);
    }
    return [{ dtype: x.dtype, shape: out }];
  },
  compute: ([x, beginT, sizeT], node, rt) => {
    const begin = intsOf(beginT), size = intsOf(sizeT);
    if (begin.length !== x.rank || size.length !== x.rank) {
      throw invalidArgument(`Expected begin and size arguments to be 1-D tensors of size ${x.rank}, but got shapes [${beginT.shape}] and [${sizeT.shape}] instead.`);
    }
    const outShape = x.shape.map((d, i) => {
      const b = begin[i], s = size[i] === -1 ? d - b : size[i];
      if (b < 0 || b > d) throw invalidArgument(`Expected begin[${i}] in [0, ${d}], but got ${b}`);
      if (s < 0 || b + s > d) throw invalidArgument(`Expected size[${i}] in [0, ${d - b}], but got ${size[i]}`);
      return s;
    });
    const strides = stridesOf(x.shape);
    const out = rt.output(node, 0, x.dtype, outShape);
    gatherStrided(elementsOf(out), elementsOf(x), outShape, strides, begin.reduce((acc, b, i) => acc + b * strides[i], 0));
    return [out];
  },
  gradient: (node, [g]) => {
    const [x, begin] = node.inputs;
    const rankVec = stack([makeOp1(OpType.Rank, [x]), 1]);
    const before = reshape(begin, rankVec);
    const after = reshape(makeOp1(OpType.Sub, [makeOp1(OpType.Sub, [shape(x), shape(g!)]), begin]), rankVec);
    return [pad(g!, concat([before, after], 1)), null, null];
  },
  tf: op('Slice', 'input: T, begin: Index, size: Index', 'output: T', 'T: type; Index: type'),
});

export function slice(input: TensorLike, begin: TensorLike, size: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'Slice', opName => Slice.make1([x, intTensor(begin, 'begin'), intTensor(size, 'size')], {}, opName));
}

export const SLICE: OpGroup = {
  ops: [Slice],
  api: [defineApi({
    name: 'tf.slice', doc: 'Extracts a slice from a tensor.',
    params: [{ name: 'input_', type: 'tensor' }, { name: 'begin', type: 'tensor' }, { name: 'size', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
  }, a => slice(a.input_, a.begin, a.size, a.name ?? undefined))],
};
