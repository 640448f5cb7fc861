// tf.Session: owns variable values for its graph, runs fetches with feeds, caches one plan per
// (fetches, feeds) signature, and tells run observers (training telemetry) what ran.
import { Graph } from '../graph/graph';
import { Tensor } from '../graph/tensor';
import { Operation } from '../graph/operation';
import { getDefaultGraph, addResetBlocker, pushDefaultGraph } from '../graph/default_graph';
import { NDArray } from '../ndarray';
import { cppDTypeName, DType, roundHalfArray, NumericArray } from '../dtypes';
import { buildPlan, liveness, Plan, PlanStep } from './plan';
import { chunkedPlan, ChunkedPlan } from './batch_chunks';
import { fuseBiasRelu } from './fusion';
import { runFolded, shapeFolding, shapeFoldOf } from './shape_fold';
import { rows } from '../data/rows';
import { DEAD, RuntimeContext, UninitializedRef } from './runtime';
import { resolveFeeds, FeedDict } from './feeds';
import { FeedScratch } from './feed_scratch';
import { flattenFetches, rebuildFetches, resolveFetch, Fetch, FetchLeaf } from './fetches';
import { checkInterrupt } from './interrupt';
import { KernelError, OpError, runtimeError, typeError, valueError } from '../errors';
import { defaultSessions } from './default_session';
import { recordTelemetry } from '../telemetry/observer';
import { trainingValuesIn } from '../telemetry/applications';
import { OutOfMemoryError } from '../memory';

/** TF's text for a tensor allocation refused during a run (OpError appends the node). */
function oomMessage(dtype: DType, shape: readonly number[]): string {
  return `OOM when allocating tensor with shape[${shape.join(',')}] and type ${cppDTypeName(dtype)} on /job:localhost/replica:0/task:0/device:CPU:0 by allocator cpu`;
}

/**
 * What observers see after each run. `valueOf` gives the values the run kept: feeds, fetches,
 * every value under 1 MB (LARGE_BYTES), and what an observer's `retain` named; a larger
 * intermediate was recycled once its last consumer ran, and reads as undefined. Values are
 * valid during the callback; kept buffers are written again by the session's next run.
 */
export interface RunRecord {
  session: Session;
  plan: Plan;
  valueOf(t: Tensor): NDArray | undefined;
  /**
   * Data arrays of this run's values that an observer has already proven all finite (the gradient
   * capture's weight norm after a step): later observers of the same run may skip scanning them
   * (NanWatch). Nothing runs between observers, so the proof holds for this record only.
   */
  finiteData?: Set<unknown>;
}
type RunObserver = (r: RunRecord) => void;
export interface RunObserverOptions {
  /** Tensors of `plan` this observer reads through `valueOf`: kept alive until the run ends. */
  retain?: (plan: Plan) => Iterable<Tensor>;
}
const runObservers: RunObserver[] = [];
// Training telemetry is part of every run (it reads the values trainingValuesIn names).
const retainers: ((plan: Plan) => Iterable<Tensor>)[] = [trainingValuesIn];
/** Bumped when the retain hooks change, so cached plans recompute their liveness. */
let retainVersion = 0;
/** Engine-wide hooks called after every successful run (a kernel's Inspection attaches one). */
export function addRunObserver(fn: RunObserver, opts: RunObserverOptions = {}): () => void {
  runObservers.push(fn);
  const retain = opts.retain;
  if (retain) { retainers.push(retain); retainVersion++; }
  return () => {
    const i = runObservers.indexOf(fn); if (i >= 0) runObservers.splice(i, 1);
    const j = retain ? retainers.indexOf(retain) : -1; if (j >= 0) { retainers.splice(j, 1); retainVersion++; }
  };
}

/** Per step, the slots to release after it (computed once per plan and set of retain hooks). */
function releasesOf(plan: Plan): Int32Array[] {
  if (plan.releases === undefined || plan.releasesVersion !== retainVersion) {
    const keep: Tensor[] = [];
    for (const r of retainers) for (const t of r(plan)) keep.push(t);
    plan.releases = liveness(plan, keep);
    plan.releasesVersion = retainVersion;
  }
  return plan.releases;
}

/** Per plan, the values of its Const steps: the graph's own arrays, which a fetch must copy. */
const constValuesOf = new WeakMap<Plan, NDArray[]>();

