// Arbitrary-precision ints (issue 8). programs/*.py were run once with CPython 3.11 by
// gen_expected.py to produce *.expected (random_exprs.py is 3000 seeded random expressions);
// our interpreter must print the same bytes. The other tests pin the representation rule and
// the conversions into NumPy and TensorFlow.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/numpy/register';
import { errorOf, newSession, run } from '../helpers';
import { PyValue } from '../../../src/python/index';
import { PyExceptionObj } from '../../../src/python/objects/core';
import { MAX_SMALL, addSmall, intFromFloat, intToFloat, mulSmall, normBig, subSmall } from '../../../src/python/runtime/ints';
import { indexValue, ssizeOf, toIndex } from '../../../src/python/runtime/numbers';

const dir = path.join(__dirname, 'programs');

describe('python ints: programs against CPython 3.11 output', () => {
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.py')).sort()) {
    it(file, () => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const expected = fs.readFileSync(path.join(dir, file.replace(/\.py$/, '.expected')), 'utf8');
      const c = newSession();
      const result = c.session.runCell(source, file);
      if (!result.ok) assert.fail(result.error.traceback);
      assert.equal(c.out.join(''), expected);
    });
  }
});

function globalsAfter(source: string): Map<string, PyValue> {
  const c = newSession();
  const result = c.session.runCell(source, '<cell>');
  if (!result.ok) assert.fail(result.error.traceback);
  return c.session.globals;
}

/** The Python exception a runtime helper throws, as "Class: message". */
function raised(f: () => unknown): string {
  try { f(); } catch (e) {
    if (e instanceof PyExceptionObj) return `${e.cls.name}: ${String(e.args[0])}`;
    throw e;
  }
  return 'nothing raised';
}

describe('python ints: representation', () => {
  it('keeps ints within 2**53-1 as JS numbers and stores larger ones as bigints, normalising results back', () => {
    const g = globalsAfter([
      'small = 2**53 - 1', 'big = 2**53', 'back = big - 1', 'neg = -(2**53 - 1)', 'negbig = -2**53',
      'prod = 3037000499 * 3037000499', 'q = 10**30 // 10**20', 'lit = 9007199254740993', 'hexlit = 0xffffffffffffffff',
      'f = int(2.0**60)', 'h = hash(2**64)', 'acc = 0', 'for i in range(3):\n    acc += 2**52',
    ].join('\n'));
    assert.equal(g.get('small'), MAX_SMALL);
    assert.equal(g.get('big'), 2n ** 53n);
    assert.equal(g.get('back'), MAX_SMALL);
    assert.equal(g.get('neg'), -MAX_SMALL);
    assert.equal(g.get('negbig'), -(2n ** 53n));
    assert.equal(g.get('prod'), 3037000499n * 3037000499n);
    assert.equal(g.get('q'), 10 ** 10);
    assert.equal(g.get('lit'), 9007199254740993n);
    assert.equal(g.get('hexlit'), 2n ** 64n - 1n);
    assert.equal(g.get('f'), 2n ** 60n);
    assert.equal(g.get('h'), 8);
    assert.equal(g.get('acc'), 3n * 2n ** 52n);
  });

  it('exposes the helpers other code uses to read and make ints', () => {
    assert.equal(normBig(5n), 5);
    assert.equal(normBig(2n ** 60n), 2n ** 60n);
    assert.equal(intFromFloat(1e300), BigInt(1e300));
    assert.equal(intFromFloat(-0), 0);
    assert.equal(addSmall(MAX_SMALL, 1), 2n ** 53n);
    assert.equal(subSmall(-MAX_SMALL, 2), -(2n ** 53n) - 1n);
    assert.equal(mulSmall(0, -5), 0);
    assert.ok(Object.is(mulSmall(0, -5), 0), 'no negative zero ints');
    assert.equal(mulSmall(2 ** 40, 2 ** 40), 2n ** 80n);
    assert.equal(intToFloat(2n ** 64n), 2 ** 64);
    assert.equal(raised(() => intToFloat(2n ** 1024n)), 'OverflowError: int too large to convert to float');
    assert.equal(indexValue(2n ** 70n), 2n ** 70n);
    assert.equal(toIndex(2n ** 60n), 2 ** 60, 'index-sized: beyond any container, still a number');
    assert.equal(raised(() => toIndex(2n ** 63n)), 'OverflowError: Python int too large to convert to C ssize_t');
    assert.equal(raised(() => ssizeOf(-(2n ** 63n) - 1n)), "OverflowError: cannot fit 'int' into an index-sized integer");
    assert.equal(ssizeOf(-(2n ** 63n)), -(2 ** 63));
  });

  it('refuses a decimal literal past the digit limit at compile time with CPython 3.11\'s SyntaxError', () => {
    const e = errorOf(run(`x = ${'1'.repeat(5000)}\n`).result);
    assert.equal(e.ename, 'SyntaxError');
    assert.match(e.traceback, /SyntaxError: Exceeds the limit \(4300 digits\) for integer string conversion: value has 5000 digits; use sys\.set_int_max_str_digits\(\) to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits\.\n$/);
    const hex = run(`x = 0x${'f'.repeat(5000)}\nprint(x.bit_length())\n`);
    assert.equal(hex.stdout, '20000\n');
  });

  it('keeps the digit limit per session, as CPython keeps it per interpreter', () => {
    const a = newSession(), b = newSession();
    assert.ok(a.session.runCell('import sys\nsys.set_int_max_str_digits(1000)\n', '<a>').ok);
    assert.ok(b.session.runCell('import sys\nprint(sys.get_int_max_str_digits())\n', '<b>').ok);
    assert.ok(a.session.runCell('print(sys.get_int_max_str_digits())\n', '<a>').ok);
    assert.equal(b.out.join(''), '4300\n');
    assert.equal(a.out.join(''), '1000\n');
  });

  it('turns a result too large for a JS bigint into MemoryError, and the kernel lives on', () => {
    const c = newSession();
    const failed = c.session.runCell('x = 2 ** (2**40)\n', '<cell>');
    assert.equal(errorOf(failed).ename, 'MemoryError');
    assert.ok(c.session.runCell('print(2 ** 100)\n', '<cell>').ok);
    assert.equal(c.out.join(''), '1267650600228229401496703205376\n');
  });
});

