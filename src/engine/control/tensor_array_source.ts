// Which tf.gradients call a TensorArray gradient belongs to (TF's `_GetGradSource`): the
// `gradients`, `gradients_1`, ... component of the current name scope, so two gradient
// computations over one array never add into the same gradient array.
import type { Graph } from '../graph/graph';

export function gradientSource(g: Graph): string {
  const parts = g.getNameScope().split('/');
  const i = parts.findIndex(p => /^gradients(_\d+)?$/.test(p));
  return i < 0 ? 'gradients' : parts.slice(0, i + 1).join('/');
}
