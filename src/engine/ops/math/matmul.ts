// tf.matmul: MatMul for rank 2, BatchMatMul (adj_x/adj_y) for higher ranks; scope `MatMul`.
import type { Tensor } from '../../graph/tensor';
import { makeOp1, TensorLike } from '../builder';
import { convertArgs, inScope } from './apply';

export interface MatMulOptions {
  transposeA?: boolean; transposeB?: boolean;
  /** Real dtypes only, so adjoint = transpose. */
  adjointA?: boolean; adjointB?: boolean;
  name?: string;
}

export function matmul(a: TensorLike, b: TensorLike, opts: MatMulOptions = {}): Tensor {
  return inScope([a, b], opts.name, 'MatMul', scope => {
    const [x, y] = convertArgs([a, b], ['a', 'b']);
    const ta = opts.transposeA === true || opts.adjointA === true;
    const tb = opts.transposeB === true || opts.adjointB === true;
    const batched = (x.rank !== null && x.rank > 2) || (y.rank !== null && y.rank > 2);
    if (batched) return makeOp1('BatchMatMul', [x, y], { adj_x: ta, adj_y: tb }, scope);
    return makeOp1('MatMul', [x, y], { transpose_a: ta, transpose_b: tb }, scope);
  });
}
