// NumPy's file I/O against fixtures NumPy 1.24 wrote (gen/gen_io.py): loadtxt/genfromtxt values
// and error texts, savetxt bytes, .npy files read and written byte for byte, .npz archives.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python/index';
import { decodeValue, EncodedArray, loadFixture } from './fixture_arrays';

interface TextCase { fn: string; text?: string; x?: string; kwargs: string; value?: EncodedArray | string; error?: string; message?: string }
interface NpyCase { name: string; source: string; array: EncodedArray }

const FIXTURES = path.join(__dirname, 'fixtures');

function session(root: string) {
  const out: string[] = [];
  const s = new PythonSession({ stdout: t => out.push(t), stderr: () => {}, display: () => {} }, { cwd: root, roots: [root, FIXTURES] });
  return { out, run: (src: string) => { out.length = 0; return s.runCell(src, '<cell>'); } };
}

const ENCODE = `
import json
def _enc(a):
    a = np.asarray(a)
    vals = [repr(float(v)) if a.dtype.kind == 'f' else (bool(v) if a.dtype.kind == 'b' else int(v)) for v in a.ravel().tolist()]
    print(json.dumps({'dtype': str(a.dtype), 'shape': list(a.shape), 'data': vals}))
`;

function assertArray(printed: string, want: EncodedArray, where: string): void {
  const got = JSON.parse(printed) as EncodedArray;
  assert.equal(got.dtype, want.dtype, `${where}: dtype`);
  assert.deepEqual(got.shape, want.shape, `${where}: shape`);
  got.data.forEach((v, i) => {
    const a = decodeValue(v), b = decodeValue(want.data[i]);
    assert.ok(Object.is(a, b) || a === b, `${where}: element ${i}: ${a} != ${b}`);
  });
}

