// The tolerances are strict enough to catch real mistakes: each case here is drawn with one thing
// wrong (no title, another tick set, another colormap, transposed or swapped data, a missing
// legend) and must exceed its tolerance against matplotlib's reference.
import * as assert from 'assert';
import { Axes, Figure, preparePlotRendering, PyPlot } from '../../src/plots';
import { CASES } from './cases';
import { buildCase, renderAndCompare } from './render-case';

type Mutation = (plt: PyPlot, fig: Figure) => void;
const firstAxes = (fig: Figure): Axes => fig.axes[0];

const MUTATIONS: [string, string, Mutation][] = [
  ['line_basic', 'the title is missing', (plt) => { plt.title(''); }],
  ['line_basic', 'x ticks every 1 instead of every 2', (plt) => { plt.xticks([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); }],
  ['line_basic', 'the legend is missing', (_plt, fig) => { firstAxes(fig).legend_ = null; }],
  ['line_2000_loss', 'the axis label is missing', (plt) => { plt.xlabel(''); }],
  ['tight_layout_2x2', 'one subplot title is missing', (_plt, fig) => { fig.axes[3].set_title(''); }],
  ['tight_layout_2x2', 'y ticks every 0.1', (_plt, fig) => { fig.axes[0].set_yticks([1.8, 1.9, 2.0, 2.1, 2.2, 2.3, 2.4]); }],
  ['imshow_gray_digit', 'viridis instead of gray', (_plt, fig) => { firstAxes(fig).get_images()[0].set_cmap('viridis'); }],
  ['imshow_seismic_vminmax', 'coolwarm instead of seismic', (_plt, fig) => { firstAxes(fig).get_images()[0].set_cmap('coolwarm'); }],
  ['imshow_seismic_vminmax', 'vmin/vmax from the data', (_plt, fig) => { firstAxes(fig).get_images()[0].set_clim(-2, 2); }],
  ['imshow_gray_digit', 'the image transposed (rows and columns swapped)', (_plt, fig) => {
    const img = firstAxes(fig).get_images()[0];
    const d = img.get_array().data;
    img.set_data(Array.from({ length: 28 }, (_, i) => Array.from({ length: 28 }, (_, j) => d[j * 28 + i])));
  }],
  ['bar_categories', 'x and y swapped (horizontal bars)', (_plt, fig) => {
    for (const r of firstAxes(fig).artists as unknown as { x: number; y: number; width: number; height: number }[]) [r.x, r.y, r.width, r.height] = [r.y, r.x, r.height, r.width];
    firstAxes(fig).relim();
  }],
  ['scatter_colors', 'an extra title', (plt) => { plt.title('points'); }],
  ['scatter_colors', 'the default marker size', (_plt, fig) => { (firstAxes(fig).artists[1] as unknown as { sizes: Float64Array }).sizes = Float64Array.of(36); }],
];

describe('plots: the visual tolerances catch wrong figures', () => {
  before(async () => { await preparePlotRendering(); });
  for (const [name, what, mutate] of MUTATIONS) {
    it(`${name} with ${what} exceeds its tolerance`, () => {
      const c = CASES.find((x) => x.name === name)!;
      const mismatched = renderAndCompare(c, buildCase(c, mutate), `negative-${name}-${what.replace(/\W+/g, '-')}`);
      assert.ok(mismatched > c.maxPixels, `${name} (${what}): only ${mismatched} pixels differ, tolerance ${c.maxPixels}`);
    });
  }
});
