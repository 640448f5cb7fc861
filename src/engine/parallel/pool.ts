// A ParallelBackend over helper threads that share the kernel module's memory, synchronised with
// Atomics on a small shared control block. A call's parts are independent (each writes bytes no
// other part touches), so any thread may run any of them: the caller writes all parts into the
// block's job area and publishes them in one word (JOB: a generation, the part count and the next
// unclaimed part); each thread takes the next part with Atomics.add on that word until none is
// left, and counts each finished part in JOB_DONE. The caller reserves part 0 for itself, wakes
// every helper (bumps its slot's sequence number and notifies), runs part 0, then claims parts like
// a helper, and finally waits only for the parts helpers are still running. No messages and no
// copies per call: operands are already in the shared memory.
//
// Why parts are claimed one at a time from a counter (issue 15, wave 12): on this shared 2-core
// machine a woken helper is often not scheduled for a while, or is preempted mid-part. With one
// part per thread the caller, done with its half, waited for the helper's whole half; split into
// more, smaller parts than threads (kernels/wasm/split.ts), the caller keeps taking parts while the
// helper is late and waits at most for the one part a helper has in hand. A helper that never
// wakes costs nothing: the caller runs every part, about the serial time.
//
// The JOB word packs generation (11 bits, << 20), part count (8 bits, << 12) and next index (12
// bits). A helper woken late, after its job finished, adds to the word of whatever job is current:
// the index it gets is either a real unclaimed part of that job (whose data stays put until the job
// is done, which needs that part) or past the count, and then it stops. Starting the threads is
// left to the entry point (spawn), since the engine must not depend on worker_threads;
// HELPER_SOURCE is the code each helper runs, given HelperInit as its data.
import { KERNEL_NAMES, KernelCall, KernelExports, ParallelBackend } from './backend';

/** Ints per helper slot: SEQ (wake requests), DONE (last request served), ERROR (2: module failed). */
const SLOT_INTS = 4;
const SEQ = 0, DONE = 1, ERROR = 2;
/** The job area, after the slots: the JOB word, finished parts, a trap flag, part offsets, then calls. */
const JOB = 0, JOB_DONE = 1, JOB_TRAP = 2, JOB_OFFSETS = 4;
/** Parts per job (the 8-bit count in the JOB word) and ints for the whole job area. */
const MAX_PARTS = 255;
const JOB_INTS = 16384;

export interface HelperInit {
  moduleBytes: Uint8Array;
  /** Further modules over the same memory (optim.wat); a name is taken from the first module exporting it. */
  extraModules: Uint8Array[];
  memory: WebAssembly.Memory;
  control: SharedArrayBuffer;
  /** This helper's slot. */
  index: number;
  slotInts: number;
  /** Where the job area starts in the control block (ints). */
  jobBase: number;
  names: readonly string[];
}

/**
 * The helper loop as source text, for an entry point to run in a fresh thread (it must not
 * depend on the bundle layout). `helper(init)` never returns. A call that traps sets the job's
 * trap flag (the caller throws); a module that will not instantiate sets the slot's ERROR to 2
 * and the helper never claims a part.
 */
export const HELPER_SOURCE = `
function helper(init) {
  const c = new Int32Array(init.control), base = init.index * init.slotInts, jb = init.jobBase;
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
    if (fns === null) Atomics.store(c, base + ${ERROR}, 2);
    else {
      for (;;) {
        const w = Atomics.add(c, jb + ${JOB}, 1), count = (w >>> 12) & 255, idx = w & 4095;
        if (idx >= count) break;
        try {
          let p = c[jb + ${JOB_OFFSETS} + idx];
          const n = c[p++];
          for (let i = 0; i < n; i++) {
            const fn = fns[c[p]], na = c[p + 1], a = c.subarray(p + 2, p + 2 + na);
            fn(...a);
            p += 2 + na;
          }
        } catch (e) { Atomics.store(c, jb + ${JOB_TRAP}, 1); }
        if (Atomics.add(c, jb + ${JOB_DONE}, 1) + 1 === count) Atomics.notify(c, jb + ${JOB_DONE});
      }
    }
    Atomics.store(c, base + ${DONE}, seen);
  }
}`;

const NAME_INDEX = new Map<string, number>(KERNEL_NAMES.map((n, i) => [n, i]));

export class AtomicsPool implements ParallelBackend {
  private readonly control: Int32Array;
  /** Where the job area starts (after the helpers' slots). */
  private readonly jobBase: number;
  private generation = 0;
  private attached: { moduleBytes: Uint8Array; extraModules: Uint8Array[]; memory: WebAssembly.Memory } | null = null;
  private started = false;
  /** Set when a helper could not instantiate the module: from then on everything runs here. */
  private broken = false;
  /** Parts the helpers ran (tests check work really left the calling thread). */
  helperParts = 0;
  /** Parts besides part 0 that the caller ran itself, no helper having claimed them first. */
  stolenParts = 0;
  /** Milliseconds the caller spent blocked waiting for helpers' parts (benches read it). */
  waitMs = 0;
  /** Whether the caller claims parts besides part 0 (tests turn it off to make the helpers work). */
  stealing = true;
  /**
   * Milliseconds of split-worthy calls the caller runs alone before the helpers start (0: they
   * start at the first such call). The kernel worker sets 50 (worker/threadPool.ts): a helper's
   * Node bootstrap (~30-80 ms of CPU) outlasts calls shorter than that, so it could take none of
   * their parts; the seed program's only big product, its test-accuracy MatMul (three calls,
   * ~5-10 ms), started a helper that never ran a part, and the process's exit then waited for the
   * still-booting thread (~100 ms of wall; issue 15, wave 14). A program with more big work starts
   * them once 50 ms of it ran here: its helpers are ready ~50 ms later than before, which on two
   * cores costs at most about half of that in wall, once.
   */
  serialSplitMs = 0;
  private serialSplitSpent = 0;

