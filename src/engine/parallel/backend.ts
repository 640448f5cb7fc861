// The engine's parallel-compute interface. The engine itself never starts threads (it imports
// nothing from worker_threads, vscode or the DOM): an entry point that can (the kernel worker,
// the CLI, the bench) installs a backend with setParallelBackend, and the SIMD kernels then split
// big GEMMs and convolution tiles across it. Without one, everything runs on the calling thread.
//
// The work unit is a list of calls into the WebAssembly kernel module (gemm.wat) by export name
// and i32 arguments: every thread has its own instance of that module over one shared memory,
// so a call reads and writes the same bytes whichever thread runs it. Parts never write the
// same bytes (each owns a row range of C), so results equal the serial path's bit for bit.

/**
 * Exports of the kernel modules a part may call, by index (the helpers' dispatch table): gemm.wat's,
 * then optim.wat's (the optimizer updates, a second module over the same memory).
 */
export const KERNEL_NAMES = ['gemm_outer', 'gemm_outer_acc', 'gemm_dot', 'im2col', 'col2im_add', 'apply_adam'] as const;
export type KernelName = typeof KERNEL_NAMES[number];

/** One call: an export of the kernel module and its i32 arguments. */
export interface KernelCall { name: KernelName; args: number[] }

export type KernelExports = Record<KernelName, (...args: number[]) => void>;

export interface ParallelBackend {
  /** Threads that compute, the caller included: 1 means serial. */
  readonly threads: number;
  /**
   * Called once when the kernel module is instantiated over `memory` (a shared memory when
   * threads > 1): helpers instantiate the same `moduleBytes` over it, and `extraModules` too
   * (further kernel modules over the same memory; a name is looked up in each module in turn).
   */
  attach(moduleBytes: Uint8Array, memory: WebAssembly.Memory, extraModules?: Uint8Array[]): void;
  /**
   * Runs every part, each part's calls in order, part 0 on the caller (through `local`) and the
   * others on whichever thread is free (there may be more parts than threads; parts must not
   * depend on each other), and returns once every part has finished. Throws if a helper's call
   * trapped.
   */
  run(local: KernelExports, parts: KernelCall[][]): void;
}

/** The default: every part on the calling thread, in order. */
export const serialBackend: ParallelBackend = {
  threads: 1,
  attach() { /* nothing to share */ },
  run(local, parts) {
    for (const part of parts) for (const c of part) local[c.name](...c.args);
  },
};

let current: ParallelBackend = serialBackend;
const listeners: (() => void)[] = [];

/** The installed backend (serial unless an entry point installed another). */
export function parallelBackend(): ParallelBackend { return current; }

/**
 * Installs a backend (serialBackend to turn parallelism off). The kernel module is reloaded on
 * its next use, over shared memory when the backend has helpers.
 */
export function setParallelBackend(b: ParallelBackend): void {
  if (b === current) return;
  current = b;
  for (const l of listeners) l();
}

/** For the kernel module: told when the backend changes, so it reloads over the right memory. */
export function onParallelBackendChange(l: () => void): void { listeners.push(l); }

/**
 * Work below this many multiply-adds stays on one thread: waking a helper and waiting for it
 * costs tens of microseconds on an idle machine and far more on a loaded one (a helper waits to be
 * scheduled); 2^22 multiply-adds (about a millisecond of SIMD work) keep that a small share.
 * Measured in bench/parallel.ts; tests lower it to exercise the split on small shapes.
 */
export const parallelTuning = { minMacs: 4 << 20 };

/** How many threads a job of `macs` multiply-adds should use. */
export function threadsFor(macs: number): number {
  const t = current.threads;
  if (t <= 1 || macs < parallelTuning.minMacs) return 1;
  return Math.max(1, Math.min(t, Math.floor(macs / parallelTuning.minMacs)));
}

/**
 * Splits [0, n) into `parts` ranges whose boundaries are multiples of `align` (the kernels' row
 * tile, so each part runs the same micro-kernels on the same rows as the serial call would).
 */
export function splitRange(n: number, parts: number, align: number): [number, number][] {
  const out: [number, number][] = [];
  const units = Math.ceil(n / align);
  let start = 0;
  for (let p = 0; p < parts; p++) {
    const end = Math.min(n, Math.round((units * (p + 1)) / parts) * align);
    if (end > start) out.push([start, end]);
    start = Math.max(start, end);
  }
  return out;
}
