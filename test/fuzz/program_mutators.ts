// Mutations of Python source, each a small named entry: what a new user's typo, a bad paste or
// a hostile cell does to a TF1 program.
import type { Rng } from './rng';

export interface ProgramMutator { name: string; apply(src: string, rng: Rng): string }

const lines = (s: string) => s.split('\n');
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];

/** Replaces one random match of `re` in `src` using `make`. */
function replaceOne(src: string, re: RegExp, rng: Rng, make: (m: RegExpExecArray) => string): string {
  const all = [...src.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))];
  if (!all.length) return src;
  const m = rng.pick(all) as RegExpExecArray;
  return src.slice(0, m.index) + make(m) + src.slice(m.index! + m[0].length);
}

const HUGE = ['10**12', '2**63', '-1', '0', '1e308', "float('nan')", "float('inf')", '-10**9', '3.5', '100000', '2**31', '10**6'];
const STRINGS = ["'<img src=x>'", "''", "'x' * 10**9", "'\\x00\\x01'", "'a b'", "'__proto__'", "'constructor'", "'" + 'é'.repeat(3) + "'", "'%s%d%'"];
const JS_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'call', 'apply', 'bind', 'length', 'prototype', 'then', 'isPrototypeOf'];
const BYTES = ['\u0000', '\u0007', '\ufeff', '\u200b', '\ud800', '"', "'", '"""', '(', ']', '}', ':', '\\', '\t', '\r', '#', '@', '$', '?', '`', ';', '€', 'ñ', '\n    ', ' ', '0x', '1e', 'lambda', '**', '...'];
const STATEMENTS = [
  'x = [0] * (2 * 10**8)', 'x = list(range(2 * 10**8))', 'l = []\nwhile True: l.append(0)', 'while True: pass',
  "s = 'x' * 10**12", "print('{:1000000000000}'.format(1))", 'import numpy as np\nnp.zeros((10**6, 10**6))',
  'import tensorflow as tf\nz = tf.Session().run(tf.zeros([100000, 100000]))', 'import sys\nsys.setrecursionlimit(100000)',
  'def rec(n):\n    return rec(n + 1)\nrec(0)', 'x = []\nfor _ in range(100000): x = [x]\nprint(x)', 'raise ValueError("boom")',
  'del tf', 'tf = None', 'np = 3', 'import numpy as np\nprint(np.random.RandomState(0).constructor)',
  "import tensorflow as tf\ntf.constant(1.0, name='<img src=x>')", 'import tensorflow as tf\ntf.concat([], 0)',
  'import tensorflow as tf\ntf.Session().run(tf.cast(tf.constant(1.0), tf.string))', 'assert False, "stop"', '1 / 0',
  'import os', 'import this_module_does_not_exist', 'open("/etc/passwd")', 'exec("1")', 'yield 1', 'return 5', 'break',
  'x = ' + '('.repeat(300) + '1' + ')'.repeat(300), 'x = ' + '-'.repeat(5000) + '1', 'x = 1' + ' + 1'.repeat(5000),
  'print(' + '[' .repeat(199) + ']'.repeat(199) + ')', 'class A:\n    def __repr__(self): return repr(self)\nA()',
  'x = {i: i for i in range(10**9)}', 'import tensorflow as tf\ntf.nn.max_pool(tf.ones([1, 4, 4, 1]), [1, 0, 0, 1], [1, 1, 1, 1], "VALID").eval(session=tf.Session())',
];

