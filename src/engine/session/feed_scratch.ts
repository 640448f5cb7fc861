// Feeding a deferred batch (ndarray.ts's DeferredNDArray: next_batch's images) without building it
// (issue 15). The seed program's loop made a fresh 313 KB Float32Array per batch (calloc, zeroing,
// page faults, a scavenge every ~100 batches for the external memory) only for Session.run to read
// it, and then each of the two MatMuls copied it into WebAssembly scratch. When a fed value is
// still deferred and every reader of it in the plan provably keeps nothing, the session has the
// batch write its elements straight into memory of its own that it reuses from run to run:
// - with a shared kernel memory (the parallel backend, `gradbook run` on 2+ cores) and every MatMul
//   reader running serially, a block of the local module's unshared memory (wave 12: V8 copies into
//   a SharedArrayBuffer ~4x slower, and serial GEMMs run in the local module, kernels/wasm/module.ts
//   localKernels), which those GEMMs read in place. Growing an unshared memory detaches its views,
//   so the block's view is taken after every allocation of the placement and the local arena is
//   pinned until the run ends (Session.runFlat calls `finish`): a GEMM of the run that finds no
//   room for its scratch runs in the shared module instead (same bits), and the view is re-made
//   for the next run if the memory grew in between;
// - with a shared kernel memory and a reader that splits across the pool (or whose dimensions are
//   not known statically), a block of the shared kernel arena, read in place by every GEMM; a
//   shared memory never detaches views when it grows;
// - otherwise an ordinary Float32Array (one thread: the module's own memory is everyone's scratch,
//   and pinning it would send other kernels to JS), which saves the allocation but not the GEMMs'
//   copies.
// Python still holds the deferred batch itself: reading it later builds its own array from the
// same rows (the same bits), so nothing the program keeps ever sees this reused memory.
//
// Why the memory can be reused: the value sits in the run's feed slot, whose readers are only
// MatMul (its output is a new buffer; it reads its operands and keeps nothing: the while runner's
// frozen operands are loop-scoped, and a fed tensor enters a loop through Enter, not MatMul) and
// the shape-only ops (Shape, ShapeN, Size, Rank, which read the shape). A fetch of the fed tensor
// itself, a fused reader, or any other op type takes the ordinary path. Observers get the deferred
// batch through RunRecord.valueOf (run_history keeps feed values past the run), never this memory.
import { DeferredNDArray, NDArray } from '../ndarray';
import type { Tensor } from '../graph/tensor';
import type { Plan } from './plan';
import { localKernels, wasmKernels, type WasmKernels } from '../kernels/wasm/module';
import { runsLocally } from '../kernels/wasm/gemm';

/** Op types that read an input and keep no reference to it, nor return it. */
const KEEP_NOTHING = new Set(['MatMul', 'Shape', 'ShapeN', 'Size', 'Rank']);

const envOff = (name: string) => (typeof process !== 'undefined' ? process.env?.[name] : undefined) === '0';

/**
 * Switches for measurements and tests: `enabled` (`GRADBOOK_FEED_SCRATCH=0` turns it off for a
 * process); `local` (`GRADBOOK_FEED_LOCAL=0`): with a shared kernel memory, blocks for feeds whose
 * GEMMs all run serially go in the local module's unshared memory (wave 12, see FeedScratch.place).
 */
export const feedScratchTuning = {
  enabled: !envOff('GRADBOOK_FEED_SCRATCH'), local: !envOff('GRADBOOK_FEED_LOCAL'),
  /** `GRADBOOK_FEED_COPY=0`: ordinary float32 feeds are not copied into the local memory (wave 14, copiedIntoLocal). */
  copyBuilt: !envOff('GRADBOOK_FEED_COPY'),
};

/** A MatMul reading the fed tensor: which operand(s) it is, the flags, the other operand's static shape. */
interface Reader { a: boolean; b: boolean; ta: boolean; tb: boolean; other: readonly (number | null)[] | null }
const readersOf = new WeakMap<Plan, Map<Tensor, Reader[]>>();

function matMulReaders(plan: Plan, t: Tensor): Reader[] {
  let m = readersOf.get(plan);
  if (m === undefined) { m = new Map(); readersOf.set(plan, m); }
  let r = m.get(t);
  if (r === undefined) {
    r = [];
    const slot = plan.feedSlots.get(t)!;
    for (const step of plan.steps) {
      if (step.op.type !== 'MatMul' || !step.inputSlots.includes(slot)) continue;
      const [sa, sb] = step.inputSlots, [ia, ib] = step.op.inputs;
      r.push({ a: sa === slot, b: sb === slot, ta: step.op.attrs.transpose_a === true, tb: step.op.attrs.transpose_b === true,
        other: sa === slot ? ib.shape : ia.shape });
    }
    m.set(t, r);
  }
  return r;
}

