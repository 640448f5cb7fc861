// Global step helpers (tf1-semantics §5.4).
import { Tensor } from '../graph/tensor';
import type { Graph } from '../graph/graph';
import { GraphKeys } from '../graph/graph_keys';
import { getDefaultGraph, withDefaultGraph } from '../graph/default_graph';
import { Variable } from '../variables/variable';
import { getVariable } from '../variables/variable_scope';
import { zerosInitializer } from '../variables/initializers_random';
import type { Session } from '../session/session';
import { isInteger } from '../dtypes';
import { formatShapePy } from '../shape';
import { valueError, typeError } from '../errors';

/**
 * tf.train.get_global_step: the single GLOBAL_STEP collection item, else the tensor named
 * `global_step:0` (TF returns the ref Tensor there), else null. Several items: null.
 */
export function getGlobalStep(graph?: Graph | null): Variable | Tensor | null {
  const g = graph ?? getDefaultGraph();
  const items = g.getCollection(GraphKeys.GLOBAL_STEP) as (Variable | Tensor)[];
  let found: Variable | Tensor | null = null;
  if (items.length === 1) found = items[0];
  else if (items.length > 1) return null;
  else {
    try { found = g.getTensorByName('global_step:0'); } catch { return null; }
  }
  assertGlobalStep(found);
  return found;
}

/** TF's assert_global_step. */
export function assertGlobalStep(t: unknown): void {
  if (!(t instanceof Variable) && !(t instanceof Tensor)) {
    throw typeError(`Existing "global_step" must be a Variable or Tensor: ${String(t)}.`);
  }
  if (!isInteger(t.dtype)) throw typeError(`Existing "global_step" does not have integer type: ${t.dtype}`);
  if (t.shape === null || t.shape.length !== 0) throw typeError(`Existing "global_step" is not scalar: ${formatShapePy(t.shape)}`);
}

/** tf.train.create_global_step: an int64 scalar variable `global_step` in the root scope. */
export function createGlobalStep(graph?: Graph | null): Variable {
  const g = graph ?? getDefaultGraph();
  if (getGlobalStep(g) !== null) throw valueError('"global_step" already exists.');
  return withDefaultGraph(g, () => g.withNameScope('', null, () =>
    getVariable('global_step', {
      shape: [], dtype: 'int64', initializer: zerosInitializer(), trainable: false,
      collections: [GraphKeys.GLOBAL_VARIABLES, GraphKeys.GLOBAL_STEP],
    })));
}

/** tf.train.get_or_create_global_step. */
export function getOrCreateGlobalStep(graph?: Graph | null): Variable | Tensor {
  return getGlobalStep(graph) ?? createGlobalStep(graph);
}

/** tf.train.global_step(sess, global_step_tensor): the step as a number. */
export function globalStep(sess: Session, globalStepTensor: Variable | Tensor): number {
  const v = sess.run(globalStepTensor) as import('../ndarray').NDArray;
  return Number((v.data as Float64Array)[0]);
}
