// The tensor view in headless Chromium with arrays from the seed session: mnist.test.images[:10]
// as ten 28×28 images, a 100×784 batch in a virtualized table, 20,000 normal samples as a
// histogram, NaN/Inf counts; screenshots in test-artifacts/renderers/.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { artifactsDir, cspViolations, renderFixture, useViewsPage } from '../view_page';
import { Mime } from '../../../src/shared/mimes';

const shots = path.join(artifactsDir, 'renderers');

describe('tensor view (headless Chromium)', function () {
  const ctx = useViewsPage(this, { width: 1000, height: 800 });

  it('shows mnist.test.images[:10] as shape, dtype, stats, histogram and ten 28×28 images', async () => {
    const view = await renderFixture(ctx.page, ctx.views, 'tensor', Mime.tensor, 'tensor-images.json');
    assert.deepEqual(await view.locator('.gb-header .gb-chip').allTextContents(), ['(10, 784)', 'float32']);
    assert.equal(await view.locator('[data-stat="min"] .gb-value').textContent(), '0');
    assert.equal(await view.locator('[data-stat="max"] .gb-value').textContent(), '1');
    assert.ok(await view.locator('.gb-hist rect').count() >= 20, 'histogram bars');
    assert.equal(await view.locator('svg.gb-hist').getAttribute('data-scale'), 'log', 'mostly-zero pixels: log scale keeps the ink bins visible');
    assert.equal(await view.locator('.gb-tabpanel').getAttribute('data-active'), 'images', 'images first for a 784 axis');
    const canvases = view.locator('.gb-images canvas');
    assert.equal(await canvases.count(), 10);
    assert.deepEqual(await canvases.evaluateAll((cs: HTMLCanvasElement[]) => [...new Set(cs.map((c) => `${c.width}x${c.height}`))]), ['28x28']);
    assert.deepEqual(await cspViolations(ctx.page), []);
    await ctx.page.screenshot({ path: path.join(shots, 'tensor-images.png'), fullPage: true });
    await view.locator('button[data-tab="images"]').focus();
    await ctx.page.keyboard.press('ArrowRight');
    assert.equal(await view.locator('.gb-tabpanel').getAttribute('data-active'), 'heatmap', 'arrow keys move between tabs');
    assert.deepEqual(await view.locator('canvas.gb-heatmap').evaluate((c: HTMLCanvasElement) => [c.width, c.height]), [784, 10]);
  });

  it('keeps only the visible rows of a 100×784 batch in the DOM and scrolls to the rest', async () => {
    const view = await renderFixture(ctx.page, ctx.views, 'tensor', Mime.tensor, 'tensor-batch.json');
    await view.locator('button[data-tab="table"]').click();
    const box = view.locator('.gb-vtable');
    const rows = box.locator('tr.gb-data-row');
    const first = await rows.count();
    assert.ok(first > 5 && first <= 30, `visible rows only: ${first} of 100`);
    assert.ok(await box.locator('tbody tr.gb-data-row').first().locator('td').count() < 30, 'and only the visible columns of 784');
    assert.equal(await box.locator('table').getAttribute('aria-rowcount'), '101');
    await box.evaluate((el: HTMLElement) => { el.scrollTop = el.scrollHeight; });
    await ctx.page.waitForFunction(() => document.querySelector('.gb-vtable tr.gb-data-row:last-of-type th')?.textContent === '99');
    assert.ok(await rows.count() <= 30);
    await box.focus();
    await ctx.page.keyboard.press('Home');
    await ctx.page.waitForFunction(() => document.querySelector('.gb-vtable tr.gb-data-row th')?.textContent === '0');
    await ctx.page.screenshot({ path: path.join(shots, 'tensor-table.png'), fullPage: true });
  });

  it('draws the histogram of 20,000 normal samples and a table of a 1-D array', async () => {
    const view = await renderFixture(ctx.page, ctx.views, 'tensor', Mime.tensor, 'tensor-normal.json');
    const heights = await view.locator('.gb-hist rect').evaluateAll((rs: SVGRectElement[]) => rs.map((r) => Number(r.getAttribute('height'))));
    assert.equal(heights.length, 40);
    assert.equal(await view.locator('svg.gb-hist').getAttribute('data-scale'), 'linear');
    const peak = heights.indexOf(Math.max(...heights));
    assert.ok(peak > 10 && peak < 30, `a bell: the tallest bar is in the middle (bin ${peak})`);
    assert.ok(heights[0] < heights[peak] / 10 && heights[39] < heights[peak] / 10, 'thin tails');
    assert.equal(await view.locator('.gb-tabpanel').getAttribute('data-active'), 'table');
    assert.ok(await view.locator('tr.gb-data-row').count() <= 30, 'virtualized: 20,000 rows, few in the DOM');
    await ctx.page.screenshot({ path: path.join(shots, 'tensor-normal.png'), fullPage: true });
  });

  it('counts NaN and ±Inf apart from the statistics', async () => {
    const view = await renderFixture(ctx.page, ctx.views, 'tensor', Mime.tensor, 'tensor-special.json');
    const stat = (k: string) => view.locator(`[data-stat="${k}"] .gb-value`).textContent();
    assert.deepEqual([await stat('NaN'), await stat('+Inf'), await stat('−Inf'), await stat('min'), await stat('max')], ['1', '1', '1', '0', '2.5']);
    assert.equal(await view.locator('[data-stat="NaN"] .gb-warn').count(), 1);
    const cells = await view.locator('tr.gb-data-row td').allTextContents();
    assert.deepEqual(cells.filter(Boolean), ['1', 'NaN', '∞', '−∞', '0', '2.5']);
    await ctx.page.screenshot({ path: path.join(shots, 'tensor-special.png'), fullPage: true });
  });
});
