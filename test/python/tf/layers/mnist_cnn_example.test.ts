// examples/mnist_layers_cnn.py shortened to 300 training steps (the full 800 reach 0.973 on the
// bundled test digits): a tf.layers CNN (conv2d, max_pooling2d, flatten, dense, dropout with a
// training placeholder) must classify at least 95% of the 4,500 bundled test digits, its loss
// must fall, and its variables carry TF's layer names.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { py } from './helpers';

describe('examples/mnist_layers_cnn.py (a tf.layers CNN on MNIST)', function () {
  this.timeout(15 * 60_000);
  it('reaches >= 0.95 test accuracy after 300 steps', () => {
    const file = path.join(__dirname, '..', '..', '..', '..', 'examples', 'mnist_layers_cnn.py');
    const source = fs.readFileSync(file, 'utf8');
    assert.match(source, /^STEPS = 800 /m);
    const out = py(source.replace(/^STEPS = 800 /m, 'STEPS = 300 '));
    assert.match(out, /conv2d_1\/kernel:0 +\(5, 5, 16, 32\)/);
    assert.match(out, /dense\/kernel:0 +\(1568, 128\)/);
    const losses = [...out.matchAll(/^Step \d+, minibatch loss ([\d.]+)/gm)].map(m => Number(m[1]));
    assert.ok(losses.length >= 3 && losses[losses.length - 1] < losses[0] / 4, out);
    const acc = Number(/^Test accuracy: ([\d.]+)$/m.exec(out)![1]);
    assert.ok(acc >= 0.95, `test accuracy ${acc}`);
  });
});
