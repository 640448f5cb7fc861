// Shape, ShapeN, Size, Rank: facts about a tensor's runtime shape as int tensors.
import { registerKernel } from '../registry';
import type { DType } from '../../dtypes';
import type { NDArray } from '../../ndarray';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';

const outType = (attrs: Record<string, unknown>): DType => (attrs.out_type as DType) ?? 'int32';

function shapeOf(x: NDArray, op: Operation, index: number, rt: RuntimeContext): NDArray {
  const out = rt.output(op, index, outType(op.attrs), [x.rank]);
  const d = out.numeric;
  for (let i = 0; i < x.rank; i++) d[i] = x.shape[i];
  return out;
}

registerKernel({
  type: 'Shape', family: 'array',
  infer: (inputs, attrs) => [{ dtype: outType(attrs), shape: [inputs[0].rank] }],
  compute: ([x], op, rt) => [shapeOf(x, op, 0, rt)],
});

registerKernel({
  type: 'ShapeN', family: 'array',
  infer: (inputs, attrs) => inputs.map(t => ({ dtype: outType(attrs), shape: [t.rank] })),
  compute: (xs, op, rt) => xs.map((x, i) => shapeOf(x, op, i, rt)),
});

registerKernel({
  type: 'Size', family: 'array',
  infer: (_inputs, attrs) => [{ dtype: outType(attrs), shape: [] }],
  compute: ([x], op, rt) => {
    const out = rt.output(op, 0, outType(op.attrs), []);
    out.numeric[0] = x.size;
    return [out];
  },
});

registerKernel({
  type: 'Rank', family: 'array',
  infer: () => [{ dtype: 'int32', shape: [] }],
  compute: ([x], op, rt) => {
    const out = rt.output(op, 0, 'int32', []);
    out.numeric[0] = x.rank;
    return [out];
  },
});
