// The gradient registry, TF1 style: given the forward op and the gradients of its outputs,
// build the gradients of its inputs as new graph ops (null = no gradient for that input).
// "Not differentiable" is a separate, explicit mark, distinct from "missing".
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { IndexedSlices } from '../graph/indexed_slices';

/** Input gradients: Tensors, or IndexedSlices for a sparse one (Gather's params), or null. */
export type GradFn = (op: Operation, grads: (Tensor | null)[]) => (Tensor | IndexedSlices | null)[];

const gradients = new Map<string, GradFn>();
const notDifferentiable = new Set<string>();

export function registerGradient(type: string, fn: GradFn): void {
  if (gradients.has(type) || notDifferentiable.has(type)) throw new Error(`Gradient for ${type} registered twice`);
  gradients.set(type, fn);
}
export function registerNotDifferentiable(...types: string[]): void {
  for (const t of types) {
    if (gradients.has(t) || notDifferentiable.has(t)) throw new Error(`Gradient for ${t} registered twice`);
    notDifferentiable.add(t);
  }
}
export function getGradient(type: string): GradFn | 'not-differentiable' | undefined {
  if (notDifferentiable.has(type)) return 'not-differentiable';
  return gradients.get(type);
}
/**
 * Gradient functions that only refuse (TF has the gradient, Gradbook does not yet: calling one raises
 * NotImplementedError). Marked so the finite-difference coverage check can tell them from real ones.
 */
const refusing = new WeakSet<GradFn>();
export function markRefusingGradient<F extends GradFn>(fn: F): F { refusing.add(fn); return fn; }
export function isRefusingGradient(fn: GradFn): boolean { return refusing.has(fn); }
export function hasGradientEntry(type: string): boolean { return gradients.has(type) || notDifferentiable.has(type); }