/** Whether `v` shares memory with an array the run reads but does not own: a feed, or one of the plan's constants. */
function isBorrowed(v: NDArray, plan: Plan, feeds: Map<Tensor, NDArray>): boolean {
  for (const f of feeds.values()) if (sharesMemory(v, f)) return true;
  let consts = constValuesOf.get(plan);
  if (consts === undefined) {
    consts = [];
    for (const step of plan.steps) if (step.op.type === 'Const' && step.op.attrs.value instanceof NDArray) consts.push(step.op.attrs.value);
    constValuesOf.set(plan, consts);
  }
  for (const c of consts) if (sharesMemory(v, c)) return true;
  return false;
}

/** Whether two arrays share memory: the same storage, or overlapping bytes of one buffer. */
export function sharesMemory(a: NDArray, b: NDArray): boolean {
  if (a.data === b.data) return true;
  if (Array.isArray(a.data) || Array.isArray(b.data)) return false;
  const x = a.data as NumericArray, y = b.data as NumericArray;
  if (x.byteLength === 0 || y.byteLength === 0 || x.buffer !== y.buffer) return false;
  return x.byteOffset < y.byteOffset + y.byteLength && y.byteOffset < x.byteOffset + x.byteLength;
}

/** Runs one plan step: its kernel on the values in its input slots, outputs into its slots. */
function runStep(step: PlanStep, slots: NDArray[], rt: RuntimeContext): void {
  checkInterrupt();
  const { op, kernel, inputSlots, outputSlots, args } = step;
  let deadInput = false, uninitialized: UninitializedRef | null = null;
  for (let i = 0; i < inputSlots.length; i++) {
    const v = slots[inputSlots[i]];
    if (v === DEAD) deadInput = true;
    else if (v instanceof UninitializedRef && !(kernel.refInputs && kernel.refInputs.includes(i))) uninitialized = v;
    args[i] = v;
  }
  let outs: NDArray[];
  try {
    // An op on an untaken branch does not run (and so cannot fail on what it would read).
    if (deadInput && !kernel.acceptsDeadInputs) outs = op.outputs.map(() => DEAD);
    else if (uninitialized) throw new OpError('FailedPreconditionError', `Attempting to use uninitialized value ${uninitialized.variableName}`, op.name, op.type, op);
    else outs = kernel.compute(args, op, rt);
  } catch (e) {
    if (e instanceof KernelError) throw new OpError(e.errorClass, e.message, op.name, op.type, op);
    if (e instanceof OutOfMemoryError) throw new OpError('ResourceExhaustedError', oomMessage(e.dtype, e.shape), op.name, op.type, op);
    throw e;
  } finally {
    // The cached plan must not keep this run's values alive after it.
    for (let i = 0; i < args.length; i++) args[i] = undefined!;
  }
  for (let k = 0; k < outputSlots.length; k++) {
    const v = outs[k];
    if (outputSlots[k] >= 0 && v !== undefined) {
      // float16 values live in float32 storage: each op's results are rounded to half, as TF's are.
      if (v.dtype === 'float16') roundHalfArray(v.data as NumericArray);
      slots[outputSlots[k]] = v; rt.track(v);
    }
  }
}

/** Drops the values whose last reader just ran; the runtime may reuse their large buffers. */
function releaseDead(dead: Int32Array, slots: NDArray[], rt: RuntimeContext, only?: (slot: number) => boolean): void {
  for (let i = 0; i < dead.length; i++) {
    if (only && !only(dead[i])) continue;
    const v = slots[dead[i]];
    if (v !== undefined && rt.release(v)) slots[dead[i]] = undefined!;
  }
}

/**
 * A run in batch chunks (batch_chunks.ts): the steps before the row-wise prefix, then the prefix
 * once per chunk of rows (its values die within the chunk, those read later are copied into
 * full-size arrays), then the rest with the assembled values in their slots.
 */
