// Renders one visual case through our API and compares it with matplotlib's fixture, writing
// actual / expected / diff PNGs to test-artifacts/plots/ for people to look at.
import * as fs from 'fs';
import * as path from 'path';
import { Figure, figureBytes, PyPlot } from '../../src/plots';
import { VisualCase } from './cases';
import { compare, pngToRgba, readPng, writePng } from './compare';

export const FIXTURES = path.join(__dirname, 'fixtures');
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'plots');

/** The figure pyplot would save: the current one after the case's calls. */
export function buildCase(c: VisualCase, mutate?: (plt: PyPlot, fig: Figure) => void): Figure {
  const plt = new PyPlot();
  c.build(plt);
  const fig = plt.gcf();
  mutate?.(plt, fig);
  return fig;
}

export function renderAndCompare(c: VisualCase, fig: Figure, artifactName = c.name): number {
  const png = figureBytes(fig, 'figure.png').data;
  const actual = pngToRgba(png);
  const expected = readPng(path.join(FIXTURES, `${c.name}.png`));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `${artifactName}.actual.png`), png);
  fs.copyFileSync(path.join(FIXTURES, `${c.name}.png`), path.join(ARTIFACTS, `${artifactName}.expected.png`));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    throw new Error(`${c.name}: size ${actual.width}x${actual.height}, matplotlib's ${expected.width}x${expected.height}`);
  }
  const { mismatched, diff } = compare(actual, expected);
  writePng(path.join(ARTIFACTS, `${artifactName}.diff.png`), diff);
  return mismatched;
}
