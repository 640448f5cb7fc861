// TF1 compatibility switches and tf.logging. Gradbook is always TF1 graph mode: the v2 switches are
// no-ops, eager execution is refused. tf.logging filters by verbosity (default WARN, as TF1) and
// writes `LEVEL:tensorflow:message` lines to stderr as absl/python logging does.
import type { PyValue } from '../../../objects/core';
import { PyModule } from '../../../objects/callables';
import * as tf from '../../../../engine';
import { entry, TableEntry } from '../../../bind';
import { io } from '../../../builtins/io';
import { str } from '../../../runtime/repr';
import { percentFormat } from '../../../runtime/percent-format';
import { PyTuple } from '../../../objects/containers';

const LEVELS: Record<string, number> = { DEBUG: 10, INFO: 20, WARN: 30, WARNING: 30, ERROR: 40, FATAL: 50 };
let verbosity = LEVELS.WARN;

function log(level: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'FATAL', msg: PyValue, args: readonly PyValue[]): PyValue {
  if (LEVELS[level] < verbosity) return null;
  const text = args.length ? percentFormat(str(msg), args.length === 1 ? args[0] : new PyTuple([...args])) : str(msg);
  io.stderr(`${level}:tensorflow:${text}\n`);
  return null;
}

const logFn = (pyName: string, level: 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'FATAL'): TableEntry => entry({
  name: `tf.logging.${pyName}`, doc: `Logs a message at level ${level} (%-formatted with args) when the verbosity allows it.`,
  params: [{ name: 'msg' }], varargs: 'args', varkw: 'kwargs',
}, a => log(level, a.msg as PyValue, a.args as PyValue[]));

export const MISC_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.disable_v2_behavior', doc: 'TF1 behaviour (always on in Gradbook).', params: [] }, () => null, { aliases: ['tf.disable_eager_execution', 'tf.disable_v2_tensorshape'] }),
  entry({ name: 'tf.enable_resource_variables', doc: 'Accepted: variables stay ref variables, which give the same values in graph mode.', params: [] }, () => null),
  entry({
    name: 'tf.enable_eager_execution', doc: 'Not supported: Gradbook runs TF1 graph mode.',
    params: [{ name: 'config', default: null }, { name: 'device_policy', default: null }, { name: 'execution_mode', default: null }],
  }, () => { throw new tf.PyLikeError('NotImplementedError', 'enable_eager_execution() is not supported by Gradbook: it runs TF1 graph mode only'); }),
  entry({ name: 'tf.executing_eagerly', doc: 'False: Gradbook runs TF1 graph mode.', params: [] }, () => false),
  entry({ name: 'tf.logging.set_verbosity', doc: 'Sets the threshold for tf.logging messages.', params: [{ name: 'v' }] },
    a => { verbosity = typeof a.v === 'number' ? a.v : LEVELS[String(a.v).toUpperCase()] ?? verbosity; return null; }),
  entry({ name: 'tf.logging.get_verbosity', doc: 'The threshold for tf.logging messages.', params: [] }, () => verbosity),
  logFn('debug', 'DEBUG'), logFn('info', 'INFO'), logFn('warning', 'WARNING'), logFn('warn', 'WARNING'), logFn('error', 'ERROR'), logFn('fatal', 'FATAL'),
];

/** tf.logging's level constants (ints, as Python's logging). */
export function installLoggingLevels(root: PyModule): void {
  const logging = (root.dict.get('logging') as PyModule | undefined) ?? new PyModule('tensorflow.logging');
  for (const [k, v] of Object.entries(LEVELS)) if (k !== 'WARNING') logging.set(k, v);
  root.set('logging', logging);
  verbosity = LEVELS.WARN;
}
