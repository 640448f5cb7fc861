// Shape-only subgraphs computed once per set of shapes (issue 15). The seed's naive cross entropy
// and its gradient are ~58 ops, of which ~25 compute nothing but shapes and constants: Shape of a
// batch, Prod of it, Maximum, FloorDiv, Cast, Fill, Reshape, Tile of a constant 1/N, Neg of it,
// BroadcastGradientArgs... Their values depend only on the shapes of a few tensors (the
// "leaves": what Shape, Size, Rank and ShapeN read) and on constants, so a training loop computes
// the same values every step, each paying a dispatch.
//
// A step is folded when its op is one of the deterministic, value-only ops below, it has no
// control inputs, and every data input comes from a folded step, or it is a leaf (Shape, Size,
// Rank, ShapeN: output a function of its inputs' shapes alone). Consts are folded (no inputs).
// The first run computes folded steps as usual and keeps a private copy of their outputs and
// each leaf's input shapes. A later run puts the kept outputs in their slots without running the
// kernels, as long as every leaf's input has the shape it had; from the first leaf whose input
// shape differs, every later folded step runs again and the copies are replaced. A run that fails
// while recomputing, or meets a dead or uninitialized leaf input, leaves the cache invalid, so the
// next run computes everything as the graph says. The values are those the kernels computed, so
// results are the same bits (tested against runs with folding off); kernels must not mutate their
// inputs (registry.ts), which keeps the copies intact, and a fetch copies them like any value the
// engine may write again.
//
// Not folded: outputs of 128 KB or more (the runtime may hand such a request a view of a recycled
// large buffer; that step and the folded steps reading it then run every time), fused steps, and
// anything stateful or random.
// Batch-chunked runs (batch_chunks.ts) run every step, as does a run with folding turned off.
import type { NDArray } from '../ndarray';
import { DEAD, RuntimeContext, UninitializedRef } from './runtime';
import type { Plan } from './plan';

/** Ops whose output is a function of their inputs' shapes only. */
const LEAVES = new Set(['Shape', 'ShapeN', 'Size', 'Rank']);
/** Deterministic ops whose outputs are a function of their input values (and attrs) only. */
const PURE = new Set([
  'Const', 'Identity', 'BroadcastGradientArgs', 'Prod', 'Sum', 'Max', 'Min', 'Maximum', 'Minimum',
  'FloorDiv', 'FloorMod', 'Cast', 'Fill', 'Reshape', 'Tile', 'RealDiv', 'Div', 'Neg', 'Mul', 'Add',
  'AddV2', 'Sub', 'Pack', 'Unpack', 'ConcatV2', 'StridedSlice', 'Slice', 'Range', 'ExpandDims',
  'Squeeze', 'GatherV2', 'Gather', 'ZerosLike', 'OnesLike', 'Floor', 'Transpose', 'Abs', 'Square',
  'Sqrt', 'Reciprocal', 'Equal', 'NotEqual', 'Less', 'Greater', 'LessEqual', 'GreaterEqual', 'Select',
]);

/** Outputs this large are not kept (see the header). Same bound as the runtime's VIEW_MIN_BYTES. */
const MAX_KEPT_BYTES = (1 << 20) / 8;

/**
 * Turns folding off (tests compare both; read at every run). GRADBOOK_SHAPE_FOLD=0 starts a
 * process with it off, so benchmarks can interleave both in one build.
 */
export const shapeFolding = { enabled: (typeof process !== 'undefined' ? process.env?.GRADBOOK_SHAPE_FOLD : undefined) !== '0' };

const NORMAL = 0, LEAF = 1, INNER = 2;

export interface ShapeFold {
  /** Per step: NORMAL, LEAF or INNER. */
  kind: Uint8Array;
  /** Whether `values` and `leafShapes` hold the outputs of a complete, successful run. */
  valid: boolean;
  /** Per folded step, its kept outputs (by output index; undefined for outputs the plan feeds). */
  values: (NDArray | undefined)[][];
  /** Per leaf step, the shapes of its inputs when its outputs were kept. */
  leafShapes: number[][][];
  /** Steps whose output could not be kept: they and the steps reading them run every time. */
  excluded: Set<number>;
}

