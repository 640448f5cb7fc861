// examples/estimator_mnist.py run as `gradbook run` would (script, sys.argv from the command line),
// shortened with its own flag to --steps=300 (the full 2000 reach 0.939 on the bundled digits): the
// Estimator must train, checkpoint into --model_dir, evaluate, predict, and classify >= 90% of
// the 4,500 test digits; a second run with the same --model_dir continues from the checkpoint.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runScript } from './estimator_helpers';

describe('examples/estimator_mnist.py (custom Estimator on MNIST)', function () {
  this.timeout(10 * 60_000);
  const file = path.join(__dirname, '..', '..', '..', 'examples', 'estimator_mnist.py');
  const source = fs.readFileSync(file, 'utf8').split('\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-est-mnist-'));

  it('reaches >= 0.90 test accuracy after --steps=300, logging loss and step as TF does', () => {
    const r = runScript(source, ['--steps=300', `--model_dir=${dir}`], file);
    const res = r.results[0];
    assert.ok(!res.ok && res.error.ename === 'SystemExit' && res.error.exitCode === 0, r.stderr);
    const losses = [...r.stderr.matchAll(/^INFO:tensorflow:loss = ([\d.e-]+), step = (\d+)/gm)].map(m => [Number(m[1]), Number(m[2])]);
    assert.deepEqual(losses.map(l => l[1]), [1, 1 + 500].filter(s => s <= 300));
    assert.ok(losses[0][0] > 2 && losses[0][0] < 2.6, `initial loss ${losses[0][0]} near ln 10`);
    assert.match(r.stdout, /^Evaluation: loss 0\.\d+ after 300 steps$/m);
    const acc = Number(/^Test accuracy: ([\d.]+)$/m.exec(r.stdout)![1]);
    assert.ok(acc >= 0.9, `test accuracy ${acc}`);
    assert.ok(fs.existsSync(path.join(dir, 'model.ckpt-300.index')));
  });

  it('a second run with the same --model_dir resumes from step 300', () => {
    const r = runScript(source, ['--steps=50', `--model_dir=${dir}`], file);
    assert.match(r.stderr, new RegExp(`Restoring parameters from ${dir}/model\\.ckpt-300\\n`));
    assert.match(r.stdout, /^Evaluation: loss 0\.\d+ after 350 steps$/m);
  });
});
