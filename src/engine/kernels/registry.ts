// The forward-kernel registry: one small KernelDef per op type. A def gives the static rule
// (output dtypes and shapes at graph-build time) and the compute function (values at run time).
import type { NDArray } from '../ndarray';
import type { Operation, Attrs } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { OutputSpec } from '../graph/graph';
import type { RuntimeContext } from '../session/runtime';

export type OpFamily = 'math' | 'array' | 'nn' | 'state' | 'random' | 'control' | 'training' | 'summary';

export interface KernelDef {
  type: string;
  family: OpFamily;
  /**
   * Static output specs. Throw `ShapeError` for shape problems (the builder adds TF's
   * " for 'name' (op: 'Type') with input shapes: ..." suffix); throw a PyLikeError for dtype errors.
   */
  infer(inputs: Tensor[], attrs: Attrs): OutputSpec[];
  /** Values of the outputs. Must not mutate inputs, except ref inputs of state/training ops. */
  compute(inputs: NDArray[], op: Operation, rt: RuntimeContext): NDArray[];
  /** Runs every time and has effects (variables, randomness); never cached or folded. */
  stateful?: boolean;
  /** Input positions that take a variable ref that may be uninitialized (Assign's target). */
  refInputs?: number[];
  /** Runs even when inputs are dead (Merge); other ops with a dead input yield dead outputs. */
  acceptsDeadInputs?: boolean;
  /** Typed attrs (ops/attrs.ts): the attrs with defaults filled in and kinds checked. */
  normalizeAttrs?(attrs: Attrs): Attrs;
}

/** A static-shape failure; the builder turns it into TF's ValueError text. */
export class ShapeError extends Error {}

const kernels = new Map<string, KernelDef>();

export function registerKernel(def: KernelDef): void {
  if (kernels.has(def.type)) throw new Error(`Kernel ${def.type} registered twice`);
  kernels.set(def.type, def);
}
export function getKernel(type: string): KernelDef | undefined { return kernels.get(type); }
export function registeredKernels(): KernelDef[] { return [...kernels.values()]; }
