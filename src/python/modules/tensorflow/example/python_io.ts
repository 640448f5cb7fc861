// tf.python_io (and tf.io): TFRecordWriter, tf_record_iterator, TFRecordOptions and
// TFRecordCompressionType over the session's files. Records are framed as TF frames them
// (formats/tfrecord.ts); a compressed file is the whole framed stream compressed, so the writer of
// a ZLIB/GZIP file rewrites it on flush()/close().
import type { PyValue } from '../../../objects/core';
import { PyModule, PyIterator } from '../../../objects/callables';
import { HostObject, hostClass } from '../../../host';
import { iteratorType } from '../../../objects/types';
import { PyBytes } from '../../../io/bytes';
import { formats, OpError } from '../../../../engine';
import type { FileSystem, Signature } from '../../../../engine';
type RecordCompression = formats.RecordCompression;
import { constructorOf, entry, installTable, method, MethodTable, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { sessionFileSystem } from '../../../io/session-files';
import { PyProtoMessage } from '../summary/message';

/** TFRecordCompressionType's values (tf_record.py). */
const COMPRESSION_TYPES: Record<string, number> = { NONE: 0, ZLIB: 1, GZIP: 2 };
const COMPRESSION_NAMES: RecordCompression[] = ['', 'ZLIB', 'GZIP'];

export const recordOptionsClass = hostClass('TFRecordOptions', 'tensorflow.python_io');
export const compressionTypeClass = hostClass('TFRecordCompressionType', 'tensorflow.python_io');
for (const [k, v] of Object.entries(COMPRESSION_TYPES)) compressionTypeClass.dict.set(k, v);

export class PyRecordOptions extends HostObject {
  constructor(readonly compression: RecordCompression) { super(); }
  override get type() { return recordOptionsClass; }
  override get pyTypeName() { return 'TFRecordOptions'; }
  getattr(name: string): PyValue | undefined {
    if (name === 'compression_type') return COMPRESSION_NAMES.indexOf(this.compression);
    return RECORD_OPTIONS_METHODS.get(this, name);
  }
}

/** A compression_type / options argument: None, a TFRecordOptions, a TFRecordCompressionType or its name. */
export function compressionOf(v: PyValue): RecordCompression {
  if (v === null) return '';
  if (v instanceof PyRecordOptions) return v.compression;
  if (typeof v === 'number' && COMPRESSION_NAMES[v] !== undefined) return COMPRESSION_NAMES[v];
  if (typeof v === 'string') return formats.recordCompression(v);
  throw typeError(`options must be a TFRecordOptions, a TFRecordCompressionType or one of '', 'ZLIB', 'GZIP', not ${typeOf(v).name}`);
}

export const recordWriterClass = hostClass('TFRecordWriter', 'tensorflow.python_io');

export class PyRecordWriter extends HostObject {
  private readonly pending: Uint8Array[] = [];
  private closed = false;
  constructor(readonly fs: FileSystem, readonly path: string, readonly compression: RecordCompression) {
    super();
    fs.writeFile(path, formats.encodeRecordFile([], compression));
  }
  override get type() { return recordWriterClass; }
  override get pyTypeName() { return 'TFRecordWriter'; }
  getattr(name: string): PyValue | undefined { return RECORD_WRITER_METHODS.get(this, name); }
  enter(): PyValue { return this; }
  exit(): boolean { this.close(); return false; }

  write(record: Uint8Array): void {
    if (this.closed) throw new OpError('FailedPreconditionError', 'Writer is closed.', null);
    if (this.compression === '') this.fs.appendFile(this.path, formats.encodeRecord(record));
    else this.pending.push(record);
  }
  flush(): void {
    if (this.closed) throw new OpError('FailedPreconditionError', 'Writer is closed.', null);
    if (this.compression !== '') this.fs.writeFile(this.path, formats.encodeRecordFile(this.pending, this.compression));
  }
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
  }
}

function recordBytes(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'string') return new TextEncoder().encode(v);
  if (v instanceof PyProtoMessage) throw typeError(`write() argument 1 must be bytes, not ${v.pyTypeName} (call SerializeToString() first)`);
  throw typeError(`write() argument 1 must be bytes, not ${typeOf(v).name}`);
}

