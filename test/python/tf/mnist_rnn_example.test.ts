// examples/mnist_rnn.py shortened to 250 training steps (the full 1200 reach 0.949 on the
// bundled test digits): an LSTM over MNIST rows through tf.nn.dynamic_rnn must still classify
// at least 90% of the 4,500 test digits, and its loss must fall.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

describe('examples/mnist_rnn.py (MNIST rows through an LSTM)', function () {
  this.timeout(15 * 60_000);
  it('reaches >= 0.90 test accuracy after 250 steps', () => {
    const file = path.join(__dirname, '..', '..', '..', 'examples', 'mnist_rnn.py');
    const source = fs.readFileSync(file, 'utf8');
    assert.match(source, /^STEPS = 1200 /m);
    clearDefaultGraphState();
    let out = '';
    const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
    const r = s.runCell(source.replace(/^STEPS = 1200 /m, 'STEPS = 250 '), 'examples/mnist_rnn.py');
    if (!r.ok) throw new Error(r.error.traceback);
    const losses = [...out.matchAll(/^Step \d+, minibatch loss ([\d.]+)/gm)].map(m => Number(m[1]));
    assert.ok(losses.length >= 3 && losses[losses.length - 1] < losses[0] / 3, out);
    const acc = Number(/^Test accuracy: ([\d.]+)$/m.exec(out)![1]);
    assert.ok(acc >= 0.9, `test accuracy ${acc}`);
  });
});
