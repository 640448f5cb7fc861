// tf.logging as TF 1.15 sets it up on Python's logging: the `tensorflow` logger, BASIC_FORMAT lines,
// WARN and stderr in scripts, INFO and stdout under IPython (TF checks sys.ps1, which IPython sets).
import { strict as assert } from 'assert';
import { ok, runCells, runScript } from './estimator_helpers';

describe('tf.logging', () => {
  it('in a script: WARN threshold, `LEVEL:tensorflow:msg` lines on stderr, %-args formatted', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      "tf.logging.info('hidden %d', 1)",
      "tf.logging.warn('careful %s', 'now')",
      "tf.logging.error('bad')",
      'print(tf.logging.get_verbosity(), tf.logging.DEBUG, tf.logging.INFO, tf.logging.WARN, tf.logging.ERROR, tf.logging.FATAL)',
      'tf.logging.set_verbosity(tf.logging.INFO)',
      "tf.logging.info('shown %d', 2)",
      "tf.logging.debug('not shown')",
      "tf.logging.fatal('fatal does not exit')",
      "print('still here', tf.logging.get_verbosity())",
    ]));
    assert.equal(r.stdout, '30 10 20 30 40 50\nstill here 20\n');
    assert.equal(r.stderr, 'WARNING:tensorflow:careful now\nERROR:tensorflow:bad\nINFO:tensorflow:shown 2\nCRITICAL:tensorflow:fatal does not exit\n');
  });

  it('in a notebook: INFO lines go to stdout by default, as TF under IPython', () => {
    const r = ok(runCells([
      ['import tensorflow as tf', "tf.logging.info('step %d', 5)", 'print(tf.logging.get_verbosity())'],
      ['tf.logging.set_verbosity(tf.logging.WARN)', "tf.logging.info('quiet now')", "tf.logging.warning('loud')"],
    ]));
    assert.equal(r.stdout, 'INFO:tensorflow:step 5\n20\nWARNING:tensorflow:loud\n');
    assert.equal(r.stderr, '');
  });

  it('log_every_n and log_first_n count per calling line', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'tf.logging.set_verbosity(tf.logging.INFO)',
      'for i in range(7):',
      "    tf.logging.log_every_n(tf.logging.INFO, 'every %d', 3, i)",
      "    tf.logging.log_first_n(tf.logging.WARN, 'first %d', 2, i)",
      "tf.logging.log_if(tf.logging.INFO, 'if %s', 1 > 0, 'yes')",
      "tf.logging.log_if(tf.logging.INFO, 'if %s', 1 < 0, 'no')",
    ]));
    assert.equal(r.stderr, [
      'INFO:tensorflow:every 0', 'WARNING:tensorflow:first 0', 'WARNING:tensorflow:first 1',
      'INFO:tensorflow:every 3', 'INFO:tensorflow:every 6', 'INFO:tensorflow:if yes', '',
    ].join('\n'));
  });

  it('is the `tensorflow` logger of Python\'s logging: basicConfig before the first use takes over the output', () => {
    const r = ok(runScript([
      'import logging',
      "logging.basicConfig(level=logging.INFO, format='%(name)s|%(levelname)s|%(message)s')",
      'import tensorflow as tf',
      "tf.logging.info('through root')",
      "print(tf.get_logger() is logging.getLogger('tensorflow'), tf.get_logger().handlers)",
    ]));
    assert.equal(r.stderr, 'tensorflow|INFO|through root\n');
    assert.equal(r.stdout, 'True []\n');
  });
});
