// Fill(dims, value), ZerosLike, OnesLike: tensors of one repeated value.
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { shapeFromTensor, requireRank, intsOf } from './static';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';

registerKernel({
  type: 'Fill', family: 'array',
  infer: ([dims, value]) => {
    requireRank(dims.shape, 1);
    if (value.shape !== null && value.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${value.shape.length}`);
    return [{ dtype: value.dtype, shape: shapeFromTensor(dims) }];
  },
  compute: ([dims, value], op, rt) => {
    if (dims.rank !== 1) throw invalidArgument(`dims must be a vector, got shape [${dims.shape}]`);
    if (value.rank !== 0) throw invalidArgument(`value must be a scalar, got shape [${value.shape}]`);
    const shape = intsOf(dims);
    if (shape.some(d => d < 0)) throw invalidArgument(`Dimension ${shape.find(d => d < 0)} must be >= 0`);
    return [filled(op, rt, value, shape, value.data[0])];
  },
});

function filled(op: Operation, rt: RuntimeContext, like: NDArray, shape: readonly number[], v: unknown): NDArray {
  const out = rt.output(op, 0, like.dtype, shape);
  if (Array.isArray(out.data)) (out.data as unknown[]).fill(v);
  else (out.data as Float64Array).fill(v as number);
  return out;
}

for (const [type, value] of [['ZerosLike', 0], ['OnesLike', 1]] as const) {
  registerKernel({
    type, family: 'array',
    infer: ([x]) => [{ dtype: x.dtype, shape: x.shape }],
    compute: ([x], op, rt) => [filled(op, rt, x, x.shape, x.dtype === 'string' ? (value ? '1' : '') : value)],
  });
}
