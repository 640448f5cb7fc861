// Float32 operands of a one-call kernel (BiasAdd, Concat's chunks...) placed in a kernel module's
// memory: read in place when they already live there, else copied into a scratch block (memcpy).
import { localKernels, wasmKernels, type WasmKernels } from './module';
import { align16, heapF32, ScratchBlock } from './scratch';

/**
 * The module to run in: the shared one when an operand already lives in its memory (read in
 * place), else the local one (copies into an unshared memory are plain memcpys; see localKernels).
 */
export function moduleFor(arrays: readonly Float32Array[]): WasmKernels | null {
  const shared = wasmKernels();
  if (shared === null) return null;
  for (const a of arrays) if (shared.arena.owns(a.buffer)) return shared;
  return localKernels() ?? shared;
}

/** A scratch block per caller and module (the local and the shared module both run, alternately). */
export class OperandScratch {
  private readonly blocks = new WeakMap<WasmKernels['arena'], ScratchBlock>();

  /**
   * Byte addresses of `arrays` in the memory of `k`: an array's own when it lives there, else a
   * region of the scratch block, filled from the array when `copyIn[i]`. Null when the arena cannot
   * provide the scratch (the caller then runs its JS loop).
   */
  place(k: WasmKernels, arrays: readonly Float32Array[], copyIn: readonly boolean[]): number[] | null {
    const inside = arrays.map(a => k.arena.owns(a.buffer));
    let need = 0;
    for (let i = 0; i < arrays.length; i++) if (!inside[i]) need += align16(arrays[i].length * 4);
    let block = this.blocks.get(k.arena);
    if (block === undefined) { block = new ScratchBlock(); this.blocks.set(k.arena, block); }
    const base = need ? block.reserve(k, need) : 0;
    if (base < 0) return null;
    // Reserving may have grown an unshared memory, detaching views into it: check again.
    for (let i = 0; i < arrays.length; i++) if (inside[i] && !k.arena.owns(arrays[i].buffer)) return null;
    const h = heapF32(k);
    let cursor = base;
    return arrays.map((a, i) => {
      if (inside[i]) return a.byteOffset;
      const p = cursor;
      cursor += align16(a.length * 4);
      if (copyIn[i]) h.set(a, p >> 2);
      return p;
    });
  }
}

/** Copies a region written by a kernel back into `a` when `a` does not live in the memory of `k`. */
export function copyOut(k: WasmKernels, a: Float32Array, at: number): void {
  if (!k.arena.owns(a.buffer)) a.set(heapF32(k).subarray(at >> 2, (at >> 2) + a.length));
}
