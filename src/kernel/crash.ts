// Why a kernel process ended, in words a user can act on. V8 ends a process that runs out of heap
// or asks for an array longer than it can hold ("Fatal JavaScript invalid size error") with a
// signal and a note on stderr; the OS's OOM killer sends SIGKILL; the process itself reports a
// worker that reached its heap limit before it exits.
import type { KernelFatalEvent } from '../shared/protocol';

export interface KernelExit { detail: string; outOfMemory: boolean }

const outOfMemoryNotes = /out of memory|invalid size error|invalid table size|invalid array length|allocation failed|heap limit/i;

export function describeKernelExit(
  code: number | null, signal: NodeJS.Signals | null, fatal: KernelFatalEvent | undefined, stderrTail: string,
): KernelExit {
  if (fatal) return { detail: fatal.outOfMemory ? 'out of memory' : fatal.detail, outOfMemory: fatal.outOfMemory };
  if (outOfMemoryNotes.test(stderrTail)) return { detail: 'out of memory', outOfMemory: true };
  if (signal === 'SIGKILL') return { detail: 'killed by the system, out of memory?', outOfMemory: true };
  // V8's fatal errors abort (SIGABRT) or trap (SIGTRAP, exit 133); they are nearly always memory.
  if (signal === 'SIGABRT' || signal === 'SIGTRAP' || code === 133 || code === 134) return { detail: 'out of memory?', outOfMemory: true };
  if (signal) return { detail: `ended by ${signal}`, outOfMemory: false };
  return { detail: `exit code ${code}`, outOfMemory: false };
}
