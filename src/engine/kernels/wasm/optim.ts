// Optimizer updates in WebAssembly (optim.wat) over the shared kernel memory, where the engine
// keeps big float32 variables (tensor_memory.ts) and so their optimizer slots: Deep MNIST's fc1
// (3.2 M weights) with Adam's m and v. The update runs in place, split by element ranges across
// the parallel backend's threads; each element's arithmetic is the JS loop's (see optim.wat), so
// the results are the same bits whichever path or split runs it.
import { splitRange, type KernelCall } from '../../parallel/backend';
import { wasmKernels } from './module';
import { heapF32, ScratchBlock } from './scratch';
import { runParts } from './split';

/** Switches for tests and A/B benchmarks. */
export const optimTuning = {
  /** Use the WebAssembly update when the operands allow it. */
  wasm: true,
  /**
   * Elements per part below which an update is not split further (waking a helper costs more).
   * 32 K elements are ~50-80 µs of this kernel (float64 division and square root per element), so
   * the MLP's first layer ([784,256], 200 K) splits into 6 parts and its second ([256,256]) into 2;
   * until wave 12 this was 256 K a thread and neither split.
   */
  minSplitElements: 1 << 15,
  /** Parts per thread at most: the pool hands them out one at a time, so a late helper's share runs here. */
  partsPerThread: 4,
};

/** Updates run in WebAssembly (tests check the path they mean to test really ran). */
export const optimStats = { wasmUpdates: 0 };

const bitsF32 = new Float32Array(1);
const bitsI32 = new Int32Array(bitsF32.buffer);
/** The bits of a float32 value (the caller checked it is one). */
function f32Bits(x: number): number { bitsF32[0] = x; return bitsI32[0]; }
const isF32 = (x: number) => Object.is(Math.fround(x), x) || Number.isNaN(x);

/** The gradient's copy in the memory (it comes from a kernel's pooled output, outside it). */
const gradBlock = new ScratchBlock();

/** Byte ranges in the memory (views made before and after a grow have different buffer objects). */
function overlaps(a: Float32Array, b: Float32Array): boolean {
  return a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

/**
 * ApplyAdam's update of float32 w, m, v by g (same length) in WebAssembly; false (nothing done)
 * when it cannot run there: not float32, w/m/v not 16-byte-aligned blocks of the shared kernel
 * memory, overlapping, or a scalar that is not a float32 value. The caller then runs its JS loop.
 */
export function wasmApplyAdam(w: ArrayLike<number>, m: ArrayLike<number>, v: ArrayLike<number>, g: ArrayLike<number>,
  c1: number, c2: number, b1: number, eps: number, alpha: number, nesterov: boolean): boolean {
  if (!optimTuning.wasm) return false;
  if (!(w instanceof Float32Array && m instanceof Float32Array && v instanceof Float32Array && g instanceof Float32Array)) return false;
  const n = w.length;
  if (n === 0 || m.length !== n || v.length !== n || g.length !== n) return false;
  const k = wasmKernels();
  const fn = k?.exports.apply_adam;
  if (!k || !fn) return false;
  if (!k.arena.owns(w.buffer) || !k.arena.owns(m.buffer) || !k.arena.owns(v.buffer)) return false;
  if ((w.byteOffset | m.byteOffset | v.byteOffset) & 15) return false;
  if (overlaps(w, m) || overlaps(w, v) || overlaps(m, v)) return false;
  if (![c1, c2, b1, eps, alpha].every(isF32)) return false;
  const gPtr = gradBlock.reserve(k, n * 4);
  if (gPtr < 0) return false;
  heapF32(k).set(g, gPtr >> 2);
  const scalars = [f32Bits(c1), f32Bits(c2), f32Bits(b1), f32Bits(eps), f32Bits(alpha), nesterov ? 1 : 0];
  const threads = k.parallel.threads;
  const t = threads > 1 ? Math.max(1, Math.min(threads * optimTuning.partsPerThread, Math.floor(n / optimTuning.minSplitElements))) : 1;
  const parts: KernelCall[][] = splitRange(n, t, 4).map(([i0, i1]) => [{
    name: 'apply_adam',
    args: [w.byteOffset + i0 * 4, m.byteOffset + i0 * 4, v.byteOffset + i0 * 4, gPtr + i0 * 4, i1 - i0, ...scalars],
  }]);
  runParts(k, parts);
  optimStats.wasmUpdates++;
  return true;
}