describe('python ints: conversion into TensorFlow', () => {
  const tfRun = (body: string) => run(`import tensorflow as tf\n${body}`);

  it('infers int32 for Python ints and int64 once one leaves the int32 range (TF make_tensor_proto)', () => {
    const r = tfRun('print(tf.constant(5).dtype, tf.constant(2**40).dtype, tf.constant([1, -2**31 - 1]).dtype)\n');
    assert.equal(r.stdout, "<dtype: 'int32'> <dtype: 'int64'> <dtype: 'int64'>\n");
  });

  it('raises NumPy 2\'s OverflowError (TF converts with np.array(value, dtype)) for ints the dtype cannot hold, never wrapping', () => {
    const cases: [string, string][] = [
      ['tf.constant(2**40, dtype=tf.int32)', 'OverflowError: Python integer 1099511627776 out of bounds for int32'],
      ['tf.constant([1, 300], dtype=tf.uint8)', 'OverflowError: Python integer 300 out of bounds for uint8'],
      ['tf.constant(2**64)', 'OverflowError: Python int too large to convert to C long'],
      ['tf.constant(2**1100, dtype=tf.float32)', 'OverflowError: int too large to convert to float'],
    ];
    for (const [expr, last] of cases) {
      const tb = errorOf(tfRun(`${expr}\n`).result).traceback.trimEnd().split('\n');
      assert.equal(tb[tb.length - 1], last, expr);
    }
  });

  it('raises session.py\'s TypeError for a fed Python int that the placeholder dtype would change (TF1 session.run rule)', () => {
    const r = tfRun('x = tf.placeholder(tf.int32)\nwith tf.Session() as s:\n    print(s.run(x * 2, feed_dict={x: 2**31 - 1}))\n    s.run(x, feed_dict={x: 2**40})\n');
    assert.equal(r.stdout, '-2\n', 'int32 arithmetic wraps around inside the graph');
    assert.equal(errorOf(r.result).evalue, "Type of feed value 1099511627776 with type <class 'int'> is not compatible with Tensor type <dtype: 'int32'>. Try explicitly setting the type of the feed tensor to a larger type (e.g. int64).");
  });

  it('returns int64 results to Python as exact ints', () => {
    const r = tfRun('with tf.Session() as s:\n    v = s.run(tf.constant(2**52, tf.int64) * 3)\n    print(int(v), type(v.item()).__name__, s.run(tf.constant([2**40, 7])).tolist())\n');
    assert.equal(r.stdout, `${3n * 2n ** 52n} int [1099511627776, 7]\n`);
  });
});
