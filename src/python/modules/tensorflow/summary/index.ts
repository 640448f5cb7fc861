// tf.summary (ops, FileWriter, FileWriterCache), the summary protos as classes (tf.Summary with
// Summary.Value/Image/Audio, tf.Event, tf.SessionLog, tf.HistogramProto, tf.SummaryMetadata,
// tf.LogMessage) and tf.train.summary_iterator, installed into `tf` by module.ts.
import type { PyValue } from '../../../objects/core';
import { PyModule, PyIterator } from '../../../objects/callables';
import type { PyClass } from '../../../objects/pyclass';
import { iteratorType } from '../../../objects/types';
import { hostClass } from '../../../host';
import { formats } from '../../../../engine';
import type { Signature } from '../../../../engine';
import { entry, installTable, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { sessionFileSystem } from '../../../io/session-files';
import { SUMMARY_OPS_TABLE } from './ops_table';
import { FILE_WRITER_CONSTRUCTOR, FILE_WRITER_SIGNATURES, PyFileWriter } from './file_writer';
import { PyProtoMessage, protoMessageClass } from './message';

/** Message classes by Python name → schema type name; nested ones become class attributes. */
const MESSAGE_CLASSES: Record<string, { type: string; nested?: Record<string, string> }> = {
  Summary: { type: 'Summary', nested: { Value: 'Summary.Value', Image: 'Summary.Image', Audio: 'Summary.Audio' } },
  Event: { type: 'Event' },
  SessionLog: { type: 'SessionLog' },
  HistogramProto: { type: 'HistogramProto' },
  SummaryMetadata: { type: 'SummaryMetadata', nested: { PluginData: 'SummaryMetadata.PluginData' } },
  LogMessage: { type: 'LogMessage' },
};

const messageClass = (pyName: string, typeName: string, path: string): PyClass => protoMessageClass(pyName, typeName, 'tensorflow', path);

/** Where Python finds the message classes (`tf.Summary`, `tf.Summary.Value`), for docs/API.md. */
export const SUMMARY_MESSAGE_PATHS = Object.entries(MESSAGE_CLASSES)
  .flatMap(([pyName, spec]) => [`tf.${pyName}`, ...Object.keys(spec.nested ?? {}).map(inner => `tf.${pyName}.${inner}`)]);

/** SessionLog.START etc. and LogMessage.INFO etc., as protobuf puts enum values on the class. */
const ENUM_VALUES: Record<string, Record<string, number>> = {
  SessionLog: { STATUS_UNSPECIFIED: 0, START: 1, STOP: 2, CHECKPOINT: 3 },
  LogMessage: { UNKNOWN: 0, DEBUGGING: 10, INFO: 20, WARN: 30, ERROR: 40, FATAL: 50 },
};

function installMessageClasses(tf: PyModule): void {
  for (const [pyName, spec] of Object.entries(MESSAGE_CLASSES)) {
    const cls = messageClass(pyName, spec.type, `tf.${pyName}`);
    for (const [inner, type] of Object.entries(spec.nested ?? {})) cls.dict.set(inner, messageClass(inner, type, `tf.${pyName}.${inner}`));
    for (const [k, v] of Object.entries(ENUM_VALUES[pyName] ?? {})) cls.dict.set(k, v);
    tf.set(pyName, cls);
  }
}

/** FileWriterCache: one FileWriter per logdir, shared by the code that asks for it. */
const writerCache = new Map<string, PyFileWriter>();
const CACHE_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.summary.FileWriterCache.get', doc: 'The FileWriter of logdir (created on first use).', params: [{ name: 'logdir', type: 'str' }] }, a => {
    let w = writerCache.get(a.logdir);
    if (!w || w.fs !== sessionFileSystem()) {
      w = FILE_WRITER_CONSTRUCTOR.construct([a.logdir], null) as PyFileWriter;
      writerCache.set(a.logdir, w);
    }
    return w;
  }),
  entry({ name: 'tf.summary.FileWriterCache.clear', doc: 'Closes and forgets every cached FileWriter.', params: [] }, () => {
    for (const w of writerCache.values()) w.close();
    writerCache.clear();
    return null;
  }),
];

/** tf.train.summary_iterator: the events of one file, in order, as tf.Event messages. */
const ITERATOR_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.train.summary_iterator', doc: 'Iterates over the Event protos of an event file.', params: [{ name: 'path', type: 'str' }] }, a => {
    const events = formats.readEventFile(sessionFileSystem(), a.path);
    let i = 0;
    return new PyIterator(iteratorType('generator'), () => (i < events.length ? PyProtoMessage.fromPlain('Event', formats.protoToObject('Event', events[i++] as object)) as PyValue : undefined));
  }),
];

export function installSummary(tf: PyModule): void {
  installTable(tf, SUMMARY_OPS_TABLE);
  installTable(tf, ITERATOR_TABLE);
  const summary = tf.dict.get('summary') as PyModule;
  const fw = hostClass('FileWriter', 'tensorflow.summary');
  fw.nativeNew = (_c, args, kw) => FILE_WRITER_CONSTRUCTOR.construct(args, kw);
  summary.set('FileWriter', fw);
  installTable(tf, CACHE_TABLE);
  installMessageClasses(tf);
  summary.set('Summary', tf.dict.get('Summary')!);
  summary.set('SummaryDescription', tf.dict.get('SummaryMetadata')!);
}

export const SUMMARY_TABLES: readonly (readonly TableEntry[])[] = [SUMMARY_OPS_TABLE, CACHE_TABLE, ITERATOR_TABLE];
export const SUMMARY_SIGNATURES: readonly Signature[] = FILE_WRITER_SIGNATURES;
