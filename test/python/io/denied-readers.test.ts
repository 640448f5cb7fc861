// Readers other than open() follow the same policy: a file outside the session's roots is a
// permission error (PermissionError for NumPy's readers, TF's PermissionDeniedError for file
// kernels and gfile), never a "not found" that sends the user looking for a file that exists
// (`np.loadtxt('../../data/x.csv')` from a program's folder). A missing file inside stays not found.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python/index';

describe('readers of a file outside the roots', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-root-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-outside-')));
    fs.writeFileSync(path.join(outside, 'data.csv'), '1,2\n3,4\n');
  });
  afterEach(() => { fs.rmSync(root, { recursive: true }); fs.rmSync(outside, { recursive: true }); });

  it('raise permission errors outside and not-found errors for missing files inside', () => {
    const out: string[] = [];
    const session = new PythonSession({ stdout: t => out.push(t), stderr: () => {}, display: () => {} }, { cwd: root, roots: [root] });
    const far = `../${path.basename(outside)}/data.csv`;
    const r = session.runCell([
      'import numpy as np, tensorflow as tf',
      'def attempt(f):',
      '    try:',
      '        f()',
      '    except tf.errors.OpError as e:',
      "        print(type(e).__name__, e.message.split('\\n')[0])",
      '    except OSError as e:',
      "        print(type(e).__name__, e.errno if e.errno else '', str(e).split(' (')[0])",
      'sess = tf.Session()',
      `for p in [${JSON.stringify(far)}, 'missing.csv']:`,
      "    attempt(lambda: np.loadtxt(p, delimiter=','))",
      '    attempt(lambda: np.load(p))',
      '    attempt(lambda: sess.run(tf.read_file(p)))',
      '    attempt(lambda: sess.run(tf.data.TextLineDataset(p).make_one_shot_iterator().get_next()))',
      '    attempt(lambda: tf.gfile.GFile(p).read())',
    ].join('\n') + '\n', '<cell>');
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.deepEqual(out.join('').trimEnd().split('\n'), [
      'PermissionError 13 [Errno 13] Permission denied',
      'PermissionError 13 [Errno 13] Permission denied',
      `PermissionDeniedError ${far}; Permission denied`,
      `PermissionDeniedError ${far}; Permission denied`,
      `PermissionDeniedError ${far}; Permission denied`,
      'FileNotFoundError  missing.csv not found.',
      "FileNotFoundError 2 [Errno 2] No such file or directory: 'missing.csv'",
      'NotFoundError missing.csv; No such file or directory',
      'NotFoundError missing.csv; No such file or directory',
      'NotFoundError missing.csv; No such file or directory',
    ]);
  });
});
