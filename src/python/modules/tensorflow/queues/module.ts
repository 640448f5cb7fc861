// The queue input pipeline surface: tf.FIFOQueue / PaddingFIFOQueue / RandomShuffleQueue (also
// under tf.queue), tf.TextLineReader / WholeFileReader, tf.read_file, tf.train.Coordinator /
// QueueRunner / start_queue_runners / add_queue_runner (also under tf.train.queue_runner) and the
// producers and batchers of tf.train.
import type { PyModule } from '../../../objects/callables';
import { PyModule as Module } from '../../../objects/callables';
import { hostClass } from '../../../host';
import { installTable, TableEntry } from '../../../bind';
import { FIFO_CONSTRUCTOR, PADDING_FIFO_CONSTRUCTOR, RANDOM_SHUFFLE_CONSTRUCTOR, QUEUE_METHODS } from './queue_object';
import { COORDINATOR_CONSTRUCTOR, COORDINATOR_METHODS, QUEUE_RUNNER_CONSTRUCTOR, QUEUE_RUNNER_METHODS, QUEUE_RUNNER_TABLE, THREAD_METHODS } from './coordinator';
import { INPUT_PIPELINE_TABLE } from './input_pipeline';
import { READ_FILE_TABLE, READER_METHODS, TEXT_LINE_READER_CONSTRUCTOR, WHOLE_FILE_READER_CONSTRUCTOR, TF_RECORD_READER_CONSTRUCTOR } from './readers';

export const QUEUE_TABLES: readonly TableEntry[] = [...QUEUE_RUNNER_TABLE, ...INPUT_PIPELINE_TABLE, ...READ_FILE_TABLE];
export const QUEUE_SIGNATURES = [
  FIFO_CONSTRUCTOR.signature, PADDING_FIFO_CONSTRUCTOR.signature, RANDOM_SHUFFLE_CONSTRUCTOR.signature, COORDINATOR_CONSTRUCTOR.signature,
  QUEUE_RUNNER_CONSTRUCTOR.signature, TEXT_LINE_READER_CONSTRUCTOR.signature, WHOLE_FILE_READER_CONSTRUCTOR.signature, TF_RECORD_READER_CONSTRUCTOR.signature,
  ...[QUEUE_METHODS, COORDINATOR_METHODS, QUEUE_RUNNER_METHODS, THREAD_METHODS, READER_METHODS].flatMap(t => t.entries.map(e => e.signature)),
];

function classOf(name: string, module: string, construct: (args: never[], kw: never) => unknown) {
  const cls = hostClass(name, module);
  cls.nativeNew = (_c, args, kw) => construct(args as never[], kw as never) as never;
  return cls;
}

export function installQueues(tf: PyModule): void {
  installTable(tf, QUEUE_TABLES);
  const train = tf.dict.get('train') as PyModule;
  const queue = new Module('tensorflow.queue');
  const queues = [['FIFOQueue', FIFO_CONSTRUCTOR], ['PaddingFIFOQueue', PADDING_FIFO_CONSTRUCTOR], ['RandomShuffleQueue', RANDOM_SHUFFLE_CONSTRUCTOR]] as const;
  for (const [name, c] of queues) { const cls = classOf(name, 'tensorflow', c.construct); tf.set(name, cls); queue.set(name, cls); }
  tf.set('queue', queue);
  tf.set('TextLineReader', classOf('TextLineReader', 'tensorflow', TEXT_LINE_READER_CONSTRUCTOR.construct));
  tf.set('WholeFileReader', classOf('WholeFileReader', 'tensorflow', WHOLE_FILE_READER_CONSTRUCTOR.construct));
  tf.set('TFRecordReader', classOf('TFRecordReader', 'tensorflow', TF_RECORD_READER_CONSTRUCTOR.construct));
  train.set('Coordinator', classOf('Coordinator', 'tensorflow.train', COORDINATOR_CONSTRUCTOR.construct));
  const runnerCls = classOf('QueueRunner', 'tensorflow.train', QUEUE_RUNNER_CONSTRUCTOR.construct);
  train.set('QueueRunner', runnerCls);
  const qr = (train.dict.get('queue_runner') as PyModule | undefined) ?? new Module('tensorflow.train.queue_runner');
  qr.set('QueueRunner', runnerCls);
  train.set('queue_runner', qr);
}
