// Queue runners without threads. tf.train.start_queue_runners registers each runner with the
// session; when a dequeue (or a reader) needs more elements than its queue holds, the kernel
// runs the queue's runners' enqueue ops inside the current run, one at a time in turn, until the
// dequeue can proceed. An enqueue op that raises a queue-closed error (OutOfRangeError: the
// epochs ran out, an upstream queue is done) ends that "thread"; when a runner's last one ends,
// its close op runs, and the dequeue then drains what is left and raises OutOfRangeError, as in
// TF. Interrupts stop the nested runs like any other op. A dequeue that nothing can feed raises
// instead of hanging (TF would block forever).
import type { Operation } from '../graph/operation';
import type { RuntimeContext } from '../session/runtime';
import { KernelError, OpError } from '../errors';
import type { QueueState } from './queue_state';

export interface RunnerSpec {
  queueOp: Operation;
  enqueueOps: Operation[];
  closeOp: Operation | null;
  cancelOp: Operation | null;
  /** Error classes that end a thread quietly (TF's queue_closed_exception_types). */
  closedErrors: string[];
  /** The coordinator asked to stop (runners then do nothing). */
  shouldStop(): boolean;
  /** A runner error other than a closed queue: the coordinator records it. */
  onError(e: unknown): void;
}

interface ActiveRunner { spec: RunnerSpec; live: Operation[]; next: number }

const registries = new WeakMap<RuntimeContext, ActiveRunner[]>();

export function registerRunner(rt: RuntimeContext, spec: RunnerSpec): { isAlive(): boolean } {
  let list = registries.get(rt);
  if (!list) { list = []; registries.set(rt, list); }
  const active: ActiveRunner = { spec, live: spec.enqueueOps.slice(), next: 0 };
  list.push(active);
  return { isAlive: () => active.live.length > 0 && !spec.shouldStop() };
}

/** Runs one enqueue op of a live runner of `queueOp`; false when no runner can run. */
function stepRunner(rt: RuntimeContext, queueOp: Operation): boolean {
  const runner = (registries.get(rt) ?? []).find(r => r.spec.queueOp === queueOp && r.live.length > 0 && !r.spec.shouldStop());
  if (!runner || !rt.runNested) return false;
  const op = runner.live[runner.next % runner.live.length];
  try {
    rt.runNested([op]);
    runner.next++;
  } catch (e) {
    const cls = e instanceof OpError ? e.errorClass : e instanceof KernelError ? e.errorClass : null;
    if (cls === null || !runner.spec.closedErrors.includes(cls)) {
      runner.live = [];
      runner.spec.onError(e);
      if (runner.spec.cancelOp) try { rt.runNested([runner.spec.cancelOp]); } catch { /* TF ignores errors of cancel_op */ }
      throw e;
    }
    runner.live.splice(runner.live.indexOf(op), 1);
    if (runner.live.length === 0 && runner.spec.closeOp) {
      try { rt.runNested([runner.spec.closeOp]); } catch { /* TF ignores errors of close_op */ }
    }
  }
  return true;
}

/**
 * Makes `n` elements available (runners run as needed). `upTo`: once closed, fewer will do.
 * Returns how many to take; raises TF's OutOfRangeError when the closed queue has too few.
 */
export function awaitElements(rt: RuntimeContext, queueOp: Operation, q: QueueState, n: number, upTo = false): number {
  let idle = 0;
  while (!q.canDequeue(n)) {
    if (q.closed) break;
    const before = q.size;
    const ran = stepRunner(rt, queueOp);
    idle = q.size === before ? idle + 1 : 0;
    if (!ran || idle > 10000) {
      throw new KernelError('FailedPreconditionError', `Dequeue from ${q.spec.kind} '${q.name}' would block forever: it holds ${q.size} element${q.size === 1 ? '' : 's'}, ${n} requested, it is not closed and no queue runner feeds it (did you call tf.train.start_queue_runners?)`);
    }
  }
  if (q.canDequeue(n)) return n;
  if (upTo && q.size > 0) return q.size;
  throw q.insufficient(n);
}
