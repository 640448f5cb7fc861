// EventFileWriter: what tf.summary.FileWriter does with files (event_file_writer.py +
// events_writer.cc). The file `events.out.tfevents.<secs>.<host>[suffix]` is created on the
// first event (at once when a suffix is given) and starts with a flushed file_version record;
// later events are queued and appended on flush(), when the queue passes max_queue, or when
// flush_secs have passed. close() flushes; reopen() starts a new file.
import type { FileSystem } from '../../io/file_system';
import { encodeRecord } from '../tfrecord';
import { concatBytes } from '../binary/bytes';
import { eventFileName } from './event_names';
import { encodeEvent, EventProto, FILE_VERSION } from './event_proto';

export interface EventFileWriterOptions {
  filenameSuffix?: string;
  maxQueue?: number;
  flushSecs?: number;
  /** Milliseconds since the epoch (tests pass a fixed clock). */
  clock?: () => number;
  /** The host name in the file's name (TF's gethostname); the host passes it, the engine asks no OS. */
  hostname?: string;
}

export class EventFileWriter {
  private file: string | null = null;
  private queue: Uint8Array[] = [];
  private lastFlush: number;
  private closed = false;
  private readonly clock: () => number;
  private readonly hostname: string;
  private readonly maxQueue: number;
  private readonly flushSecs: number;
  /** Tags already written with metadata (add_summary strips metadata on repeats). */
  readonly seenSummaryTags = new Set<string>();

  constructor(private readonly fs: FileSystem, readonly logdir: string, private readonly opts: EventFileWriterOptions = {}) {
    this.clock = opts.clock ?? Date.now;
    this.hostname = opts.hostname ?? 'localhost';
    this.maxQueue = opts.maxQueue ?? 10;
    this.flushSecs = opts.flushSecs ?? 120;
    this.lastFlush = this.clock();
    this.open();
  }

  /** get_logdir / the file being written (null until the first event without a suffix). */
  get path(): string | null { return this.file; }
  get isClosed(): boolean { return this.closed; }

  /** Queue one event (a message or its serialized bytes); ignored after close(), as in TF. */
  addEvent(event: EventProto | Uint8Array): void {
    if (this.closed) return;
    this.ensureFile();
    this.queue.push(encodeRecord(event instanceof Uint8Array ? event : encodeEvent(event)));
    if (this.queue.length > this.maxQueue || this.clock() - this.lastFlush >= this.flushSecs * 1000) this.flush();
  }

  flush(): void {
    if (this.queue.length && this.file) this.fs.appendFile(this.file, concatBytes(this.queue));
    this.queue = [];
    this.lastFlush = this.clock();
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
  }

  /** After close(): a new file with the current time in its name. */
  reopen(): void {
    if (!this.closed) return;
    this.closed = false;
    this.file = null;
    this.seenSummaryTags.clear();
    this.open();
  }

  private open(): void {
    this.fs.makeDirs(this.logdir);
    if (this.opts.filenameSuffix) this.ensureFile();
  }

  private ensureFile(): void {
    if (this.file) return;
    const nowMs = this.clock();
    const seconds = Math.floor(nowMs / 1000);
    this.file = eventFileName(this.logdir, seconds, this.hostname, this.opts.filenameSuffix ?? '');
    // EventsWriter::InitIfNeeded: the version record is written and flushed on creation.
    this.fs.writeFile(this.file, encodeRecord(encodeEvent({ wall_time: seconds, file_version: FILE_VERSION })));
  }
}
