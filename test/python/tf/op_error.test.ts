// tf.errors.OpError and its subclasses as TF1's errors_impl.py has them: constructed as
// (node_def, op, message[, error_code]) with Exception.__init__() given nothing, so str(e) is the
// message and e.args is (); an error sess.run raises carries the graph operation that failed.
import assert from 'node:assert/strict';
import { run, errorOf } from '../helpers';

const out = (lines: string[]) => {
  const r = run(['import tensorflow as tf', ...lines].join('\n'));
  assert.ok(r.result.ok, r.stderr);
  return r.stdout;
};

describe('tf.errors.OpError', () => {
  it('a user-raised OutOfRangeError(None, None, msg) prints its message, with args () and its code', () => {
    assert.equal(out([
      'try:',
      "    raise tf.errors.OutOfRangeError(None, None, 'End of sequence')",
      'except tf.errors.OutOfRangeError as e:',
      "    print(str(e), '|', e.message, '|', e.op, e.node_def, e.error_code, e.args, repr(e))",
      "print(tf.errors.UnknownError(None, None, 'u').error_code, tf.errors.OpError(None, None, 'o', 3).error_code)",
      "print(isinstance(tf.errors.NotFoundError(None, None, 'n'), tf.errors.OpError))",
    ]), 'End of sequence | End of sequence | None None 11 () OutOfRangeError()\n2 3\nTrue\n');
  });

  it('an uncaught one shows its message in the traceback line', () => {
    const e = errorOf(run("import tensorflow as tf\nraise tf.errors.InvalidArgumentError(None, None, 'bad value')").result);
    assert.equal(`${e.ename}: ${e.evalue}`, 'InvalidArgumentError: bad value');
  });

  it('needs its message argument', () => {
    const e = errorOf(run("import tensorflow as tf\ntf.errors.OutOfRangeError(None, 'msg')").result);
    assert.equal(`${e.ename}: ${e.evalue}`, "TypeError: OutOfRangeError.__init__() missing 1 required positional argument: 'message'");
  });

  it('an error from sess.run names the failing op in e.op (the reader for an uninitialized variable)', () => {
    assert.equal(out([
      'x = tf.placeholder(tf.float32, [None, 2])',
      "y = tf.reshape(x, [3, 5], name='bad_reshape')",
      "w = tf.Variable(1.0, name='w')",
      "z = tf.add(w, 1.0, name='z')",
      'with tf.Session() as sess:',
      '    try:',
      '        sess.run(y, {x: [[1., 2.]]})',
      '    except tf.errors.InvalidArgumentError as e:',
      '        print(type(e.op).__name__, e.op.name, e.op.type, e.op is y.op, e.error_code)',
      '    try:',
      '        sess.run(z)',
      '    except tf.errors.FailedPreconditionError as e:',
      "        print(e.op.name, '|', e.message.splitlines()[0])",
    ]), 'Operation bad_reshape Reshape True 3\nw/read | Attempting to use uninitialized value w\n');
  });
});
