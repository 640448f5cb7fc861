// A pyplot script run through the interpreter draws the same picture as the same figure built
// directly on src/plots' TypeScript API (whose pictures test/plots/visual.test.ts compares with
// real matplotlib): the binding adds nothing and loses nothing on the way.
import { strict as assert } from 'assert';
import { decode } from 'fast-png';
import { figureOutput, PyPlot, type Axes } from '../../../src/plots';
import { NotebookSession, plotsReady } from './helpers';

const SCRIPT = `import matplotlib.pyplot as plt
import numpy as np
fig, (a, b) = plt.subplots(1, 2, figsize=(8, 3.5))
steps = np.arange(50)
a.plot(steps, np.exp(-steps / 10.0), 'b-', label='loss', linewidth=2)
a.plot([0, 49], [0.5, 0.5], 'k--')
a.set_title('Training loss')
a.set_xlabel('step')
a.set_ylabel('cross-entropy')
a.legend(loc='upper right')
a.grid(True)
a.set_xlim(0, 49)
w = (np.arange(28 * 28) / (28 * 28 - 1) * 2 - 1).reshape(28, 28)
im = b.imshow(w, cmap='seismic', vmin=-1, vmax=1, interpolation='nearest')
b.axis('off')
b.set_title('weights')
fig.colorbar(im, ax=b)
fig.suptitle('MNIST')
plt.show()`;

/** The same calls on the TypeScript API (docs/PLOTS.md's binding map). */
function sameFigureInTypeScript() {
  const plt = new PyPlot();
  const [fig, axes] = plt.subplots(1, 2, { figsize: [8, 3.5] });
  const [a, b] = axes as Axes[];
  const steps = Array.from({ length: 50 }, (_, i) => i);
  a.plot([steps, steps.map((s) => Math.exp(-s / 10)), 'b-'], { label: 'loss', linewidth: 2 });
  a.plot([[0, 49], [0.5, 0.5], 'k--']);
  a.set_title('Training loss');
  a.set_xlabel('step');
  a.set_ylabel('cross-entropy');
  a.legend([], { loc: 'upper right' });
  a.grid(true);
  a.set_xlim(0, 49);
  const w = Array.from({ length: 28 * 28 }, (_, i) => (i / (28 * 28 - 1)) * 2 - 1);
  const im = b.imshow({ shape: [28, 28], data: w }, { cmap: 'seismic', vmin: -1, vmax: 1, interpolation: 'nearest' });
  b.axis('off');
  b.set_title('weights');
  fig.colorbar(im, { ax: b });
  fig.suptitle('MNIST');
  return fig;
}

describe('a pyplot script through the interpreter', function () {
  this.timeout(60_000);
  before(plotsReady);

  it('shows the same PNG, pixel for pixel, as the same figure built on the TypeScript API', () => {
    const nb = new NotebookSession();
    nb.run(SCRIPT);
    assert.equal(nb.shown.length, 1);
    const fromPython = nb.bundle(nb.shown[0].value);
    const fromTypeScript = figureOutput(sameFigureInTypeScript());
    assert.equal(fromPython['text/plain'], '<Figure size 800x350 with 3 Axes>');
    const p = decode(Buffer.from(fromPython['image/png'] as string, 'base64'));
    const t = decode(Buffer.from(fromTypeScript['image/png'], 'base64'));
    assert.deepEqual([p.width, p.height], [800, 350]);
    assert.deepEqual([t.width, t.height], [800, 350]);
    let differing = 0;
    for (let i = 0; i < p.data.length; i++) if (p.data[i] !== t.data[i]) differing++;
    assert.equal(differing, 0, 'no channel of any pixel differs');
    // The picture is not blank: the seismic image puts saturated blue and red pixels in it.
    let blue = 0, red = 0;
    for (let i = 0; i < p.data.length; i += p.channels) {
      if (p.data[i + 2] > 200 && p.data[i] < 60) blue++;
      if (p.data[i] > 200 && p.data[i + 2] < 60) red++;
    }
    assert.ok(blue > 500 && red > 500, `blue ${blue}, red ${red}`);
  });
});
