// Deep nesting ends in CPython's errors, never in a JavaScript stack overflow: the tokenizer's
// limits, "maximum recursion depth exceeded during compilation", and the runtime recursion limit
// shared by calls, repr and comparison.
import { strict as assert } from 'assert';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { newSession, errorOf } from '../helpers';

function fail(source: string, c = newSession()) {
  return errorOf(c.session.runCell(source, '<cell>'));
}
const lastLine = (tb: string) => tb.trimEnd().split('\n').pop()!;
const COMPILE_DEPTH = 'RecursionError: maximum recursion depth exceeded during compilation';

describe('deep nesting in source', () => {
  // Sessions share the default graph: leave none of this file's ops (some are huge) behind.
  afterEach(() => clearDefaultGraphState());
  it('200 nested brackets are fine, the 201st is "too many nested parentheses" with a caret under it', () => {
    const c = newSession();
    const ok = c.session.runCell(`x = ${'('.repeat(200)}7${')'.repeat(200)}\nprint(x)`, '<cell 1>');
    assert.ok(ok.ok);
    assert.equal(c.out.join(''), '7\n');
    for (const open of ['(', '[', '{']) {
      const e = fail(`x = ${'(['.repeat(50)}${open.repeat(101)}`);
      assert.equal(e.ename, 'SyntaxError');
      assert.equal(e.evalue, 'too many nested parentheses');
      const caret = e.traceback.split('\n').find(l => /^\s+\^$/.test(l))!;
      assert.equal(caret.indexOf('^') - 4, 4 + 200, 'caret under the 201st bracket');
    }
    assert.equal(fail(`x = ${'('.repeat(100000)}1${')'.repeat(100000)}`).evalue, 'too many nested parentheses');
  });

  it('100 levels of indentation is "IndentationError: too many levels of indentation"', () => {
    const block = (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'if 1:\n').join('') + ' '.repeat(n) + 'pass\n';
    assert.ok(newSession().session.runCell(block(99), '<cell>').ok);
    const e = fail(block(100));
    assert.equal(e.ename, 'IndentationError');
    assert.equal(lastLine(e.traceback), 'IndentationError: too many levels of indentation');
    assert.equal(e.line, 101);
  });

  const chains: [string, (n: number) => string, string][] = [
    ['unary minus', n => '-'.repeat(n) + '1', '1'],
    ['not', n => 'not '.repeat(n) + 'True', 'True'],
    ['conditional expressions', n => '1' + ' if a else 2'.repeat(n), '1'],
    ['lambdas', n => 'lambda: '.repeat(n) + '5', ''],
    ['power', n => '1' + '**a'.repeat(n), '1'],
    ['addition', n => '0' + '+a'.repeat(n), ''],
    ['attributes', n => 'o' + '.o'.repeat(n), ''],
    ['calls', n => 'f' + '()'.repeat(n), ''],
    ['subscripts', n => 'l' + '[0]'.repeat(n), ''],
  ];
  for (const [what, make, value] of chains) {
    it(`a chain of 990 ${what} compiles and runs; 100000 is a RecursionError during compilation`, () => {
      const c = newSession();
      const setup = 'a = 1\nclass O: pass\no = O()\no.o = o\nf = lambda: f\nl = [0]\nl[0] = l\n';
      const r = c.session.runCell(`${setup}x = ${make(990)}\nprint(type(x).__name__)`, '<cell 1>');
      assert.ok(r.ok, r.ok ? '' : r.error.traceback);
      if (value) assert.ok(c.session.runCell('print(x)', '<cell 2>').ok);
      if (value) assert.equal(c.out.join('').split('\n')[1], value);
      const e = fail(`${setup}x = ${make(100000)}`);
      assert.equal(lastLine(e.traceback), COMPILE_DEPTH);
      assert.equal(e.ename, 'RecursionError');
    });
  }

  it('deeply nested blocks in a def, and elif chains past the limit, end the same way', () => {
    const elifs = 'x = 1\nif x == 0: pass\n' + Array.from({ length: 1500 }, (_, i) => `elif x == ${i + 1}: pass\n`).join('');
    assert.equal(lastLine(fail(elifs).traceback), COMPILE_DEPTH);
    const fine = 'x = 1\nif x == 0: pass\n' + Array.from({ length: 500 }, (_, i) => `elif x == ${i + 1}: y = ${i}\n`).join('') + 'print(y)';
    const c = newSession();
    assert.ok(c.session.runCell(fine, '<cell>').ok);
    assert.equal(c.out.join(''), '0\n');
  });
});

