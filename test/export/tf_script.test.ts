// Export as TensorFlow script: every example notebook exports to a script that parses and names
// only tf.compat.v1 APIs (checked by our parser against TF's API goldens, and by CPython's ast
// when python3 is installed); the rewrites a notebook needs; the checker catches what TF lacks.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseNotebook } from '../../src/shared/nbformat';
import type { NotebookModel } from '../../src/shared/nbformat';
import { exportTensorFlowScript, scriptNameFor } from '../../src/export/tf_script';
import { checkExportedScript, chainExists } from '../../src/export/api_check';

const ROOT = path.join(__dirname, '..', '..');
const examples = [
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter(f => /\.(tfnb|ipynb)$/.test(f)).map(f => path.join('examples', f)),
  ...fs.readdirSync(path.join(ROOT, 'test/e2e/workspace')).filter(f => /\.(tfnb|ipynb)$/.test(f) && f !== 'invalid.tfnb').map(f => path.join('test/e2e/workspace', f)),
];
const load = (rel: string) => parseNotebook(fs.readFileSync(path.join(ROOT, rel), 'utf8'), rel.endsWith('.ipynb') ? 'python' : 'tf1-python');
const notebook = (...cells: string[]): NotebookModel => ({ metadata: {}, cells: cells.map(source => ({ kind: 'code', languageId: 'tf1-python', source, outputs: [], metadata: {} })) });

function python3(): string | null {
  const r = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? 'python3' : null;
}

describe('Export as TensorFlow script', () => {
  it('exports every example notebook to a script that parses and uses only tf.compat.v1 names', () => {
    assert.ok(examples.some(e => e.endsWith('mnist_softmax.tfnb')), 'the MNIST example is among them');
    for (const rel of examples) {
      const script = exportTensorFlowScript(load(rel), { notebookName: path.basename(rel), checkpointDir: 'ckpt' });
      const check = checkExportedScript(script);
      assert.ok(check.parsed, `${rel}: ${check.parseError}`);
      assert.deepEqual(check.unknown, [], `${rel} uses names tf.compat.v1 lacks`);
    }
  });

  it('CPython\'s ast agrees (skipped when python3 is not installed)', function () {
    const py = python3();
    if (!py) { console.log('      (python3 not found: the CPython ast check of exported scripts is skipped)'); this.skip(); }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-export-'));
    const files = examples.map(rel => {
      const file = path.join(dir, scriptNameFor(path.basename(rel)));
      fs.writeFileSync(file, exportTensorFlowScript(load(rel), { notebookName: path.basename(rel), checkpointDir: 'ckpt' }));
      return file;
    });
    const r = spawnSync(py!, [path.join(ROOT, 'scripts/check_exported_scripts.py'), path.join(ROOT, 'src/export/tf_compat_v1_api.txt'), ...files], { encoding: 'utf8' });
    const results = r.stdout.trim().split('\n').map(l => JSON.parse(l));
    assert.equal(results.length, files.length, r.stderr);
    for (const res of results) assert.ok(res.ok, JSON.stringify(res));
    assert.equal(r.status, 0);
  });

  it('the MNIST example: tf.compat.v1 with v2 behaviour off, a downloading input_data, the checkpoint restored after init', () => {
    const script = exportTensorFlowScript(load('examples/mnist_softmax.tfnb'), { notebookName: 'mnist_softmax.tfnb', checkpointDir: 'ckpt' });
    const lines = script.split('\n');
    assert.ok(lines.indexOf('import tensorflow.compat.v1 as tf') < lines.indexOf('tf.disable_v2_behavior()'));
    assert.ok(!/^\s*import tensorflow as tf/m.test(script));
    assert.match(script, /^class input_data:/m);
    assert.match(script, /https:\/\/storage\.googleapis\.com\/cvdf-datasets\/mnist\//);
    assert.match(script, /^\s*pass {2}# input_data is defined at the top of this script$/m);
    // The example assigns `init = tf.global_variables_initializer()` and runs `sess.run(init)`.
    const init = lines.findIndex(l => /^\s*\w+\.run\(init\)/.test(l));
    assert.ok(init > 0, 'the initializer run is kept');
    assert.match(lines[init + 1], /^\s*restore_latest_checkpoint\(\w+\)$/);
    assert.match(script, /GRADBOOK_CHECKPOINT_DIR = os\.path\.join\(os\.path\.dirname\(os\.path\.abspath\(__file__\)\), "ckpt"\)/);
  });

  it('tf.contrib calls TF 2 lacks become helpers written in tf.compat.v1 (char_rnn\'s sequence_loss)', () => {
    const script = exportTensorFlowScript(load('examples/char_rnn.tfnb'), { notebookName: 'char_rnn.tfnb' });
    assert.ok(!script.includes('tf.contrib.'), 'no tf.contrib left');
    assert.match(script, /^def sequence_loss\(logits, targets, weights,/m);
    assert.match(script, /[^.]sequence_loss\(/);
  });

  it('magics are left out, IPython imports fall back, a cell\'s last expression is printed', () => {
    const script = exportTensorFlowScript(notebook(
      '%matplotlib inline\nimport tensorflow as tf\nfrom IPython.display import display\n!ls',
      'x = tf.constant(3.0)\nsess = tf.Session()\nsess.run(x *\n         2)  # doubled',
      '%%time\nprint(1)',
      'sess.run(tf.global_variables_initializer())',
    ), { notebookName: 'demo.tfnb', checkpointDir: null });
    assert.match(script, /^pass {2}# IPython magic left out of the script: %matplotlib inline$/m);
    assert.match(script, /^pass {2}# IPython magic left out of the script: !ls$/m);
    assert.match(script, /^try:\n {4}from IPython\.display import display\nexcept ImportError:\n/m);
    assert.match(script, /^_last_value = \(\nsess\.run\(x \*\n {9}2\) {2}# doubled\n\)\nif _last_value is not None:\n {4}print\(_last_value\)$/m);
    assert.match(script, /^# %%time\n# print\(1\)$/m);
    assert.match(script, /def display\(\*objs, \*\*kwargs\):/);
    assert.ok(!script.includes('restore_latest_checkpoint'), 'no checkpoint, no restore');
    const check = checkExportedScript(script);
    assert.ok(check.parsed, check.parseError);
    assert.deepEqual(check.used, ['tf.Session', 'tf.constant', 'tf.disable_v2_behavior', 'tf.global_variables_initializer']);
  });

  it('the checker names APIs tf.compat.v1 lacks, and scripts that do not parse', () => {
    const check = checkExportedScript('import tensorflow.compat.v1 as tf\nnet = tf.contrib.layers.fully_connected(x, 10)\ntf.train.GradientDescentOptimiser(0.5)\ntf.nn.relu(x)\ntf.math.exp(x)\ntf.GraphKeys.TRAINABLE_VARIABLES\n');
    assert.deepEqual(check.unknown, ['tf.contrib.layers.fully_connected', 'tf.train.GradientDescentOptimiser']);
    assert.ok(chainExists('tf.math.reduce_std'), 'members of modules not listed member by member pass');
    assert.ok(chainExists('tf.train.Saver'));
    assert.ok(!chainExists('tf.summary.FileWriterz'));
    const bad = checkExportedScript('def f(:\n  pass\n');
    assert.equal(bad.parsed, false);
  });
});
