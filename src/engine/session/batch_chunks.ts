// Batch-chunked runs: a run that feeds a large batch (the Deep MNIST tutorial's accuracy over the
// whole test set in one sess.run) executes its row-wise prefix (conv, pool, bias, ReLU, matmul
// against weights, reshape [-1, ...], argmax over the last axes...) chunk by chunk of the batch,
// so the 4,500 × 28 × 28 × 32 activations (451 MB each) never exist at once: each op's pooled
// output is reused from chunk to chunk, and only the tensors that leave the prefix (read by a
// non-row-wise op such as the final reduce_mean, or fetched) are assembled at full size. Row i
// of a row-wise op depends only on row i of its batched inputs, so the values are the same
// bits as an unchunked run. Only pure plans are chunked: a plan with a variable update, a random
// op inside the prefix or control flow runs as it always did.
import type { NDArray } from '../ndarray';
import type { Tensor } from '../graph/tensor';
import type { Plan, PlanStep } from './plan';

/** Rows per chunk: at most this many bytes for the largest row-wise output of one chunk. */
const CHUNK_BYTES = 16 * 1024 * 1024;
/** Runs whose largest row-wise output stays below this run unchunked (training steps do). */
const MIN_CHUNKED_BYTES = 64 * 1024 * 1024;

const UNARY = new Set(['Relu', 'Relu6', 'Elu', 'Selu', 'Sigmoid', 'Tanh', 'Softplus', 'Softsign', 'Exp', 'Log', 'Log1p', 'Neg', 'Abs',
  'Square', 'Sqrt', 'Rsqrt', 'Floor', 'Ceil', 'Round', 'Sign', 'Cast', 'Identity', 'LogicalNot', 'IsNan', 'Reciprocal']);
const BINARY = new Set(['Add', 'AddV2', 'Sub', 'Mul', 'RealDiv', 'Div', 'Maximum', 'Minimum', 'Equal', 'NotEqual', 'Less', 'Greater',
  'LessEqual', 'GreaterEqual', 'LogicalAnd', 'LogicalOr', 'BiasAdd', 'SquaredDifference']);
const WINDOWED = new Set(['Conv2D', 'MaxPool', 'AvgPool', 'DepthwiseConv2dNative']);
const LAST_AXIS = new Set(['Softmax', 'LogSoftmax']);
const UNSAFE = new Set(['Switch', 'RefSwitch', 'Merge', 'Enter', 'Exit', 'NextIteration']);

export interface ChunkedPlan {
  rows: number;
  chunkRows: number;
  /** Step indices, in plan order: before the prefix, the row-wise prefix, after it. */
  pre: number[];
  rowwise: number[];
  post: number[];
  /** Feed slots cut into row ranges. */
  batchedFeeds: number[];
  /** Row-wise outputs read outside the prefix: assembled at full size. */
  boundary: number[];
  /** Slots the prefix steps produce (their chunk values die with the chunk). */
  rowwiseSlots: Set<number>;
}

const knownRank = (t: Tensor) => (t.shape === null ? -1 : t.shape.length);
const rowElements = (t: Tensor): number | null => {
  if (t.shape === null || t.shape.length === 0) return null;
  let n = 1;
  for (let i = 1; i < t.shape.length; i++) { const d = t.shape[i]; if (d === null || d === undefined || d < 0) return null; n *= d; }
  return n;
};
const constValues = (t: Tensor): number[] | null =>
  t.op.type === 'Const' ? Array.from((t.op.attrs.value as NDArray).data as ArrayLike<number>) : null;

/** Whether `step` maps row i of its batched inputs to row i of its outputs, given which inputs are batched. */
function isRowwise(step: PlanStep, batched: boolean[]): boolean {
  // A fused bias + ReLU step reads the add's inputs: row-wise when the add is (the ReLU always is).
  const op = step.fusedFrom ?? step.op;
  const ins = op.inputs;
  const type = op.type;
  if (UNARY.has(type)) return batched[0] && ins.length === 1;
  if (BINARY.has(type)) {
    if (batched[0] && batched[1]) return knownRank(ins[0]) === knownRank(ins[1]) && knownRank(ins[0]) >= 1;
    const [b, other] = batched[0] ? [ins[0], ins[1]] : [ins[1], ins[0]];
    // The unbatched operand broadcasts over trailing axes only, never along the batch.
    return knownRank(other) >= 0 && knownRank(other) < knownRank(b);
  }
  if (WINDOWED.has(type)) return batched[0] && !batched.slice(1).some(Boolean);
  if (LAST_AXIS.has(type)) return batched[0] && knownRank(ins[0]) >= 2;
  if (type === 'MatMul') return batched[0] && !batched[1] && op.attrs.transpose_a !== true;
  if (type === 'ArgMax' || type === 'ArgMin') {
    const axis = constValues(ins[1]);
    return batched[0] && !batched[1] && axis !== null && axis.length === 1 && axis[0] !== 0 && axis[0] !== -knownRank(ins[0]) && knownRank(ins[0]) >= 2;
  }
  if (type === 'Reshape') {
    const target = constValues(ins[1]);
    const per = rowElements(ins[0]);
    if (!batched[0] || batched[1] || target === null || target[0] !== -1 || per === null) return false;
    return target.slice(1).every((d) => d > 0) && target.slice(1).reduce((a, b) => a * b, 1) === per;
  }
  return false;
}

