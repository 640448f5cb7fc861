// Every plot kind drawn through our TypeScript API and compared with the PNG real matplotlib drew
// for the same script (fixtures/, made by generate-fixtures.ts). Pictures: test-artifacts/plots/.
import * as assert from 'assert';
import { preparePlotRendering } from '../../src/plots';
import { CASES } from './cases';
import { buildCase, renderAndCompare } from './render-case';

describe('plots: figures look like matplotlib\'s (blurred difference, per-case pixel tolerance)', () => {
  before(async () => { await preparePlotRendering(); });
  for (const c of CASES) {
    it(`${c.name} differs from matplotlib in at most ${c.maxPixels} pixels`, () => {
      const mismatched = renderAndCompare(c, buildCase(c));
      assert.ok(mismatched <= c.maxPixels, `${c.name}: ${mismatched} pixels differ (tolerance ${c.maxPixels}); see test-artifacts/plots/${c.name}.diff.png`);
    });
  }
});
