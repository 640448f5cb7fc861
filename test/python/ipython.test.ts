// IPython syntax in notebook cells: magics are transformed before parsing and dispatched to the
// magic registry; scripts (scriptPath set) keep plain Python, where `%` is a SyntaxError.
import { strict as assert } from 'assert';
import { PythonSession } from '../../src/python/index';
import { transformCell } from '../../src/python/ipython/transform';

function notebook() {
  const out: string[] = [];
  const session = new PythonSession({ stdout: t => out.push(t), stderr: () => {}, display: () => {} });
  return { out, run: (src: string) => session.runCell(src, '<cell>') };
}

describe('IPython syntax', () => {
  it('transforms line magics, cell magics and shell lines as IPython does', () => {
    assert.equal(transformCell('%matplotlib inline\nx = 1'), "get_ipython().run_line_magic('matplotlib', 'inline')\nx = 1");
    assert.equal(transformCell('if x:\n    %time f(1)'), "if x:\n    get_ipython().run_line_magic('time', 'f(1)')");
    assert.equal(transformCell('%%time\nx = 1\ny = 2\n'), "get_ipython().run_cell_magic('time', '', 'x = 1\\ny = 2\\n')\n");
    assert.equal(transformCell('!pip install numpy'), "get_ipython().system('pip install numpy')");
    assert.equal(transformCell('s = """\n%not a magic\n"""'), 's = """\n%not a magic\n"""');
  });

  it('%time prints CPU and wall times and returns the value; %%time runs the cell', () => {
    const nb = notebook();
    const r = nb.run('%matplotlib inline\n%time x = sum(range(100))\nx');
    assert.ok(r.ok && r.value === 4950);
    assert.match(nb.out.join(''), /^CPU times: user [\d.]+ (s|ms|µs|ns), sys: [\d.]+ (s|ms|µs|ns), total: [\d.]+ (s|ms|µs|ns)\nWall time: [\d.]+ (s|ms|µs|ns)\n$/);
    const c = notebook();
    const r2 = c.run('%%time\na = 2\na * 21');
    assert.ok(r2.ok && r2.value === 42);
  });

  it('%timeit prints IPython\'s mean ± std line with the loop and run counts', () => {
    const nb = notebook();
    assert.ok(nb.run('%timeit -n 3 -r 2 sum(range(10))').ok);
    assert.match(nb.out.join(''), /^[\d.]+ (s|ms|µs|ns) ± [\d.]+ (s|ms|µs|ns) per loop \(mean ± std\. dev\. of 2 runs, 3 loops each\)\n$/);
  });

  it('%who lists user names, %reset -f clears them, %load_ext autoreload is accepted', () => {
    const nb = notebook();
    assert.ok(nb.run('import math\nb = 1\na = 2\n%load_ext autoreload\n%autoreload 2\n%who\n%reset -f\n%who').ok);
    assert.equal(nb.out.join(''), 'a\t b\t math\t \nInteractive namespace is empty.\n');
  });

  it('unknown magics raise UsageError, shell lines a clear NotImplementedError naming the line', () => {
    const nb = notebook();
    const r = nb.run('x = 1\n%foo bar');
    assert.ok(!r.ok);
    assert.equal(`${r.error.ename}: ${r.error.evalue}`, 'UsageError: Line magic function `%foo` not found.');
    const s = nb.run('\n!ls -l');
    assert.ok(!s.ok);
    assert.equal(s.error.evalue, 'shell commands are not supported in Gradbook: !ls -l');
    assert.equal(s.error.line, 2);
  });

  it('a script run keeps plain Python: % at the start of a line is a SyntaxError', () => {
    const session = new PythonSession({ stdout: () => {}, stderr: () => {}, display: () => {} }, { scriptPath: 'train.py' });
    const r = session.runCell('%matplotlib inline\n', 'train.py');
    assert.ok(!r.ok);
    assert.equal(r.error.ename, 'SyntaxError');
  });
});
