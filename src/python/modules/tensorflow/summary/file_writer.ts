// tf.summary.FileWriter (python/summary/writer/writer.py) over the session's FileSystem: events go
// to `<logdir>/events.out.tfevents.<secs>.<host>` in TF's framing (engine EventFileWriter), and the
// scalar and histogram values also to the Summaries view (sink.ts). Without a background thread,
// queued events are flushed every flush_secs when the next one arrives, on flush()/close(), and when
// a cell ends.
import type { PyValue } from '../../../objects/core';
import { HostObject, hostClass } from '../../../host';
import { PyBytes } from '../../../io/bytes';
import * as os from 'node:os';
import * as tf from '../../../../engine';
import { formats, type EventProto } from '../../../../engine';
import type { FileSystem, Signature } from '../../../../engine';
import { constructorOf, method, MethodTable } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { toNumber } from '../../../runtime/numbers';
import { sessionFileSystem } from '../../../io/session-files';
import { cellEndFlushers } from '../../../io/file-object';
import { PyMessage } from '../proto_object';
import { PyProtoMessage } from './message';
import { emitSummaryEvent } from './sink';

/** The host name TF puts in event file names (port::Hostname, i.e. gethostname). */
function hostName(): string {
  try { return os.hostname() || 'localhost'; } catch { return 'localhost'; }
}

export class PyFileWriter extends HostObject {
  readonly writer: formats.EventFileWriter;
  constructor(readonly fs: FileSystem, readonly logdir: string, opts: { maxQueue: number; flushSecs: number; filenameSuffix: string | null }) {
    super();
    this.writer = new formats.EventFileWriter(fs, logdir, { maxQueue: opts.maxQueue, flushSecs: opts.flushSecs, filenameSuffix: opts.filenameSuffix ?? undefined, hostname: hostName() });
    cellEndFlushers.add(this);
  }
  override get pyTypeName() { return 'FileWriter'; }
  override get type() { return hostClass('FileWriter', 'tensorflow.summary'); }
  override repr(): string { return '<tensorflow.python.summary.writer.writer.FileWriter object>'; }
  getattr(name: string): PyValue | undefined { return FILE_WRITER_METHODS.get(this, name); }
  enter(): PyValue { return this; }
  exit(): boolean { this.close(); return false; }

  /** Writes one event; its summary values also go to the Summaries view. */
  add(event: EventProto): void {
    if (this.writer.isClosed) return;
    this.writer.addEvent(event);
    emitSummaryEvent(this.logdir, event);
  }
  flush(): void { this.writer.flush(); }
  close(): void { this.writer.close(); cellEndFlushers.delete(this); }
  reopen(): void { if (this.writer.isClosed) { this.writer.reopen(); cellEndFlushers.add(this); } }
}

const now = () => Date.now() / 1000;

function stepOf(v: PyValue): number | null {
  if (v === null) return null;
  const e = (v as { engineValue?: () => unknown }).engineValue?.();
  if (e !== undefined) throw typeError('global_step must be a Python int (fetch the step with sess.run first), not a Tensor');
  return Math.trunc(toNumber(v));
}

/** add_summary's argument: the bytes a summary op produced, or a tf.Summary message. */
function summaryBytes(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyProtoMessage && v.typeName === 'Summary') return v.serialize();
  throw typeError(`add_summary() expects a serialized Summary (bytes from sess.run) or a tf.Summary, not ${typeOf(v).name}`);
}

function graphOf(v: PyValue): tf.Graph | null {
  const g = (v as { graph?: unknown } | null)?.graph;
  return g instanceof tf.Graph ? g : null;
}

function graphDefBytes(graph: PyValue, graphDef: PyValue): Uint8Array {
  const g = graphOf(graph);
  if (g) return formats.encodeGraphDef(formats.graphToGraphDef(g, { addShapes: true }));
  const def = graphDef ?? graph;
  if (def instanceof PyMessage && def.typeName === 'GraphDef') return formats.encodeProto('GraphDef', def.message);
  throw typeError(`add_graph() expects a tf.Graph or a GraphDef, not ${typeOf(def).name}`);
}

const STEP = { name: 'global_step', default: null } as const;

