// Python code that asks for too much memory gets MemoryError (graph runs: ResourceExhaustedError)
// before anything is allocated, and the session lives on with its variables.
import { strict as assert } from 'assert';
import { collectGarbage, memoryBudget, memoryInUse, setMemoryBudget } from '../../../src/engine/memory';
import { MAX_SEQUENCE_LENGTH } from '../../../src/python/runtime/limits';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { newSession, errorOf } from '../helpers';

const MB = 1024 * 1024;

/** The last line of a traceback: `Class: message`. */
function headline(source: string, c = newSession()): string {
  const r = c.session.runCell(source, '<cell>');
  return errorOf(r).traceback.trimEnd().split('\n').pop()!;
}

describe('memory limits in Python code', () => {
  // Sessions share the default graph: leave none of this file's ops (some are huge) behind.
  afterEach(() => clearDefaultGraphState());
  const saved = memoryBudget();
  afterEach(() => setMemoryBudget(saved));

  it('list repetition, list(range()) and concatenation past the sequence limit: MemoryError, nothing built', () => {
    const c = newSession();
    c.session.runCell('keep = [1, 2, 3]', '<cell 1>');
    assert.equal(headline('x = [0]*(2*10**8)', c), `MemoryError: cannot make a sequence of 200000000 items (the limit is ${MAX_SEQUENCE_LENGTH})`);
    assert.equal(headline('x = list(range(2*10**8))', c), `MemoryError: cannot make a sequence of 200000000 items (the limit is ${MAX_SEQUENCE_LENGTH})`);
    assert.equal(headline(`x = tuple(range(${MAX_SEQUENCE_LENGTH + 1}))`, c), `MemoryError: cannot make a sequence of ${MAX_SEQUENCE_LENGTH + 1} items (the limit is ${MAX_SEQUENCE_LENGTH})`);
    assert.equal(headline('x = [0]*10**12', c), 'MemoryError', 'over the budget first: bare MemoryError as CPython');
    assert.equal(headline('x', c), "NameError: name 'x' is not defined");
    const ok = c.session.runCell('print(keep, len([0] * 1000))', '<cell 2>');
    assert.ok(ok.ok);
    assert.equal(c.out.join(''), '[1, 2, 3] 1000\n');
  });

  it('a runaway append loop ends in MemoryError when the budget is reached, and the list is still there', () => {
    collectGarbage();
    setMemoryBudget(memoryInUse().totalBytes + 64 * MB);
    const c = newSession();
    assert.equal(headline('l = []\nwhile True: l.append(0)', c), 'MemoryError');
    setMemoryBudget(saved);
    assert.ok(c.session.runCell('n = len(l)\nprint(n > 10**5)', '<cell 2>').ok);
    assert.equal(c.out.join(''), 'True\n');
  });

  it('the issue\'s repro with the default budget: `while True: l.append(0)` ends at the sequence limit', () => {
    const c = newSession();
    assert.match(headline('l = []\nwhile True: l.append(0)', c), /^MemoryError: cannot make a sequence of \d+ items \(the limit is 16777216\)$/);
    assert.ok(c.session.runCell('print(len(l) >= 2**24)', '<cell 2>').ok);
    assert.equal(c.out.join(''), 'True\n');
  });

  it('runaway comprehension, extend and += loops end the same way', () => {
    collectGarbage();
    setMemoryBudget(memoryInUse().totalBytes + 64 * MB);
    // Whichever comes first, the budget or the sequence limit: garbage of earlier tests may be
    // collected on the way, leaving room under the budget.
    assert.match(headline('x = [i for i in range(10**9)]'), /^MemoryError\b/);
    assert.match(headline('l = [0]\nwhile True: l.extend(l)'), /^MemoryError\b/);
    assert.match(headline('l = [0]\nwhile True: l += l'), /^MemoryError\b/);
  });

  it('strings: repetition, padding, format widths, %-widths and join check their length first', () => {
    for (const src of [
      "s = 'x'*10**12", "'{:1000000000000}'.format(1)", "f'{1:{10**12}}'", "'%0100000000000d' % 1", "'%1000000000000s' % 'a'",
      "'ab'.center(10**12)", "'ab'.ljust(10**12)", "'ab'.rjust(10**12)", "'ab'.zfill(10**12)",
    ]) assert.equal(headline(src), 'MemoryError', src);
    assert.equal(headline("s = 'ab'\nwhile True: s += s"), 'MemoryError: cannot make a str of 536870912 characters (the limit is 536870888)');
    assert.equal(headline("'{:099999999999999999999}'.format(1)"), 'ValueError: Too many decimal digits in format string');
  });

  it('long sequences through extend/sort/+= do not overflow the JS stack (no spread of big arrays)', () => {
    const c = newSession();
    const r = c.session.runCell('l = [3, 1, 2]\nl.extend(range(300000))\nl += list(range(300000))\nl.sort()\nprint(len(l), l[:3])', '<cell>');
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(c.out.join(''), '600003 [0, 0, 1]\n');
  });

  it('NumPy: MemoryError with NumPy\'s text; tf: ResourceExhaustedError at run time; the kernel lives on', () => {
    const c = newSession();
    assert.equal(headline('import numpy as np\na = np.arange(5)\nnp.zeros((10**6, 10**6))', c),
      'MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64');
    assert.equal(headline('np.ones((10**5, 10**5), dtype=np.float32)', c),
      'MemoryError: Unable to allocate 37.3 GiB for an array with shape (100000, 100000) and data type float32');
    const tfErr = errorOf(c.session.runCell('import tensorflow as tf\nz = tf.zeros([100000, 100000])\nsess = tf.Session()\nsess.run(z)', '<cell tf>'));
    assert.equal(tfErr.ename, 'ResourceExhaustedError');
    assert.equal(tfErr.evalue, 'OOM when allocating tensor with shape[100000,100000] and type float on /job:localhost/replica:0/task:0/device:CPU:0 by allocator cpu\n\t [[node zeros]]');
    assert.equal(tfErr.line, 4);
    const after = c.session.runCell('print(a.sum(), sess.run(tf.constant(2.0) * 3))', '<cell 4>');
    assert.ok(after.ok);
    assert.equal(c.out.join(''), '10 6.0\n');
  });

  it('a variable initialised from an OOM tensor fails the initializer run, catchable as tf.errors.ResourceExhaustedError', () => {
    const c = newSession();
    const r = c.session.runCell([
      'import tensorflow as tf',
      'v = tf.Variable(tf.random_normal([100000, 100000]))',
      'sess = tf.Session()',
      'try:',
      '    sess.run(tf.global_variables_initializer())',
      'except tf.errors.ResourceExhaustedError as e:',
      "    print('OOM', 'shape[100000,100000]' in str(e))",
    ].join('\n'), '<cell>');
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(c.out.join(''), 'OOM True\n');
  });
});
