// NumPy string arrays ('<U<n>', 'S<n>'): programs/string_arrays.expected is what python3-numpy
// printed for the program (gen/gen_string_arrays.py); what Gradbook does not implement for them
// raises NotImplementedError instead of a wrong result.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { runCell as run } from './run_cell';

const programs = path.join(__dirname, 'programs');

describe('NumPy string arrays', () => {
  it('build, print, index, compare, unique, concatenate and cast exactly as python3-numpy does', () => {
    const r = run(fs.readFileSync(path.join(programs, 'string_arrays.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'string_arrays.expected'), 'utf8'));
  });

  it('np.char, np.append, np.isin/in1d, np.full, item() and vocabulary building print exactly as python3-numpy does', () => {
    const r = run(fs.readFileSync(path.join(programs, 'string_array_text.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'string_array_text.expected'), 'utf8'));
  });

  it('np.char broadcasts array-valued arguments (sub, chars, width, i, old/new, sep, encoding) against the strings as python3-numpy does', () => {
    const r = run(fs.readFileSync(path.join(programs, 'char_broadcast.py'), 'utf8'));
    assert.equal(r.error, undefined, r.out);
    assert.equal(r.out, fs.readFileSync(path.join(programs, 'char_broadcast.expected'), 'utf8'));
  });

  it("arithmetic on string arrays raises NumPy 1.x's UFuncTypeError (np.char.add concatenates)", () => {
    assert.equal(run("import numpy as np\nnp.array(['a', 'bb']) + 'x'\n").error,
      "numpy.core._exceptions._UFuncNoLoopError: ufunc 'add' did not contain a loop with signature matching types (dtype('<U2'), dtype('<U1')) -> None");
    assert.equal(run("import numpy as np\n'xyz' + np.array(['a'])\n").error,
      "numpy.core._exceptions._UFuncNoLoopError: ufunc 'add' did not contain a loop with signature matching types (dtype('<U3'), dtype('<U1')) -> None");
    assert.equal(run("import numpy as np\nnp.array([b'a']) * 2\n").error,
      "numpy.core._exceptions._UFuncNoLoopError: ufunc 'multiply' did not contain a loop with signature matching types (dtype('S1'), dtype('int64')) -> None");
    const caught = run("import numpy as np\ntry:\n    np.array(['a']) + np.array(['b'])\nexcept TypeError as e:\n    print(type(e).__name__, isinstance(e, TypeError))\n");
    assert.equal(caught.out, '_UFuncNoLoopError True\n');
  });

  it('np.char and item() reject what they do not implement with NotImplementedError or NumPy errors', () => {
    assert.match(run("import numpy as np\nnp.char.lower(np.array([1, 2]))\n").error ?? '', /^NotImplementedError: .*np\.char\.lower of a numeric array/);
    assert.match(run("import numpy as np\nnp.char.add(np.array(['a']), np.array([b'b']))\n").error ?? '', /^NotImplementedError: .*np\.char\.add of str and bytes arrays/);
    assert.match(run("import numpy as np\nnp.full(2, 'x', dtype=float)\n").error ?? '', /^NotImplementedError: .*np\.full with a text fill_value and a dtype/);
    assert.equal(run("import numpy as np\nnp.array(['a', 'b']).item()\n").error, 'ValueError: can only convert an array of size 1 to a Python scalar');
    assert.equal(run("import numpy as np\nnp.array(['a', 'b']).item(2)\n").error, 'IndexError: index 2 is out of bounds for size 2');
  });

  it('numeric functions on text raise NotImplementedError naming string arrays', () => {
    for (const call of ["np.sum(np.array(['a', 'b']))", "np.mean(['a', 'b'])", "np.argmax(np.array(['a', 'b']))", "np.cumsum(['a', 'b'])"]) {
      const r = run(`import numpy as np\n${call}\n`);
      assert.match(r.error ?? '', /^NotImplementedError: Gradbook's NumPy supports string arrays/, call);
    }
    assert.match(run("import numpy as np\nnp.unique(np.array([[1], 'a'], dtype=object))\n").error ?? '', /^NotImplementedError: .*np\.unique of an object array/);
    assert.match(run("import numpy as np\nnp.array(['a']).astype(bool)\n").error ?? '', /^NotImplementedError: .*astype\(bool\)/);
    assert.equal(run('import numpy as np\nnp.zeros(2, dtype=str)\n').error,
      "NotImplementedError: Gradbook's NumPy makes string arrays (dtype '<U') only with np.array, np.asarray, astype and np.full(shape, text)");
    assert.match(run("import numpy as np\nnp.stack([np.array(['a']), np.array(['b'])], dtype=np.float32)\n").error ?? '', /^NotImplementedError: stack\(\) argument 'dtype' is not supported/);
    assert.match(run("import numpy as np\nnp.sort(np.array([['b', 'a']]), axis=0)\n").error ?? '', /^NotImplementedError: .*sorting along axis 0 \(only the last axis\)/);
    assert.match(run("import numpy as np\nnp.sort(np.array([[1], 'a'], dtype=object))\n").error ?? '', /^NotImplementedError: .*sorting an object array/);
    assert.match(run("import numpy as np\nnp.concatenate([np.array(['a']), np.array([b'b'])])\n").error ?? '', /^NotImplementedError: .*other kind/);
  });

  it("text that is not a number, ragged text with a string dtype and non-ASCII bytes fail with NumPy's errors", () => {
    assert.equal(run("import numpy as np\nnp.array(['1', 'x']).astype(float)\n").error, "ValueError: could not convert string to float: 'x'");
    assert.match(run("import numpy as np\nnp.array([['a'], ['b', 'c']], dtype=str)\n").error ?? '', /^ValueError: setting an array element with a sequence/);
    assert.match(run("import numpy as np\nnp.array(['é'], dtype='S')\n").error ?? '', /^UnicodeEncodeError: 'ascii' codec can't encode character/);
  });

  it('ragged text without a dtype is an object array with the VisibleDeprecationWarning, as ragged numbers are', () => {
    const r = run("import numpy as np\na = np.array([['a'], ['b', 'c']])\nprint(a.dtype, a.shape, a[1])\n");
    assert.equal(r.error, undefined, r.out);
    assert.match(r.out, /VisibleDeprecationWarning/);
    assert.ok(r.out.endsWith("object (2,) ['b', 'c']\n"), r.out);
  });

  it('matplotlib takes a string array of category labels as it takes the list', () => {
    const plot = (labels: string) => run(['import numpy as np', 'import matplotlib.pyplot as plt', 'fig, ax = plt.subplots()',
      `ax.bar(${labels}, [1, 2])`, 'print(list(ax.get_xticks()), ax.get_xlim())'].join('\n') + '\n');
    const fromArray = plot("np.array(['cat', 'dog'])");
    assert.equal(fromArray.error, undefined, fromArray.out);
    assert.equal(fromArray.out, plot("['cat', 'dog']").out);
  });
});
