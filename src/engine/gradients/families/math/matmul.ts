// MatMul / BatchMatMul gradients (tf1-semantics §4.5): each case is one product with the
// transpose flags chosen so nothing is transposed explicitly.
import { registerGradient } from '../../registry';
import type { Tensor } from '../../../graph/tensor';
import { op1 } from './graph_ops';

type Product = (a: Tensor, b: Tensor, ta: boolean, tb: boolean) => Tensor;

function grads(a: Tensor, b: Tensor, g: Tensor, ta: boolean, tb: boolean, mm: Product): [Tensor, Tensor] {
  if (!ta && !tb) return [mm(g, b, false, true), mm(a, g, true, false)];
  if (!ta && tb) return [mm(g, b, false, false), mm(g, a, true, false)];
  if (ta && !tb) return [mm(b, g, false, true), mm(a, g, false, false)];
  return [mm(b, g, true, true), mm(g, a, true, true)];
}

registerGradient('MatMul', (op, [g]) => {
  const [a, b] = op.inputs;
  const mm: Product = (x, y, tx, ty) => op1('MatMul', [x, y], { transpose_a: tx, transpose_b: ty });
  return grads(a, b, g!, op.attrs.transpose_a === true, op.attrs.transpose_b === true, mm);
});

registerGradient('BatchMatMul', (op, [g]) => {
  const [a, b] = op.inputs;
  const mm: Product = (x, y, tx, ty) => op1('BatchMatMul', [x, y], { adj_x: tx, adj_y: ty });
  return grads(a, b, g!, op.attrs.adj_x === true, op.attrs.adj_y === true, mm);
});
