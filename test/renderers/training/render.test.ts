// The training monitor in headless Chromium: progress and a live loss curve from the seed's
// 50 recorded steps; a second render into the same element (VS Code replacing the output item)
// redraws in place.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { artifactsDir, cspViolations, fixture, launchChromium, playwrightAvailable, renderFixture, serveViews, type Page, type ViewsPage } from '../view_page';
import { Mime } from '../../../src/shared/mimes';

const shots = path.join(artifactsDir, 'renderers');

describe('training monitor (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: any;
  let views: ViewsPage;
  let page: Page;

  before(async function () {
    if (!playwrightAvailable()) { console.warn('    (skipped: run `node scripts/e2e-setup.mjs` for playwright-core and chromium)'); this.skip(); }
    fs.mkdirSync(shots, { recursive: true });
    views = await serveViews();
    browser = await launchChromium();
  });
  after(async () => { await browser?.close(); await views?.close(); });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 700, height: 260 } });
    await page.goto(views.url('dark'));
  });
  afterEach(async () => { await page?.close(); });

  it('shows progress with a loss curve and redraws the same element when the item is replaced', async () => {
    const midway = fixture('training-midway.json') as { lossHistory: { steps: number[] }; lastLoss: number };
    const view = await renderFixture(page, views, 'training', Mime.training, 'training-midway.json', 'progress');
    assert.equal(await view.locator('.gb-done').textContent(), '30/50');
    assert.equal(await view.locator('[role="progressbar"]').getAttribute('aria-valuenow'), '30');
    assert.match((await view.locator('.gb-progress').textContent()) ?? '', /60%.*steps\/s.*ETA/);
    const d1 = (await view.locator('path.gb-line').getAttribute('d')) ?? '';
    assert.equal((d1.match(/[ML]/g) ?? []).length, midway.lossHistory.steps.length, 'one point per recorded step');
    await page.screenshot({ path: path.join(shots, 'training-midway.png') });

    const again = await renderFixture(page, views, 'training', Mime.training, 'training-final.json', 'progress');
    assert.equal(await page.locator('.gb-training').count(), 1, 'replaced, not appended');
    assert.equal(await again.locator('.gb-done').textContent(), '50/50');
    assert.equal(await again.locator('.gb-training').getAttribute('data-final'), 'true');
    assert.match((await again.locator('.gb-progress').textContent()) ?? '', /100%.*total/);
    const d2 = (await again.locator('path.gb-line').getAttribute('d')) ?? '';
    assert.equal((d2.match(/[ML]/g) ?? []).length, 50);
    assert.deepEqual(await cspViolations(page), []);
    await page.screenshot({ path: path.join(shots, 'training-final.png') });
  });
});
