// contour/contourf against what real matplotlib 3.6 computed for the same grids (fixtures/facts.json,
// made by generate-facts.py): the automatic and given levels, each layer's color, the view limits,
// and the isoline vertices; plus the errors and refusals.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ContourSet, PyPlot } from '../../src/plots';

const facts = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'facts.json'), 'utf8'));

const linspace = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
const xs = linspace(-3, 3, 31), ys = linspace(-2, 2, 21);
const X = ys.map(() => xs), Y = ys.map((y) => xs.map(() => y));
const Z: Record<string, number[][]> = {
  bumps: ys.map((y) => xs.map((x) => Math.exp(-(x ** 2) - y ** 2) - 0.5 * Math.exp(-((x - 1) ** 2) - (y - 0.5) ** 2))),
  sign: ys.map((y) => xs.map((x) => Math.sign(x * 0.7 - y + 0.3))),
  bowl: ys.map((y) => xs.map((x) => 1000 + 50 * (x ** 2 + 3 * y ** 2))),
};
const close = (a: number[], b: number[], tol: number, what: string) => {
  assert.strictEqual(a.length, b.length, `${what}: ${a.length} values, matplotlib ${b.length}`);
  a.forEach((v, i) => assert.ok(Math.abs(v - b[i]) <= tol * Math.max(1, Math.abs(b[i])), `${what}[${i}] = ${v}, matplotlib ${b[i]}`));
};

describe('plots: contour and contourf match matplotlib', () => {
  for (const f of facts.contour as { z: string; filled: boolean; kw: Record<string, unknown>; levels: number[]; colors: number[][]; xlim: number[]; ylim: number[] }[]) {
    it(`${f.filled ? 'contourf' : 'contour'}(${f.z}, ${JSON.stringify(f.kw)}): levels, layer colors, view`, () => {
      const plt = new PyPlot();
      const ax = plt.gca();
      const cs = (f.filled ? ax.contourf : ax.contour).call(ax, [X, Y, Z[f.z]], f.kw);
      assert.deepStrictEqual(cs.levels, f.levels, 'levels (bit for bit)');
      assert.strictEqual(cs.layers.length, f.colors.length);
      cs.layers.forEach((l, i) => close([...l.color], f.colors[i], 2e-3, `layer ${i} color`));
      close(ax.get_xlim(), f.xlim, 1e-12, 'xlim');
      close(ax.get_ylim(), f.ylim, 1e-12, 'ylim');
    });
  }

  it('isolines of a plane: the vertices matplotlib\'s allsegs has', () => {
    const f = facts.contour_segments as { z: number[][]; levels: number[]; allsegs: number[][][][] };
    const cs = new PyPlot().gca().contour([f.z], { levels: f.levels });
    cs.layers.forEach((layer, k) => {
      assert.strictEqual(layer.paths.length, f.allsegs[k].length);
      // One polyline per level; our chains may run in the other direction.
      const got = layer.paths[0].map(([x, y]) => [x, y]);
      const want = f.allsegs[k][0];
      const ours = got[0][0] === want[0][0] && got[0][1] === want[0][1] ? got : got.reverse();
      close(ours.flat(), want.flat(), 1e-12, `level ${f.levels[k]} vertices`);
    });
  });

  it('filled bands cover each cell once: band areas add up to the grid area', () => {
    const cs = new PyPlot().gca().contourf([X, Y, Z.bumps], { levels: 9 });
    const area = (p: number[][]) => Math.abs(p.reduce((s, [x0, y0], i) => { const [x1, y1] = p[(i + 1) % p.length]; return s + x0 * y1 - x1 * y0; }, 0)) / 2;
    const total = cs.layers.reduce((s, l) => s + l.paths.reduce((t, p) => t + area(p), 0), 0);
    assert.ok(Math.abs(total - 6 * 4) < 1e-9, `bands cover ${total}, the grid 24`);
  });

  it('errors and refusals are matplotlib\'s (or NotImplementedError)', () => {
    const ax = new PyPlot().gca();
    const err = (fn: () => unknown, type: string, re: RegExp) => assert.throws(fn, (e: Error & { pyType?: string }) => e.pyType === type && re.test(e.message));
    err(() => ax.contour([[1, 2, 3]]), 'TypeError', /Input z must be 2D, not 1D/);
    err(() => ax.contour([[[1, 2]]]), 'TypeError', /at least a \(2, 2\) shaped array/);
    err(() => ax.contourf([[[1, 2], [3, 4]]], { levels: [1] }), 'ValueError', /at least 2 levels/);
    err(() => ax.contour([[[1, 2], [3, 4]]], { levels: [2, 1.5] }), 'ValueError', /must be increasing/);
    err(() => ax.contour([[0, 1], [0, 1, 2], [[1, 2], [3, 4]]]), 'TypeError', /Length of y \(3\) must match number of rows in z \(2\)/);
    err(() => ax.contourf([[[1, 2], [3, 4]]], { hatches: ['/'] }), 'NotImplementedError', /hatches/);
    const lines = ax.contour([[[1, 2], [3, 4]]], { levels: [2.5] });
    err(() => ax.figure.colorbar(lines), 'NotImplementedError', /contour\(\) line set/);
    assert.ok(lines instanceof ContourSet);
  });
});
