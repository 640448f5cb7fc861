// The worker_threads side of the engine's parallel backend (src/engine/parallel): starts the
// helper threads AtomicsPool asks for and installs the pool, so the SIMD kernels split big GEMMs
// and convolution tiles across the machine's cores. The engine cannot do this itself (it imports
// nothing from worker_threads). GRADBOOK_THREADS sets the count (1 turns it off); the default
// is the cores Node reports, at most MAX_DEFAULT_THREADS.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AtomicsPool, HELPER_SOURCE, type HelperInit } from '../engine';
import { serialBackend, setParallelBackend, type ParallelBackend } from '../engine';

/** Beyond a few threads a batch-50 step has too little work per part to gain. */
const MAX_DEFAULT_THREADS = 4;

/** Threads from GRADBOOK_THREADS, else the machine's cores (capped); at least 1. */
export function configuredThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.GRADBOOK_THREADS;
  if (raw !== undefined && raw.trim() !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`GRADBOOK_THREADS must be a positive integer, got '${raw}'`);
    return n;
  }
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_DEFAULT_THREADS, cores));
}

/** Split-worthy work (ms) the caller runs alone before helpers start: about one helper's bootstrap. */
export const HELPER_START_AFTER_MS = 50;

/** Each helper: the engine's helper loop, fed its init through workerData. */
const HELPER_MAIN = `${HELPER_SOURCE}\nhelper(require('node:worker_threads').workerData);\n`;

function spawnHelper(init: HelperInit): void {
  // A helper runs only WebAssembly on the shared memory: a small heap is plenty.
  const w = new Worker(HELPER_MAIN, { eval: true, workerData: init, resourceLimits: { maxOldGenerationSizeMb: 32 } });
  w.unref(); // blocked in Atomics.wait between calls; must not keep the process alive
  w.on('error', (e) => console.error(`gradbook: a kernel helper thread failed: ${e.message}`));
}

/** A pool of `threads` computing threads (the caller included), not yet installed. */
export function createThreadPool(threads: number): ParallelBackend {
  return threads > 1 ? new AtomicsPool(threads, spawnHelper) : serialBackend;
}

/** Installs the configured pool as the engine's parallel backend; returns it. */
export function installThreadPool(threads?: number): ParallelBackend {
  if (threads === undefined) {
    try { threads = configuredThreads(); } catch (e) {
      console.error(`gradbook: ${(e as Error).message}; running kernels on one thread`);
      threads = 1;
    }
  }
  const pool = createThreadPool(threads);
  // Big calls run on this thread until 50 ms of them did; then the helpers start (see serialSplitMs).
  if (pool instanceof AtomicsPool) pool.serialSplitMs = HELPER_START_AFTER_MS;
  setParallelBackend(pool);
  return pool;
}
