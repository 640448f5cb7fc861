// A ParallelBackend over helper threads that share the kernel module's memory, synchronised with
// Atomics on a small shared control block: the caller writes each helper's calls into its slot,
// bumps the slot's sequence number and notifies; the helper (blocked in Atomics.wait) runs the
// calls on its own instance of the module, stores the sequence number as done and notifies; the
// caller, having run part 0 itself, waits on each done word. No messages and no copies per call:
// operands are already in the shared memory. Starting the threads is left to the entry point
// (spawn), since the engine must not depend on worker_threads; HELPER_SOURCE is the code each
// helper runs, given HelperInit as its data.
import { KERNEL_NAMES, KernelCall, KernelExports, ParallelBackend } from './backend';

/** Ints per helper slot: 4 header words, then calls as [kernel index, argument count, ...args]. */
const SLOT_INTS = 1024;
const SEQ = 0, DONE = 1, ERROR = 2, COUNT = 3, CALLS = 4;

export interface HelperInit {
  moduleBytes: Uint8Array;
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
  /** This helper's slot. */
  index: number;
  slotInts: number;
  names: readonly string[];
}

/**
 * The helper loop as source text, for an entry point to run in a fresh thread (it must not
 * depend on the bundle layout). `helper(init)` never returns. A call that traps sets ERROR
 * to 1 (the caller throws); a module that will not instantiate sets it to 2 on every request.
 */
export const HELPER_SOURCE = `
function helper(init) {
  const c = new Int32Array(init.control), base = init.index * init.slotInts;
  let fns = null;
  try {
    const inst = new WebAssembly.Instance(new WebAssembly.Module(init.moduleBytes), { env: { memory: init.memory } });
    fns = init.names.map((n) => inst.exports[n]);
  } catch (e) { fns = null; }
  let seen = 0;
  for (;;) {
    Atomics.wait(c, base + ${SEQ}, seen);
    seen = Atomics.load(c, base + ${SEQ});
    if (fns === null) Atomics.store(c, base + ${ERROR}, 2);
    else {
      try {
        const n = c[base + ${COUNT}];
        for (let i = 0, p = base + ${CALLS}; i < n; i++) {
          const fn = fns[c[p]], na = c[p + 1], a = c.subarray(p + 2, p + 2 + na);
          fn(...a);
          p += 2 + na;
        }
      } catch (e) { Atomics.store(c, base + ${ERROR}, 1); }
    }
    Atomics.store(c, base + ${DONE}, seen);
    Atomics.notify(c, base + ${DONE});
  }
}`;

const NAME_INDEX = new Map<string, number>(KERNEL_NAMES.map((n, i) => [n, i]));

export class AtomicsPool implements ParallelBackend {
  private readonly control: Int32Array;
  private attached = false;
  /** Set when a helper could not instantiate the module: from then on everything runs here. */
  private broken = false;
  /** Parts the helpers ran (tests check work really left the calling thread). */
  helperParts = 0;

  /**
   * @param threads computing threads, the caller included (so threads - 1 helpers)
   * @param spawn starts one helper thread running HELPER_SOURCE's helper(init)
   */
  constructor(readonly threads: number, private readonly spawn: (init: HelperInit) => void) {
    this.control = new Int32Array(new SharedArrayBuffer(Math.max(1, threads - 1) * SLOT_INTS * 4));
  }

  attach(moduleBytes: Uint8Array, memory: WebAssembly.Memory): void {
    if (this.attached) throw new Error('AtomicsPool: already attached to a kernel module');
    if (!(memory.buffer instanceof SharedArrayBuffer)) throw new Error('AtomicsPool: the kernel memory must be shared');
    this.attached = true;
    for (let i = 0; i + 1 < this.threads; i++) {
      this.spawn({ moduleBytes, memory, control: this.control.buffer as SharedArrayBuffer, index: i, slotInts: SLOT_INTS, names: KERNEL_NAMES });
    }
  }

  run(local: KernelExports, parts: KernelCall[][]): void {
    const helpers = Math.min(parts.length - 1, this.threads - 1);
    if (!this.attached || this.broken || helpers <= 0) {
      for (const part of parts) for (const c of part) local[c.name](...c.args);
      return;
    }
    const c = this.control;
    const started: number[] = [];
    for (let h = 0; h < helpers; h++) {
      const base = h * SLOT_INTS;
      let p = base + CALLS;
      for (const call of parts[h + 1]) {
        if (p + 2 + call.args.length > base + SLOT_INTS) throw new Error('AtomicsPool: too many calls for one part');
        c[p] = NAME_INDEX.get(call.name)!; c[p + 1] = call.args.length;
        for (let i = 0; i < call.args.length; i++) c[p + 2 + i] = call.args[i];
        p += 2 + call.args.length;
      }
      c[base + COUNT] = parts[h + 1].length;
      started.push(Atomics.add(c, base + SEQ, 1) + 1);
      Atomics.notify(c, base + SEQ);
    }
    // Part 0, and any parts beyond the helpers, on this thread meanwhile.
    for (const call of parts[0]) local[call.name](...call.args);
    for (let i = helpers + 1; i < parts.length; i++) for (const call of parts[i]) local[call.name](...call.args);
    let trapped = false, missing: number[] = [];
    for (let h = 0; h < helpers; h++) {
      const base = h * SLOT_INTS;
      for (let d = Atomics.load(c, base + DONE); d !== started[h]; d = Atomics.load(c, base + DONE)) Atomics.wait(c, base + DONE, d);
      const err = Atomics.exchange(c, base + ERROR, 0);
      if (err === 1) trapped = true;
      else if (err === 2) missing.push(h + 1);
    }
    this.helperParts += helpers - missing.length;
    if (trapped) throw new Error('a parallel kernel call failed in a helper thread');
    if (missing.length) {
      // Nothing of those parts ran: run them here, and stop using the helpers.
      this.broken = true;
      for (const i of missing) for (const call of parts[i]) local[call.name](...call.args);
    }
  }
}
