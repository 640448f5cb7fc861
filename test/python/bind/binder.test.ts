// The one binder (src/python/bind): CPython 3.11's matching of positional and keyword arguments
// and its TypeError texts, defaults, *args/**kwargs, typed converters and NotImplementedError for
// unsupported arguments. Expected texts are CPython 3.11's for `def` functions.
import { strict as assert } from 'assert';
import type { PyValue, Kwargs } from '../../../src/python/objects/core';
import { PyExceptionObj, PyFloat } from '../../../src/python/objects/core';
import { PyList, PyTuple } from '../../../src/python/objects/containers';
import { boundFunction, entry, compilePlan } from '../../../src/python/bind';
import type { Signature } from '../../../src/engine';

/** Calls an entry whose body returns its converted arguments as a JS object (for inspection). */
function binder(signature: Signature): (args?: PyValue[], kw?: Record<string, PyValue>) => Record<string, unknown> {
  let seen: Record<string, unknown> = {};
  const fn = boundFunction(entry(signature, a => { seen = { ...(a as object) }; return null; }));
  return (args = [], kw) => { fn(args, kw ? new Map(Object.entries(kw)) as Kwargs : null); return seen; };
}

function raises(f: () => unknown, cls: string, message: string): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof PyExceptionObj, `not a Python exception: ${String(e)}`);
    assert.equal(e.cls.name, cls);
    assert.equal(e.args[0], message);
    return true;
  });
}

