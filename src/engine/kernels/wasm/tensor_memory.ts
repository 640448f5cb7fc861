// Tensor storage inside the kernel module's memory. A float32 buffer there is read by the SIMD
// GEMM in place: a weight matrix that lives there is never copied into scratch on its way into
// a MatMul (Deep MNIST's fc1 weights are 12.8 MB, copied twice a step otherwise), and the
// parallel backend's helper threads see it too. Only with a shared memory: growing a shared
// memory never detaches earlier views, so storage there does not pin the arena's size (with
// the module's own memory it would, see arena.ts).
import { wasmKernels } from './module';

/**
 * Below this many floats the copy costs less than the arena's bookkeeping is worth. 16 K takes
 * in Deep MNIST's conv2 filter (51 K floats), which Conv2D then reads in place too.
 */
export const KERNEL_MEMORY_MIN_FLOATS = 16 * 1024;

/** A zeroed Float32Array of `length` in the shared kernel memory, or null (not shared, too small, or full). */
export function kernelMemoryFloat32(length: number): Float32Array | null {
  if (length < KERNEL_MEMORY_MIN_FLOATS) return null;
  const k = wasmKernels();
  if (k === null || !k.arena.shared) return null;
  const view = k.arena.float32View(length);
  view?.fill(0); // freed blocks are reused: start clean, as a new Float32Array would
  return view;
}
