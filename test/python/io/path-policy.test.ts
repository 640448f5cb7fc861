// Cells may use files only under the session's roots: other paths, symlinks and `..` that lead
// outside raise PermissionError naming the rule.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PythonSession } from '../../../src/python/index';

function sessionIn(root: string) {
  const out: string[] = [];
  const session = new PythonSession({ stdout: t => out.push(t), stderr: () => {}, display: () => {} }, { cwd: root, roots: [root] });
  return { out, run: (src: string) => session.runCell(src, '<cell>') };
}

describe('file access policy', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-root-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-outside-')));
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
  });
  afterEach(() => { fs.rmSync(root, { recursive: true }); fs.rmSync(outside, { recursive: true }); });

  it('refuses a path outside the roots with PermissionError naming the rule', () => {
    const s = sessionIn(root);
    const target = path.join(outside, 'secret.txt');
    const r = s.run(`open(${JSON.stringify(target)})`);
    assert.ok(!r.ok);
    assert.equal(r.error.ename, 'PermissionError');
    assert.equal(r.error.evalue, `[Errno 13] Permission denied (Gradbook lets cells use files only under: ${root}): '${target}'`);
  });

  it('refuses `..` and symlinks that escape a root, allows links that stay inside', () => {
    fs.symlinkSync(outside, path.join(root, 'link'));
    fs.mkdirSync(path.join(root, 'inner'));
    fs.writeFileSync(path.join(root, 'inner', 'ok.txt'), 'fine');
    fs.symlinkSync(path.join(root, 'inner'), path.join(root, 'inside-link'));
    const s = sessionIn(root);
    for (const p of ['link/secret.txt', `../${path.basename(outside)}/secret.txt`, 'link/new.txt']) {
      const r = s.run(`open(${JSON.stringify(p)}, 'a')`);
      assert.ok(!r.ok, p);
      assert.equal(r.error.ename, 'PermissionError', p);
    }
    assert.ok(!fs.existsSync(path.join(outside, 'new.txt')));
    const ok = s.run("print(open('inside-link/ok.txt').read(), open('inner/../inner/ok.txt').read())");
    assert.ok(ok.ok);
    assert.equal(s.out.join(''), 'fine fine\n');
  });

  it('relative paths resolve against cwd; os.path.exists is False outside the roots', () => {
    const s = sessionIn(root);
    const r = s.run(`with open('w.txt', 'w') as f:\n    print('hi', file=f)\nimport os\nprint(os.path.exists('w.txt'), os.path.exists(${JSON.stringify(path.join(outside, 'secret.txt'))}), os.getcwd() == ${JSON.stringify(root)})`);
    assert.ok(r.ok, r.ok ? '' : r.error.traceback);
    assert.equal(s.out.join(''), 'True False True\n');
    assert.equal(fs.readFileSync(path.join(root, 'w.txt'), 'utf8'), 'hi\n');
  });

  it('flushes a file a cell leaves open when the cell ends', () => {
    const s = sessionIn(root);
    assert.ok(s.run("f = open('log.txt', 'w')\nf.write('step 1\\n')").ok);
    assert.equal(fs.readFileSync(path.join(root, 'log.txt'), 'utf8'), 'step 1\n');
  });

  it("open(p, 'w').write(s) with the file object dropped: a later open of p in the same cell reads s, as in CPython", () => {
    const s = sessionIn(root);
    assert.ok(s.run("open('vocab.txt', 'w').write('a\\nb\\n')\nprint(open('vocab.txt').read().split())\nopen('vocab.txt', 'a').write('c')\nprint(len(open('vocab.txt').readlines()))").ok);
    assert.equal(s.out.join(''), "['a', 'b']\n3\n");
  });
});