describe('the one binder', () => {
  describe('CPython 3.11 call matching for def functions', () => {
    // def f(a, b, c=3, *, d, e=5)
    const f = binder({ name: 'mod.f', doc: '', params: [
      { name: 'a' }, { name: 'b' }, { name: 'c', default: 3 }, { name: 'd', kind: 'keyword' }, { name: 'e', default: 5, kind: 'keyword' },
    ] });
    it('fills positional, keyword and default values by name', () =>
      assert.deepEqual(f([1, 2], { d: 4 }), { a: 1, b: 2, c: 3, d: 4, e: 5 }));
    it('missing positional arguments, one, two, three', () => {
      raises(() => f([1], { d: 0 }), 'TypeError', "f() missing 1 required positional argument: 'b'");
      raises(() => f([], { d: 0 }), 'TypeError', "f() missing 2 required positional arguments: 'a' and 'b'");
      const g = binder({ name: 'g', doc: '', params: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] });
      raises(() => g(), 'TypeError', "g() missing 3 required positional arguments: 'a', 'b', and 'c'");
    });
    it('missing keyword-only arguments are reported after the positional ones', () =>
      raises(() => f([1, 2]), 'TypeError', "f() missing 1 required keyword-only argument: 'd'"));
    it('too many positional arguments: exact, a range, none, and with keyword-only ones given', () => {
      raises(() => f([1, 2, 3, 4]), 'TypeError', 'f() takes from 2 to 3 positional arguments but 4 were given');
      raises(() => f([1, 2, 3, 4], { d: 1 }), 'TypeError', 'f() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given');
      const g = binder({ name: 'g', doc: '', params: [{ name: 'a' }] });
      raises(() => g([1, 2]), 'TypeError', 'g() takes 1 positional argument but 2 were given');
      const h = binder({ name: 'h', doc: '', params: [] });
      raises(() => h([1]), 'TypeError', 'h() takes 0 positional arguments but 1 was given');
    });
    it('unexpected keyword and multiple values', () => {
      raises(() => f([1, 2], { d: 1, z: 0 }), 'TypeError', "f() got an unexpected keyword argument 'z'");
      raises(() => f([1, 2], { a: 1, d: 1 }), 'TypeError', "f() got multiple values for argument 'a'");
    });
    it('positional-only parameters passed by keyword', () => {
      const p = binder({ name: 'p', doc: '', params: [{ name: 'x', kind: 'positional' }, { name: 'y', default: 0 }] });
      raises(() => p([], { x: 1 }), 'TypeError', "p() got some positional-only arguments passed as keyword arguments: 'x'");
      assert.deepEqual(p([1], { y: 2 }), { x: 1, y: 2 });
    });
    it('*args collects extra positionals and **kwargs unknown keywords (also a positional-only name)', () => {
      const v = binder({ name: 'v', doc: '', varargs: 'rest', varkw: 'options', params: [{ name: 'x', kind: 'positional' }, { name: 'k', default: null, kind: 'keyword' }] });
      const got = v([1, 2, 3], { k: 'a', x: 9, other: true });
      assert.deepEqual(got.rest, [2, 3]);
      assert.deepEqual([...(got.options as Map<string, PyValue>)], [['x', 9], ['other', true]]);
      assert.equal(got.k, 'a');
    });
    it('rejects malformed tables when they are compiled, not when a user calls them', () => {
      assert.throws(() => compilePlan({ name: 'bad', doc: '', params: [{ name: 'a', default: 1 }, { name: 'b' }] }), /non-default parameter 'b' follows a default one/);
      assert.throws(() => compilePlan({ name: 'bad', doc: '', params: [{ name: 'a', kind: 'keyword' }, { name: 'b' }] }), /out of order/);
      assert.throws(() => compilePlan({ name: 'bad', doc: '', params: [{ name: 'a', unsupported: true }] }), /needs a default/);
    });
  });

  describe('defaults and unsupported parameters', () => {
    const z = binder({ name: 'np.zeros', doc: '', params: [
      { name: 'shape', type: 'npshape' }, { name: 'dtype', default: { expr: 'float' } }, { name: 'scale', default: { float: 1 } },
      { name: 'order', default: 'C', unsupported: "only order='C'" }, { name: 'pad', default: [0, 0], unsupported: true },
      { name: 'like', default: null, kind: 'keyword', unsupported: true },
    ] });
    it('an expression default is undefined for the body; a float default is a Python float', () => {
      const a = z([2]);
      assert.equal(a.dtype, undefined);
      assert.ok(a.scale instanceof PyFloat && a.scale.v === 1);
      assert.deepEqual(a.shape, [2]);
    });
    it('an unsupported parameter given its default (or an equal value) is accepted', () => {
      z([2], { order: 'C', like: null, pad: new PyTuple([0, false]) });
    });
    it('an unsupported parameter with another value is NotImplementedError naming function and argument', () => {
      raises(() => z([2], { order: 'F' }), 'NotImplementedError', "zeros() argument 'order' is not supported by Gradbook: only order='C'");
      raises(() => z([2], { like: new PyList([]) }), 'NotImplementedError', "zeros() argument 'like' is not supported by Gradbook");
      raises(() => z([2], { pad: new PyList([1, 0]) }), 'NotImplementedError', "zeros() argument 'pad' is not supported by Gradbook");
    });
  });

  describe('typed converters', () => {
    const c = binder({ name: 'tf.c', doc: '', params: [
      { name: 'flag', default: false, type: 'bool' }, { name: 'n', default: 0, type: 'int' }, { name: 'ns', default: null, type: 'ints' },
      { name: 'x', default: 0, type: 'float' }, { name: 'name', default: null, type: 'name' }, { name: 'fn', default: null, type: 'callable' },
    ] });
    it('None where the default is None stays null, without conversion', () =>
      assert.deepEqual(c([], { ns: null, name: null, fn: null }), { flag: false, n: 0, ns: null, x: 0, name: null, fn: null }));
    it('bool is strict, as TF checks bool attrs', () => {
      assert.equal(c([true]).flag, true);
      raises(() => c([1]), 'TypeError', "Expected bool for argument 'flag' not 1.");
    });
    it('ints take an int or a list; floats take ints too', () => {
      assert.deepEqual(c([], { ns: 3 }).ns, [3]);
      assert.deepEqual(c([], { ns: new PyList([1, 2]) }).ns, [1, 2]);
      assert.equal(c([], { x: 2 }).x, 2);
      assert.equal(c([], { x: new PyFloat(0.5) }).x, 0.5);
      raises(() => c([], { n: 'a' }), 'TypeError', "'str' object cannot be interpreted as an integer");
    });
    it('a Python int that is a JS bigint converts when it fits, else OverflowError', () => {
      assert.equal(c([], { n: 12n as unknown as PyValue }).n, 12);
      raises(() => c([], { n: (2n ** 80n) as unknown as PyValue }), 'OverflowError', 'Python int too large to convert to C long');
    });
    it('str and callable name the function and the argument', () => {
      raises(() => c([], { name: 3 }), 'TypeError', "c() argument 'name' must be str, not int");
      raises(() => c([], { fn: 3 }), 'TypeError', "c() argument 'fn' must be callable, not int");
    });
  });
});
