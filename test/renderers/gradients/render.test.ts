// The gradient view in headless Chromium, from payloads the real engine produced (the seed
// program after 50 steps): rows for w and b, sparklines, ten 28×28 gradient images of w,
// keyboard selection, the compute_gradients pairs, the side panel; screenshots in test-artifacts/.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { artifactsDir, cspViolations, renderFixture, useViewsPage } from '../view_page';
import { Mime } from '../../../src/shared/mimes';

const shots = path.join(artifactsDir, 'renderers');

describe('gradient view (headless Chromium)', function () {
  const ctx = useViewsPage(this, { width: 1000, height: 900 });

  it('shows one row per variable with its numbers and a gradient-norm sparkline, and the loss sparkline', async () => {
    const view = await renderFixture(ctx.page, ctx.views, 'gradients', Mime.gradients, 'gradients-train.json');
    const rows = view.locator('table.gb-variables tbody tr');
    assert.equal(await rows.count(), 2);
    assert.deepEqual(await rows.evaluateAll((trs: HTMLElement[]) => trs.map((t) => t.dataset.variable)), ['Variable', 'Variable_1']);
    const names = await rows.locator('td.gb-name b').allTextContents();
    assert.deepEqual(names, ['w', 'b'], 'rows are named by the Python globals');
    const firstCells = await rows.first().locator('td').allTextContents();
    assert.equal(firstCells[1], '(784, 10)');
    for (const cell of firstCells.slice(2, 8)) assert.match(cell, /^-?[\d.]+(e-?\d+)?$/, `a number in every stat cell, got ${cell}`);
    for (const d of await rows.locator('svg.gb-spark path.gb-line').evaluateAll((ps: SVGPathElement[]) => ps.map((p) => p.getAttribute('d') ?? ''))) {
      assert.ok((d.match(/L/g) ?? []).length >= 40, `a sparkline through the 50 steps: ${d.slice(0, 60)}`);
    }
    const loss = await view.locator('.gb-header path.gb-loss').getAttribute('d');
    assert.ok(loss && loss.startsWith('M') && loss.includes('L'), 'loss sparkline drawn');
    assert.deepEqual(await cspViolations(ctx.page), []);
    await ctx.page.screenshot({ path: path.join(shots, 'gradients-dark.png'), fullPage: true });
  });

  it('shows the selected gradient of w as ten 28×28 images and a heatmap; the keyboard moves to b', async () => {
    const view = await renderFixture(ctx.page, ctx.views, 'gradients', Mime.gradients, 'gradients-train.json');
    const images = view.locator('.gb-detail .gb-images canvas');
    assert.equal(await images.count(), 10);
    assert.deepEqual(await images.evaluateAll((cs: HTMLCanvasElement[]) => [...new Set(cs.map((c) => `${c.width}x${c.height}`))]), ['28x28']);
    // Digit-shaped: the gradient is zero on the border pixels MNIST never lights, not inside.
    // (No named inner functions in evaluated code: the test transpiler would wrap them in __name.)
    const inked = await images.first().evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, 28, 28).data;
      let differ = 0;
      for (let y = 8; y < 20; y++) for (let x = 8; x < 20; x++) if (d[(y * 28 + x) * 4] !== d[0] || d[(y * 28 + x) * 4 + 2] !== d[2]) differ++;
      return { corner: [d[0], d[1], d[2]].join(','), differ };
    });
    assert.equal(inked.corner, '31,31,31', 'a zero gradient blends into the background');
    assert.ok(inked.differ > 100, `the middle of the image is inked (${inked.differ} of 144 pixels)`);
    const heat = view.locator('.gb-detail canvas.gb-heatmap');
    assert.deepEqual(await heat.evaluate((c: HTMLCanvasElement) => [c.width, c.height]), [10, 784]);
    await ctx.page.screenshot({ path: path.join(shots, 'gradients-w-images.png'), fullPage: true });

    await view.locator('table.gb-variables tbody tr').first().focus();
    await ctx.page.keyboard.press('ArrowDown');
    assert.equal(await view.locator('tr[aria-selected="true"]').getAttribute('data-variable'), 'Variable_1');
    assert.equal(await view.locator('.gb-detail > div').getAttribute('data-variable'), 'Variable_1');
    assert.equal(await view.locator('.gb-detail .gb-images canvas').count(), 0, 'b has no 784 axis');
    assert.deepEqual(await view.locator('.gb-detail canvas.gb-heatmap').evaluate((c: HTMLCanvasElement) => [c.width, c.height]), [10, 1]);
    assert.equal(await ctx.page.evaluate(() => (document.activeElement as HTMLElement).dataset.variable), 'Variable_1');
  });

  it('lists compute_gradients pairs as gradient tensor → variable', async () => {
    const view = await renderFixture(ctx.page, ctx.views, 'gradients', Mime.gradients, 'gradients-pairs.json');
    const pairs = view.locator('table.gb-pairs tbody tr');
    assert.equal(await pairs.count(), 2);
    const text = await pairs.allTextContents();
    assert.match(text[0], /^gradients(_\d+)?\/MatMul_grad\/MatMul_1:0→Variable$/);
    assert.match(text[1], /^gradients(_\d+)?\/add_grad\/Reshape_1:0→Variable_1$/);
    assert.equal(await view.locator('table.gb-variables tbody tr').count(), 2, 'rows of the variables the pairs name');
    await ctx.page.screenshot({ path: path.join(shots, 'gradients-pairs.png'), fullPage: true });
  });

  it('draws in the light theme too', async () => {
    await ctx.page.goto(ctx.views.url('light'));
    const view = await renderFixture(ctx.page, ctx.views, 'gradients', Mime.gradients, 'gradients-train.json');
    const corner = await view.locator('.gb-detail .gb-images canvas').first().evaluate((c: HTMLCanvasElement) => Array.from(c.getContext('2d')!.getImageData(0, 0, 1, 1).data.slice(0, 3)).join(','));
    assert.equal(corner, '255,255,255', 'zero is the light background');
    await ctx.page.screenshot({ path: path.join(shots, 'gradients-light.png'), fullPage: true });
  });

  it('the side panel draws posted payloads under its nonce CSP and keeps the selection across updates', async () => {
    await ctx.page.goto(ctx.views.panelUrl);
    const payload = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'gradients-train.json'), 'utf8'));
    const violations: string[] = [];
    ctx.page.on('console', (m: any) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await ctx.page.evaluate((p: unknown) => window.postMessage({ type: 'gradients', payload: p, notebook: 'mnist_softmax.tfnb' }, '*'), payload);
    await ctx.page.locator('table.gb-variables tbody tr').nth(1).click();
    await ctx.page.evaluate((p: unknown) => window.postMessage({ type: 'gradients', payload: p }, '*'), payload);
    await ctx.page.waitForFunction(() => document.querySelectorAll('table.gb-variables tbody tr').length === 2);
    assert.equal(await ctx.page.locator('tr[aria-selected="true"]').getAttribute('data-variable'), 'Variable_1');
    const color = await ctx.page.locator('.gb-view').first().evaluate((el: Element) => getComputedStyle(el).fontFamily);
    assert.match(color, /system-ui/, 'the constructed style sheet applies under the CSP');
    assert.deepEqual(violations, []);
    await ctx.page.screenshot({ path: path.join(shots, 'gradients-panel.png'), fullPage: true });
  });
});