/**
 * Whether every MatMul reading `t` (fed with `shape`) will run in the local module: then its block
 * goes there and they read it in place. A reader whose other operand's needed dimension is not
 * known statically, or that would split across the pool or exceed the local limit, keeps the
 * block in the shared memory (a split call reads it in place there; from the local memory it
 * would copy it in, the slow copy this avoids).
 */
function readersRunLocally(plan: Plan, t: Tensor, shape: readonly number[]): boolean {
  if (shape.length !== 2) return false;
  for (const r of matMulReaders(plan, t)) {
    const a = r.a ? shape : r.other, b = r.b ? shape : r.other;
    if (a === null || b === null || a.length !== 2 || b.length !== 2) return false;
    const M = r.ta ? a[1] : a[0], K = r.ta ? a[0] : a[1], N = r.tb ? b[0] : b[1];
    if (M === null || N === null || K === null || !runsLocally(M, N, K)) return false;
  }
  return true;
}

/**
 * Whether an ordinary (already built) float32 feed is copied into a block of the local module's
 * memory (issue 15, wave 14). Each serial GEMM copies an operand that is outside its module's
 * memory into its scratch, so the seed step's x ([100,784], 313 KB) was copied twice a step, by
 * x·W and by xᵀ·g. Copied once into the local memory, both read it in place: one copy saved per
 * extra reader. Taken only when the value is read by keep-nothing ops alone, by at least two
 * MatMuls, all running in the local module (with one reader the copy only moves; into the shared
 * memory V8's copies are ~4x slower). The elements are the same floats, so the products' bits are.
 */
function copiedIntoLocal(plan: Plan, t: Tensor, v: NDArray, shared: WasmKernels | null): boolean {
  if (shared === null || !feedScratchTuning.local || !feedScratchTuning.copyBuilt) return false;
  if (v.dtype !== 'float32' || !(v.data instanceof Float32Array) || v.data.buffer instanceof SharedArrayBuffer) return false;
  if (matMulReaders(plan, t).length < 2 || !feedsDirectly(plan, t)) return false;
  const local = localKernels();
  return local !== null && local !== shared && v.data.buffer !== local.exports.memory.buffer
    && readersRunLocally(plan, t, v.shape);
}

const direct = new WeakMap<Plan, Map<Tensor, boolean>>();

/** Whether `t`'s value in `plan` is read only by ops that keep nothing, and is not fetched. */
export function feedsDirectly(plan: Plan, t: Tensor): boolean {
  let m = direct.get(plan);
  if (m === undefined) { m = new Map(); direct.set(plan, m); }
  let ok = m.get(t);
  if (ok === undefined) {
    const slot = plan.feedSlots.get(t);
    ok = slot !== undefined && !plan.fetchSlots.includes(slot);
    for (const step of plan.steps) {
      if (!ok) break;
      if (!step.inputSlots.includes(slot!)) continue;
      if (step.fusedFrom !== undefined || !KEEP_NOTHING.has(step.op.type)) ok = false;
    }
    m.set(t, ok);
  }
  return ok;
}

interface Block { arena: WasmKernels['arena'] | null; ptr: number; bytes: number }

function releaseBlocks(blocks: Block[]): void {
  for (const b of blocks) if (b.arena !== null && b.bytes > 0) b.arena.release(b.ptr, b.bytes);
  blocks.length = 0;
}

/** Arena blocks of sessions collected without close() go back to their arena. */
const unclosed = new FinalizationRegistry<Block[]>(releaseBlocks);

/**
 * One reused region per feed position: an arena block (of the shared kernel memory, or of the
 * local module's unshared one) or a plain array.
 */
class Region {
  private view: Float32Array | null = null;
  private plain: Float32Array | null = null;
  constructor(private readonly block: Block) {}

  /**
   * Makes sure the block holds `length` floats in `k`'s arena (moving it there if it was in the
   * other one); false when the arena cannot provide it. May grow that memory: take views after.
   */
  reserve(k: WasmKernels, length: number): boolean {
    const b = this.block, bytes = length * 4;
    // A reloaded module (another parallel backend) has a new arena: the old block went with it.
    // A block moving between the shared and the local memory goes back to the one it leaves.
    if (b.arena !== k.arena) {
      if (b.arena !== null && b.bytes > 0) b.arena.release(b.ptr, b.bytes);
      b.arena = k.arena; b.bytes = 0;
    }
    if (b.bytes < bytes) {
      if (b.bytes > 0) k.arena.release(b.ptr, b.bytes);
      b.bytes = 0;
      const ptr = k.arena.alloc(bytes);
      if (ptr >= 0) { b.ptr = ptr; b.bytes = bytes; }
    }
    return b.bytes >= bytes;
  }

