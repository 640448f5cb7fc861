// Stdlib modules bound from signature tables (random, re, hashlib, io, open, csv, gzip, importlib):
// what CPython accepts and Gradbook does not raises NotImplementedError naming the parameter,
// and the doc lists it. CPython-exact call errors are in fixtures/stdlib_call_errors.py.
import { strict as assert } from 'assert';
import { run } from '../helpers';
import { apiCatalog } from '../../../src/python/bind/catalog';

function printed(lines: string[]): string {
  const r = run(lines.join('\n') + '\n');
  if (!r.result.ok) throw new Error(r.result.error.traceback);
  return r.stdout;
}
const fails = (stmt: string) => [`try:`, `    ${stmt}`, `except Exception as e:`, `    print(type(e).__name__ + ': ' + str(e))`];

describe('stdlib modules from signature tables', () => {
  it('unsupported parameters raise NotImplementedError naming function and parameter', () => {
    const out = printed([
      'import random, hashlib, io',
      ...fails('open("x.txt", opener=print)'),
      ...fails('open(b"x.txt")'),
      ...fails('open(3)'),
      ...fails('hashlib.blake2b(b"a", key=b"k")'),
      ...fails('hashlib.blake2s(digest_size=16)'),
      ...fails('random.seed("abc", version=1)'),
      'print(hashlib.blake2s(b"a", digest_size=32).hexdigest()[:8], hashlib.blake2b(usedforsecurity=False).digest_size)',
    ]);
    assert.equal(out, [
      "NotImplementedError: open() argument 'opener' is not supported by Gradbook",
      "NotImplementedError: open() argument 'file' is not supported by Gradbook: bytes paths (use str)",
      "NotImplementedError: open() argument 'file' is not supported by Gradbook: a file descriptor as file",
      "NotImplementedError: blake2b() argument 'key' is not supported by Gradbook",
      "NotImplementedError: blake2s() argument 'digest_size' is not supported by Gradbook: only the full 32-byte digest",
      "NotImplementedError: Random.seed() argument 'version' is not supported by Gradbook: only version 2 for str seeds",
      // hashlib.blake2s(b'a').hexdigest()[:8] in CPython 3.11.
      '4a0d1298 64',
      '',
    ].join('\n'));
  });

  it('open() takes os.PathLike paths and refuses unbuffered text after opening the file, as CPython 3.11 does', () => {
    // The texts and the truncated file are CPython 3.11.7's (python3 with the same lines).
    const out = printed([
      'import os, tempfile',
      'd = tempfile.mkdtemp()',
      'p = os.path.join(d, "x.txt")',
      'class P:',
      '    def __init__(self, p): self.p = p',
      '    def __fspath__(self): return self.p',
      'with open(P(p), "w") as f: f.write("old")',
      'print(open(P(p)).read(), open(P(p)).name == p, open(p, "rb", buffering=0).read())',
      ...fails('open(p, "w", buffering=0)'),
      'print(repr(open(p).read()))',
    ]);
    assert.equal(out, "old True b'old'\nValueError: can't have unbuffered text I/O\n''\n");
  });

  it('random.Random instances and the module share one method table; seeded draws stay CPython\'s', () => {
    // Values from CPython 3.11: random.seed(7); [random.random(), random.randint(1, 100), random.choices('abc', k=3)]
    const out = printed([
      'import random',
      'random.seed(7); a = [round(random.random(), 12), random.randint(1, 100), random.choices("abc", k=3)]',
      'r = random.Random(7); b = [round(r.random(), 12), r.randint(1, 100), r.choices("abc", k=3)]',
      'print(a == b, a, type(random.SystemRandom()).__name__)',
    ]);
    assert.equal(out, "True [0.323832764833, 20, ['b', 'a', 'c']] SystemRandom\n");
  });

  it('docs/API.md lists the stdlib tables and np.random once', () => {
    const titles = apiCatalog().map(s => s.title);
    for (const m of ['`random`', '`re`', '`hashlib`', '`open` and `io`', '`_csv`', '`importlib`', '`_json`', '`gzip`']) {
      assert.ok(titles.some(t => t.startsWith(m)), `${m} has a section`);
    }
    assert.equal(titles.filter(t => t.startsWith('NumPy random')).length, 1);
  });
});
