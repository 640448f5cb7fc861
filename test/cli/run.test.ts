// `npx gradbook run` end to end: a real child process, the bundled CLI and kernel worker.
import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const gradbook = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/gradbook.js'), ...args], { encoding: 'utf8', cwd: root });

describe('gradbook run', () => {
  before(() => { execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' }); });

  it('runs the seed program verbatim (examples/mnist_softmax.py) and prints an accuracy >= 0.88', () => {
    const seed = fs.readFileSync(path.join(root, '../shared/reference/seed.md'), 'utf8');
    const block = /```python\n([\s\S]*?)```/.exec(seed)![1];
    const example = fs.readFileSync(path.join(root, 'examples/mnist_softmax.py'), 'utf8');
    assert.ok(example.includes(block), 'the example holds the seed code block unchanged, Chinese comments included');
    const r = gradbook('run', 'examples/mnist_softmax.py');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /bundled MNIST digits/);
    assert.equal(lines[1], 'start to run session:');
    const acc = Number(lines[lines.length - 1]);
    assert.ok(acc >= 0.88 && acc <= 1, `accuracy ${lines[lines.length - 1]}`);
  });

  it('runs the code cells of a notebook in order and shows rich values as text/plain', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-cli-'));
    const nb = {
      nbformat: 4, nbformat_minor: 5, metadata: {},
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# title'] },
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['import tensorflow as tf\n', 'x = tf.constant([1.0, 2.0])\n', 'print("built")'] },
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['x'] },
      ],
    };
    const file = path.join(dir, 'nb.tfnb');
    fs.writeFileSync(file, JSON.stringify(nb));
    const r = gradbook('run', file);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "built\n<tf.Tensor 'Const:0' shape=(2,) dtype=float32>\n");
  });

  it('prints the traceback to stderr and exits 1 on an uncaught error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-cli-'));
    const file = path.join(dir, 'bad.py');
    fs.writeFileSync(file, 'print("before")\nx = 1 / 0\nprint("after")\n');
    const r = gradbook('run', file);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'before\n');
    assert.match(r.stderr, /Traceback \(most recent call last\):\n  File ".*bad\.py", line 2, in <module>\n    x = 1 \/ 0\nZeroDivisionError: division by zero\n/);
  });
});
