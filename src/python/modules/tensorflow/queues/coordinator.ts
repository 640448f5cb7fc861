// tf.train.Coordinator, tf.train.QueueRunner, start_queue_runners and add_queue_runner without
// threads: "starting" a runner registers it with the session, and a dequeue that needs elements
// runs its enqueue ops in turn (engine/queues/runners.ts). The objects start_queue_runners
// returns stand for TF's threads (is_alive, join, name) so programs that pass them to
// coord.join(threads) run unchanged. A runner error is recorded in the coordinator (and raised
// by the blocked sess.run), as TF's runner threads report it.
import type { PyValue } from '../../../objects/core';
import { PyExceptionObj } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import type { PyClass } from '../../../objects/pyclass';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { constructorOf, entry, method, MethodTable } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { exceptionClassByName } from '../../../exceptions';
import { toPyException } from '../../../interpreter/errors';
import { out } from '../define';
import { isEngineBacked } from '../convert';
import { PySession } from '../tables/session';
import { PyQueue, queueArg } from './queue_object';

const isInstanceOf = (e: PyExceptionObj, classes: PyClass[]) => classes.some(c => e.cls.mro.includes(c));
const opErrorClass = (name: string) => exceptionClassByName(name)!;

export class PyCoordinator extends HostObject {
  stopRequested = false;
  exception: PyExceptionObj | null = null;
  joined = false;
  readonly threads: PyThread[] = [];
  constructor(readonly cleanTypes: PyClass[]) { super(); }
  override get pyTypeName() { return 'Coordinator'; }
  override get type() { return hostClass('Coordinator', 'tensorflow.train'); }
  getattr(name: string): PyValue | undefined {
    if (name === 'joined') return this.joined;
    return COORDINATOR_METHODS.get(this, name);
  }
  requestStop(ex: PyValue): void {
    if (ex instanceof PyExceptionObj && this.exception === null && !isInstanceOf(ex, this.cleanTypes)) this.exception = ex;
    this.stopRequested = true;
  }
}

/** What TF returns as a runner thread: alive while its enqueue op can still run. */
export class PyThread extends HostObject {
  private alive: () => boolean = () => false;
  started = false;
  constructor(readonly name: string, private readonly startFn: () => () => boolean, readonly daemon: boolean) { super(); }
  override get pyTypeName() { return 'Thread'; }
  override get type() { return hostClass('Thread', 'threading'); }
  override repr(): string { return `<Thread(${this.name}, ${this.started ? 'started' : 'initial'}${this.daemon ? ' daemon' : ''})>`; }
  running(): boolean { return this.started && this.alive(); }
  start(): void {
    if (this.started) throw pyRuntime('threads can only be started once');
    this.started = true;
    this.alive = this.startFn();
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'name': return this.name;
      case 'daemon': return this.daemon;
    }
    return THREAD_METHODS.get(this, name);
  }
}

/** threading.Thread's methods the runner threads have (CPython's Thread is a Python class). */
export const THREAD_METHODS = new MethodTable<PyThread>([
  method({ name: 'threading.Thread.is_alive', doc: "Whether the runner was started and its enqueue op can still run.", params: [] }, self => self.running()),
  method({ name: 'threading.Thread.isAlive', doc: 'The old spelling of is_alive().', params: [] }, self => self.running()),
  method({ name: 'threading.Thread.join', doc: 'Returns at once: nothing runs concurrently, so there is nothing to wait for.', params: [{ name: 'timeout', default: null }] }, () => null),
  method({ name: 'threading.Thread.start', doc: 'Registers the runner with its session; RuntimeError when started twice.', params: [] }, self => { self.start(); return null; }),
], { pythonClass: true });
const pyRuntime = (m: string) => toPyException(new tf.PyLikeError('RuntimeError', m));

