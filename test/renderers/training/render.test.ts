// The training monitor in headless Chromium: progress and a live loss curve from the seed's
// 50 recorded steps; a second render into the same element (VS Code replacing the output item)
// redraws in place.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { artifactsDir, cspViolations, fixture, renderFixture, useViewsPage } from '../view_page';
import { Mime } from '../../../src/shared/mimes';

const shots = path.join(artifactsDir, 'renderers');

describe('training monitor (headless Chromium)', function () {
  const ctx = useViewsPage(this, { width: 700, height: 260 });

  it('shows progress with a loss curve and redraws the same element when the item is replaced', async () => {
    const midway = fixture('training-midway.json') as { lossHistory: { steps: number[] }; lastLoss: number };
    const view = await renderFixture(ctx.page, ctx.views, 'training', Mime.training, 'training-midway.json', 'progress');
    assert.equal(await view.locator('.gb-done').textContent(), '30/50');
    assert.equal(await view.locator('[role="progressbar"]').getAttribute('aria-valuenow'), '30');
    assert.match((await view.locator('.gb-progress').textContent()) ?? '', /60%.*steps\/s.*ETA/);
    const d1 = (await view.locator('path.gb-line').getAttribute('d')) ?? '';
    assert.equal((d1.match(/[ML]/g) ?? []).length, midway.lossHistory.steps.length, 'one point per recorded step');
    await ctx.page.screenshot({ path: path.join(shots, 'training-midway.png') });

    const again = await renderFixture(ctx.page, ctx.views, 'training', Mime.training, 'training-final.json', 'progress');
    assert.equal(await ctx.page.locator('.gb-training').count(), 1, 'replaced, not appended');
    assert.equal(await again.locator('.gb-done').textContent(), '50/50');
    assert.equal(await again.locator('.gb-training').getAttribute('data-final'), 'true');
    assert.match((await again.locator('.gb-progress').textContent()) ?? '', /100%.*total/);
    const d2 = (await again.locator('path.gb-line').getAttribute('d')) ?? '';
    assert.equal((d2.match(/[ML]/g) ?? []).length, 50);
    assert.deepEqual(await cspViolations(ctx.page), []);
    await ctx.page.screenshot({ path: path.join(shots, 'training-final.png') });
  });
});