export const PROGRAM_MUTATORS: ProgramMutator[] = [
  { name: 'delete a line', apply: (s, r) => { const l = lines(s); l.splice(r.int(l.length), 1); return l.join('\n'); } },
  { name: 'duplicate a line', apply: (s, r) => { const l = lines(s); const i = r.int(l.length); l.splice(i, 0, l[i]); return l.join('\n'); } },
  { name: 'swap two lines', apply: (s, r) => { const l = lines(s); const i = r.int(l.length), j = r.int(l.length); [l[i], l[j]] = [l[j], l[i]]; return l.join('\n'); } },
  {
    name: 'swap two tokens', apply: (s, r) => {
      const toks = [...s.matchAll(/[A-Za-z_]\w*|\d+(?:\.\d+)?/g)];
      if (toks.length < 2) return s;
      const [a, b] = [r.pick(toks), r.pick(toks)].sort((x, y) => x.index! - y.index!);
      if (a.index === b.index) return s;
      return s.slice(0, a.index) + b[0] + s.slice(a.index! + a[0].length, b.index) + a[0] + s.slice(b.index! + b[0].length);
    },
  },
  { name: 'odd number', apply: (s, r) => replaceOne(s, /\b\d+(?:\.\d+)?\b/, r, () => r.pick(HUGE)) },
  { name: 'odd string', apply: (s, r) => replaceOne(s, /'[^'\n]*'|"[^"\n]*"/, r, () => r.pick(STRINGS)) },
  { name: 'JavaScript member as attribute', apply: (s, r) => replaceOne(s, /\.([A-Za-z_]\w*)/, r, () => '.' + r.pick(JS_NAMES)) },
  { name: 'JavaScript member as name', apply: (s, r) => replaceOne(s, /\b[a-z_]\w*\b(?=\s*[=(.[])/, r, () => r.pick(JS_NAMES)) },
  {
    name: 'deep nesting', apply: (s, r) => replaceOne(s, /= ([^\n=]+)$/m, r, m => {
      const n = r.pick([150, 201, 1000, 5000, 100000]);
      const kind = r.int(4);
      if (kind === 0) return '= ' + '('.repeat(n) + m[1] + ')'.repeat(n);
      if (kind === 1) return '= ' + '['.repeat(n) + m[1] + ']'.repeat(n);
      if (kind === 2) return '= ' + '-'.repeat(n) + '(' + m[1] + ')';
      return '= ' + m[1] + ' + 0'.repeat(n);
    }),
  },
  { name: 'truncate', apply: (s, r) => s.slice(0, r.int(s.length)) },
  {
    name: 'random bytes', apply: (s, r) => {
      let out = s;
      for (let k = 1 + r.int(3); k > 0; k--) { const i = r.int(out.length + 1); out = out.slice(0, i) + r.pick(BYTES) + out.slice(i); }
      return out;
    },
  },
  {
    name: 'indentation', apply: (s, r) => {
      const l = lines(s); const i = r.int(l.length);
      l[i] = r.chance(0.5) ? '    ' + l[i] : l[i].replace(/^ {1,4}/, '');
      if (r.chance(0.2)) l[i] = ' '.repeat(400) + l[i];
      return l.join('\n');
    },
  },
  { name: 'drop a bracket', apply: (s, r) => replaceOne(s, /[()[\]{}]/, r, () => '') },
  {
    name: 'hostile statement', apply: (s, r) => {
      const l = lines(s); const i = r.int(l.length + 1);
      const ind = indentOf(l[Math.min(i, l.length - 1)] ?? '');
      l.splice(i, 0, ...r.pick(STATEMENTS).split('\n').map(x => ind + x));
      return l.join('\n');
    },
  },
  { name: 'dtype', apply: (s, r) => replaceOne(s, /(tf|np)\.(float32|int32|float64|int64)/, r, m => `${m[1]}.${r.pick(['float32', 'int32', 'float64', 'int64', 'string', 'bool', 'uint8', 'float16', 'complex64'])}`) },
  {
    name: 'shape', apply: (s, r) => replaceOne(s, /\[(None|\d+)(, *(None|\d+))+\]/, r, m => {
      const dims = m[0].slice(1, -1).split(',').map(x => x.trim());
      dims[r.int(dims.length)] = r.pick(['0', '-1', '10**6', 'None', '2.5', "'a'", '[]']);
      if (r.chance(0.2)) dims.push('1');
      return `[${dims.join(', ')}]`;
    }),
  },
];
