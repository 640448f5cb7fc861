// One op, one definition: its type name, typed attrs, static rule, kernel and gradient (or an
// explicit not-differentiable mark) in one object. A definition file exports an OpGroup (its
// ops plus the Python-visible functions built on them); ops/index.ts lists every group and
// registerOps puts them into the kernel and gradient registries, which stay the lookup tables
// the session and tf.gradients use. Nothing registers itself on import.
import type { NDArray } from '../ndarray';
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import type { IndexedSlices } from '../graph/indexed_slices';
import type { OutputSpec } from '../graph/graph';
import type { RuntimeContext } from '../session/runtime';
import { registerKernel, OpFamily } from '../kernels/registry';
import { registerGradient, registerNotDifferentiable } from '../gradients/registry';
import type { ApiFunction } from '../api/api_function';
import { AttrSchema, AttrsOf, normalizeAttrs } from './attrs';
import { makeOp } from './builder';
import type { OpTypeName } from './op_types';
import { registerOpSpecs, type OpSpec as TfOpSpec } from '../formats/graph/op_defs/op_spec';

/** The mark for ops without a gradient (comparisons, argmax, integer rounding...). */
export const NOT_DIFFERENTIABLE = 'not differentiable';

/** An Operation whose attrs are the op's declared (complete, checked) attrs. */
export interface OpOf<A> extends Operation { readonly attrs: A & Record<string, unknown> }

/** TF1 style: given the forward op and its output gradients, build its input gradients as ops. */
export type OpGradient<A> = (op: OpOf<A>, grads: (Tensor | null)[]) => (Tensor | IndexedSlices | null)[];

export interface OpSpec<S extends AttrSchema> {
  type: OpTypeName;
  family: OpFamily;
  /** Input names in TF's op def order; a leading `*` marks a list input (any count). */
  inputs: readonly string[];
  attrs: S;
  /** Static output dtypes and shapes; throw ShapeError (builder adds TF's suffix) or a TypeError. */
  infer(inputs: Tensor[], attrs: AttrsOf<S>): OutputSpec[];
  /** Output values; write into rt.output buffers; never mutate inputs (ref inputs excepted). */
  compute(inputs: NDArray[], op: OpOf<AttrsOf<S>>, rt: RuntimeContext): NDArray[];
  gradient: OpGradient<AttrsOf<S>> | typeof NOT_DIFFERENTIABLE;
  /** Runs every time and has effects (variables, randomness); never cached or folded. */
  stateful?: boolean;
  /** Input positions that take a variable ref that may be uninitialized (Assign's target). */
  refInputs?: number[];
  /** Runs even when inputs are dead (Merge: it forwards the live one). See session/runtime.ts DEAD. */
  acceptsDeadInputs?: boolean;
  /**
   * TF's OpDef of this op type, in REGISTER_OP's notation: `op('MatMul', 'a: T, b: T', 'product: T',
   * 'transpose_a: bool = false; transpose_b: bool = false; T: type')`. GraphDef export/import and
   * MetaGraphDef's op list read it, so graphs stay importable by real TF. Only ops Gradbook has no
   * definition for (the Saver's SaveV2 and RestoreV2) keep a row in formats/graph/op_defs/state.ts,
   * registered by src/engine/index.ts.
   */
  tf?: TfOpSpec;
}

export interface OpDef<S extends AttrSchema = AttrSchema> extends Readonly<OpSpec<S>> {
  /** A node of this op: attrs checked and defaulted, TF's build-time errors. */
  make(inputs: Tensor[], attrs?: Partial<AttrsOf<S>>, name?: string): Operation;
  /** make(...).outputs[0]. */
  make1(inputs: Tensor[], attrs?: Partial<AttrsOf<S>>, name?: string): Tensor;
}

export function defineOp<S extends AttrSchema>(spec: OpSpec<S>): OpDef<S> {
  return {
    ...spec,
    make: (inputs, attrs = {}, name) => makeOp(spec.type, inputs, attrs, name),
    make1: (inputs, attrs = {}, name) => makeOp(spec.type, inputs, attrs, name).outputs[0],
  };
}

/** The ops one definition file adds, and the Python-visible functions built on them. */
export interface OpGroup {
  readonly ops: readonly OpDef<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly api: readonly ApiFunction[];
}

function checkInputCount(def: OpDef<AttrSchema>, inputs: Tensor[]): void {
  if (def.inputs.some(n => n.startsWith('*'))) return;
  if (inputs.length !== def.inputs.length) {
    throw new Error(`Op ${def.type} takes ${def.inputs.length} inputs (${def.inputs.join(', ')}), got ${inputs.length}`);
  }
}

/** Puts every op of the groups into the kernel and gradient registries (once, at engine load). */
export function registerOps(groups: readonly OpGroup[]): void {
  for (const group of groups) {
    for (const def of group.ops as readonly OpDef<AttrSchema>[]) {
      registerKernel({
        type: def.type, family: def.family, stateful: def.stateful, refInputs: def.refInputs, acceptsDeadInputs: def.acceptsDeadInputs,
        normalizeAttrs: attrs => normalizeAttrs(def.attrs, attrs, def.type),
        infer: (inputs, attrs) => { checkInputCount(def, inputs); return def.infer(inputs, attrs as AttrsOf<AttrSchema>); },
        compute: def.compute as (inputs: NDArray[], op: Operation, rt: RuntimeContext) => NDArray[],
      });
      if (def.tf) registerOpSpecs([def.tf]);
      if (def.gradient === NOT_DIFFERENTIABLE) registerNotDifferentiable(def.type);
      else registerGradient(def.type, def.gradient as (op: Operation, grads: (Tensor | null)[]) => (Tensor | IndexedSlices | null)[]);
    }
  }
}
