// NoOp and what is built on it: tf.no_op, tf.group, tf.tuple, tf.control_dependencies
// (tf1-semantics §1.10). Ordering lives in control inputs; NoOp itself computes nothing.
import { Tensor } from '../../graph/tensor';
import { Operation } from '../../graph/operation';
import { getDefaultGraph } from '../../graph/default_graph';
import { typeError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { op } from '../../formats/graph/op_defs/op_spec';
import { isConvertible } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { Identity } from './identity';

export const NoOp = defineOp({
  type: OpType.NoOp, family: 'control', inputs: [], attrs: {},
  infer: () => [],
  compute: () => [],
  gradient: NOT_DIFFERENTIABLE,
  tf: op('NoOp', '', ''),
});

export function noOp(name?: string): Operation {
  return NoOp.make([], {}, name ?? 'NoOp');
}

export type OpOrTensor = Operation | Tensor | { toTensor(asRef?: boolean): Tensor };

/** The op a control dependency on `x` waits for (a Variable's is its VariableV2 op, as in TF). */
export function asOp(x: OpOrTensor): Operation {
  if (x instanceof Operation) return x;
  if (x instanceof Tensor) return x.op;
  if (isConvertible(x)) return x.toTensor(true).op;
  throw typeError('group/control_dependencies expects Operations or Tensors');
}

/** tf.group: a NoOp (default name group_deps) depending on all inputs; none → a plain NoOp. */
export function group(inputs: OpOrTensor[], name?: string): Operation {
  const ops = inputs.map(asOp);
  const g = ops.length ? ops[0].graph : getDefaultGraph();
  return g.withNameScope(name ?? null, 'group_deps', scope =>
    g.withControlDependencies(ops, () => NoOp.make([], {}, scope || undefined)));
}

/** tf.control_dependencies as a function: ops created in `fn` depend on `deps`. */
export function withControlDependencies<T>(deps: OpOrTensor[] | null, fn: () => T): T {
  return getDefaultGraph().withControlDependencies(deps === null ? null : deps.map(asOp), fn);
}
export function enterControlDependencies(deps: OpOrTensor[] | null) {
  return getDefaultGraph().enterControlDependencies(deps === null ? null : deps.map(asOp));
}

/** tf.tuple: gated identities that all wait for every input; null entries pass through. */
export function tuple(tensors: (Tensor | null)[], name?: string, controlInputs: OpOrTensor[] = []): (Tensor | null)[] {
  const real = tensors.filter((t): t is Tensor => t !== null);
  const g = real.length ? real[0].graph : getDefaultGraph();
  return g.withNameScope(name ?? null, 'tuple', () => {
    const gate = group([...real, ...controlInputs]);
    return tensors.map(t => (t === null ? null : g.withControlDependencies([gate], () => Identity.make1([t], {}, 'control_dependency'))));
  });
}

export const GROUP: OpGroup = {
  ops: [NoOp],
  api: [
    defineApi({
      name: 'tf.no_op', doc: 'Does nothing. Only useful as a placeholder for control edges.',
      params: [{ name: 'name', default: null, type: 'name' }],
    }, a => noOp(a.name ?? undefined)),
  ],
};
