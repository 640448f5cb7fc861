// `npx gradbook run` end to end: a real child process, the bundled CLI and kernel worker.
import { strict as assert } from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseNotebook } from '../../src/shared/nbformat';

const root = path.resolve(__dirname, '../..');
let built = false;
/** dist/ is built once per test run, before the first test that runs the CLI. */
function ensureBuilt(): void {
  if (!built) execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' });
  built = true;
}
const gradbook = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'bin/gradbook.js'), ...args], { encoding: 'utf8', cwd: root });

describe('gradbook run', () => {
  before(ensureBuilt);

  it('runs the seed program verbatim (examples/mnist_softmax.py) and prints an accuracy >= 0.88', () => {
    const block = fs.readFileSync(path.join(__dirname, 'fixtures/seed_program.py'), 'utf8');
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

  it('does not echo the last expression of a .py file (as python3 runs a script), while a notebook cell does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-cli-'));
    const source = 'x = 3\nprint("x is", x)\nx + 1\n';
    const py = path.join(dir, 'script.py');
    fs.writeFileSync(py, source);
    const r = gradbook('run', py);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'x is 3\n');
    // The last expression still runs (its side effects happen); its value is neither shown nor
    // repr'd, so a raising __repr__ does not fail the script.
    const effects = path.join(dir, 'effects.py');
    fs.writeFileSync(effects, 'class A:\n    def __repr__(self):\n        raise ValueError("no repr")\n    def __init__(self):\n        print("made")\nA()\n');
    const e = gradbook('run', effects);
    assert.equal(e.status, 0, e.stderr);
    assert.equal(e.stdout, 'made\n');
    const nb = path.join(dir, 'echo.ipynb');
    fs.writeFileSync(nb, JSON.stringify({
      nbformat: 4, nbformat_minor: 5, metadata: {},
      cells: [{ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: source.split(/(?<=\n)/) }],
    }));
    const n = gradbook('run', nb);
    assert.equal(n.status, 0, n.stderr);
    assert.equal(n.stdout, 'x is 3\n4\n');
  });
});

