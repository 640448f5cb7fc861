// Operands a caller promises will not change for a while: a While's captured tensors are constant
// for the whole loop (kernels never write their inputs), so the GEMM's copy of such an operand
// into the kernel memory can be made once per loop and reused. LSTM's [156,512] kernel was copied
// into scratch by every iteration's x·W (28 times a step, ~28 µs each).
//
// Copies are plain arena blocks (pointers, not views), so they never pin the arena: a grow keeps
// them valid. The scope that froze an array frees its copies when it ends.
import type { WasmKernels } from './module';

/** A kept copy; `filled` once the GEMM has written it (a call that gives up first leaves it unfilled). */
export interface FrozenBlock { ptr: number; bytes: number; filled: boolean }

interface Entry { arena: WasmKernels['arena'] | null; blocks: Map<string, FrozenBlock> }

const frozen = new Map<Float32Array, Entry>();
const nothingToThaw = (): void => undefined;

/**
 * `enabled` off: nothing is frozen and every call copies, as before (tests and benches compare the
 * two). `minFloats`: smaller arrays are not worth an arena block (a While freezes captured float32
 * tensors from this size; tests lower it).
 */
export const frozenOperandsTuning = { enabled: true, minFloats: 16 * 1024 };

/**
 * Marks `arrays` unchanging until the returned function is called (arrays an enclosing scope
 * froze stay that scope's). Call the result in a `finally`.
 */
export function freezeOperands(arrays: readonly Float32Array[]): () => void {
  if (!frozenOperandsTuning.enabled || arrays.length === 0) return nothingToThaw;
  const mine: Float32Array[] = [];
  for (const a of arrays) {
    if (frozen.has(a)) continue;
    frozen.set(a, { arena: null, blocks: new Map() });
    mine.push(a);
  }
  return () => {
    for (const a of mine) {
      const e = frozen.get(a)!;
      frozen.delete(a);
      if (e.arena) for (const b of e.blocks.values()) e.arena.release(b.ptr, b.bytes);
    }
  };
}

/** Whether `a` is frozen now (its GEMM copies are kept in the shared module's memory). */
export function isFrozen(a: Float32Array): boolean {
  return frozen.size !== 0 && frozen.has(a);
}

/**
 * The block for frozen `a`'s copy in the layout `key` names (fill it and set `filled` when it is
 * not); null when `a` is not frozen or the arena has no room (the caller copies as usual).
 */
export function frozenBlock(k: WasmKernels, a: Float32Array, key: string, bytes: number): FrozenBlock | null {
  if (frozen.size === 0) return null;
  const e = frozen.get(a);
  if (e === undefined) return null;
  if (e.arena !== k.arena) { e.arena = k.arena; e.blocks.clear(); } // first use, or the module was reloaded
  let b = e.blocks.get(key);
  if (b === undefined) {
    const ptr = k.arena.alloc(bytes);
    if (ptr < 0) return null;
    b = { ptr, bytes, filled: false };
    e.blocks.set(key, b);
  }
  return b;
}