/** What a plan's steps allow for one set of batched feeds; independent of the batch size. */
interface Analysis extends Omit<ChunkedPlan, 'rows' | 'chunkRows'> {
  /** Bytes of the widest row-wise output row. */
  widest: number;
}

/**
 * The analysis is a walk over every step with a few Sets per step: a training step paid it on
 * every sess.run (~6 % of the seed step) to learn each time that its plan updates variables. It
 * depends only on the plan, its liveness and which feeds are batched, so it is kept per plan.
 */
interface Memo { releases: Int32Array[]; impure: boolean; byBatched: Map<string, Analysis | null> }
const memos = new WeakMap<Plan, Memo>();

function memoFor(plan: Plan, releases: Int32Array[]): Memo {
  let m = memos.get(plan);
  if (m === undefined || m.releases !== releases) {
    const impure = plan.steps.some((step) => !!step.kernel.refInputs?.length || UNSAFE.has(step.op.type));
    m = { releases, impure, byBatched: new Map() };
    memos.set(plan, m);
  }
  return m;
}

/** The chunked shape of this run, or null when it should run whole. */
export function chunkedPlan(plan: Plan, feeds: Map<Tensor, NDArray>, releases: Int32Array[]): ChunkedPlan | null {
  const memo = memoFor(plan, releases);
  if (memo.impure) return null;
  let rows = -1;
  for (const v of feeds.values()) {
    if (v.shape.length === 0) continue;
    if (rows < 0 || v.shape[0] > rows) rows = v.shape[0];
  }
  if (rows < 2) return null;
  const batchedFeeds: number[] = [];
  for (const [t, v] of feeds) if (v.shape.length > 0 && v.shape[0] === rows) batchedFeeds.push(plan.feedSlots.get(t)!);
  const key = batchedFeeds.join(',');
  let a = memo.byBatched.get(key);
  if (a === undefined) { a = analyse(plan, batchedFeeds, releases); memo.byBatched.set(key, a); }
  if (a === null || a.widest * rows < MIN_CHUNKED_BYTES) return null;
  const chunkRows = Math.max(1, Math.floor(CHUNK_BYTES / a.widest));
  if (chunkRows >= rows) return null;
  return { rows, chunkRows, pre: a.pre, rowwise: a.rowwise, post: a.post, batchedFeeds: a.batchedFeeds, boundary: a.boundary, rowwiseSlots: a.rowwiseSlots };
}

function analyse(plan: Plan, batchedFeeds: number[], releases: Int32Array[]): Analysis | null {
  const batchedSlot = new Set(batchedFeeds);
  const rowwiseSlots = new Set<number>();
  const afterPrefix = new Set<number>(); // slots that depend on the prefix but are not row-wise
  const pre: number[] = [], rowwise: number[] = [], post: number[] = [];
  let widest = 0;
  for (let n = 0; n < plan.steps.length; n++) {
    const step = plan.steps[n];
    const batched = Array.from(step.inputSlots, (s) => batchedSlot.has(s) || rowwiseSlots.has(s));
    const late = step.inputSlots.some((s) => afterPrefix.has(s));
    if (!late && batched.some(Boolean) && isRowwise(step, batched)) {
      rowwise.push(n);
      for (let k = 0; k < step.outputSlots.length; k++) {
        const s = step.outputSlots[k];
        if (s < 0) continue;
        rowwiseSlots.add(s);
        widest = Math.max(widest, (rowElements(step.op.outputs[k]) ?? 0) * 4);
      }
    } else if (late || batched.some(Boolean)) {
      post.push(n);
      for (const s of step.outputSlots) if (s >= 0) afterPrefix.add(s);
    } else {
      pre.push(n);
    }
  }
  if (!rowwise.length) return null;
  // Row-wise values read after the prefix, fetched, or kept for observers (they never die).
  const readLater = new Set<number>(plan.fetchSlots);
  for (const n of post) for (const s of plan.steps[n].inputSlots) readLater.add(s);
  const dies = new Set<number>();
  for (const d of releases) for (const s of d) dies.add(s);
  const boundary = [...rowwiseSlots].filter((s) => readLater.has(s) || !dies.has(s));
  return { pre, rowwise, post, batchedFeeds, boundary, rowwiseSlots, widest };
}
