// Graph-building helpers with no math: placeholders, identity, groups, control dependencies.
import { Tensor } from '../graph/tensor';
import { Operation } from '../graph/operation';
import { getDefaultGraph } from '../graph/default_graph';
import { convertToTensor, makeOp, makeOp1, TensorLike, isConvertible } from './builder';
import type { DType } from '../dtypes';
import type { StaticShape } from '../shape';
import { typeError } from '../errors';

export function placeholder(dtype: DType = 'float32', shape: StaticShape | undefined = null, name?: string): Tensor {
  return makeOp1('Placeholder', [], { dtype, shape: shape === undefined ? null : shape }, name ?? 'Placeholder');
}
export function placeholderWithDefault(input: TensorLike, shape: StaticShape, name?: string): Tensor {
  return makeOp1('PlaceholderWithDefault', [convertToTensor(input)], { shape }, name ?? 'PlaceholderWithDefault');
}
export function identity(x: TensorLike, name?: string): Tensor {
  return makeOp1('Identity', [convertToTensor(x)], {}, name ?? 'Identity');
}
export function stopGradient(x: TensorLike, name?: string): Tensor {
  return makeOp1('StopGradient', [convertToTensor(x)], {}, name ?? 'StopGradient');
}
export function noOp(name?: string): Operation {
  return makeOp('NoOp', [], {}, name ?? 'NoOp');
}

type OpOrTensor = Operation | Tensor | { toTensor(asRef?: boolean): Tensor };
function asOp(x: OpOrTensor): Operation {
  if (x instanceof Operation) return x;
  if (x instanceof Tensor) return x.op;
  if (isConvertible(x)) {
    // A Variable in a group means its initializer-free ref op; TF uses the variable's op.
    return x.toTensor(true).op;
  }
  throw typeError('group/control_dependencies expects Operations or Tensors');
}

/** tf.group: a NoOp (default name group_deps) depending on all inputs. */
export function group(inputs: OpOrTensor[], name?: string): Operation {
  const ops = inputs.map(asOp);
  const g = ops.length ? ops[0].graph : getDefaultGraph();
  return g.withNameScope(name ?? null, 'group_deps', scope =>
    g.withControlDependencies(ops, () => makeOp('NoOp', [], {}, scope || undefined)));
}

/** tf.control_dependencies as a function: ops created in `fn` depend on `deps`. */
export function withControlDependencies<T>(deps: OpOrTensor[] | null, fn: () => T): T {
  const g = getDefaultGraph();
  return g.withControlDependencies(deps === null ? null : deps.map(asOp), fn);
}
export function enterControlDependencies(deps: OpOrTensor[] | null) {
  return getDefaultGraph().enterControlDependencies(deps === null ? null : deps.map(asOp));
}

/** tf.tuple: gated identities that all wait for every input. */
export function tuple(tensors: (Tensor | null)[], name?: string, controlInputs: OpOrTensor[] = []): (Tensor | null)[] {
  const real = tensors.filter((t): t is Tensor => t !== null);
  const g = real.length ? real[0].graph : getDefaultGraph();
  return g.withNameScope(name ?? null, 'tuple', () => {
    const gate = group([...real, ...controlInputs]);
    return tensors.map(t => (t === null ? null : g.withControlDependencies([gate], () => makeOp1('Identity', [t], {}, 'control_dependency'))));
  });
}