describe('numpy file I/O matches NumPy', () => {
  let root: string;
  beforeEach(() => { root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-npio-'))); });
  afterEach(() => fs.rmSync(root, { recursive: true }));

  for (const c of loadFixture<TextCase[]>('io.json')) {
    const label = c.fn === 'savetxt' ? `savetxt(${c.x}, ${c.kwargs})` : `${c.fn}(${JSON.stringify(c.text)}, ${c.kwargs})`;
    it(label, () => {
      const s = session(root);
      const call = c.fn === 'savetxt'
        ? `b = io.BytesIO()\nnp.savetxt(b, ${c.x}, ${c.kwargs})\nprint(json.dumps(b.getvalue().decode('latin-1')))`
        : `_enc(np.${c.fn}(io.StringIO(${JSON.stringify(c.text)}), ${c.kwargs}))`;
      const r = s.run(`import numpy as np, io\n${ENCODE}\n${call}`);
      if (c.error) {
        assert.ok(!r.ok, `${label}: expected ${c.error}`);
        assert.equal(r.error.ename, c.error);
        assert.equal(r.error.evalue, c.message);
        return;
      }
      assert.ok(r.ok, r.ok ? '' : r.error.traceback);
      if (c.fn === 'savetxt') assert.equal(JSON.parse(s.out.join('')), c.value);
      else assertArray(s.out.join(''), c.value as EncodedArray, label);
    });
  }

  for (const c of loadFixture<NpyCase[]>('npy_index.json')) {
    it(`np.load reads NumPy's ${c.name}.npy; np.save writes NumPy's bytes`, () => {
      const s = session(root);
      const r = s.run(`import numpy as np\n${ENCODE}\na = np.load(${JSON.stringify(path.join(FIXTURES, 'npy', c.name + '.npy'))})\n_enc(a)\nnp.save('out', a)`);
      assert.ok(r.ok, r.ok ? '' : r.error.traceback);
      assertArray(s.out.join(''), c.array, c.name);
      // Fortran-order and big-endian files load as C-order little-endian arrays, which is what we write.
      if (!['i2_fortran', 'f8_bigendian'].includes(c.name)) {
        assert.deepEqual(fs.readFileSync(path.join(root, 'out.npy')), fs.readFileSync(path.join(FIXTURES, 'npy', c.name + '.npy')));
      }
    });
  }

  it('reads NumPy .npz archives (stored and deflated) as an NpzFile', () => {
    const s = session(root);
    const plain = JSON.stringify(path.join(FIXTURES, 'npy', 'plain.npz')), packed = JSON.stringify(path.join(FIXTURES, 'npy', 'compressed.npz'));
    const r = s.run(`import numpy as np
with np.load(${plain}) as z:
    print(z.files, z['arr_0'], z['w'].dtype, z['w'].tolist(), 'w' in z, len(z))
z = np.load(${packed})
print(sorted(z.keys()), z['x'].tolist(), z['y'].dtype, z['y'].shape)
try:
    z['nope']
except KeyError as e:
    print('KeyError', e)
z.close()`);
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(s.out.join(''), "['w', 'arr_0'] [0 1 2] float32 [[1.0, 0.0], [0.0, 1.0]] True 2\n['x', 'y'] [0.0, 0.25, 0.5, 0.75, 1.0] int64 (2, 2)\nKeyError 'nope is not a file in the archive'\n");
  });

  it('savez / savez_compressed round-trip, with NumPy names and errors', () => {
    const s = session(root);
    const r = s.run(`import numpy as np
np.savez('a', np.arange(4), b=np.ones((2, 2), np.float32))
np.savez_compressed('c.npz', x=np.linspace(0, 1, 1000))
a = np.load('a.npz'); c = np.load('c.npz')
print(a.files, a['arr_0'].tolist(), a['b'].dtype, c['x'].shape, c['x'][-1])
try:
    np.savez('d', np.arange(2), arr_0=np.arange(3))
except ValueError as e:
    print(e)`);
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(s.out.join(''), "['b', 'arr_0'] [0, 1, 2, 3] float32 (1000,) 1.0\nCannot use un-named variables and keyword arr_0\n");
    assert.ok(fs.statSync(path.join(root, 'c.npz')).size < 8000, 'savez_compressed deflates');
  });

  it('refuses pickled object arrays without allow_pickle, and unsupported arguments by name', () => {
    const s = session(root);
    const obj = JSON.stringify(path.join(FIXTURES, 'npy', 'object.npy'));
    let r = s.run(`import numpy as np\nnp.load(${obj})`);
    assert.ok(!r.ok);
    assert.equal(`${r.error.ename}: ${r.error.evalue}`, 'ValueError: Object arrays cannot be loaded when allow_pickle=False');
    r = s.run(`import numpy as np\nnp.load('missing.npy')`);
    assert.ok(!r.ok);
    assert.equal(`${r.error.ename}: ${r.error.evalue}`, "FileNotFoundError: [Errno 2] No such file or directory: 'missing.npy'");
    r = s.run(`import numpy as np\nnp.loadtxt('missing.csv')`);
    assert.ok(!r.ok);
    assert.equal(`${r.error.ename}: ${r.error.evalue}`, 'FileNotFoundError: missing.csv not found.');
    r = s.run(`import numpy as np\nnp.load('x.npy', mmap_mode='r')`);
    assert.ok(!r.ok);
    assert.match(r.error.evalue, /^load\(\) argument 'mmap_mode' is not supported by Gradbook/);
  });

  it('loadtxt and savetxt use paths under the session roots', () => {
    fs.writeFileSync(path.join(root, 'd.csv'), '# x,y\n1,2\n3,4\n');
    const s = session(root);
    const r = s.run(`import numpy as np\nxy = np.loadtxt('d.csv', delimiter=',', dtype=np.float32)\nnp.savetxt('o.txt', xy * 2, fmt='%.1f', delimiter=',')\nprint(open('o.txt').read(), end='')\nprint(np.float is float, np.int is int)`);
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(s.out.join(''), '2.0,4.0\n6.0,8.0\nTrue True\n');
  });

  it("a file written with open(p, 'w').write(...) and never closed is read by loadtxt/genfromtxt in the same cell, as CPython's refcounting makes it", () => {
    const s = session(root);
    const r = s.run([
      'import numpy as np',
      "open('u.csv', 'w').write('name,label\\nham,hello there\\nspam,win money\\n')",
      "a = np.genfromtxt('u.csv', delimiter=',', dtype=str, skip_header=1)",
      'print(a.shape, a[1, 1])',
      "open('./v.txt', 'w').write('1 2\\n3 4\\n')",
      "print(np.loadtxt('v.txt').sum())",
    ].join('\n'));
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(s.out.join(''), '(2, 2) win money\n10.0\n');
  });

  it('values the tables accept but Gradbook does not implement raise NotImplementedError naming the parameter', () => {
    const s = session(root);
    const cases: [string, string][] = [
      ["np.savetxt('s.txt', [b'a', b'b'], fmt='%s')", "savetxt() argument 'X' is not supported by Gradbook: arrays of bytes and object arrays (numeric or str arrays only)"],
      ["import tensorflow as tf\nnp.savetxt('s.txt', tf.Session().run(tf.constant([b'a', b'b'])), fmt='%s')", "savetxt() argument 'X' is not supported by Gradbook: arrays of bytes and object arrays (numeric or str arrays only)"],
      ["np.loadtxt(['1 2'], dtype=[('a', 'f8'), ('b', 'f8')])", "loadtxt() argument 'dtype' is not supported by Gradbook: structured dtypes (numeric dtypes only)"],
      ["np.genfromtxt(['1 2'], dtype=str, unpack=True)", "genfromtxt() argument 'unpack' is not supported by Gradbook: True with dtype=str"],
      ["np.genfromtxt(['1,', '2,3'], delimiter=',', filling_values=[0, 1])", "genfromtxt() argument 'filling_values' is not supported by Gradbook: a sequence (pass one number for every column)"],
      ["np.loadtxt(['1 2'], converters={0: float})", "loadtxt() argument 'converters' is not supported by Gradbook: per-column converter functions are not supported; convert the loaded array instead"],
      ["np.savetxt('s.txt', np.zeros(2), like=None)", "savetxt() got an unexpected keyword argument 'like'"],
    ];
    for (const [call, message] of cases) {
      const r = s.run(`import numpy as np\n${call}`);
      assert.ok(!r.ok, call);
      assert.equal(`${r.error.ename}: ${r.error.evalue}`, `${message.includes('unexpected') ? 'TypeError' : 'NotImplementedError'}: ${message}`, call);
    }
    assert.ok(!fs.existsSync(path.join(root, 's.txt')), 'a refused savetxt writes nothing');
  });
});
