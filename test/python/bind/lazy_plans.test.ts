// Binders compile their plan at the first call (kernel start-up, docs/ENGINE.md section 12); every
// signature still has to be well formed, which compileAllPendingPlans checks for all binders the
// session's modules made.
import { strict as assert } from 'assert';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python/index';
import { argumentBinder } from '../../../src/python/bind';
import { compileAllPendingPlans } from '../../../src/python/bind/function';

describe('binders compiled at first call', () => {
  it('every binder made by the builtins and the tf/np/stdlib modules compiles', () => {
    const out: string[] = [];
    const session = new PythonSession({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), display: () => {} });
    const r = session.runCell('import tensorflow as tf, numpy as np, math, os, re, json, collections, random, itertools, functools\nprint(len("a b".split()), np.zeros((2,)).shape)', '<cell 1>');
    assert.ok(r.ok, out.join(''));
    assert.equal(out.join(''), '2 (2,)\n');
    assert.ok(compileAllPendingPlans() > 500);
    assert.equal(compileAllPendingPlans(), 0);
  });

  it('a malformed signature still throws, when its plan is compiled', () => {
    const bind = argumentBinder({ name: 'bad', doc: '', params: [{ name: 'a', default: 1 }, { name: 'b' }] });
    assert.throws(() => compileAllPendingPlans(), /non-default parameter 'b' follows a default one/);
    assert.throws(() => bind([1, 2], new Map()), /non-default parameter 'b' follows a default one/);
  });
});