describe('recursion at run time', () => {
  it('runaway recursion: RecursionError, the traceback collapses repeated frames like CPython', () => {
    const e = fail('def f(n):\n    return f(n + 1)\nf(0)');
    assert.equal(e.ename, 'RecursionError');
    assert.equal(e.evalue, 'maximum recursion depth exceeded');
    const lines = e.traceback.split('\n');
    assert.equal(lines.filter(l => l === '  File "<cell>", line 2, in f').length, 3);
    assert.ok(lines.includes('  [Previous line repeated 996 more times]'), e.traceback.slice(0, 600));
  });

  it('sys.getrecursionlimit / setrecursionlimit, with CPython\'s checks, per session', () => {
    const c = newSession();
    const def = 'import sys\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\n';
    assert.ok(c.session.runCell(def + 'print(sys.getrecursionlimit(), g(900))\nsys.setrecursionlimit(60)\nprint(g(40))', '<cell 1>').ok);
    assert.equal(c.out.join(''), '1000 900\n40\n');
    assert.equal(fail('g(100)', c).ename, 'RecursionError');
    assert.equal(fail('sys.setrecursionlimit(0)', c).evalue, 'recursion limit must be greater or equal than 1');
    assert.equal(fail('def h(n):\n    if n == 0: sys.setrecursionlimit(5)\n    else: h(n - 1)\nh(20)', c).evalue,
      'cannot set the recursion limit to 5 at the recursion depth 23: the limit is too low');
    assert.ok(newSession().session.runCell(def + 'print(g(900))', '<cell>').ok, 'another session keeps the default');
  });

  it('a limit deeper than the JavaScript stack still ends in RecursionError, and the session goes on', () => {
    const c = newSession();
    const e = fail('import sys\nsys.setrecursionlimit(1000000)\ndef f(n):\n    return f(n + 1)\nf(0)', c);
    assert.equal(e.ename, 'RecursionError');
    assert.ok(c.session.runCell('print(sum(range(10)))', '<cell 2>').ok);
    assert.equal(c.out.join(''), '45\n');
  });

  it('repr and str of deeply nested containers: RecursionError "while getting the repr of an object"', () => {
    for (const build of ['x = []\nfor i in range(100000): x = [x]', 'x = {}\nfor i in range(100000): x = {1: x}', 'x = ()\nfor i in range(100000): x = (x,)', 'x = []\nfor i in range(100000): x = [1, x]']) {
      for (const use of ['repr(x)', 'str(x)', 'print(x)', "f'{x}'"]) {
        const e = fail(`${build}\n${use}`);
        assert.equal(lastLine(e.traceback), 'RecursionError: maximum recursion depth exceeded while getting the repr of an object', `${build} / ${use}`);
      }
    }
  });

  it('a deeply nested list as the cell\'s last line fails that cell; the Variables view still lists it', () => {
    const c = newSession();
    const e = fail('x = []\nfor i in range(100000): x = [x]\nx', c);
    assert.equal(e.ename, 'RecursionError');
    assert.equal(e.line, 3);
    const listed = c.session.listGlobals().find(g => g.name === 'x')!;
    assert.equal(listed.type, 'list');
    assert.equal(listed.repr, '<list object (repr() raised RecursionError)>');
    const shallow = c.session.runCell('y = [[1]]\ny', '<cell 2>');
    assert.ok(shallow.ok && shallow.repr === '[[1]]');
  });

  it('comparing deeply nested containers: RecursionError "in comparison"; a __repr__ calling itself: RecursionError', () => {
    const e = fail('a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\na == b');
    assert.equal(e.evalue, 'maximum recursion depth exceeded in comparison');
    const d = fail('a = {}\nb = {}\nfor i in range(100000):\n    a = {1: a}\n    b = {1: b}\na == b');
    assert.equal(d.evalue, 'maximum recursion depth exceeded in comparison');
    assert.equal(fail('class A:\n    def __repr__(self): return repr(self)\nrepr(A())').ename, 'RecursionError');
    assert.equal(fail('class B:\n    def __eq__(self, o): return self == o\nB() == B()').ename, 'RecursionError');
  });
});
