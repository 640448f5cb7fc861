// Axis arguments of reductions and ArgMax: constant-folded at build time when the axis input
// is a Const, normalized (negative axes + rank) and validated with TF's texts.
import type { Tensor } from '../../graph/tensor';
import type { NDArray } from '../../ndarray';
import { ShapeError } from '../registry';
import { invalidArgument } from '../../errors';

/** The axis values if the tensor is a build-time constant, else null. */
export function constantValues(t: Tensor): number[] | null {
  if (t.op.type !== 'Const') return null;
  return Array.from((t.op.attrs.value as NDArray).data as ArrayLike<number>);
}

/** Sorted unique axes in [0, rank), or an error text. */
function normalize(axes: ArrayLike<number>, rank: number): number[] | string {
  if (axes.length === 1) { // the common case, without the Set and the sort (run on every step)
    const a = axes[0];
    if (a < -rank || a >= rank) return `Invalid reduction dimension ${a} for input with ${rank} dimensions.`;
    return [a < 0 ? a + rank : a];
  }
  const seen = new Set<number>();
  for (let i = 0; i < axes.length; i++) {
    const a = axes[i];
    if (a < -rank || a >= rank) return `Invalid reduction dimension ${a} for input with ${rank} dimensions.`;
    seen.add(a < 0 ? a + rank : a);
  }
  return [...seen].sort((p, q) => p - q);
}

export function normalizeAxesStatic(axes: ArrayLike<number>, rank: number): number[] {
  const r = normalize(axes, rank);
  if (typeof r === 'string') throw new ShapeError(r);
  return r;
}

export function normalizeAxesRuntime(axes: ArrayLike<number>, rank: number): number[] {
  const r = normalize(axes, rank);
  if (typeof r === 'string') {
    const bad = Array.from(axes).find(a => a < -rank || a >= rank);
    throw invalidArgument(`Invalid reduction dimension (${bad} for input with ${rank} dimension(s)`);
  }
  return r;
}