export const RECORD_WRITER_METHODS = new MethodTable<PyRecordWriter>([
  method({ name: 'tf.python_io.TFRecordWriter.write', doc: 'Writes one record (a bytes string, e.g. example.SerializeToString()).', params: [{ name: 'record' }] },
    (w, a) => { w.write(recordBytes(a.record as PyValue)); return null; }),
  method({ name: 'tf.python_io.TFRecordWriter.flush', doc: 'Writes buffered records to the file.', params: [] }, w => { w.flush(); return null; }),
  method({ name: 'tf.python_io.TFRecordWriter.close', doc: 'Flushes and closes the file.', params: [] }, w => { w.close(); return null; }),
]);

export const RECORD_OPTIONS_METHODS = new MethodTable<PyRecordOptions>([
  method({ name: 'tf.python_io.TFRecordOptions.get_compression_type_string', doc: "The compression type as a string: '', 'ZLIB' or 'GZIP'.", params: [] },
    o => o.compression),
], { pythonClass: true });

export const RECORD_WRITER_CONSTRUCTOR = constructorOf({
  name: 'tf.python_io.TFRecordWriter', doc: 'Writes records to a TFRecord file (created or truncated now).',
  params: [{ name: 'path', type: 'str' }, { name: 'options', default: null, doc: 'a TFRecordOptions, TFRecordCompressionType or compression name' }],
}, a => new PyRecordWriter(sessionFileSystem(), a.path, compressionOf(a.options as PyValue)));

export const RECORD_OPTIONS_CONSTRUCTOR = constructorOf({
  name: 'tf.python_io.TFRecordOptions', doc: 'Options for TFRecord files: the compression type.',
  params: [{ name: 'compression_type', default: null }, { name: 'flush_mode', default: null, unsupported: 'zlib flush modes' },
    { name: 'input_buffer_size', default: null, unsupported: 'zlib buffer sizes' }, { name: 'output_buffer_size', default: null, unsupported: 'zlib buffer sizes' },
    { name: 'window_bits', default: null, unsupported: 'zlib window bits' }, { name: 'compression_level', default: null, unsupported: 'zlib compression levels' },
    { name: 'compression_method', default: null, unsupported: 'zlib compression methods' }, { name: 'mem_level', default: null, unsupported: 'zlib memory levels' },
    { name: 'compression_strategy', default: null, unsupported: 'zlib compression strategies' }],
}, a => new PyRecordOptions(compressionOf(a.compression_type as PyValue)));

const ITERATOR = entry({
  name: 'tf.python_io.tf_record_iterator', doc: 'Iterates over the records of a TFRecord file (bytes); a bad CRC raises DataLossError.',
  params: [{ name: 'path', type: 'str' }, { name: 'options', default: null }],
}, a => {
  const fs = sessionFileSystem();
  const compression = compressionOf(a.options as PyValue);
  if (!fs.exists(a.path)) throw new OpError('NotFoundError', `${a.path}; No such file or directory`, null);
  const records = formats.readRecordFile(fs.readFile(a.path), compression, { what: a.path });
  let i = 0;
  return new PyIterator(iteratorType('generator'), () => (i < records.length ? new PyBytes(records[i++]) : undefined));
}, { aliases: ['tf.io.tf_record_iterator'] });

export const PYTHON_IO_TABLE: readonly TableEntry[] = [ITERATOR];
export const PYTHON_IO_SIGNATURES: readonly Signature[] = [
  RECORD_WRITER_CONSTRUCTOR.signature, RECORD_OPTIONS_CONSTRUCTOR.signature, ...RECORD_WRITER_METHODS.entries.map(e => e.signature),
  ...RECORD_OPTIONS_METHODS.entries.map(e => e.signature),
];

export function installPythonIo(tf: PyModule): void {
  installTable(tf, PYTHON_IO_TABLE);
  recordWriterClass.nativeNew = (_c, args, kw) => RECORD_WRITER_CONSTRUCTOR.construct(args, kw);
  recordOptionsClass.nativeNew = (_c, args, kw) => RECORD_OPTIONS_CONSTRUCTOR.construct(args, kw);
  for (const modName of ['python_io', 'io']) {
    const m = tf.dict.get(modName) as PyModule;
    m.set('TFRecordWriter', recordWriterClass);
    m.set('TFRecordOptions', recordOptionsClass);
    m.set('TFRecordCompressionType', compressionTypeClass);
  }
}