function runChunked(c: ChunkedPlan, plan: Plan, slots: NDArray[], rt: RuntimeContext, releases: Int32Array[]): void {
  const steps = plan.steps;
  const inPrefix = (s: number) => c.rowwiseSlots.has(s);
  const boundary = new Set(c.boundary);
  for (const n of c.pre) { runStep(steps[n], slots, rt); releaseDead(releases[n], slots, rt); }
  const whole = c.batchedFeeds.map((s) => slots[s]);
  const assembled = new Map<number, NDArray>();
  for (let lo = 0; lo < c.rows; lo += c.chunkRows) {
    const hi = Math.min(lo + c.chunkRows, c.rows);
    c.batchedFeeds.forEach((s, i) => { slots[s] = rows(whole[i], lo, hi); });
    for (const n of c.rowwise) {
      runStep(steps[n], slots, rt);
      // Within a chunk only the prefix's own values die; values from before it serve every chunk.
      releaseDead(releases[n], slots, rt, (s) => inPrefix(s) && !boundary.has(s));
    }
    for (const s of c.boundary) {
      const part = slots[s];
      if (part === DEAD || part.shape[0] !== hi - lo) throw new Error(`internal: batch chunk of slot ${s} has ${part.shape[0]} rows, not ${hi - lo}`);
      let full = assembled.get(s);
      if (!full) { full = NDArray.zeros(part.dtype, [c.rows, ...part.shape.slice(1)]); assembled.set(s, full); }
      (full.data as NumericArray).set(part.data as NumericArray, lo * (part.size / part.shape[0]));
      if (rt.release(part)) slots[s] = undefined!;
    }
  }
  c.batchedFeeds.forEach((s, i) => { slots[s] = whole[i]; });
  for (const [s, full] of assembled) slots[s] = full;
  // Values from before the prefix whose last reader was in it die now.
  for (const n of c.rowwise) releaseDead(releases[n], slots, rt, (s) => !inPrefix(s));
  for (const n of c.post) {
    runStep(steps[n], slots, rt);
    releaseDead(releases[n], slots, rt);
  }
}

