// What the stdlib lets a cell see and do on this machine: a sandboxed os.environ, no processes,
// no network (with an error naming the URL), files only under the allowed folders, SystemExit as
// CPython ends a script, and NotImplementedError for parameters Gradbook does not implement.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { errorOf, run } from '../helpers';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python/index';

describe('stdlib sandbox', () => {
  it('os.environ holds only the allowlisted host variables and TMPDIR; cells may set their own', () => {
    process.env.GRADBOOK_TEST_SECRET = 'hunter2';
    try {
      const r = run([
        'import os',
        "print('GRADBOOK_TEST_SECRET' in os.environ, os.getenv('GRADBOOK_TEST_SECRET', 'hidden'))",
        'import tempfile',
        "print(os.environ['TMPDIR'] == tempfile.gettempdir(), os.environ.get('HOME') == os.path.expanduser('~') or 'HOME' not in os.environ)",
        "os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'",
        "print(os.getenv('TF_CPP_MIN_LOG_LEVEL'), repr(os.environ)[:8])",
      ].join('\n'));
      assert.ok(r.result.ok, r.stderr);
      assert.equal(r.stdout, `False hidden\nTrue True\n2 environ(\n`);
    } finally {
      delete process.env.GRADBOOK_TEST_SECRET;
    }
    const e = errorOf(run("import os\nos.environ['X'] = 1").result);
    assert.equal(`${e.ename}: ${e.evalue}`, 'TypeError: str expected, not int');
  });

  it('downloads raise URLError naming the URL and saying where to put the file', () => {
    for (const src of [
      "import urllib.request\nurllib.request.urlretrieve('http://yann.lecun.com/exdb/mnist/t10k-images-idx3-ubyte.gz', 'x.gz')",
      "from six.moves import urllib\nurllib.request.urlopen('https://example.com/data.csv')",
    ]) {
      const e = errorOf(run(src).result);
      assert.equal(e.ename, 'URLError');
      assert.match(e.evalue, /^<urlopen error Gradbook has no network access, so https?:\/\/\S+ cannot be downloaded\. .*put the file beside the notebook/);
    }
  });

  it('files outside the allowed folders do not exist for os.path and are PermissionError for os and shutil', () => {
    const r = run("import os\nprint(os.path.exists('/etc/passwd'), os.path.isdir('/etc'))");
    assert.equal(r.stdout, 'False False\n');
    for (const src of ["import os\nos.listdir('/etc')", "import shutil\nshutil.copy('/etc/hostname', 'x')", "import os\nos.makedirs('/opt/gradbook-test')"]) {
      const e = errorOf(run(src).result);
      assert.equal(e.ename, 'PermissionError', src);
      assert.match(e.evalue, /Gradbook lets cells use files only under/);
    }
  });

  it('os, shutil and tempfile work on the temp folder', () => {
    const r = run([
      'import os, shutil, tempfile',
      'd = tempfile.mkdtemp()',
      "os.makedirs(os.path.join(d, 'a', 'b'))",
      "with open(os.path.join(d, 'a', 'f.txt'), 'w') as f:\n    f.write('hi')",
      "shutil.copy(os.path.join(d, 'a', 'f.txt'), os.path.join(d, 'a', 'b'))",
      "print(sorted(os.listdir(os.path.join(d, 'a'))), [sorted(f) for _, _, f in os.walk(d)], os.stat(os.path.join(d, 'a', 'f.txt')).st_size)",
      "os.rename(os.path.join(d, 'a', 'f.txt'), os.path.join(d, 'g.txt'))",
      "shutil.rmtree(os.path.join(d, 'a'))",
      'print(os.listdir(d))',
      'with tempfile.TemporaryDirectory() as t:',
      "    p = os.path.join(t, 'x')",
      "    open(p, 'w').close()",
      'print(os.path.exists(t))',
      'shutil.rmtree(d)',
      "try:\n    os.remove(os.path.join(d, 'nope'))\nexcept FileNotFoundError as e:\n    print(e.errno, e.strerror)",
    ].join('\n'));
    assert.ok(r.result.ok, r.result.ok ? '' : r.result.error.traceback);
    assert.equal(r.stdout, "['b', 'f.txt'] [[], ['f.txt'], ['f.txt']] 2\n['g.txt']\nFalse\n2 No such file or directory\n");
  });

  it('parameters Gradbook does not implement raise NotImplementedError naming them', () => {
    for (const [src, text] of [
      ["import argparse\nargparse.ArgumentParser(fromfile_prefix_chars='@')", "ArgumentParser() argument 'fromfile_prefix_chars' is not supported by Gradbook: reading arguments from files is not supported"],
      ["import os\nos.mkdir('x', dir_fd=3)", "mkdir() argument 'dir_fd' is not supported by Gradbook: paths relative to a folder descriptor are not supported"],
      ["import pickle\npickle.dumps(1, buffer_callback=print)", "dumps() argument 'buffer_callback' is not supported by Gradbook: out-of-band buffers are not supported"],
      ["import re\nre.compile('(?i:a)b')", 're: scoped inline flags (?flags:...) is not supported by Gradbook (JavaScript\'s regular expressions cannot express it)'],
    ] as const) {
      const e = errorOf(run(src).result);
      assert.equal(`${e.ename}: ${e.evalue}`, `NotImplementedError: ${text}`);
    }
  });

  it('SystemExit in a script gives its status and no traceback (a message status is printed)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-exit-'));
    const script = path.join(dir, 'prog.py');
    const session = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined }, { scriptPath: script, cwd: dir, args: ['--n', '4'] });
    const cases: [string, number, string][] = [
      ['import sys\nsys.exit()', 0, ''],
      ['import sys\nsys.exit(int(sys.argv[2]))', 4, ''],
      ["import sys\nsys.exit('bad input')", 1, 'bad input\n'],
      ['raise SystemExit(True)', 1, ''],
    ];
    for (const [src, code, text] of cases) {
      const r = session.runCell(src, script);
      assert.ok(!r.ok);
      if (!r.ok) { assert.equal(r.error.exitCode, code, src); assert.equal(r.error.traceback, text, src); }
    }
  });

  it('SystemExit in a notebook cell ends with IPython\'s note: a bare SystemExit has no colon, a status follows one', () => {
    const session = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined });
    const note = 'An exception has occurred, use %tb to see the full traceback.\n\n';
    for (const [src, line] of [['raise SystemExit', 'SystemExit'], ['import sys\nsys.exit()', 'SystemExit'], ['raise SystemExit(3)', 'SystemExit: 3'], ["raise SystemExit('stop')", 'SystemExit: stop']]) {
      const r = session.runCell(src, '<cell>');
      assert.ok(!r.ok);
      if (!r.ok) assert.equal(r.error.traceback, `${note}${line}\n`, src);
    }
  });
});