export const COORDINATOR_METHODS = new MethodTable<PyCoordinator>([
  method({ name: 'tf.train.Coordinator.request_stop', doc: 'Asks every runner to stop; records `ex` unless it is a clean-stop type (OutOfRangeError).', params: [{ name: 'ex', default: null }] },
    (self, a) => { self.requestStop(a.ex as PyValue); return null; }),
  method({ name: 'tf.train.Coordinator.should_stop', doc: 'Whether a stop was requested.', params: [] }, self => self.stopRequested),
  method({ name: 'tf.train.Coordinator.clear_stop', doc: 'Clears the stop flag and the recorded exception.', params: [] },
    self => { self.stopRequested = false; self.exception = null; self.joined = false; return null; }),
  method({ name: 'tf.train.Coordinator.wait_for_stop', doc: 'Whether a stop was requested (nothing runs concurrently, so there is nothing to wait for).', params: [{ name: 'timeout', default: null }] },
    self => self.stopRequested),
  method({ name: 'tf.train.Coordinator.register_thread', doc: 'Registers a thread to join.', params: [{ name: 'thread' }] },
    (self, a) => { if (a.thread instanceof PyThread) self.threads.push(a.thread); return null; }),
  method({ name: 'tf.train.Coordinator.join', doc: 'Waits for the threads (they stop with the request) and re-raises the first recorded exception.',
    params: [{ name: 'threads', default: null }, { name: 'stop_grace_period_secs', default: 120 }, { name: 'ignore_live_threads', default: false, type: 'flag' }] },
  self => {
    self.joined = true;
    if (self.exception) { const e = self.exception; self.exception = null; throw e; }
    return null;
  }),
  method({ name: 'tf.train.Coordinator.raise_requested_exception', doc: 'Raises the recorded exception, if any.', params: [] },
    self => { if (self.exception) throw self.exception; return null; }),
  method({ name: 'tf.train.Coordinator.stop_on_exception', doc: 'A context manager that requests a stop when its body raises.', params: [] },
    self => new StopOnException(self)),
]);

class StopOnException extends HostObject {
  constructor(private readonly coord: PyCoordinator) { super(); }
  override get pyTypeName() { return '_GeneratorContextManager'; }
  enter(): PyValue { return null; }
  exit(exc: PyValue): boolean {
    if (exc === null || exc === undefined) return false;
    this.coord.requestStop(exc);
    return true;
  }
}

export const COORDINATOR_CONSTRUCTOR = constructorOf({
  name: 'tf.train.Coordinator', doc: 'A coordinator for the queue runners: stop requests and the first error.',
  params: [{ name: 'clean_stop_exception_types', default: null }],
}, a => {
  const given = a.clean_stop_exception_types as PyValue;
  const types = given === null ? [opErrorClass('OutOfRangeError')] : (given instanceof PyList || given instanceof PyTuple ? given.items : [given]) as PyClass[];
  return new PyCoordinator(types);
});

export class PyQueueRunner extends HostObject {
  private readonly started = new WeakSet<tf.Session>();
  constructor(readonly queue: PyQueue, readonly enqueueOps: tf.Operation[], readonly closeOp: tf.Operation, readonly cancelOp: tf.Operation, readonly closedTypes: string[]) { super(); }
  override get pyTypeName() { return 'QueueRunner'; }
  override get type() { return hostClass('QueueRunner', 'tensorflow.train'); }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'queue': return this.queue;
      case 'name': return this.queue.handle.op.name;
      case 'enqueue_ops': return new PyList(this.enqueueOps.map(o => out(o)));
      case 'close_op': return out(this.closeOp);
      case 'cancel_op': return out(this.cancelOp);
    }
    return QUEUE_RUNNER_METHODS.get(this, name);
  }
  /** One "thread" per enqueue op; starting the first registers the runner with the session. */
  createThreads(sess: tf.Session, coord: PyCoordinator | null, daemon: boolean, start: boolean): PyThread[] {
    if (this.started.has(sess)) return [];
    this.started.add(sess);
    let handle: { isAlive(): boolean } | null = null;
    const register = () => {
      // TF's runner threads create the queue at once: resource names count in start order.
      tf.queueState(sess.runtime, this.queue.handle.op);
      handle ??= tf.registerRunner(sess.runtime, {
        queueOp: this.queue.handle.op, enqueueOps: this.enqueueOps, closeOp: this.closeOp, cancelOp: this.cancelOp,
        closedErrors: this.closedTypes, shouldStop: () => coord?.stopRequested ?? false,
        onError: e => coord?.requestStop(toPyException(e)),
      });
      return () => handle!.isAlive();
    };
    const threads = this.enqueueOps.map((_, i) => new PyThread(`QueueRunnerThread-${this.queue.handle.op.name}-${this.enqueueOps[i].name}`, register, daemon));
    for (const t of threads) { coord?.threads.push(t); if (start) t.start(); }
    return threads;
  }
}

function sessionOrDefault(v: PyValue, what: string): tf.Session {
  if (v instanceof PySession) return v.session;
  if (v !== null && v !== undefined) throw typeError(`sess must be a tf.Session, not ${(v as HostObject).pyTypeName ?? typeof v}`);
  const s = tf.getDefaultSession();
  if (!s) throw valueError(`Cannot start queue runners: No default session is registered. Use \`with sess.as_default()\` or pass an explicit session to ${what}(sess=sess)`);
  return s;
}
const coordArg = (v: PyValue): PyCoordinator | null => (v instanceof PyCoordinator ? v : null);

