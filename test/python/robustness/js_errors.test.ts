// One place turns a JavaScript error that reaches Python into a Python exception with a clean
// text; TF's own texts for the cases the issue named; and the gate that scans every cell error.
import { strict as assert } from 'assert';
import { fromJsError, toPyException, INTERNAL_ERROR_TEXT } from '../../../src/python/interpreter/errors';
import { exceptionStr } from '../../../src/python/runtime/repr';
import { PyBuiltin, registerModule, PyModule } from '../../../src/python/index';
import { jsLeakIn } from '../../support/js_leaks';
import { errorsSeenByGate } from '../../support/error_gate';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { newSession, errorOf } from '../helpers';

const asPython = (e: unknown) => { const x = toPyException(e); return `${x.cls.name}: ${exceptionStr(x)}`; };

// A module whose functions fail the way engine bugs and V8 limits do.
registerModule('_jsfail', () => new PyModule('_jsfail')
  .set('undefined_read', new PyBuiltin('undefined_read', () => { const o: { a?: { b: number } } = {}; return o.a!.b; }))
  .set('big_array', new PyBuiltin('big_array', () => { new Array(2 ** 32); return null; }))
  .set('deep', new PyBuiltin('deep', () => { const f = (n: number): number => f(n + 1) + 1; return f(0); })));

describe('JavaScript errors reaching Python', () => {
  // Sessions share the default graph: leave none of this file's ops (some are huge) behind.
  afterEach(() => clearDefaultGraphState());
  it('V8 allocation failures are MemoryError, stack overflows RecursionError, anything else SystemError with our text', () => {
    for (const m of ['Invalid array length', 'Invalid typed array length: 1000000000000', 'Invalid string length', 'Array buffer allocation failed', 'Map maximum size exceeded']) {
      assert.equal(asPython(new RangeError(m)), 'MemoryError: ', m);
    }
    assert.equal(asPython(new RangeError('Maximum call stack size exceeded')), 'RecursionError: maximum recursion depth exceeded');
    assert.equal(exceptionStr(fromJsError(new RangeError('Maximum call stack size exceeded'), ' during compilation')), 'maximum recursion depth exceeded during compilation');
    for (const e of [new TypeError("Cannot read properties of undefined (reading 'dtype')"), new Error('internal: no value for x'), 'a string', undefined, { weird: 1 }]) {
      assert.equal(asPython(e), `SystemError: ${INTERNAL_ERROR_TEXT}`);
    }
    assert.equal(jsLeakIn(INTERNAL_ERROR_TEXT), null);
  });

  it('errors that carry a Python class keep it and their text', () => {
    assert.equal(asPython(Object.assign(new Error('bad value'), { pyType: 'ValueError' })), 'ValueError: bad value');
  });

  it('in a cell: no JS text, frame or path in the traceback, and the session lives on', () => {
    const c = newSession();
    for (const [call, ename] of [['undefined_read', 'SystemError'], ['big_array', 'MemoryError'], ['deep', 'RecursionError']]) {
      const e = errorOf(c.session.runCell(`import _jsfail\n_jsfail.${call}()`, '<cell>'));
      assert.equal(e.ename, ename);
      assert.equal(jsLeakIn(e.traceback + e.evalue), null, e.traceback);
      assert.equal(e.line, 2);
    }
    assert.ok(c.session.runCell('print(1 + 1)', '<cell 2>').ok);
  });

  it('the issue\'s named cases give TF\'s texts', () => {
    const c = newSession();
    c.session.runCell('import tensorflow as tf\nimport numpy as np\nsess = tf.Session()\nx = tf.constant(np.ones((1, 4, 4, 1), np.float32))', '<setup>');
    const cases: [string, string][] = [
      ['tf.concat([], 0)', "ValueError: List argument 'values' to 'ConcatV2' Op with length 0 shorter than minimum length 2."],
      ['sess.run(tf.cast(tf.constant(1.0), tf.string))', 'UnimplementedError: Cast float to string is not supported\n\t [[node Cast]]'],
      ["sess.run(tf.nn.max_pool(x, ksize=[1, 0, 0, 1], strides=[1, 1, 1, 1], padding='VALID'))", 'InvalidArgumentError: Sliding window ksize for dimension 1 was zero.\n\t [[node MaxPool]]'],
      ["sess.run(tf.nn.avg_pool(x, ksize=[1, 2, 0, 1], strides=[1, 1, 1, 1], padding='SAME'))", 'InvalidArgumentError: Sliding window ksize for dimension 2 was zero.\n\t [[node AvgPool]]'],
      ["tf.constant(1.0, name='<img src=x>')", "ValueError: '<img src=x>' is not a valid node name"],
      ["with tf.name_scope('<img src=x>'): pass", "ValueError: '<img src=x>' is not a valid scope name"],
      ["tf.Variable(1.0, name='<img src=x>')", "ValueError: '<img src=x>' is not a valid scope name"],
      ["'{:1000000000000}'.format(1)", 'MemoryError: '],
      ["tf.placeholder('nope')", "TypeError: Cannot convert value 'nope' to a TensorFlow DType."],
    ];
    for (const [src, want] of cases) {
      const e = errorOf(c.session.runCell(src, '<cell>'));
      assert.equal(`${e.ename}: ${e.evalue}`, want, src);
    }
  });

  it('the gate: recognises JS leaks, and has seen the cell errors of this run', () => {
    for (const leak of [
      'RuntimeError: x\n    at parseBinary (/home/u/.vscode/extensions/gradbook/dist/worker.js:1:2345)',
      'at Object.<anonymous> (node:internal/modules/cjs/loader:1:1)',
      "TypeError: Cannot read properties of undefined (reading 'dtype')",
      'RuntimeError: Invalid typed array length: 1000000000000', 'RuntimeError: Invalid string length',
      'RangeError: Maximum call stack size exceeded', 'ValueError: got [object Object]', 'ValueError: shape undefined',
      'Error in /ext/node_modules/x/index.js:3',
    ]) assert.notEqual(jsLeakIn(leak), null, leak);
    for (const clean of [
      "NameError: name 'undefined' is not defined", "TypeError: 'int' object is not iterable",
      'tensorflow.python.framework.errors_impl.InternalError: x', '  File "<cell 3>", line 2, in f',
      'MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64',
    ]) assert.equal(jsLeakIn(clean), null, clean);
    assert.ok(errorsSeenByGate() > 10, `the gate saw ${errorsSeenByGate()} errors`);
  });
});
