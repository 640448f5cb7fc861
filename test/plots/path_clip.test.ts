// Paths far outside the view are cut to a window around the Axes before rendering: a loss curve
// plotted on axes limited to [-1.5, 1.5] used to run resvg out of memory (RuntimeError: unreachable).
import * as assert from 'assert';
import { figureBytes, preparePlotRendering, PyPlot } from '../../src/plots';
import { clipPolyline, clipRing } from '../../src/plots/render/path-clip';
import { pngToRgba } from './compare';

describe('plots: paths far outside the view', () => {
  before(async () => { await preparePlotRendering(); });

  it('a line thousands of view-widths away renders, and the visible part is drawn', () => {
    const plt = new PyPlot();
    plt.plot([[0, 1], [0, 1]]);
    plt.xlim([[-1.5, 1.5]]); plt.ylim([[-1.5, 1.5]]);
    const x = Array.from({ length: 300 }, (_, i) => i);
    plt.plot([x, x.map((v) => 400 - 1.3 * v), 'k-']);
    plt.plot([[-1, 1], [0.5, 0.5], 'ro']);
    const img = pngToRgba(figureBytes(plt.gcf(), 'f.png').data);
    const at = (px: number, py: number) => Array.from(img.data.slice((py * img.width + px) * 4, (py * img.width + px) * 4 + 3));
    // The red markers at y = 0.5 are drawn (the view is 3 units over ~370 px rows 58..427).
    const row = Math.round(58 + (1.5 - 0.5) / 3 * 369.6);
    let red = 0;
    for (let px = 0; px < img.width; px++) { const [r, g, b] = at(px, row); if (r > 200 && g < 80 && b < 80) red++; }
    assert.ok(red >= 10, `red marker pixels on row ${row}: ${red}`);
  });

  it('clipping keeps runs inside the window and cuts at its edges', () => {
    const w = { x0: 0, y0: 0, x1: 10, y1: 10 };
    assert.deepStrictEqual(clipPolyline(w, [[1, 1], [5, 5], [20, 5], [5, 8]]), [[[1, 1], [5, 5], [10, 5]], [[10, 7], [5, 8]]]);
    assert.deepStrictEqual(clipPolyline(w, [[1, 1], [NaN, 2], [3, 3], [4, 4]]), [[[3, 3], [4, 4]]]);
    assert.deepStrictEqual(clipRing(w, [[-5, 5], [5, 5], [5, 8]]), [[0, 5], [5, 5], [5, 8], [0, 6.5]]);
  });
});