  /**
   * @param threads computing threads, the caller included (so threads - 1 helpers)
   * @param spawn starts one helper thread running HELPER_SOURCE's helper(init)
   */
  constructor(readonly threads: number, private readonly spawn: (init: HelperInit) => void) {
    this.jobBase = Math.max(1, threads - 1) * SLOT_INTS;
    this.control = new Int32Array(new SharedArrayBuffer((this.jobBase + JOB_INTS) * 4));
  }

  attach(moduleBytes: Uint8Array, memory: WebAssembly.Memory, extraModules: Uint8Array[] = []): void {
    if (this.attached) throw new Error('AtomicsPool: already attached to a kernel module');
    if (!(memory.buffer instanceof SharedArrayBuffer)) throw new Error('AtomicsPool: the kernel memory must be shared');
    this.attached = { moduleBytes, extraModules, memory };
  }

  /** Whether the helper threads were started (tests and benches read it). */
  get helpersStarted(): boolean { return this.started; }

  /**
   * The helpers start on the first call worth splitting after `serialSplitMs`, not at attach: a
   * program whose products are all small (the seed's softmax steps) never pays for their isolates
   * (a few MB and ms each).
   */
  private startHelpers(): void {
    const { moduleBytes, extraModules, memory } = this.attached!;
    this.started = true;
    for (let i = 0; i + 1 < this.threads; i++) {
      this.spawn({ moduleBytes, extraModules, memory, control: this.control.buffer as SharedArrayBuffer, index: i, slotInts: SLOT_INTS, jobBase: this.jobBase, names: KERNEL_NAMES });
    }
  }

  run(local: KernelExports, parts: KernelCall[][]): void {
    const runHere = (part: KernelCall[]) => { for (const call of part) local[call.name](...call.args); };
    const count = parts.length;
    if (!this.attached || this.broken || count <= 1 || count > MAX_PARTS) { parts.forEach(runHere); return; }
    // Before the helpers exist the parts simply run here in order: the same bits, since parts are
    // independent and each is the same call either way.
    if (!this.started && this.serialSplitSpent < this.serialSplitMs) {
      const t0 = performance.now();
      parts.forEach(runHere);
      this.serialSplitSpent += performance.now() - t0;
      return;
    }
    if (!this.write(parts)) { parts.forEach(runHere); return; }
    if (!this.started) this.startHelpers();
    const c = this.control, jb = this.jobBase;
    Atomics.store(c, jb + JOB_DONE, 0);
    Atomics.store(c, jb + JOB_TRAP, 0);
    this.generation = (this.generation + 1) & 0x7ff;
    // Published with part 0 taken: it is the caller's.
    Atomics.store(c, jb + JOB, (this.generation << 20) | (count << 12) | 1);
    for (let h = 0; h + 1 < this.threads; h++) {
      Atomics.add(c, h * SLOT_INTS + SEQ, 1);
      Atomics.notify(c, h * SLOT_INTS + SEQ);
    }
    let here = 1;
    runHere(parts[0]);
    let finished = Atomics.add(c, jb + JOB_DONE, 1) + 1;
    if (this.stealing) finished = this.claimHere(local, parts, count, () => here++);
    // Wait for the parts helpers have in hand; a helper whose module failed never claims, so its
    // share (unclaimed parts) then runs here.
    const waitFrom = finished !== count ? performance.now() : 0;
    while (finished !== count) {
      if (Atomics.wait(c, jb + JOB_DONE, finished, 50) === 'timed-out' && this.helperFailed()) {
        this.broken = true;
        this.claimHere(local, parts, count, () => here++);
      }
      finished = Atomics.load(c, jb + JOB_DONE);
    }
    if (waitFrom) this.waitMs += performance.now() - waitFrom;
    this.stolenParts += here - 1;
    this.helperParts += count - here;
    if (Atomics.load(c, jb + JOB_TRAP)) throw new Error('a parallel kernel call failed in a helper thread');
  }

  /** Claims and runs parts here until none is left; returns the finished count after its last. */
  private claimHere(local: KernelExports, parts: KernelCall[][], count: number, ran: () => void): number {
    const c = this.control, jb = this.jobBase;
    for (;;) {
      const idx = Atomics.add(c, jb + JOB, 1) & 4095;
      if (idx >= count) return Atomics.load(c, jb + JOB_DONE);
      for (const call of parts[idx]) local[call.name](...call.args);
      ran();
      Atomics.add(c, jb + JOB_DONE, 1);
    }
  }

  private helperFailed(): boolean {
    for (let h = 0; h + 1 < this.threads; h++) if (Atomics.load(this.control, h * SLOT_INTS + ERROR) === 2) return true;
    return false;
  }

  /** Encodes the parts into the job area; false when they do not fit (the caller then runs them serially). */
  private write(parts: KernelCall[][]): boolean {
    const c = this.control, jb = this.jobBase;
    let p = jb + JOB_OFFSETS + parts.length;
    for (let i = 0; i < parts.length; i++) {
      c[jb + JOB_OFFSETS + i] = p;
      const part = parts[i];
      if (p + 1 > jb + JOB_INTS) return false;
      c[p++] = part.length;
      for (const call of part) {
        if (p + 2 + call.args.length > jb + JOB_INTS) return false;
        c[p] = NAME_INDEX.get(call.name)!; c[p + 1] = call.args.length;
        for (let k = 0; k < call.args.length; k++) c[p + 2 + k] = call.args[k];
        p += 2 + call.args.length;
      }
    }
    return true;
  }
}
