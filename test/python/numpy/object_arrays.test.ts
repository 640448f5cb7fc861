// Object arrays: np.array(..., dtype=object) and NumPy 1.x's ragged arrays (np.array of sequences of
// unequal lengths gave an object array and a VisibleDeprecationWarning; TF1 programs such as
// cnn-text-classification-tf's batch_iter rely on it). programs/object_arrays.expected is what
// python3-numpy printed for the dtype=object program; the ragged spelling must print the same.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';

function run(source: string): { out: string; err: string; error?: string } {
  let out = '', err = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { err += t; }, display: () => undefined });
  const r = s.runCell(source, '<cell 1>');
  return r.ok ? { out, err } : { out, err, error: r.error.traceback.trim().split('\n').pop() };
}

const programs = path.join(__dirname, 'programs');
const program = fs.readFileSync(path.join(programs, 'object_arrays.py'), 'utf8');
const expected = fs.readFileSync(path.join(programs, 'object_arrays.expected'), 'utf8');
// The three constructions NumPy 1.x accepted without dtype=object (ragged at depth 2, 1 and 1).
const RAGGED = [
  'np.array(list(zip(x, y)), dtype=object)',
  'np.array([[1, 2], [3], [4, 5, 6]], dtype=object)',
  'np.array([np.arange(4), np.arange(2)], dtype=object)',
];

describe('NumPy object arrays', () => {
  it('print, index, shuffle and permute exactly as python3-numpy does with dtype=object', () => {
    const r = run(program);
    assert.equal(r.error, undefined, r.out + r.err);
    assert.equal(r.out, expected);
    assert.equal(r.err, '');
  });

  it('ragged input without dtype makes the same arrays, with one VisibleDeprecationWarning per line as NumPy 1.x', () => {
    let ragged = program;
    for (const spelling of RAGGED) {
      assert.ok(ragged.includes(spelling), spelling);
      ragged = ragged.replace(spelling, spelling.replace(', dtype=object)', ')'));
    }
    const r = run(ragged);
    assert.equal(r.error, undefined, r.out + r.err);
    assert.equal(r.out, expected);
    const warnings = r.err.split('\n').filter(l => l.includes('VisibleDeprecationWarning'));
    assert.deepEqual(warnings.map(l => l.split(': ')[0]), ['<cell 1>:8', '<cell 1>:20', '<cell 1>:37']);
    assert.ok(warnings[0].endsWith("If you meant to do this, you must specify 'dtype=object' when creating the ndarray."));
    assert.ok(r.err.includes('\n  data = np.array(list(zip(x, y)))\n'));
  });

  it('a loop warns once per location; warnings filters apply; np.random.permutation of a ragged list is an object array', () => {
    const r = run([
      'import numpy as np, warnings',
      'for i in range(3):',
      '    a = np.asarray([[1], [2, 3]])',
      'print(a.dtype, np.random.permutation([[1], [2, 3]]).shape)',
      "print(a.dtype == object, a.dtype == np.dtype('O'), repr(a.dtype), isinstance(a, np.ndarray))",
      "warnings.simplefilter('error', np.VisibleDeprecationWarning)",
      'try:',
      '    np.array([[1], [2, 3]])',
      'except np.VisibleDeprecationWarning as e:',
      "    print('raised', issubclass(np.VisibleDeprecationWarning, UserWarning))",
    ].join('\n') + '\n');
    assert.equal(r.error, undefined, r.err);
    assert.equal(r.out, "object (2,)\nTrue True dtype('O') True\nraised True\n");
    assert.equal(r.err.split('\n').filter(l => l.includes('VisibleDeprecationWarning')).length, 2);
  });

  it('with a numeric dtype a ragged sequence is still an error, as in NumPy', () => {
    assert.equal(run('import numpy as np\nnp.array([[1], [2, 3]], dtype=np.float32)\n').error,
      'ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.');
    assert.equal(run('import numpy as np\nnp.array([np.zeros((2, 3)), np.zeros((2, 4))], dtype=object)\n').error,
      'ValueError: could not broadcast input array from shape (2, 3) into shape (2,)');
    assert.equal(run("import numpy as np\nnp.array([[1], [2, 3]]) + 1\n").error?.startsWith('TypeError'), true);
  });

  it("copy, flatten and ravel take ndarray's order='C' and refuse other orders; tolist takes nothing", () => {
    const r = run("import numpy as np\na = np.array([[1], [2, 3]], dtype=object)\nprint(a.copy(order='C').shape, a.ravel('C').shape, a.flatten().tolist())\n");
    assert.equal(r.error, undefined, r.err);
    assert.equal(r.out, '(2,) (2,) [[1], [2, 3]]\n');
    assert.equal(run("import numpy as np\nnp.array([[1], [2, 3]], dtype=object).flatten('F')\n").error,
      "NotImplementedError: ndarray.flatten() argument 'order' is not supported by Gradbook: only 'C' (row-major) order");
    assert.equal(run('import numpy as np\nnp.array([[1], [2, 3]], dtype=object).tolist(1)\n').error,
      'TypeError: ndarray.tolist() takes 0 positional arguments but 1 was given');
  });
});
