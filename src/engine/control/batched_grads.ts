// A weight read inside a loop gets one gradient term per iteration, and for a matmul that term
// is a_tᵀ·b_t (MatMul's gradient). TF sums the terms inside the backward loop. Gradbook records
// a_t and b_t instead and computes Σ_t a_tᵀ·b_t = Aᵀ·B once after the loop, A and B being the
// records stacked by rows: one large product instead of one small product and one add of a
// weight-sized tensor per time step (the bulk of an LSTM's backward pass). Same numbers, summed
// in another order.
import type { Tensor } from '../graph/tensor';
import type { ControlFlowContext } from '../graph/control_flow_context';
import { makeOp1 } from '../ops/builder';
import { OpType } from '../ops/op_types';
import { RecordedConcat } from '../ops/control_flow/recorded';
import { WhileContext } from './contexts';
import { recordedOutput } from './while_loop';

export interface ProductTerm { a: Tensor; b: Tensor }

/** The term's factors when `grad` is a_tᵀ·b_t of two per-iteration rank-2 tensors; else null. */
export function productTerm(grad: Tensor, forward: WhileContext, backward: ControlFlowContext | null): ProductTerm | null {
  const op = grad.op;
  if (op.type !== OpType.MatMul || op.attrs.transpose_a !== true || op.attrs.transpose_b !== false) return null;
  const [a, b] = op.inputs;
  const perIteration = (t: Tensor) => t.op.controlFlowContext === forward || (backward !== null && t.op.controlFlowContext === backward);
  const rows = (t: Tensor) => t.shape !== null && t.shape.length === 2 && t.shape[1] !== null;
  return perIteration(a) && perIteration(b) && rows(a) && rows(b) ? { a, b } : null;
}

/** Aᵀ·B of the recorded factors, rows in forward-iteration order on both sides. */
export function sumOfProducts(term: ProductTerm, forward: WhileContext, backward: WhileContext): Tensor {
  const stacked = (t: Tensor) => {
    const fromForward = t.op.controlFlowContext === forward;
    const records = recordedOutput(fromForward ? forward : backward, t);
    // The backward loop runs the iterations newest first.
    return RecordedConcat.make1([records], { dtype: t.dtype, element_shape: t.shape, reverse: !fromForward });
  };
  return makeOp1(OpType.MatMul, [stacked(term.a), stacked(term.b)], { transpose_a: true, transpose_b: false });
}
