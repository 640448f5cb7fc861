// The SIMD kernel module, instantiated synchronously on first use. When the runtime lacks
// WebAssembly or its 128-bit SIMD (WebAssembly.validate fails), or GRADBOOK_WASM=0 is set, or
// setWasmKernelsEnabled(false) was called, kernels() returns null and callers use plain JS.
//
// With a parallel backend installed (src/engine/parallel), the shared build of the same module is
// loaded instead, over a shared memory that the backend's helper threads instantiate it on too.
import { GEMM_WASM_BASE64 } from './gemm_wasm';
import { GEMM_SHARED_WASM_BASE64 } from './gemm_shared_wasm';
import { OPTIM_SHARED_WASM_BASE64 } from './optim_shared_wasm';
import { decodeBase64 } from './base64';
import { Arena } from './arena';
import { onParallelBackendChange, parallelBackend, ParallelBackend, serialBackend } from '../../parallel/backend';

const serialOnly = serialBackend;

export interface GemmExports {
  memory: WebAssembly.Memory;
  gemm_outer(a: number, sai: number, sak: number, b: number, ldb: number, c: number, ldc: number, m: number, n: number, k: number): void;
  /** C += op(A)·B (the form above, accumulating); exact for N a multiple of 4. */
  gemm_outer_acc(a: number, sai: number, sak: number, b: number, ldb: number, c: number, ldc: number, m: number, n: number, k: number): void;
  /** Rows [m0, m1) of the im2col matrix of the NHWC input at x, written to col (see gemm.wat). */
  im2col(x: number, col: number, m0: number, m1: number, ...geometry: number[]): void;
  /** The transpose: adds those rows of col onto the input positions of dx. */
  col2im_add(dx: number, col: number, m0: number, m1: number, ...geometry: number[]): void;
  gemm_dot(a: number, lda: number, b: number, ldb: number, c: number, ldc: number, m: number, n: number, k: number): void;
  /** dst = srcᵀ for a row-major rows×cols float32 matrix (byte pointers, no overlap). */
  transpose(src: number, rows: number, cols: number, dst: number): void;
  /** o[r,c] = x[r,c] + b[c] over rows × ch float32 (BiasAdd, byte pointers). */
  bias_add_rows(x: number, b: number, o: number, rows: number, ch: number): void;
  /** o[c] = Σ_r x[r,c], float32 partial sums in row order (BiasAddGrad). */
  column_sums(x: number, o: number, rows: number, ch: number): void;
  /** count runs of n bytes from src to dst, the k-th at src + k·ss and dst + k·ds (Concat, Split). */
  copy_runs(src: number, ss: number, dst: number, ds: number, n: number, count: number): void;
  /**
   * o[i] = sigmoidF32 / tanhF32 of x[i] (kernels/math/float32_calls.ts) for the elements whose fast
   * value it keeps, the table 2^(j/256) at tab; writes the other indices at fb (int32) and returns
   * their count (kernels/wasm/f32_calls.ts computes those).
   */
  sigmoid_f32(x: number, o: number, n: number, tab: number, fb: number): number;
  tanh_f32(x: number, o: number, n: number, tab: number, fb: number): number;
  /** Rows of C this instance computed in single-row (1x4) tiles so far (tests check the bands). */
  single_rows: WebAssembly.Global;
  /**
   * ApplyAdam in place over n float32 elements (optim.wat; only in the shared build, absent when
   * that module would not instantiate): byte pointers, scalars as float32 bits, nesterov 0/1.
   */
  apply_adam?(w: number, m: number, v: number, g: number, n: number,
    c1: number, c2: number, b1: number, eps: number, alpha: number, nesterov: number): void;
}

export interface WasmKernels {
  exports: GemmExports;
  arena: Arena;
  /** The backend the module was loaded for: big calls may be split across its threads. */
  parallel: ParallelBackend;
}

/**
 * Today the engine only copies operands into scratch here, so the memory may grow freely and
 * starts small (a 64 MB reservation showed up as +55 MB of ArrayBuffer memory in the bench).
 * Once tensor buffers are handed out as views (a grow would detach them), reserve more up front.
 */
const INITIAL_ARENA_BYTES = 4 * 1024 * 1024;

let loaded: WasmKernels | null | undefined;
let enabled = readEnvFlag();
// A new backend means a new memory: the next use reloads (scratch blocks notice the new arena).
onParallelBackendChange(() => { loaded = undefined; });

