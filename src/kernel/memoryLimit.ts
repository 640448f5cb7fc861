// The kernel's memory budget: one number (MB) that bounds both the kernel's JS heap (V8's limit
// for its worker thread) and its arrays (the engine's budget). Every host uses the same default.
import * as os from 'node:os';

const MB = 1024 * 1024;

/** Below this a kernel cannot even load the MNIST example; a smaller setting is raised to it. */
export const minimumMemoryLimitMb = 256;

/**
 * Half of the machine's RAM. The other half stays for what runs beside the kernel (VS Code's
 * windows and extension host, the OS, the browser), so a runaway cell fails in its own process
 * instead of pushing the machine into swap or the OS's OOM killer. Kernels of several notebooks
 * each get this budget: they rarely all fill it at once, and when they do the OS ends the
 * largest process, which is a kernel, never the editor.
 */
export function defaultMemoryLimitMb(totalBytes = os.totalmem()): number {
  return Math.max(minimumMemoryLimitMb, Math.floor(totalBytes / 2 / MB));
}

/** A user's setting (0, missing or nonsense: the default), never below the minimum. */
export function resolveMemoryLimitMb(setting: unknown): number {
  const mb = typeof setting === 'number' && Number.isFinite(setting) && setting > 0 ? Math.floor(setting) : defaultMemoryLimitMb();
  return Math.max(minimumMemoryLimitMb, mb);
}