export const QUEUE_RUNNER_METHODS = new MethodTable<PyQueueRunner>([
  method({ name: 'tf.train.QueueRunner.create_threads', doc: "Registers this runner's enqueue ops with the session; returns its thread stand-ins.",
    params: [{ name: 'sess' }, { name: 'coord', default: null }, { name: 'daemon', default: false, type: 'flag' }, { name: 'start', default: false, type: 'flag' }] },
  (self, a) => new PyList(self.createThreads(sessionOrDefault(a.sess as PyValue, 'create_threads'), coordArg(a.coord as PyValue), a.daemon, a.start))),
]);

const opOf = (v: PyValue): tf.Operation => {
  const e = isEngineBacked(v) ? v.engineValue() : null;
  if (e instanceof tf.Operation) return e;
  if (e instanceof tf.Tensor) return e.op;
  throw typeError(`enqueue_ops must be a list of operations, got ${(v as HostObject)?.pyTypeName ?? typeof v}`);
};

export function makeQueueRunner(queue: PyQueue, enqueueOps: tf.Operation[], closeOp?: tf.Operation | null, cancelOp?: tf.Operation | null, closedTypes?: string[]): PyQueueRunner {
  const close = closeOp ?? queue.scope(null, 'Close', s => tf.queueOps.close(queue.handle, false, s));
  const cancel = cancelOp ?? queue.scope(null, 'Close', s => tf.queueOps.close(queue.handle, true, s));
  return new PyQueueRunner(queue, enqueueOps, close, cancel, closedTypes ?? ['OutOfRangeError']);
}

export const QUEUE_RUNNER_CONSTRUCTOR = constructorOf({
  name: 'tf.train.QueueRunner', doc: 'Holds a list of enqueue ops for a queue; start_queue_runners runs them (cooperatively) when the queue needs elements.',
  params: [{ name: 'queue', default: null }, { name: 'enqueue_ops', default: null }, { name: 'close_op', default: null }, { name: 'cancel_op', default: null },
    { name: 'queue_closed_exception_types', default: null },
    { name: 'queue_runner_def', default: null, unsupported: 'rebuilding from a QueueRunnerDef' }, { name: 'import_scope', default: null, unsupported: 'rebuilding from a QueueRunnerDef' }],
}, a => {
  const queue = queueArg(a.queue as PyValue, 'QueueRunner');
  const ops = a.enqueue_ops instanceof PyList || a.enqueue_ops instanceof PyTuple ? a.enqueue_ops.items.map(opOf) : [];
  if (!ops.length) throw valueError('Must provide enqueue_ops.');
  const types = a.queue_closed_exception_types;
  const names = types === null ? undefined : (types instanceof PyTuple || types instanceof PyList ? types.items : [types as PyValue]).map(c => (c as PyClass).name);
  return makeQueueRunner(queue, ops, a.close_op === null ? null : opOf(a.close_op as PyValue), a.cancel_op === null ? null : opOf(a.cancel_op as PyValue), names);
});

export const QUEUE_RUNNER_TABLE = [
  entry({ name: 'tf.train.start_queue_runners', doc: "Starts every queue runner in the graph's collection (registers them with the session); returns their thread stand-ins.",
    params: [{ name: 'sess', default: null }, { name: 'coord', default: null }, { name: 'daemon', default: true, type: 'flag' }, { name: 'start', default: true, type: 'flag' },
      { name: 'collection', default: 'queue_runners', type: 'str' }] },
  a => {
    const sess = sessionOrDefault(a.sess as PyValue, 'tf.start_queue_runners');
    const coord = coordArg(a.coord as PyValue);
    const threads: PyThread[] = [];
    for (const r of sess.graph.getCollection(a.collection)) if (r instanceof PyQueueRunner) threads.push(...r.createThreads(sess, coord, a.daemon, a.start));
    return new PyList(threads);
  }, { aliases: ['tf.train.queue_runner.start_queue_runners'] }),
  entry({ name: 'tf.train.add_queue_runner', doc: 'Adds a QueueRunner to a collection of the graph (QUEUE_RUNNERS by default).',
    params: [{ name: 'qr' }, { name: 'collection', default: 'queue_runners', type: 'str' }] },
  a => {
    if (!(a.qr instanceof PyQueueRunner)) throw typeError('qr must be a tf.train.QueueRunner');
    tf.getDefaultGraph().addToCollection(a.collection, a.qr);
    return null;
  }, { aliases: ['tf.train.queue_runner.add_queue_runner'] }),
];
