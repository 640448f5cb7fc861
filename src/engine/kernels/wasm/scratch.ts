// A scratch block in the kernel memory that a kernel lays its operands out in for one call, kept
// across calls and grown on demand. Reserving may grow the memory, which detaches every earlier
// view of it: take the heap view (heapF32) after reserving, never before.
import type { WasmKernels } from './module';

let heap: Float32Array | null = null;

/** A Float32Array over the whole kernel memory, renewed when the memory has grown. */
export function heapF32(k: WasmKernels): Float32Array {
  if (heap === null || heap.buffer !== k.exports.memory.buffer) heap = new Float32Array(k.exports.memory.buffer);
  return heap;
}

export const align16 = (bytes: number): number => (bytes + 15) & ~15;

export class ScratchBlock {
  private ptr = 0;
  private bytes = 0;
  private arena: WasmKernels['arena'] | null = null;

  /** The block's byte address, holding at least `bytes`; -1 when the arena cannot provide it. */
  reserve(k: WasmKernels, bytes: number): number {
    // The module was reloaded (a parallel backend was installed): the old block is gone with its memory.
    if (this.arena !== k.arena) { this.arena = k.arena; this.bytes = 0; }
    if (bytes <= this.bytes) return this.ptr;
    if (this.bytes) k.arena.release(this.ptr, this.bytes);
    this.bytes = 0;
    const ptr = k.arena.alloc(bytes);
    if (ptr < 0) return -1;
    this.ptr = ptr; this.bytes = bytes;
    return ptr;
  }
}

/** Carves consecutive 16-byte-aligned regions (byte addresses) out of a reserved block. */
export function layout(base: number, ...bytes: number[]): number[] {
  const out: number[] = [];
  for (const b of bytes) { out.push(base); base += align16(b); }
  return out;
}

/** Total bytes `layout` needs for these regions. */
export function layoutBytes(...bytes: number[]): number {
  return bytes.reduce((s, b) => s + align16(b), 0);
}
