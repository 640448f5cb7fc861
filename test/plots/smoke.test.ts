import * as assert from 'assert';
import pixelmatch from 'pixelmatch';
import { PyPlot, preparePlotRendering, figureOutput } from '../../src/plots';
describe('smoke', () => {
  it('renders', async () => {
    await preparePlotRendering();
    const plt = new PyPlot();
    plt.plot([[1, 2, 3]]);
    const out = figureOutput(plt.gcf());
    assert.ok(out['image/png'].length > 100);
    assert.strictEqual(typeof pixelmatch, 'function');
  });
});
