// The Python runtime's callables bound through src/python/bind/objects.ts: what the CPython-made
// fixture (fixtures/runtime_bindings.py) cannot show, because it needs Gradbook-only names.
import { strict as assert } from 'assert';
import { run, errorOf } from '../helpers';

describe('runtime callables bound from signature tables', () => {
  it("eval's and exec's locals mapping raises NotImplementedError naming it; None is the default", () => {
    const r = run("print(eval('1 + 1', None, None))\nexec('q = 2', None, None)\nprint(q)\neval('1', {}, {})");
    assert.equal(r.stdout, '2\n2\n');
    const e = errorOf(r.result);
    assert.equal(e.ename, 'NotImplementedError');
    assert.match(e.evalue, /eval\(\) argument 'locals' is not supported by Gradbook/);
    const x = errorOf(run("exec('1', closure=(1,))").result);
    assert.equal(x.ename, 'NotImplementedError');
    assert.match(x.evalue, /exec\(\) argument 'closure'/);
  });

  // Expected texts: CPython 3.11 with collections.namedtuple('LSTMStateTuple', 'c h'), which is what TF's class is.
  it("TF's namedtuples have collections.namedtuple's methods and call errors", () => {
    const lines = [
      'import tensorflow as tf',
      'P = tf.nn.rnn_cell.LSTMStateTuple',
      'p = P(1, 2)',
      'print(p, p.c, p.h, p._replace(h=5), p._asdict(), P._make([3, 4]), P._make(iter((7, 8))))',
      'for call in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, c=2), lambda: P(1, 2, z=3), lambda: p._replace(1), lambda: p._replace(z=1, y=2), lambda: P._make([1]), lambda: P._make(), lambda: p._asdict(1)]:',
      '    try:',
      '        call()',
      '    except (TypeError, ValueError) as e:',
      '        print(type(e).__name__, e)',
    ];
    const r = run(lines.join('\n'));
    if (!r.result.ok) assert.fail(r.result.error.traceback);
    assert.equal(r.stdout, [
      "LSTMStateTuple(c=1, h=2) 1 2 LSTMStateTuple(c=1, h=5) {'c': 1, 'h': 2} LSTMStateTuple(c=3, h=4) LSTMStateTuple(c=7, h=8)",
      "TypeError LSTMStateTuple.__new__() missing 1 required positional argument: 'h'",
      'TypeError LSTMStateTuple.__new__() takes 3 positional arguments but 4 were given',
      "TypeError LSTMStateTuple.__new__() got multiple values for argument 'c'",
      "TypeError LSTMStateTuple.__new__() got an unexpected keyword argument 'z'",
      'TypeError LSTMStateTuple._replace() takes 1 positional argument but 2 were given',
      "ValueError Got unexpected field names: ['z', 'y']",
      'TypeError Expected 2 arguments, got 1',
      "TypeError LSTMStateTuple._make() missing 1 required positional argument: 'iterable'",
      'TypeError LSTMStateTuple._asdict() takes 1 positional argument but 2 were given',
      '',
    ].join('\n'));
  });

  it("_gradbook's helpers bind their arguments: a wrong call is CPython's TypeError", () => {
    const e = errorOf(run('import _gradbook\n_gradbook.is_host()').result);
    assert.equal(e.ename, 'TypeError');
    assert.equal(e.evalue, "is_host() missing 1 required positional argument: 'obj'");
  });
});