/** The plan cache's key: fetches and targets in order, feeds in any order. */
function planKey(fetchTensors: Tensor[], targets: Operation[], fed: Tensor[]): string {
  return `${fetchTensors.map(t => t.id).join(',')}|${targets.map(o => o.id).join(',')}|${fed.map(t => t.id).sort((a, b) => a - b).join(',')}`;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class Session {
  readonly graph: Graph;
  readonly variables = new Map<string, NDArray>();
  readonly runtime = new RuntimeContext(this.variables);
  private readonly plans = new Map<string, Plan>();
  /**
   * The previous run's fetches, targets and feeds with its plan: a training loop repeats the same
   * run, so planFor finds the plan by comparing these lists instead of building and sorting a key.
   */
  private lastLookup: { fetches: Tensor[]; targets: Operation[]; fed: Tensor[]; plan: Plan } | null = null;
  /** Reused memory that deferred batches are fed through (feed_scratch.ts). */
  private readonly feedScratch = new FeedScratch();
  private closed = false;
  private entered = false;
  private exitGraph: (() => void) | null = null;
  /** The most recent run, for views: which ops executed, in order. */
  lastRun: { plan: Plan; fetches: (Tensor | Operation)[]; feeds: Tensor[]; step: number } | null = null;
  runCount = 0;

  /** False for the sessions inspection tools run on copies of a graph: run observers never see them. */
  private readonly observed: boolean;

  constructor(opts: { graph?: Graph; observed?: boolean } = {}) {
    if (opts.graph !== undefined && !(opts.graph instanceof Graph)) throw typeError(`graph must be a tf.Graph, but got ${typeof opts.graph}`);
    this.graph = opts.graph ?? getDefaultGraph();
    this.observed = opts.observed ?? true;
    this.runtime.runNested = targets => this.runNested(targets);
  }

  /** Runs `targets` inside the current run (a queue runner's enqueue op a blocked dequeue needs). */
  private runNested(targets: Operation[]): void {
    this.checkUsable();
    const key = `nested|${targets.map(o => o.id).join(',')}`;
    let plan = this.plans.get(key);
    if (!plan) { plan = buildPlan([], targets, []); this.plans.set(key, plan); }
    this.execute(plan, new Map(), true);
  }

  get isClosed(): boolean { return this.closed; }

  /** sess.run with any fetch structure; results mirror it (Operations give null). */
  run(fetches: Fetch, feedDict?: FeedDict): unknown {
    this.checkUsable();
    const leaves = flattenFetches(fetches);
    const values = this.runFlat(leaves, feedDict);
    return rebuildFetches(fetches, values);
  }

  runFlat(leaves: FetchLeaf[], feedDict?: FeedDict): (NDArray | null)[] {
    this.checkUsable();
    // TF checks the feeds before the fetches (session.py _run).
    const feeds = resolveFeeds(this.graph, feedDict);
    const elements = leaves.map(l => resolveFetch(this.graph, l));
    const fetchTensors: Tensor[] = [];
    const targets: Operation[] = [];
    for (const el of elements) {
      if (el instanceof Tensor) { if (!fetchTensors.includes(el)) fetchTensors.push(el); }
      else if (!targets.includes(el)) targets.push(el);
    }
    if (!fetchTensors.length && !targets.length && !feeds.size) return elements.map(() => null);
    const plan = this.planFor(fetchTensors, targets, [...feeds.keys()]);
    // Deferred batches only fed go straight into reused memory (feed_scratch.ts); observers see the batches.
    const fedOriginals = this.feedScratch.place(plan, feeds);
    let slots: NDArray[];
    if (fedOriginals === null) slots = this.execute(plan, feeds, false, fedOriginals);
    else {
      // A block of the local (unshared) memory stays pinned until the run has read it.
      try { slots = this.execute(plan, feeds, false, fedOriginals); } finally { this.feedScratch.finish(); }
    }
    const byTensor = new Map<Tensor, NDArray | null>();
    fetchTensors.forEach((t, i) => byTensor.set(t, this.exportValue(slots[plan.fetchSlots[i]], t, plan, feeds)));
    return elements.map(el => (el instanceof Tensor ? byTensor.get(el)! : null));
  }

  private planFor(fetchTensors: Tensor[], targets: Operation[], fed: Tensor[]): Plan {
    const last = this.lastLookup;
    let plan = last !== null && sameItems(last.fetches, fetchTensors) && sameItems(last.targets, targets) && sameItems(last.fed, fed)
      ? last.plan : undefined;
    let key: string | undefined;
    if (plan === undefined) {
      key = planKey(fetchTensors, targets, fed);
      plan = this.plans.get(key);
    }
    // A plan fused for one set of retain hooks may have dropped a value a newer hook wants.
    if (plan && plan.fusedAway?.length && plan.fusedVersion !== retainVersion) plan = undefined;
    if (!plan) {
      plan = buildPlan(fetchTensors, targets, fed);
      const keep = new Set<Tensor>();
      for (const r of retainers) for (const t of r(plan)) keep.add(t);
      plan.fusedAway = fuseBiasRelu(plan, keep);
      plan.fusedVersion = retainVersion;
      this.plans.set(key ?? planKey(fetchTensors, targets, fed), plan);
    }
    if (last === null || last.plan !== plan || key !== undefined) this.lastLookup = { fetches: fetchTensors, targets, fed, plan };
    this.lastRun = { plan, fetches: [...fetchTensors, ...targets], feeds: fed, step: this.runCount };
    return plan;
  }

  /**
   * Runs the plan's steps. After each step the values whose last reader it was leave their slots
   * (see `liveness`), and the runtime may hand their large buffers to later ops. The returned
   * slots hold the fetches; the runtime has already freed every buffer for the next run.
   */
  private execute(plan: Plan, feeds: Map<Tensor, NDArray>, nested = false, fedOriginals: Map<Tensor, NDArray> | null = null): NDArray[] {
    const slots = new Array<NDArray>(plan.slotCount);
    const rt = this.runtime;
    const releases = releasesOf(plan);
    const steps = plan.steps;
    if (!nested) rt.beginRun();
    try {
      for (const [t, v] of feeds) { slots[plan.feedSlots.get(t)!] = v; rt.track(v); }
      const chunked = chunkedPlan(plan, feeds, releases);
      const fold = !chunked && shapeFolding.enabled ? shapeFoldOf(plan) : null;
      if (chunked) {
        runChunked(chunked, plan, slots, rt, releases);
      } else if (fold) {
        runFolded(fold, plan, slots, rt,
          (n) => runStep(steps[n], slots, rt), (n) => releaseDead(releases[n], slots, rt));
      } else {
        for (let n = 0; n < steps.length; n++) {
          runStep(steps[n], slots, rt);
          releaseDead(releases[n], slots, rt);
        }
      }
      if (nested) return slots;
      this.runCount++;
      const slotOf = plan.slotOf;
      const record: RunRecord = {
        session: this, plan,
        valueOf: t => { const o = fedOriginals?.get(t); if (o !== undefined) return o; const s = slotOf.get(t); return s === undefined ? undefined : slots[s]; },
      };
      if (this.observed) {
        recordTelemetry(record);
        for (const obs of runObservers) obs(record);
      }
    } finally {
      if (!nested) rt.endRun();
    }
    return slots;
  }

  private exportValue(v: NDArray | undefined, t: Tensor, plan: Plan, feeds: Map<Tensor, NDArray>): NDArray {
    if (v === undefined) throw new Error(`internal: no value for ${t.name}`);
    if (v instanceof UninitializedRef) throw new OpError('FailedPreconditionError', `Attempting to use uninitialized value ${v.variableName}`, t.op.name, t.op.type);
    if (v === DEAD) throw new OpError('InvalidArgumentError', `Retval[0] does not have value`, null);
    // A fetched buffer must not change under the caller when the next run reuses it, nor be the
    // caller's fed array or the graph's constant (or a view of either: Identity, Reshape): TF
    // copies such a tensor into a fresh ndarray, so mutating the fed array after the run, or the
    // fetched one, changes neither the other nor the constant in later runs.
    return this.runtime.isMutable(v) || isBorrowed(v, plan, feeds) ? v.clone() : v;
  }

  private checkUsable(): void {
    if (this.closed) throw runtimeError('Attempted to use a closed Session.');
    if (this.graph.version === 0) throw runtimeError('The Session graph is empty.  Add operations to the graph before calling run().');
  }

  /** Variable values at close, so views can still show what the session trained. */
  valuesAtClose: Map<string, NDArray> | null = null;

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.valuesAtClose = new Map(this.variables);
    this.variables.clear();
    this.plans.clear();
    this.lastLookup = null;
    this.feedScratch.release();
    defaultSessions.remove(this);
  }

  /** `with tf.Session() as sess:` — default graph and default session until exit, then close. */
  enter(): this {
    if (this.entered) throw runtimeError('Session context managers are not re-entrant. Use `Session.as_default()` if you want to enter a session multiple times.');
    this.entered = true;
    this.exitGraph = pushDefaultGraph(this.graph).exit;
    defaultSessions.push(this);
    addResetBlocker(1);
    return this;
  }
  exit(): void {
    if (!this.entered) return;
    this.entered = false;
    defaultSessions.pop(this);
    this.exitGraph?.();
    this.exitGraph = null;
    addResetBlocker(-1);
    this.close();
  }
  /** sess.as_default(): default session without closing on exit; the graph is unchanged. */
  asDefault(): { exit: () => void } {
    defaultSessions.push(this);
    return { exit: () => defaultSessions.pop(this) };
  }
}

