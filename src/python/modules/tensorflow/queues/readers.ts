// tf.TextLineReader, tf.WholeFileReader and tf.read_file over the engine's reader ops. A reader
// takes filenames from a queue (string_input_producer's) as it finishes each file.
import type { PyValue } from '../../../objects/core';
import { PyTuple } from '../../../objects/containers';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { constructorOf, entry, method, MethodTable, TableEntry } from '../../../bind';
import { out } from '../define';
import { queueArg } from './queue_object';
import { compressionOf } from '../example/python_io';

export class PyReader extends HostObject {
  constructor(readonly kind: 'TextLineReader' | 'WholeFileReader' | 'TFRecordReader', readonly handle: tf.Tensor) { super(); }
  override get pyTypeName() { return this.kind; }
  override get type() { return hostClass(this.kind, 'tensorflow'); }
  getattr(name: string): PyValue | undefined {
    if (name === 'reader_ref') return out(this.handle);
    if (name === 'supports_serialize') return false;
    return READER_METHODS.get(this, name);
  }
}

const NAME = { name: 'name', default: null, type: 'name' } as const;

export const READER_METHODS = new MethodTable<PyReader>([
  method({ name: 'tf.ReaderBase.read', doc: 'Returns the next record (key, value) produced by the reader, taking a new file from `queue` when needed.',
    params: [{ name: 'queue' }, NAME] },
  (self, a) => {
    const q = queueArg(a.queue as PyValue, 'read');
    const [key, value] = tf.readerOps.read(self.handle, q.handle, a.name ?? 'ReaderReadV2');
    return new PyTuple([out(key), out(value)]);
  }),
]);

export const TEXT_LINE_READER_CONSTRUCTOR = constructorOf({
  name: 'tf.TextLineReader', doc: 'A Reader that outputs the lines of a file delimited by newlines.',
  params: [{ name: 'skip_header_lines', default: null, type: 'int' }, NAME],
}, a => new PyReader('TextLineReader', tf.readerOps.reader('TextLineReader', a.skip_header_lines ?? 0, a.name ?? 'TextLineReaderV2')));

export const WHOLE_FILE_READER_CONSTRUCTOR = constructorOf({
  name: 'tf.WholeFileReader', doc: 'A Reader that outputs the entire contents of a file as a value (the key is the filename).',
  params: [NAME],
}, a => new PyReader('WholeFileReader', tf.readerOps.reader('WholeFileReader', 0, a.name ?? 'WholeFileReaderV2')));

export const TF_RECORD_READER_CONSTRUCTOR = constructorOf({
  name: 'tf.TFRecordReader', doc: 'A Reader that outputs the records of TFRecord files (key "<file>:<offset>").',
  params: [NAME, { name: 'options', default: null, doc: 'a tf.python_io.TFRecordOptions (its compression type)' }],
}, a => new PyReader('TFRecordReader', tf.readerOps.tfRecordReader(compressionOf(a.options as PyValue), a.name ?? 'TFRecordReaderV2')));

export const READ_FILE_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.read_file', doc: 'Reads and outputs the entire contents of the input filename.', params: [{ name: 'filename', type: 'tensor' }, NAME] },
    a => out(tf.readerOps.readFile(a.filename, a.name ?? 'ReadFile')), { aliases: ['tf.io.read_file'] }),
];
