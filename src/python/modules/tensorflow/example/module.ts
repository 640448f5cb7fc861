// TFRecord files and tf.train.Example: the message classes (tf.train.Example, Features, Feature,
// BytesList, FloatList, Int64List, SequenceExample, FeatureList, FeatureLists), tf.python_io /
// tf.io record files, and the parsing ops (parsing.ts), installed into `tf` by module.ts.
import { PyModule } from '../../../objects/callables';
import { installTable } from '../../../bind';
import { protoMessageClass } from '../summary/message';
import { installPythonIo, PYTHON_IO_TABLE, PYTHON_IO_SIGNATURES } from './python_io';
import { PARSING_TABLE, installParsing } from './parsing';

const EXAMPLE_MESSAGES = ['Example', 'Features', 'Feature', 'BytesList', 'FloatList', 'Int64List', 'SequenceExample', 'FeatureList', 'FeatureLists'];

function moduleOf(parent: PyModule, name: string): PyModule {
  const found = parent.dict.get(name);
  if (found instanceof PyModule) return found;
  const m = new PyModule(`${parent.name}.${name}`);
  parent.set(name, m);
  return m;
}

export function installExample(tf: PyModule): void {
  const train = moduleOf(tf, 'train');
  for (const name of EXAMPLE_MESSAGES) {
    train.set(name, protoMessageClass(name, name, name.endsWith('Example') ? 'tensorflow.core.example.example_pb2' : 'tensorflow.core.example.feature_pb2', `tf.train.${name}`));
  }
  moduleOf(tf, 'python_io');
  moduleOf(tf, 'io');
  installPythonIo(tf);
  installTable(tf, PARSING_TABLE);
  installParsing(tf);
}

/** Every signature of this folder, for the catalog and docs/API.md. */
export const EXAMPLE_TABLES = [...PYTHON_IO_TABLE, ...PARSING_TABLE];
export const EXAMPLE_SIGNATURES = PYTHON_IO_SIGNATURES;
/** Where Python finds the message classes (their methods are listed in docs/API.md). */
export const EXAMPLE_MESSAGE_PATHS = EXAMPLE_MESSAGES.map(name => `tf.train.${name}`);
