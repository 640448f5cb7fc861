import { strict as assert } from 'assert';
import { run, errorOf, newSession } from './helpers';

describe('python tracebacks', () => {
  it('formats a NameError like CPython', () => {
    const e = errorOf(run('a = 1\nprint(x)\n', '<cell 3>').result);
    assert.equal(e.ename, 'NameError');
    assert.equal(e.evalue, "name 'x' is not defined");
    assert.equal(e.line, 2);
    assert.equal(e.traceback, 'Traceback (most recent call last):\n  File "<cell 3>", line 2, in <module>\n    print(x)\nNameError: name \'x\' is not defined\n');
  });

  it('lists frames outermost first with function names and source lines', () => {
    const src = 'def inner(d):\n    return d["a"]\n\ndef outer():\n    return inner({})\n\nouter()\n';
    const e = errorOf(run(src, '<cell 1>').result);
    assert.equal(e.traceback, [
      'Traceback (most recent call last):',
      '  File "<cell 1>", line 7, in <module>', '    outer()',
      '  File "<cell 1>", line 5, in outer', '    return inner({})',
      '  File "<cell 1>", line 2, in inner', '    return d["a"]',
      "KeyError: 'a'", '',
    ].join('\n'));
    assert.equal(e.line, 2);
  });

  it('uses CPython messages for common errors', () => {
    const cases: [string, string][] = [
      ['1/0', 'ZeroDivisionError: division by zero'],
      ["1 + 'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
      ['[][0]', 'IndexError: list index out of range'],
      ['[].foo', "AttributeError: 'list' object has no attribute 'foo'"],
      ["{}['a']", "KeyError: 'a'"],
      ['def f():\n    x += 1\nf()', "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"],
      ['raise ValueError("bad")', 'ValueError: bad'],
      ['assert False', 'AssertionError'],
    ];
    for (const [src, last] of cases) {
      const tb = errorOf(run(src).result).traceback.trimEnd().split('\n');
      assert.equal(tb[tb.length - 1], last, src);
    }
  });

  it('chains exceptions raised while handling another', () => {
    const e = errorOf(run('try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError("x")\n').result);
    assert.match(e.traceback, /ZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback/);
    assert.equal(e.ename, 'ValueError');
  });

  it('reports RecursionError for runaway recursion', () => {
    const e = errorOf(run('def f(n):\n    return f(n + 1)\nf(0)\n').result);
    assert.equal(e.ename, 'RecursionError');
    assert.equal(e.evalue, 'maximum recursion depth exceeded');
  });
});

describe('python syntax errors (CPython 3.11 layout)', () => {
  const cases: [string, string][] = [
    ['x = (1,', '  File "<cell 1>", line 1\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n'],
    ['if x\n  pass', '  File "<cell 1>", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n'],
    ['def f():\nreturn 1', '  File "<cell 1>", line 2\n    return 1\n    ^^^^^^\nIndentationError: expected an indented block after function definition on line 1\n'],
    ['x = 1\n  y = 2', '  File "<cell 1>", line 2\n    y = 2\nIndentationError: unexpected indent\n'],
    ['print "hi"', '  File "<cell 1>", line 1\n    print "hi"\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to \'print\'. Did you mean print(...)?\n'],
    ['x = 1\nprint "loss:", x', '  File "<cell 1>", line 2\n    print "loss:", x\n    ^^^^^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to \'print\'. Did you mean print(...)?\n'],
    ['a = 1 +', '  File "<cell 1>", line 1\n    a = 1 +\n           ^\nSyntaxError: invalid syntax\n'],
    ['for x in range(3):\n    pass\n  y = 1', '  File "<cell 1>", line 3\n    y = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n'],
    ['f(x=1, 2)', '  File "<cell 1>", line 1\n    f(x=1, 2)\n           ^\nSyntaxError: positional argument follows keyword argument\n'],
    ['1 = x', '  File "<cell 1>", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant \'==\' instead of \'=\'?\n'],
  ];
  for (const [src, expected] of cases) {
    it(JSON.stringify(src), () => {
      const e = errorOf(run(src).result);
      assert.equal(e.traceback, expected);
      assert.ok(e.ename === 'SyntaxError' || e.ename === 'IndentationError');
    });
  }
});

describe('python sandbox', () => {
  it('has no input(), compile() or __import__() (open, eval and exec exist: see io and eval tests)', () => {
    for (const name of ['input', 'compile', '__import__']) {
      const e = errorOf(run(`${name}('x')`).result);
      assert.equal(e.traceback.trimEnd().split('\n').pop(), `NameError: name '${name}' is not defined`);
    }
  });
  it('imports registered modules and .py files on sys.path, nothing else', () => {
    for (const mod of ['socket', 'ctypes', 'multiprocessing']) {
      const e = errorOf(run(`import ${mod}`).result);
      assert.equal(e.ename, 'ModuleNotFoundError');
      assert.equal(e.evalue, `No module named '${mod}'`);
    }
  });
  it('runs no processes: os.system, os.popen and subprocess raise a clear NotImplementedError', () => {
    for (const call of ["import os\nos.system('ls')", "import os\nos.popen('ls')", "import subprocess\nsubprocess.run(['ls'])", "import subprocess\nsubprocess.check_output('ls')"]) {
      const e = errorOf(run(call).result);
      assert.equal(e.ename, 'NotImplementedError');
      assert.match(e.evalue, /processes are not supported in Gradbook/);
    }
    const r = run('import os\nprint(os.path.exists("/etc/passwd"), os.path.join("a", "b"))');
    assert.equal(r.stdout, 'False a/b\n');
  });
});

describe('python interrupt', () => {
  it('stops `while True: pass` through checkInterrupt as KeyboardInterrupt', () => {
    let calls = 0;
    const c = newSession(() => { if (++calls > 1000) throw new Error('stop'); });
    const r = c.session.runCell('while True:\n    pass\n', '<cell 1>');
    const e = errorOf(r);
    assert.equal(e.ename, 'KeyboardInterrupt');
    assert.match(e.traceback, /^Traceback \(most recent call last\):\n {2}File "<cell 1>", line 1, in <module>\n/);
    assert.ok(calls > 1000);
  });
  it('KeyboardInterrupt is not caught by `except Exception`', () => {
    let calls = 0;
    const c = newSession(() => { if (++calls > 50) throw new Error('stop'); });
    const r = c.session.runCell('def spin():\n    while True:\n        pass\ntry:\n    spin()\nexcept Exception:\n    print("wrong")\n', '<cell 1>');
    assert.equal(errorOf(r).ename, 'KeyboardInterrupt');
    assert.deepEqual(c.out, []);
  });
});

describe('PythonSession API', () => {
  it('keeps globals across cells and returns the last expression value', () => {
    const c = newSession();
    assert.deepEqual(c.session.runCell('x = 40', '<cell 1>'), { ok: true, value: undefined });
    const r = c.session.runCell('def f(y):\n    return x + y\nf(2)', '<cell 2>');
    assert.ok(r.ok);
    assert.equal(r.ok && r.value, 42);
    const none = c.session.runCell('print("p")', '<cell 3>');
    assert.deepEqual(none, { ok: true, value: undefined });
  });
  it('streams print output as it happens', () => {
    const chunks: string[] = [];
    let seenBeforeError = 0;
    const c = newSession();
    (c.session as unknown as { host: { stdout(t: string): void } }).host.stdout = t => chunks.push(t);
    const r = c.session.runCell('print("a")\nprint("b")\n1/0', '<cell 1>');
    seenBeforeError = chunks.length;
    assert.equal(errorOf(r).ename, 'ZeroDivisionError');
    assert.deepEqual(chunks, ['a\n', 'b\n']);
    assert.equal(seenBeforeError, 2);
  });
  it('lists globals with type names and short reprs', () => {
    const c = newSession();
    c.session.runCell('import math\nlr = 0.5\nlayers = [784, 10]\n_hidden = 1\nname = "mnist"', '<cell 1>');
    assert.deepEqual(c.session.listGlobals(), [
      { name: 'lr', type: 'float', repr: '0.5' },
      { name: 'layers', type: 'list', repr: '[784, 10]' },
      { name: 'name', type: 'str', repr: "'mnist'" },
    ]);
  });
  it('writes print(file=sys.stderr) to stderr', () => {
    const r = run('import sys\nprint("oops", file=sys.stderr)\nprint("fine")');
    assert.equal(r.stderr, 'oops\n');
    assert.equal(r.stdout, 'fine\n');
  });
  it('surfaces host errors with pyType / errorClass as Python exceptions', () => {
    const { registerModule, PyModule, PyBuiltin, registerExceptionClass, PyClass, exceptions } = require('../../src/python/index');
    const OpErrorCls = new PyClass('OpError', [exceptions.Exception], 'tensorflow.python.framework.errors_impl');
    const InvalidArg = new PyClass('InvalidArgumentError', [OpErrorCls], 'tensorflow.python.framework.errors_impl');
    registerExceptionClass(OpErrorCls);
    registerExceptionClass(InvalidArg);
    registerModule('hosterr', () => new PyModule('hosterr')
      .set('value', new PyBuiltin('value', () => { throw Object.assign(new Error('bad shape'), { pyType: 'ValueError' }); }))
      .set('op', new PyBuiltin('op', () => { throw Object.assign(new Error('You must feed a value'), { pyType: 'OpError', errorClass: 'InvalidArgumentError' }); }))
      .set('InvalidArgumentError', InvalidArg));
    const r = run('import hosterr\ntry:\n    hosterr.value()\nexcept ValueError as e:\n    print("caught", e)\ntry:\n    hosterr.op()\nexcept hosterr.InvalidArgumentError as e:\n    print("op", type(e).__name__, e)\nhosterr.op()');
    assert.equal(r.stdout, 'caught bad shape\nop InvalidArgumentError You must feed a value\n');
    const e = errorOf(r.result);
    assert.equal(e.ename, 'InvalidArgumentError');
    assert.match(e.traceback, /tensorflow\.python\.framework\.errors_impl\.InvalidArgumentError: You must feed a value\n$/);
  });
});
