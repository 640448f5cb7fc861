// The 'rainbow' colormap: matplotlib defines it (_cm.py, _rainbow_data) by gnuplot's palette
// functions 33, 13 and 10 — red |2x - 0.5|, green sin(πx), blue cos(πx/2) — sampled at 256 points.
import * as assert from 'assert';
import { getColormap } from '../../src/plots';

describe("plots: the 'rainbow' colormap", () => {
  it('is purple-blue at 0, green at the middle, red at 1, and reversible', () => {
    const cmap = getColormap('rainbow');
    const at = (x: number) => cmap.call(x).map(v => Math.round(v * 1000) / 1000);
    assert.deepEqual(at(0), [0.5, 0, 1, 1]);
    assert.deepEqual(at(1), [1, 0, 0, 1]);
    // cmap(0.5) is entry int(0.5 * 256) = 128 of 256, at x = 128 / 255.
    const x = 128 / 255;
    assert.deepEqual(at(0.5), [Math.abs(2 * x - 0.5), Math.sin(Math.PI * x), Math.cos(Math.PI * x / 2), 1].map(v => Math.round(v * 1000) / 1000));
    assert.deepEqual(getColormap('rainbow_r').call(0).map(v => Math.round(v * 1000) / 1000), [1, 0, 0, 1]);
  });
});
