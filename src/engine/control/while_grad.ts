// The gradient of a While op is another while loop that runs the forward loop's iterations in
// reverse: its body is the gradient of the forward body (built once with buildGradients), and
// every forward value that gradient reads is replayed from the forward op's per-iteration record.
//
// Backward loop variables: [counter (from n down to 1), the gradients of the differentiable
// loop variables, one running sum per differentiable captured tensor]. Gradients of captured
// tensors (weights read inside the loop) are summed over all iterations; the gradient of each
// loop variable is what flows out of the first iteration (TF1's semantics).
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import { IndexedSlices } from '../graph/indexed_slices';
import { isFloat } from '../dtypes';
import { makeOp1, convertToTensor } from '../ops/builder';
import { OpType } from '../ops/op_types';
import { buildGradients, Gradient } from '../gradients/gradients';
import { PyLikeError } from '../errors';
import { whileContextOf } from './contexts';
import { countOutput, whileLoop } from './while_loop';
import { productTerm, ProductTerm, sumOfProducts } from './batched_grads';

const dense = (g: Gradient | null): Tensor | null => (g instanceof IndexedSlices ? g.toTensor() : g);
const differentiable = (t: Tensor) => isFloat(t.dtype);

export function whileGradient(op: Operation, grads: (Tensor | null)[]): (Tensor | null)[] {
  const ctx = whileContextOf(op);
  const k = ctx.loopVars.length;
  const none = op.inputs.map(() => null);
  if (!ctx.backProp) return none;
  if (ctx.replay) throw new PyLikeError('LookupError', `Second-order gradients through a while loop are not supported (op '${op.name}')`);
  const vars = range(k).filter(j => differentiable(ctx.loopVars[j]));
  if (!vars.some(j => grads[j] !== null)) return none;
  const caps = range(ctx.captures.length).filter(i => differentiable(ctx.captures[i]));
  const n = countOutput(ctx);
  const gInit = vars.map(j => grads[j] ?? makeOp1(OpType.ZerosLike, [op.outputs[j]]));
  const accInit = caps.map(i => makeOp1(OpType.ZerosLike, [ctx.captures[i]]));
  // Captures the body's gradient never reaches get None, as in tf.gradients.
  const connected = caps.map(() => false);
  // Matmul terms are summed after the loop as one product (batched_grads.ts).
  const terms: (ProductTerm | null)[] = caps.map(() => null);
  const results = whileLoop(
    ([counter]) => makeOp1(OpType.Greater, [counter, convertToTensor(0, 'int32')]),
    ([counter, ...rest]) => {
      const gv = rest.slice(0, vars.length);
      const acc = rest.slice(vars.length);
      const xs = [...vars.map(j => ctx.loopVars[j]), ...caps.map(i => ctx.captures[i])];
      const gs = buildGradients(vars.map(j => ctx.next[j]), xs, gv, xs);
      const gxs = vars.map((_, m) => dense(gs[m]) ?? makeOp1(OpType.ZerosLike, [gv[m]]));
      const sums = caps.map((_, m) => {
        const gc = dense(gs[vars.length + m]);
        if (gc === null) return acc[m];
        connected[m] = true;
        terms[m] = productTerm(gc, ctx, op.graph.controlFlowContext);
        return terms[m] ? acc[m] : makeOp1(OpType.Add, [acc[m], gc]);
      });
      return [makeOp1(OpType.Sub, [counter, convertToTensor(1, 'int32')]), ...gxs, ...sums];
    },
    [n, ...gInit, ...accInit],
    {
      replayOf: ctx, parallelIterations: ctx.parallelIterations,
      shapeInvariants: [[], ...vars.map(j => ctx.loopVars[j].shape), ...caps.map(i => ctx.captures[i].shape)],
    },
  );
  const out: (Tensor | null)[] = none.slice();
  vars.forEach((j, m) => { out[j] = results[1 + m]; });
  const backward = whileContextOf(results[0].op.inputs[0].op);
  caps.forEach((i, m) => {
    if (!connected[m]) return;
    const term = terms[m];
    out[k + i] = term ? sumOfProducts(term, ctx, backward) : results[1 + vars.length + m];
  });
  return out;
}

function range(n: number): number[] { return Array.from({ length: n }, (_, i) => i); }