/** Which steps fold: leaves, and pure ops over folded values, minus the excluded steps. */
function classify(plan: Plan, excluded: Set<number>): { kind: Uint8Array; count: number } {
  const kind = new Uint8Array(plan.steps.length);
  const folded = new Set<number>(); // slots computed by folded steps
  let count = 0;
  plan.steps.forEach((step, n) => {
    const op = step.op;
    if (step.fusedFrom || op.controlInputs.length || excluded.has(n)) return;
    let k = NORMAL;
    if (LEAVES.has(op.type)) k = LEAF;
    else if (PURE.has(op.type) && step.inputSlots.every((s) => folded.has(s))) k = INNER;
    if (k === NORMAL) return;
    kind[n] = k;
    for (const s of step.outputSlots) if (s >= 0) folded.add(s);
    if (op.type !== 'Const') count++;
  });
  return { kind, count };
}

/** The folding of a plan, worked out once; null when the plan has nothing worth folding. */
export function shapeFoldOf(plan: Plan): ShapeFold | null {
  if (plan.shapeFold !== undefined) return plan.shapeFold;
  const { kind, count } = classify(plan, new Set());
  const fold = count === 0 ? null : { kind, valid: false, values: [], leafShapes: [], excluded: new Set<number>() };
  plan.shapeFold = fold;
  return fold;
}

/** A dead or uninitialized value: its shape says nothing, and the step must run as written. */
const unusual = (v: NDArray | undefined): boolean => v === undefined || v === DEAD || v instanceof UninitializedRef;

/**
 * Runs the plan's steps like the session's plain loop (`runStep` then `releaseDead` per step),
 * taking kept outputs for folded steps while the leaves' input shapes match.
 */
export function runFolded(
  fold: ShapeFold, plan: Plan, slots: NDArray[], rt: RuntimeContext,
  runStep: (n: number) => void, releaseDead: (n: number) => void,
): void {
  const steps = plan.steps;
  const kind = fold.kind;
  let reuse = fold.valid;
  let keep = true; // this run's recomputed values may be kept
  for (let n = 0; n < steps.length; n++) {
    const k = kind[n];
    if (k === NORMAL) { runStep(n); releaseDead(n); continue; }
    const step = steps[n];
    if (reuse && k === LEAF) {
      const shapes = fold.leafShapes[n];
      const inputs = step.inputSlots;
      for (let i = 0; i < inputs.length; i++) {
        const v = slots[inputs[i]];
        if (unusual(v) || !sameDims(v.shape, shapes[i])) { reuse = false; break; }
      }
    }
    if (reuse) {
      const outs = step.outputSlots, kept = fold.values[n];
      for (let i = 0; i < outs.length; i++) if (outs[i] >= 0) slots[outs[i]] = kept[i]!;
      releaseDead(n);
      continue;
    }
    // Recompute from here on; the cache is whole again only when this run completes.
    fold.valid = false;
    if (k === LEAF) {
      const shapes: number[][] = [];
      for (const s of step.inputSlots) {
        const v = slots[s];
        if (unusual(v)) keep = false;
        else shapes.push(v.shape.slice());
      }
      fold.leafShapes[n] = shapes;
    }
    runStep(n);
    let unkept = false;
    const outs = step.outputSlots, kept: (NDArray | undefined)[] = [];
    for (let i = 0; i < outs.length; i++) {
      if (outs[i] < 0) continue;
      const v = slots[outs[i]];
      if (unusual(v)) { keep = false; continue; }
      const bytes = (v.data as { byteLength?: number }).byteLength;
      if (bytes === undefined || bytes >= MAX_KEPT_BYTES) { unkept = true; continue; }
      // A private copy: other plans may run this op and write its pooled buffer.
      const copy = v.clone();
      rt.mutableBuffers.add(copy.data);
      kept[i] = copy;
      slots[outs[i]] = copy;
    }
    fold.values[n] = kept;
    if (unkept) {
      // This step and every folded step reading it run as written from now on (this run's
      // later steps included: `kind` is read afresh at every step).
      fold.excluded.add(n);
      fold.kind.set(classify(plan, fold.excluded).kind);
    }
    releaseDead(n);
  }
  fold.valid = keep;
}

function sameDims(a: readonly number[], b: readonly number[] | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
