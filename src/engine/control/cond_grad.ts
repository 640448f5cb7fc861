// The gradient of an If op is another If on the same predicate: each branch holds the gradient
// of the matching forward branch with respect to the captured tensors, so only the taken
// branch's gradient runs. Forward branch tensors the gradient reads come out of the forward If
// as extra outputs (the other branch leaves those empty; its gradient never reads them).
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import { IndexedSlices } from '../graph/indexed_slices';
import { isFloat } from '../dtypes';
import { makeOp1 } from '../ops/builder';
import { OpType } from '../ops/op_types';
import { buildGradients, Gradient } from '../gradients/gradients';
import { PyLikeError } from '../errors';
import { condFrameOf, CondBranchContext } from './contexts';
import { cond } from './cond';

const dense = (g: Gradient | null): Tensor | null => (g instanceof IndexedSlices ? g.toTensor() : g);

export function condGradient(op: Operation, grads: (Tensor | null)[]): (Tensor | null)[] {
  const frame = condFrameOf(op);
  if (frame.replay.length) throw new PyLikeError('LookupError', `Second-order gradients through a cond are not supported (op '${op.name}')`);
  const none = op.inputs.map(() => null);
  const nResults = frame.branches[1].outputs.length;
  const results = range(nResults).filter(i => isFloat(op.outputs[i].dtype) && grads[i] !== null);
  if (!results.length) return none;
  const caps = range(frame.captures.length).filter(i => isFloat(frame.captures[i].dtype));
  if (!caps.length) return none;
  const connected = caps.map(() => false);
  const branchGrads = (ctx: CondBranchContext) => () => {
    const xs = caps.map(i => frame.captures[i]);
    const gs = buildGradients(results.map(i => ctx.outputs[i]), xs, results.map(i => grads[i]!), xs);
    return xs.map((x, m) => {
      const g = dense(gs[m]);
      if (g === null) return makeOp1(OpType.ZerosLike, [x]);
      connected[m] = true;
      return g;
    });
  };
  const out = cond(op.inputs[0], branchGrads(frame.branches[1]), branchGrads(frame.branches[0]), { replayOf: frame });
  const inGrads: (Tensor | null)[] = none.slice();
  caps.forEach((i, m) => { if (connected[m]) inGrads[1 + i] = out[m]; });
  return inGrads;
}

function range(n: number): number[] { return Array.from({ length: n }, (_, i) => i); }