describe('gradbook run: program arguments, exit status, --output', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-cli-'));
  const write = (name: string, text: string) => { const f = path.join(dir, name); fs.writeFileSync(f, text); return f; };
  const prog = () => write('train.py', [
    'import argparse, sys',
    'parser = argparse.ArgumentParser()',
    "parser.add_argument('--lr', type=float, default=0.01, help='learning rate')",
    "parser.add_argument('--steps', type=int, default=100)",
    'FLAGS, unparsed = parser.parse_known_args()',
    "print('lr', FLAGS.lr, 'steps', FLAGS.steps, 'unparsed', unparsed)",
    "print(open('rates.csv').read().strip())",
    'sys.exit(0 if FLAGS.steps else 3)',
  ].join('\n'));

  it('passes the arguments after -- to sys.argv (argparse reads them) and runs in the file\'s folder', () => {
    write('rates.csv', 'lr,0.1');
    const r = gradbook('run', prog(), '--', '--lr', '0.1', '--extra');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "lr 0.1 steps 100 unparsed ['--extra']\nlr,0.1\n");
  });

  it('exits with the status of sys.exit, and with 2 after an argparse usage error', () => {
    write('rates.csv', 'x');
    assert.equal(gradbook('run', prog(), '--', '--steps', '0').status, 3);
    const bad = gradbook('run', prog(), '--', '--steps', 'many');
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, "usage: train.py [-h] [--lr LR] [--steps STEPS]\ntrain.py: error: argument --steps: invalid int value: 'many'\n");
    const help = gradbook('run', prog(), '--', '-h');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: train\.py \[-h\] \[--lr LR\] \[--steps STEPS\]\n\noptions:\n  -h, --help     show this help message and exit\n  --lr LR        learning rate\n/);
  });

  it('--output writes the executed notebook: streams, results, rich data, errors, execution counts, nbformat 4.5', () => {
    const nb = write('nb.ipynb', JSON.stringify({
      nbformat: 4, nbformat_minor: 4, metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Title'] },
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ["print('a')\n", "import sys; print('warn', file=sys.stderr)\n", "print('b')\n", '6 * 7'] },
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['import numpy as np\n', 'np.arange(3)'] },
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ['1 / 0'] },
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ["print('never')"] },
      ],
    }));
    const out = path.join(dir, 'executed.ipynb');
    const r = gradbook('run', nb, '--output', out);
    assert.equal(r.status, 1);
    const text = fs.readFileSync(out, 'utf8');
    assert.ok(text.startsWith('{\n "cells": [\n  {\n') && text.endsWith('}\n'), 'one-space indent, sorted keys, final newline');
    const doc = JSON.parse(text);
    assert.equal(doc.nbformat, 4);
    assert.equal(doc.nbformat_minor, 5);
    assert.deepEqual(doc.metadata.kernelspec.name, 'python3');
    const [md, c1, c2, c3, c4] = doc.cells;
    assert.ok(typeof md.id === 'string' && md.cell_type === 'markdown');
    assert.equal(c1.execution_count, 1);
    assert.deepEqual(c1.outputs, [
      { name: 'stdout', output_type: 'stream', text: ['a\n'] },
      { name: 'stderr', output_type: 'stream', text: ['warn\n'] },
      { name: 'stdout', output_type: 'stream', text: ['b\n'] },
      { data: { 'text/plain': ['42'] }, execution_count: 1, metadata: {}, output_type: 'execute_result' },
    ]);
    assert.equal(c2.outputs[0].data['text/plain'][0], 'array([0, 1, 2])');
    assert.ok('application/vnd.gradbook.tensor+json' in c2.outputs[0].data, 'every mime type of the bundle is kept');
    assert.equal(c3.execution_count, 3);
    assert.equal(c3.outputs[0].output_type, 'error');
    assert.equal(c3.outputs[0].ename, 'ZeroDivisionError');
    assert.equal(c3.outputs[0].traceback.at(-1), 'ZeroDivisionError: division by zero');
    assert.equal(c4.execution_count, null, 'cells after the failing one are not run, as nbconvert stops');
    assert.deepEqual(c4.outputs, []);
  });

  it('--output of a .py file writes a one-cell notebook with its outputs', () => {
    const py = write('hello.py', "print('hello')\nimport sys\nsys.exit(0)\n");
    const out = path.join(dir, 'hello.ipynb');
    const r = gradbook('run', py, '--output', out);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(doc.cells.length, 1);
    assert.deepEqual(doc.cells[0].source, ["print('hello')\n", 'import sys\n', 'sys.exit(0)']);
    assert.deepEqual(doc.cells[0].outputs[0], { name: 'stdout', output_type: 'stream', text: ['hello\n'] });
  });

  it('--output saves the figures a notebook draws (%matplotlib inline, plt.show and a figure left open) as image/png outputs', () => {
    const nb = write('plots.ipynb', JSON.stringify({
      nbformat: 4, nbformat_minor: 5, metadata: {},
      cells: [
        { cell_type: 'code', id: 'p1', metadata: {}, execution_count: null, outputs: [], source: ['%matplotlib inline\n', 'import matplotlib.pyplot as plt\n', 'plt.plot([3, 1, 2])\n', "plt.title('loss')\n", 'plt.show()'] },
        { cell_type: 'code', id: 'p2', metadata: {}, execution_count: null, outputs: [], source: ['fig, axes = plt.subplots(2, 5, figsize=(10, 4))\n', 'for i, ax in enumerate(axes.flat):\n', '    ax.imshow([[i, 0], [0, 9 - i]], cmap="seismic")\n', "    ax.axis('off')"] },
      ],
    }));
    const out = path.join(dir, 'plots-executed.ipynb');
    const r = gradbook('run', nb, '--output', out);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    for (const [i, size] of [[0, [640, 480]], [1, [1000, 400]]] as const) {
      const figures = doc.cells[i].outputs.filter((o: { data?: Record<string, unknown> }) => o.data?.['image/png']);
      assert.equal(figures.length, 1, `cell ${i}: one figure`);
      const png = Buffer.from(figures[0].data['image/png'], 'base64');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], size, 'figsize x dpi 100');
      assert.match(figures[0].data['text/plain'].join(''), /^<Figure size \d+x\d+ with \d+ Axes>$/);
    }
  });

  it('--output saves one summaries output per cell that wrote summaries: the charts\' data, a PNG and text, and it reads back', () => {
    const py = write('summaries.py', [
      'import tensorflow as tf',
      'w = tf.Variable(3.0)',
      'loss = tf.square(w)',
      'train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)',
      'tf.summary.scalar("loss", loss)',
      'merged = tf.summary.merge_all()',
      'sess = tf.Session()',
      'sess.run(tf.global_variables_initializer())',
      'writer = tf.summary.FileWriter("logs/cli")',
      'for step in range(20):',
      '    s, _ = sess.run([merged, train])',
      '    writer.add_summary(s, step)',
      'writer.close()',
      "print('trained')",
    ].join('\n'));
    const out = path.join(dir, 'summaries.ipynb');
    const r = gradbook('run', py, '--output', out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'trained\n', 'the terminal shows what the program prints, not the charts');
    const doc = JSON.parse(fs.readFileSync(out, 'utf8'));
    const outputs = doc.cells[0].outputs as { output_type: string; data?: Record<string, unknown> }[];
    const charts = outputs.filter((o) => o.data && 'application/vnd.gradbook.summaries+json' in o.data);
    assert.equal(charts.length, 1, 'replaced in place, never appended per update');
    const data = charts[0].data!;
    const payload = data['application/vnd.gradbook.summaries+json'] as { scalars: { tag: string; steps: number[]; values: number[] }[] };
    assert.deepEqual(payload.scalars.map((s) => [s.tag, s.steps.length]), [['loss', 20]]);
    // w ← w - 0.1 * 2w each step: loss at step k is (3 * 0.8^k)^2, as float32.
    payload.scalars[0].values.forEach((v, k) => assert.ok(Math.abs(v - (3 * 0.8 ** k) ** 2) < 1e-4 * Math.max(1, v), `step ${k}: ${v}`));
    assert.equal(Buffer.from(data['image/png'] as string, 'base64').subarray(1, 4).toString(), 'PNG');
    assert.match((data['text/plain'] as string[]).join(''), /loss: 20 steps, 9 at step 0 → .* at step 19/);
    // Reopened (as the editor's serializer reads it), the output gives the renderer the same payload.
    const reopened = parseNotebook(fs.readFileSync(out, 'utf8'), 'python').cells[0].outputs
      .flatMap((o) => o.items).find((i) => i.mime === 'application/vnd.gradbook.summaries+json')!;
    assert.deepEqual(JSON.parse(new TextDecoder().decode(reopened.data)), payload);
  });
});