  /**
   * A view of the block (after `reserve` gave true), re-made whenever the memory's buffer changed:
   * a grown unshared memory detaches every earlier view.
   */
  blockView(k: WasmKernels, length: number): Float32Array {
    const buf = k.exports.memory.buffer, ptr = this.block.ptr;
    const v = this.view;
    if (v === null || v.buffer !== buf || v.byteOffset !== ptr || v.length !== length) this.view = new Float32Array(buf, ptr, length);
    return this.view!;
  }

  /** A reused plain Float32Array of exactly `length` floats. */
  plainArray(length: number): Float32Array {
    if (this.plain === null || this.plain.length < length) this.plain = new Float32Array(length);
    return this.plain.length === length ? this.plain : this.plain.subarray(0, length);
  }
}

/** A session's feed memory; `release` (Session.close) gives its arena blocks back. */
export class FeedScratch {
  private regions: Region[] = [];
  private readonly blocks: Block[] = [];
  /** Per placed run in progress (nested runs stack), the local arena it pinned, or null. */
  private readonly pins: (WasmKernels['arena'] | null)[] = [];
  constructor() { unclosed.register(this, this.blocks, this); }

  /**
   * Replaces each deferred float32 feed that `plan` reads only through keep-nothing ops, and each
   * ordinary float32 feed that copiedIntoLocal accepts, by a view of reused memory holding the same
   * elements. Returns the originals by tensor (for observers), or null
   * when no feed was replaced (then `feeds` is untouched).
   */
  place(plan: Plan, feeds: Map<Tensor, NDArray>): Map<Tensor, NDArray> | null {
    if (!feedScratchTuning.enabled) return null;
    let originals: Map<Tensor, NDArray> | null = null;
    let n = 0;
    const k: WasmKernels | null = wasmKernels();
    const shared = k !== null && k.arena.shared ? k : null;
    // Pass 1: the regions and their blocks. Every allocation happens here, before any view is
    // taken, so a grow of the local memory while reserving cannot detach a view of this run.
    const placed: { t: Tensor; v: NDArray; region: Region; in: WasmKernels | null }[] = [];
    for (const [t, v] of feeds) {
      const deferred = v instanceof DeferredNDArray && v.deferred;
      if (!deferred && !copiedIntoLocal(plan, t, v, shared)) continue;
      if (deferred && !feedsDirectly(plan, t)) continue;
      let region = this.regions[n];
      if (region === undefined) {
        const block: Block = { arena: null, ptr: 0, bytes: 0 };
        this.blocks.push(block);
        region = this.regions[n] = new Region(block);
      }
      n++;
      let at: WasmKernels | null = null;
      if (shared !== null) {
        const local = feedScratchTuning.local && readersRunLocally(plan, t, v.shape) ? localKernels() : null;
        if (local !== null && local !== shared && region.reserve(local, v.size)) at = local;
        else if (deferred && region.reserve(shared, v.size)) at = shared;
      }
      // An ordinary array is worth copying only into the local memory (see copiedIntoLocal).
      if (!deferred && (at === null || at === shared)) { n--; continue; }
      placed.push({ t, v, region, in: at });
    }
    if (placed.length === 0) return null;
    // Pass 2: views (taken now, over the memory as it is after every reservation) and the writes.
    // A block in the unshared local memory pins it until `finish`: a GEMM of this run that needs
    // more scratch than it has then runs in the shared module rather than grow it (gemm.ts).
    let pin: WasmKernels['arena'] | null = null;
    for (const p of placed) {
      const out = p.in === null ? p.region.plainArray(p.v.size) : p.region.blockView(p.in, p.v.size);
      if (p.in !== null && !p.in.arena.shared && pin === null) { pin = p.in.arena; pin.pin(); }
      if (p.v instanceof DeferredNDArray) p.v.writeInto(out);
      else out.set(p.v.data as Float32Array);
      feeds.set(p.t, new NDArray('float32', p.v.shape, out));
      (originals ??= new Map()).set(p.t, p.v);
    }
    this.pins.push(pin);
    return originals;
  }

  /** Ends the run `place` placed feeds for (call it once per non-null `place`, in a finally). */
  finish(): void {
    this.pins.pop()?.unpin();
  }

  release(): void {
    releaseBlocks(this.blocks);
    this.regions = [];
    unclosed.unregister(this);
  }
}
