// Shape arithmetic the gradients build into the graph (tf1-semantics §4.4, §4.5).
// BroadcastGradientArgs(shape_x, shape_y) → (rx, ry): the output axes each input's gradient
// is summed over. ReducedShape(shape, axes) is TF's math_ops.reduced_shape as one small op:
// the shape with the reduced dims set to 1 (what keep_dims would give).
import { registerKernel } from '../registry';
import { NDArray } from '../../ndarray';
import type { NumericArray } from '../../dtypes';
import { formatShapeCpp } from '../../shape';
import { invalidArgument } from '../../errors';
import { checkDType } from './dtype_rules';

export function broadcastGradientArgs(sx: ArrayLike<number>, sy: ArrayLike<number>): [number[], number[]] {
  const rank = Math.max(sx.length, sy.length);
  const rx: number[] = [], ry: number[] = [];
  for (let i = 0; i < rank; i++) {
    const ix = i - (rank - sx.length), iy = i - (rank - sy.length);
    const dx = ix >= 0 ? sx[ix] : 1, dy = iy >= 0 ? sy[iy] : 1;
    if (dx !== dy && dx !== 1 && dy !== 1) {
      throw invalidArgument(`Incompatible shapes: ${formatShapeCpp(Array.from(sx))} vs. ${formatShapeCpp(Array.from(sy))}`);
    }
    if (dx === 1 && dy !== 1) rx.push(i);
    if (dy === 1 && dx !== 1) ry.push(i);
  }
  return [rx, ry];
}

registerKernel({
  type: 'BroadcastGradientArgs', family: 'math',
  infer: ([sx, sy]) => {
    checkDType(sx, 'int', 's0'); checkDType(sy, 'int', 's1');
    return [{ dtype: sx.dtype, shape: [null] }, { dtype: sx.dtype, shape: [null] }];
  },
  compute: ([sx, sy], op, rt) => {
    const [rx, ry] = broadcastGradientArgs(sx.data as NumericArray, sy.data as NumericArray);
    const ox = rt.output(op, 0, sx.dtype, [rx.length]), oy = rt.output(op, 1, sx.dtype, [ry.length]);
    (ox.data as NumericArray).set(rx);
    (oy.data as NumericArray).set(ry);
    return [ox, oy];
  },
});

registerKernel({
  type: 'ReducedShape', family: 'math',
  infer: ([shape]) => { checkDType(shape, 'int', 'input_shape'); return [{ dtype: shape.dtype, shape: shape.shape }]; },
  compute: ([shape, axes]) => {
    const out = NDArray.zeros(shape.dtype, shape.shape);
    const od = out.data as NumericArray, rank = shape.size;
    od.set(shape.data as NumericArray);
    const ad = axes.data as NumericArray;
    for (let i = 0; i < ad.length; i++) od[ad[i] < 0 ? ad[i] + rank : ad[i]] = 1;
    return [out];
  },
});
