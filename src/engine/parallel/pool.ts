// A ParallelBackend over helper threads that share the kernel module's memory, synchronised with
// Atomics on a small shared control block: the caller writes each helper's calls into its slot,
// bumps the slot's sequence number and notifies; the helper (blocked in Atomics.wait) runs the
// calls on its own instance of the module, stores the sequence number as done and notifies; the
// caller, having run part 0 itself, waits on each done word. No messages and no copies per call:
// operands are already in the shared memory.
//
// On a loaded machine a helper may not be scheduled for a while after it is woken. So a part is
// claimed before it runs (compare-and-swap on the slot's CLAIM word): the helper claims it when it
// wakes, and the caller, once its own part is done, claims every part no helper has started and
// runs it itself. A helper that has not yet acknowledged its last request is skipped (its part
// runs here), so the caller never waits on a thread that has not started: at worst the call
// takes about as long as it would serially. Starting the threads is left to the entry point
// (spawn), since the engine must not depend on worker_threads; HELPER_SOURCE is the code each
// helper runs, given HelperInit as its data.
import { KERNEL_NAMES, KernelCall, KernelExports, ParallelBackend } from './backend';

/** Ints per helper slot: 5 header words, then calls as [kernel index, argument count, ...args]. */
const SLOT_INTS = 1024;
const SEQ = 0, DONE = 1, ERROR = 2, COUNT = 3, CLAIM = 4, CALLS = 5;
/** CLAIM values: posted and unclaimed, taken by the helper, taken back by the caller. */
const OPEN = 0, HELPER = 1, CALLER = 2;

export interface HelperInit {
  moduleBytes: Uint8Array;
  /** Further modules over the same memory (optim.wat); a name is taken from the first module exporting it. */
  extraModules: Uint8Array[];
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
    const insts = [init.moduleBytes, ...(init.extraModules || [])].map((b) =>
      new WebAssembly.Instance(new WebAssembly.Module(b), { env: { memory: init.memory } }));
    fns = init.names.map((n) => { const i = insts.find((x) => typeof x.exports[n] === 'function'); return i ? i.exports[n] : undefined; });
  } catch (e) { fns = null; }
  let seen = 0;
  for (;;) {
    Atomics.wait(c, base + ${SEQ}, seen);
    seen = Atomics.load(c, base + ${SEQ});
    if (Atomics.compareExchange(c, base + ${CLAIM}, ${OPEN}, ${HELPER}) !== ${OPEN}) { /* the caller ran it */ }
    else if (fns === null) Atomics.store(c, base + ${ERROR}, 2);
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
  private attached: { moduleBytes: Uint8Array; extraModules: Uint8Array[]; memory: WebAssembly.Memory } | null = null;
  private started = false;
  /** Set when a helper could not instantiate the module: from then on everything runs here. */
  private broken = false;
  /** Parts the helpers ran (tests check work really left the calling thread). */
  helperParts = 0;
  /** Parts posted to a helper that the caller ran itself, the helper not having started them. */
  stolenParts = 0;
  /** Whether the caller takes back parts no helper has started (tests turn it off to make the helpers work). */
  stealing = true;

  /**
   * @param threads computing threads, the caller included (so threads - 1 helpers)
   * @param spawn starts one helper thread running HELPER_SOURCE's helper(init)
   */
  constructor(readonly threads: number, private readonly spawn: (init: HelperInit) => void) {
    this.control = new Int32Array(new SharedArrayBuffer(Math.max(1, threads - 1) * SLOT_INTS * 4));
  }

  attach(moduleBytes: Uint8Array, memory: WebAssembly.Memory, extraModules: Uint8Array[] = []): void {
    if (this.attached) throw new Error('AtomicsPool: already attached to a kernel module');
    if (!(memory.buffer instanceof SharedArrayBuffer)) throw new Error('AtomicsPool: the kernel memory must be shared');
    this.attached = { moduleBytes, extraModules, memory };
  }

  /**
   * The helpers start on the first call worth splitting, not at attach: a program whose products
   * are all small (the seed's softmax) never pays for their isolates (a few MB and ms each).
   */
  private startHelpers(): void {
    const { moduleBytes, extraModules, memory } = this.attached!;
    this.started = true;
    for (let i = 0; i + 1 < this.threads; i++) {
      this.spawn({ moduleBytes, extraModules, memory, control: this.control.buffer as SharedArrayBuffer, index: i, slotInts: SLOT_INTS, names: KERNEL_NAMES });
    }
  }

  run(local: KernelExports, parts: KernelCall[][]): void {
    const runHere = (part: KernelCall[]) => { for (const call of part) local[call.name](...call.args); };
    if (!this.attached || this.broken || parts.length <= 1) { parts.forEach(runHere); return; }
    if (!this.started) this.startHelpers();
    const c = this.control;
    // Part i + 1 goes to helper i when that helper is idle (has acknowledged its last request).
    const posted: { part: number; slot: number; seq: number }[] = [];
    const kept: number[] = [];
    for (let i = 1; i < parts.length; i++) {
      const h = i - 1, base = h * SLOT_INTS;
      if (h >= this.threads - 1 || Atomics.load(c, base + DONE) !== Atomics.load(c, base + SEQ)) { kept.push(i); continue; }
      this.write(base, parts[i]);
      Atomics.store(c, base + CLAIM, OPEN);
      const seq = Atomics.add(c, base + SEQ, 1) + 1;
      Atomics.notify(c, base + SEQ);
      posted.push({ part: i, slot: base, seq });
    }
    runHere(parts[0]);
    for (const i of kept) runHere(parts[i]);
    // Parts no helper has started yet run here too.
    const waiting: typeof posted = [];
    for (const p of posted) {
      if (this.stealing && Atomics.compareExchange(c, p.slot + CLAIM, OPEN, CALLER) === OPEN) { runHere(parts[p.part]); this.stolenParts++; }
      else waiting.push(p);
    }
    let trapped = false;
    const missing: number[] = [];
    for (const p of waiting) {
      for (let d = Atomics.load(c, p.slot + DONE); d !== p.seq; d = Atomics.load(c, p.slot + DONE)) Atomics.wait(c, p.slot + DONE, d);
      const err = Atomics.exchange(c, p.slot + ERROR, 0);
      if (err === 1) trapped = true;
      else if (err === 2) missing.push(p.part);
      else this.helperParts++;
    }
    if (trapped) throw new Error('a parallel kernel call failed in a helper thread');
    if (missing.length) {
      // Nothing of those parts ran: run them here, and stop using the helpers.
      this.broken = true;
      for (const i of missing) runHere(parts[i]);
    }
  }

  /** Encodes a part's calls into a helper's slot. */
  private write(base: number, part: KernelCall[]): void {
    const c = this.control;
    let p = base + CALLS;
    for (const call of part) {
      if (p + 2 + call.args.length > base + SLOT_INTS) throw new Error('AtomicsPool: too many calls for one part');
      c[p] = NAME_INDEX.get(call.name)!; c[p + 1] = call.args.length;
      for (let i = 0; i < call.args.length; i++) c[p + 2 + i] = call.args[i];
      p += 2 + call.args.length;
    }
    c[base + COUNT] = part.length;
  }
}