/** tf.InteractiveSession: installs itself as the default session until closed. */
export class InteractiveSession extends Session {
  constructor(opts: { graph?: Graph } = {}) {
    super(opts);
    defaultSessions.install(this);
    addResetBlocker(1);
  }
  override close(): void {
    if (!this.isClosed) addResetBlocker(-1);
    super.close();
  }
}

export function getDefaultSession(): Session | null { return defaultSessions.current(); }

/** Tensor.eval(feed_dict, session). */
export function evalTensor(t: Tensor, feedDict?: FeedDict, session?: Session | null): NDArray {
  const sess = session ?? getDefaultSession();
  if (!sess) throw valueError('Cannot evaluate tensor using `eval()`: No default session is registered. Use `with sess.as_default()` or pass an explicit session to `eval(session=sess)`');
  if (!session && sess.graph !== t.graph) throw valueError("Cannot use the default session to evaluate tensor: the tensor's graph is different from the session's graph. Pass an explicit session to `eval(session=sess)`.");
  return sess.runFlat([t], feedDict)[0]!;
}

/** Operation.run(feed_dict, session). */
export function runOperation(op: Operation, feedDict?: FeedDict, session?: Session | null): void {
  const sess = session ?? getDefaultSession();
  if (!sess) throw valueError('Cannot execute operation using `run()`: No default session is registered. Use `with sess.as_default():` or pass an explicit session to `run(session=sess)`');
  if (!session && sess.graph !== op.graph) throw valueError("Cannot use the default session to execute operation: the operation's graph is different from the session's graph. Pass an explicit session to run(session=sess).");
  sess.runFlat([op], feedDict);
}