function readEnvFlag(): boolean {
  const env = typeof process !== 'undefined' ? process.env?.GRADBOOK_WASM : undefined;
  return env !== '0' && env !== 'false';
}

/** A shared memory's maximum must be declared; 4 GB (the most a 32-bit memory addresses) costs only address space. */
const SHARED_MAX_PAGES = 65536;

function load(): WasmKernels | null {
  if (typeof WebAssembly !== 'object') return null;
  const parallel = parallelBackend();
  if (parallel.threads > 1 && typeof SharedArrayBuffer === 'function') {
    const shared = loadShared(parallel);
    if (shared) return shared;
  }
  return loadPlain();
}

/** The build over the module's own (unshared) memory, serial. */
function loadPlain(): WasmKernels | null {
  const bytes = decodeBase64(GEMM_WASM_BASE64);
  if (!WebAssembly.validate(bytes)) return null;
  try {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const exports = instance.exports as unknown as GemmExports;
    return { exports, arena: new Arena(exports.memory, INITIAL_ARENA_BYTES), parallel: serialOnly };
  } catch {
    return null;
  }
}

/** The shared build over a fresh shared memory, handed to the backend's helpers; null if the runtime refuses it. */
function loadShared(parallel: ParallelBackend): WasmKernels | null {
  const bytes = decodeBase64(GEMM_SHARED_WASM_BASE64);
  if (!WebAssembly.validate(bytes)) return null;
  try {
    const memory = new WebAssembly.Memory({ initial: INITIAL_ARENA_BYTES / 65536, maximum: SHARED_MAX_PAGES, shared: true });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    let exports = instance.exports as unknown as GemmExports;
    // The optimizer kernels: a second module over the same memory; without it Adam stays in JS.
    const optim = loadOptim(memory);
    if (optim) exports = { ...exports, ...optim.exports } as GemmExports;
    parallel.attach(bytes, memory, optim ? [optim.bytes] : []);
    return { exports, arena: new Arena(exports.memory, INITIAL_ARENA_BYTES), parallel };
  } catch {
    return null;
  }
}

function loadOptim(memory: WebAssembly.Memory): { bytes: Uint8Array; exports: Partial<GemmExports> } | null {
  const bytes = decodeBase64(OPTIM_SHARED_WASM_BASE64);
  try {
    if (!WebAssembly.validate(bytes)) return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    return { bytes, exports: { apply_adam: instance.exports.apply_adam as GemmExports['apply_adam'] } };
  } catch {
    return null;
  }
}

/** The instantiated kernels, or null when WebAssembly SIMD is unavailable or disabled. */
export function wasmKernels(): WasmKernels | null {
  if (!enabled) return null;
  if (loaded === undefined) loaded = load();
  return loaded;
}

/**
 * The same kernels over an unshared memory of their own, for calls that stay on the calling
 * thread and read nothing in the shared memory (issue 15, wave 12): V8 copies between a JS array
 * and a SharedArrayBuffer about 4x slower than into an ordinary ArrayBuffer (313 KB: ~12 µs
 * against ~3 µs, element loops alike), and the seed step copies its batch in twice. With the
 * serial build loaded `wasmKernels()` is that module already; otherwise a second instance of the
 * plain build, loaded on first use. The same wasm code runs the same serial call, so the bits are
 * the shared build's. `localKernelsTuning.enabled` off (tests, A/B) keeps every call shared.
 */
export function localKernels(): WasmKernels | null {
  const k = wasmKernels();
  if (k === null || !k.arena.shared) return k;
  if (!localKernelsTuning.enabled) return null;
  if (local === undefined) local = loadPlain();
  return local;
}

export const localKernelsTuning = { enabled: readFlag('GRADBOOK_LOCAL_KERNELS') };
let local: WasmKernels | null | undefined;

/** Tests: the next localKernels() loads a fresh local module (a new 4 MB memory, no scratch in it). */
export function resetLocalKernelsForTests(): void { local = undefined; }

function readFlag(name: string): boolean {
  const env = typeof process !== 'undefined' ? process.env?.[name] : undefined;
  return env !== '0' && env !== 'false';
}

/** Whether this runtime can run the SIMD kernels at all (ignores the enable flag). */
export function wasmSimdSupported(): boolean {
  if (loaded === undefined) loaded = load();
  return loaded !== null;
}

/** Force plain JS kernels (false) or allow WebAssembly (true), e.g. to benchmark both. */
export function setWasmKernelsEnabled(on: boolean): void { enabled = on; }
export function wasmKernelsEnabled(): boolean { return enabled; }
