// Feeding a deferred batch (ndarray.ts's DeferredNDArray: next_batch's images) without building it
// (issue 15). The seed program's loop made a fresh 313 KB Float32Array per batch (calloc, zeroing,
// page faults, a scavenge every ~100 batches for the external memory) only for Session.run to read
// it, and then each of the two MatMuls copied it into WebAssembly scratch. When a fed value is
// still deferred and every reader of it in the plan provably keeps nothing, the session has the
// batch write its elements straight into memory of its own that it reuses from run to run:
// - with a shared kernel memory (the parallel backend, `gradbook run` on 2+ cores), a block of the
//   kernel arena, which the GEMMs then read in place (no scratch copies); a shared memory never
//   detaches views when it grows, so the block stays valid through the run;
// - otherwise an ordinary Float32Array (a block of an unshared memory would detach if a kernel
//   grew the memory mid-run), which saves the allocation but not the GEMMs' copies.
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
import { wasmKernels, type WasmKernels } from '../kernels/wasm/module';

/** Op types that read an input and keep no reference to it, nor return it. */
const KEEP_NOTHING = new Set(['MatMul', 'Shape', 'ShapeN', 'Size', 'Rank']);

/** Switch for measurements and tests (`GRADBOOK_FEED_SCRATCH=0` turns it off for a process). */
export const feedScratchTuning = { enabled: (typeof process !== 'undefined' ? process.env?.GRADBOOK_FEED_SCRATCH : undefined) !== '0' };

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

/** One reused region per feed position: an arena block (shared kernel memory) or a plain array. */
class Region {
  private view: Float32Array | null = null;
  private plain: Float32Array | null = null;
  constructor(private readonly block: Block) {}

  /** A Float32Array of exactly `length` floats, valid until the next `take`. */
  take(length: number): Float32Array {
    const k: WasmKernels | null = wasmKernels();
    if (k !== null && k.arena.shared) {
      const b = this.block, bytes = length * 4;
      // A reloaded module (another parallel backend) has a new arena: the old block went with it.
      if (b.arena !== k.arena) { b.arena = k.arena; b.bytes = 0; }
      if (b.bytes < bytes) {
        if (b.bytes > 0) k.arena.release(b.ptr, b.bytes);
        b.bytes = 0;
        const ptr = k.arena.alloc(bytes);
        if (ptr >= 0) { b.ptr = ptr; b.bytes = bytes; }
      }
      if (b.bytes >= bytes) {
        const buf = k.exports.memory.buffer;
        const v = this.view;
        if (v === null || v.buffer !== buf || v.byteOffset !== b.ptr || v.length !== length) this.view = new Float32Array(buf, b.ptr, length);
        return this.view!;
      }
    }
    if (this.plain === null || this.plain.length < length) this.plain = new Float32Array(length);
    return this.plain.length === length ? this.plain : this.plain.subarray(0, length);
  }
}

/** A session's feed memory; `release` (Session.close) gives its arena blocks back. */
export class FeedScratch {
  private regions: Region[] = [];
  private readonly blocks: Block[] = [];
  constructor() { unclosed.register(this, this.blocks, this); }

  /**
   * Replaces each deferred float32 feed that `plan` reads only through keep-nothing ops by a view of
   * reused memory holding the same elements. Returns the originals by tensor (for observers), or null
   * when no feed was replaced (then `feeds` is untouched).
   */
  place(plan: Plan, feeds: Map<Tensor, NDArray>): Map<Tensor, NDArray> | null {
    if (!feedScratchTuning.enabled) return null;
    let originals: Map<Tensor, NDArray> | null = null;
    let n = 0;
    for (const [t, v] of feeds) {
      if (!(v instanceof DeferredNDArray) || !v.deferred || !feedsDirectly(plan, t)) continue;
      let region = this.regions[n];
      if (region === undefined) {
        const block: Block = { arena: null, ptr: 0, bytes: 0 };
        this.blocks.push(block);
        region = this.regions[n] = new Region(block);
      }
      n++;
      const out = region.take(v.size);
      v.writeInto(out);
      feeds.set(t, new NDArray('float32', v.shape, out));
      (originals ??= new Map()).set(t, v);
    }
    return originals;
  }

  release(): void {
    releaseBlocks(this.blocks);
    this.regions = [];
    unclosed.unregister(this);
  }
}
