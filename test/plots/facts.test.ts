// Colormaps, tick choice and rcParams defaults against values real matplotlib produced
// (fixtures/facts.json, made by generate-facts.py).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getColormap, PyPlot, RcParams } from '../../src/plots';

const facts = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'facts.json'), 'utf8'));
const SAMPLES = [0.0, 0.1, 0.25, 0.5, 0.73, 0.9, 1.0];

describe('plots: colormaps match matplotlib', () => {
  for (const [name, expected] of Object.entries(facts.cmaps as Record<string, number[][]>)) {
    it(`${name} at ${SAMPLES.join(', ')}`, () => {
      const cmap = getColormap(name);
      SAMPLES.forEach((x, i) => {
        const got = cmap.call(x);
        got.forEach((v, c) => assert.ok(Math.abs(v - expected[i][c]) < 2e-3, `${name}(${x})[${c}] = ${v}, matplotlib ${expected[i][c]}`));
      });
    });
  }
  it('an unknown name is a ValueError listing the valid ones', () => {
    assert.throws(() => getColormap('nope'), (e: Error & { pyType?: string }) => e.pyType === 'ValueError' && /'nope' is not a valid value for cmap; supported values are .*'viridis'/.test(e.message));
  });
});

describe('plots: default ticks match matplotlib on a 6.4x4.8 figure', () => {
  for (const f of facts.ticks as { axis: 'x' | 'y'; view: [number, number]; ticks: number[]; labels: string[]; offset: string }[]) {
    it(`${f.axis} axis over [${f.view}] → ${f.labels.join(' ')}${f.offset ? ` (${f.offset})` : ''}`, () => {
      const plt = new PyPlot();
      const ax = plt.gca();
      ax.set_xlim(f.view[0], f.view[1]); ax.set_ylim(f.view[0], f.view[1]);
      const { computeTicks } = require('../../src/plots/model/tick-values');
      const got = computeTicks(ax, f.axis === 'x' ? ax.xaxis : ax.yaxis);
      assert.deepStrictEqual(got.locs.map((v: number) => Number(v.toPrecision(10))), f.ticks.map((v) => Number(v.toPrecision(10))));
      assert.deepStrictEqual(got.labels, f.labels);
      assert.strictEqual(got.offsetText, f.offset.replace('-', '\u2212'));
    });
  }
});

describe('plots: rcParams', () => {
  it('defaults are matplotlib\'s', () => {
    const rc = new RcParams();
    for (const [k, v] of Object.entries(facts.rc)) assert.deepStrictEqual(rc.get(k), v, k);
  });
  it('an unknown key is a KeyError, a real matplotlib key we do not implement a NotImplementedError', () => {
    const rc = new RcParams();
    assert.throws(() => rc.get('lines.widthh'), (e: Error & { pyType?: string }) => e.pyType === 'KeyError' && /not a valid rc parameter/.test(e.message));
    assert.throws(() => rc.set('svg.fonttype', 'none'), (e: Error & { pyType?: string }) => e.pyType === 'NotImplementedError' && /svg.fonttype/.test(e.message));
  });
  it('a changed default reaches the next figure (figure.figsize, lines.linewidth)', () => {
    const plt = new PyPlot();
    plt.rcParams.set('figure.figsize', [8, 3]);
    plt.rcParams.set('lines.linewidth', 3);
    const [line] = plt.plot([[1, 2]]);
    assert.deepStrictEqual(plt.gcf().figsize, [8, 3]);
    assert.strictEqual(line.linewidth, 3);
  });
});