describe('gradbook run: Ctrl-C, raw cells, memory', function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-cli-'));
  const write = (name: string, text: string) => { const f = path.join(dir, name); fs.writeFileSync(f, text); return f; };

  /** `gradbook run` as a terminal starts it: its own process group, output collected as it comes. */
  function start(...args: string[]) {
    const child = spawn(process.execPath, [path.join(root, 'bin/gradbook.js'), ...args], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    child.stdout!.on('data', (d) => { out.stdout += d; });
    child.stderr!.on('data', (d) => { out.stderr += d; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, out, exited };
  }

  async function until(condition: () => boolean) {
    const end = Date.now() + 60_000;
    while (!condition()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const loop = () => write('loop.py', "x = 0\nprint('started', flush=True)\nwhile True:\n    x += 1\n");
  const keyboardInterrupt = /^Traceback \(most recent call last\):\n {2}File ".*loop\.py", line [34], in <module>\n {4}.*\nKeyboardInterrupt\n$/;

  it('Ctrl-C (SIGINT to the command) prints the KeyboardInterrupt traceback and exits 130', async () => {
    const run = start('run', loop());
    await until(() => run.out.stdout.includes('started'));
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 130);
    assert.equal(run.out.stdout, 'started\n');
    assert.match(run.out.stderr, keyboardInterrupt);
  });

  it("Ctrl-C in a terminal (SIGINT to the whole process group, kernel included) does the same", async () => {
    const run = start('run', loop());
    await until(() => run.out.stdout.includes('started'));
    process.kill(-run.child.pid!, 'SIGINT');
    assert.equal(await run.exited, 130);
    assert.match(run.out.stderr, keyboardInterrupt);
  });

  it('a program that catches KeyboardInterrupt goes on and exits 0', async () => {
    const file = write('caught.py', "print('started', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\nprint('done')\n");
    const run = start('run', file);
    await until(() => run.out.stdout.includes('started'));
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 0, run.out.stderr);
    assert.equal(run.out.stdout, 'started\ncaught\ndone\n');
  });

  it('ends quietly with status 141 when the reader of its output goes away (gradbook run x.py | head -1)', async () => {
    const file = write('many.py', "i = 0\nwhile True:\n    print(i)\n    i += 1\n");
    const run = start('run', file);
    await until(() => run.out.stdout.length > 0);
    run.child.stdout!.destroy();
    assert.equal(await run.exited, 141, run.out.stderr);
    assert.doesNotMatch(run.out.stderr, /EPIPE|Error/);
  });

  it('skips raw cells, as nbconvert does', () => {
    const nb = {
      nbformat: 4, nbformat_minor: 5, metadata: {},
      cells: [
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ["print('one')"] },
        { cell_type: 'raw', metadata: {}, source: ['this is not Python at all = ('] },
        { cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: ["print('two')\n", 'undefined_name'] },
      ],
    };
    const r = gradbook('run', write('raw.ipynb', JSON.stringify(nb)));
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'one\ntwo\n');
    assert.match(r.stderr, /File "<cell 2>", line 2, in <module>\n {4}undefined_name\nNameError: name 'undefined_name' is not defined\n$/, 'the raw cell is not numbered either');
  });

  it('--memory-limit bounds the kernel; a cell beyond it ends the kernel, not the command, with a clear message', () => {
    const file = write('big.py', "print('before')\nl = []\nwhile True:\n    l.append(0)\n");
    const r = gradbook('run', '--memory-limit', '256', file);
    assert.equal(r.stdout, 'before\n');
    assert.equal(r.status, 1);
    // MemoryError once the interpreter checks the budget itself; until then the kernel process ends.
    assert.match(r.stderr, /^(Traceback[\s\S]*\nMemoryError(: .*)?|The kernel crashed \(out of memory\??\); all variables and graph state were lost\. Its memory limit is 256 MB \(gradbook run --memory-limit MB\)\.)\n$/);
  });

  it('a cell that fills the kernel\'s heap ends the kernel thread, not the command: the crash is printed and the exit status is 1', () => {
    // A dict of small lists grows V8's heap past --memory-limit before the interpreter's own budget check.
    const file = write('heap.py', "print('before')\nd = {}\ni = 0\nwhile True:\n    d[i] = [i]\n    i += 1\n");
    const r = gradbook('run', '--memory-limit', '256', file);
    assert.equal(r.stdout, 'before\n');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^(Traceback[\s\S]*\nMemoryError(: .*)?|The kernel crashed \(out of memory\); all variables and graph state were lost\. Its memory limit is 256 MB \(gradbook run --memory-limit MB\)\.)\n$/);
  });

  it('GRADBOOK_KERNEL_HOST=process runs the kernel in a child process, as the editor does, with the same output', () => {
    const file = write('host.py', "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(4)\n");
    const viaProcess = spawnSync(process.execPath, [path.join(root, 'bin/gradbook.js'), 'run', file], { encoding: 'utf8', cwd: root, env: { ...process.env, GRADBOOK_KERNEL_HOST: 'process' } });
    const viaThread = gradbook('run', file);
    for (const r of [viaProcess, viaThread]) {
      assert.equal(r.status, 4, r.stderr);
      assert.equal(r.stdout, 'out\n');
      assert.equal(r.stderr, 'err\n');
    }
  });

  it('refuses a bad --memory-limit and unknown arguments with the usage', () => {
    for (const args of [['run', '--memory-limit', 'lots', 'x.py'], ['run', 'x.py', 'y.py'], ['run'], ['build', 'x.py']]) {
      const r = gradbook(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /usage: gradbook run \[--memory-limit MB\] \[--output OUT\.ipynb\] FILE \[-- ARGS\.\.\.\]/);
    }
  });
});