export const FILE_WRITER_METHODS = new MethodTable<PyFileWriter>([
  method({ name: 'tf.summary.FileWriter.add_summary', doc: 'Writes a Summary (bytes or message) as an event at global_step.', params: [{ name: 'summary' }, STEP] },
    (w, a) => {
      w.add(formats.summaryEvent(summaryBytes((a.summary as PyValue)), now(), stepOf((a.global_step as PyValue)), w.writer.seenSummaryTags));
      return null;
    }),
  method({
    name: 'tf.summary.FileWriter.add_graph', doc: 'Writes the graph (its GraphDef) as an event.',
    params: [{ name: 'graph' }, STEP, { name: 'graph_def', default: null }],
  }, (w, a) => {
    const event = formats.graphEvent(graphDefBytes((a.graph as PyValue), (a.graph_def as PyValue)), now(), stepOf((a.global_step as PyValue)));
    w.add(event);
    return null;
  }),
  method({ name: 'tf.summary.FileWriter.add_meta_graph', doc: 'Writes a MetaGraphDef as an event.', params: [{ name: 'meta_graph_def' }, STEP] }, (w, a) => {
    const m = a.meta_graph_def as PyValue;
    if (!(m instanceof PyMessage && m.typeName === 'MetaGraphDef')) throw typeError(`add_meta_graph() expects a MetaGraphDef, not ${typeOf(m).name}`);
    w.add(formats.metaGraphEvent(formats.encodeProto('MetaGraphDef', m.message), now(), stepOf((a.global_step as PyValue))));
    return null;
  }),
  method({
    name: 'tf.summary.FileWriter.add_run_metadata', doc: 'Writes a tagged RunMetadata event (Gradbook records no step stats, so it is empty).',
    params: [{ name: 'run_metadata' }, { name: 'tag', type: 'str' }, STEP],
  }, (w, a) => {
    w.add({ wall_time: now(), ...(stepOf((a.global_step as PyValue)) === null ? {} : { step: stepOf((a.global_step as PyValue))! }), tagged_run_metadata: { tag: a.tag, run_metadata: new Uint8Array(0) } } as EventProto);
    return null;
  }),
  method({ name: 'tf.summary.FileWriter.add_session_log', doc: 'Writes a SessionLog event.', params: [{ name: 'session_log' }, STEP] }, (w, a) => {
    const log = (a.session_log as PyValue);
    if (!(log instanceof PyProtoMessage && log.typeName === 'SessionLog')) throw typeError(`add_session_log() expects a tf.SessionLog, not ${typeOf(log).name}`);
    w.add(formats.sessionLogEvent(log.toPlain() as EventProto['session_log'], now(), stepOf((a.global_step as PyValue))));
    return null;
  }),
  method({ name: 'tf.summary.FileWriter.add_event', doc: 'Writes an Event message as is.', params: [{ name: 'event' }] }, (w, a) => {
    const e = (a.event as PyValue);
    if (!(e instanceof PyProtoMessage && e.typeName === 'Event')) throw typeError(`add_event() expects a tf.Event, not ${typeOf(e).name}`);
    w.add(formats.protoToObject('Event', formats.decodeProto('Event', e.serialize())) as EventProto);
    return null;
  }),
  method({ name: 'tf.summary.FileWriter.flush', doc: 'Writes queued events to the file.', params: [] }, w => { w.flush(); return null; }),
  method({ name: 'tf.summary.FileWriter.close', doc: 'Flushes and closes the file; later events are dropped until reopen().', params: [] }, w => { w.close(); return null; }),
  method({ name: 'tf.summary.FileWriter.reopen', doc: 'After close(): writes to a new event file.', params: [] }, w => { w.reopen(); return null; }),
  method({ name: 'tf.summary.FileWriter.get_logdir', doc: 'The directory the event files are written to.', params: [] }, w => w.logdir),
]);

export const FILE_WRITER_CONSTRUCTOR = constructorOf({
  name: 'tf.summary.FileWriter', doc: 'Writes Summary protos and graphs to an event file in logdir.',
  params: [
    { name: 'logdir', type: 'str' }, { name: 'graph', default: null }, { name: 'max_queue', default: 10, type: 'int' },
    { name: 'flush_secs', default: 120, type: 'int' }, { name: 'graph_def', default: null },
    { name: 'filename_suffix', default: null, type: 'str' }, { name: 'session', default: null, unsupported: 'writing through a summary-writer resource (TF2 summaries)' },
  ],
}, a => {
  const w = new PyFileWriter(sessionFileSystem(), a.logdir, { maxQueue: a.max_queue, flushSecs: a.flush_secs, filenameSuffix: a.filename_suffix });
  if ((a.graph as PyValue) !== null || (a.graph_def as PyValue) !== null) w.add(formats.graphEvent(graphDefBytes((a.graph as PyValue), (a.graph_def as PyValue)), now()));
  return w;
});

export const FILE_WRITER_SIGNATURES: readonly Signature[] = [FILE_WRITER_CONSTRUCTOR.signature, ...FILE_WRITER_METHODS.entries.map(e => e.signature)];
