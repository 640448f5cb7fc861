// The graph renderer in headless Chromium, on the payload the real engine gives for `train`
// after the example notebook's training cell (fixtures/seed_graph.json): what is drawn, the
// collapsed scopes, the execution-order badges, the step-through, details, zoom, export, CSP.
// Screenshots go to test-artifacts/graph-*.png.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { GraphPayload } from '../../../src/shared/payloads/graph';
import { initialCollapsed, visibleGraph } from '../../../src/renderers/graph/model';
import { buildGraphPayload } from '../../../src/engine/inspect/graph_payload';
import { runDeepMlp } from './seed';
import { artifactsDir, launchChromium, playwrightAvailable, serveRenderer, type Browser, type RendererPage } from '../browser';

const payload: GraphPayload = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'seed_graph.json'), 'utf8'));
const nodeId = (name: string) => payload.nodes.find((n) => n.name === name)!.id;
const orderOf = (name: string) => payload.lastRun!.executed.indexOf(nodeId(name)) + 1;

describe('graph renderer in Chromium (seed graph of train, 50 steps)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let server: RendererPage;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let page: any;

  before(async function () {
    if (!playwrightAvailable()) {
      // Named skip: run `node scripts/e2e-setup.mjs` to install Chromium and playwright-core.
      this.skip();
    }
    fs.mkdirSync(artifactsDir, { recursive: true });
    server = await serveRenderer('src/renderers/graph/index.ts');
    server.addPayload('seed_graph.json', payload);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 700 }, acceptDownloads: true });
    await page.goto(server.url);
    await page.waitForFunction(() => typeof (window as unknown as { renderPayload?: unknown }).renderPayload === 'function');
  });
  after(async () => { await browser?.close(); await server?.close(); });

  const render = () => page.evaluate((url: string) => (window as unknown as { renderPayload(u: string): Promise<unknown> }).renderPayload(url), '/seed_graph.json');
  const shot = (name: string) => page.screenshot({ path: path.join(artifactsDir, `graph-${name}.png`) });
  const drawnNodes = () => page.locator('#out .node').count();
  const view = () => page.locator('#out');
  const rendered = () => page.evaluate(() => new Promise((resolve) => document.querySelector('#out > div')!.addEventListener('gradbook:graph-rendered', (e) => resolve((e as CustomEvent).detail), { once: true })));

  it('draws the visible ops and collapsed scopes, with gradients/ and GradientDescent/ collapsed', async () => {
    const info = await render();
    const expected = visibleGraph(payload, initialCollapsed(payload));
    assert.equal(await drawnNodes(), expected.leafCount);
    assert.equal((info as { drawn: number }).drawn, expected.leafCount);
    for (const scope of ['gradients', 'GradientDescent']) {
      const node = view().locator(`.node.scope[data-scope="${scope}"]`);
      assert.equal(await node.count(), 1, scope);
      assert.equal(await node.getAttribute('aria-expanded'), 'false');
    }
    assert.equal(await view().locator('.node[data-name^="gradients/"]').count(), 0, 'no gradient op drawn while collapsed');
    assert.equal(await view().locator('.node[data-name="MatMul"] text.type').textContent(), 'MatMul');
    assert.equal(await view().locator('.edge').count(), expected.edges.length);
    assert.ok((await view().locator('.edge text').allTextContents()).includes('[?,784]'), 'edges show tensor shapes');
    await shot('overview');
  });

  it('colors forward, gradient and update ops differently', async () => {
    const stroke = (selector: string) => view().locator(`${selector} > rect.body`).evaluate((el: Element) => getComputedStyle(el).stroke);
    const colors = new Set([await stroke('.node[data-name="Softmax"]'), await stroke('.node[data-scope="gradients"]'), await stroke('.node[data-scope="GradientDescent"]')]);
    assert.equal(colors.size, 3);
  });

  it('numbers the ops the last run executed, in order', async () => {
    const run = payload.lastRun!;
    assert.equal(await view().locator('.node[data-name="MatMul"]').getAttribute('data-order'), String(orderOf('MatMul')));
    assert.equal(await view().locator('.node[data-name="Variable"] .badge text').textContent(), '1');
    // A collapsed scope shows the range of its ops' numbers.
    const gradOrders = run.executed.map((id, i) => [payload.nodes[id].name, i + 1] as const).filter(([n]) => n.startsWith('gradients/')).map(([, i]) => i);
    assert.equal(await view().locator('.node[data-scope="gradients"]').getAttribute('data-order'), `${Math.min(...gradOrders)}–${Math.max(...gradOrders)}`);
    assert.equal(await view().locator('.node[data-scope="GradientDescent"]').getAttribute('data-order'), `${run.executed.length - 3}–${run.executed.length}`);
    // Ops train does not need are not numbered and are dimmed.
    for (const name of ['init', 'Variable/Assign', 'zeros']) {
      const node = view().locator(`.node[data-name="${name}"]`);
      assert.equal(await node.getAttribute('data-order'), null, name);
      assert.match(await node.getAttribute('class'), /state-idle/);
    }
  });

  it('steps through the story: back from train to the variables, then forwards', async () => {
    const run = payload.lastRun!;
    const status = view().locator('.gv-status');
    const next = view().locator('button[data-action="story-next"]');
    const current = async () => view().locator('.node.state-current').evaluateAll((els: Element[]) => els.map((e) => e.getAttribute('data-name') ?? e.getAttribute('data-scope')));
    await next.click();
    assert.equal(await status.getAttribute('data-phase'), 'search');
    assert.deepEqual(await current(), ['GradientDescent'], 'the search starts at train (inside its collapsed scope)');
    assert.match(await status.textContent(), /Searching back from GradientDescent: 1 of 58/);
    // Walk the search until it reaches the variable w.
    const wAt = run.searched.indexOf(nodeId('Variable'));
    for (let i = 1; i <= wAt; i++) await next.click();
    assert.deepEqual(await current(), ['Variable']);
    assert.match(await view().locator('.node[data-name="Softmax"]').getAttribute('class'), /state-idle/, 'not reached yet');
    assert.equal(await view().locator('.node[data-order]').count(), 0, 'no execution numbers during the search');
    await shot('story-search');
    // Skip to the end of the search, then the first forward steps.
    for (let i = wAt + 1; i < run.searched.length; i++) await next.click();
    await next.click();
    assert.equal(await status.getAttribute('data-phase'), 'run');
    assert.deepEqual(await current(), [payload.nodes[run.executed[0]].name]);
    for (let i = 1; i < orderOf('MatMul'); i++) await next.click();
    assert.deepEqual(await current(), ['MatMul']);
    assert.match(await status.textContent(), new RegExp(`Running forwards: ${orderOf('MatMul')} of 58 executes MatMul`));
    // Values flow as it steps: the op's output statistics from the last run (issue 17).
    assert.match(await status.locator('.step-value').textContent(), /→ float32\[100,10\] min -?[\d.e-]+ max -?[\d.e-]+ mean -?[\d.e-]+/);
    assert.match(await view().locator('.node[data-name="Variable"]').getAttribute('class'), /state-ran/);
    assert.match(await view().locator('.node[data-name="Softmax"]').getAttribute('class'), /state-reached/, 'found, not yet run');
    assert.equal(await view().locator('.node[data-name="Softmax"]').getAttribute('data-order'), null);
    await shot('story-run');
    await view().locator('button[data-action="story-start"]').click();
    assert.equal(await status.getAttribute('data-phase'), 'overview');
  });

  it('shows an op\'s type, inputs and outputs with shapes and dtypes, attrs and last value on click', async () => {
    await view().locator('.node[data-name="MatMul"]').click();
    const details = view().locator('.gv-details');
    assert.equal(await details.isVisible(), true);
    const text = await details.textContent();
    assert.match(text, /^MatMul/);
    assert.match(text, /MatMul · forward op/);
    assert.match(text, /Placeholder:0float32\[\?,784\]/);
    assert.match(text, /Variable\/read:0float32\[784,10\]/);
    assert.match(text, /transpose_afalse/);
    assert.match(text, new RegExp(`executed #${orderOf('MatMul')} of 58`));
    assert.match(text, /Last valuefloat32\[100,10\] min -?\d/);
    assert.match(text, /Gradient rule∂L\/∂a = g · bᵀ∂L\/∂b = aᵀ · g/, 'MatMul\'s gradient rule as a formula');
    await shot('details');
    // Keyboard: focus another op and press Enter.
    await view().locator('.node[data-name="Softmax"]').focus();
    await page.keyboard.press('Enter');
    assert.match(await details.locator('h3').textContent(), /^Softmax$/);
    // An input links to its producer.
    await details.locator('a', { hasText: 'add:0' }).click();
    assert.match(await details.locator('h3').textContent(), /^add$/);
  });

  it('expands a collapsed scope on click and lays out only what is visible', async () => {
    const before = await drawnNodes();
    await view().locator('button[data-action="zoom-fit"]').click();
    const done = rendered();
    await view().locator('.node.scope[data-scope="gradients"]').click();
    await done;
    const after = await drawnNodes();
    assert.ok(after > before, `${after} > ${before}`);
    assert.equal(await view().locator('.box[data-scope="gradients"]').count(), 1);
    assert.equal(await view().locator('.node[data-name="gradients/Fill"]').count(), 1);
    assert.equal(await view().locator('.node.scope[data-scope="gradients/Mean_grad"]').count(), 1, 'inner gradient scopes stay collapsed');
    await shot('gradients-expanded');
    const collapsed = rendered();
    await view().locator('.box[data-scope="gradients"] text.toggle').click();
    await collapsed;
    assert.equal(await drawnNodes(), before);
  });

  it('expands every scope: all ops drawn', async () => {
    const done = rendered();
    await view().locator('button[data-action="expand-all"]').click();
    await done;
    assert.equal(await drawnNodes(), payload.nodes.length);
    await view().locator('button[data-action="zoom-fit"]').click();
    await shot('all-expanded');
    const back = rendered();
    await view().locator('button[data-action="collapse-default"]').click();
    await back;
  });

  it('zooms and pans with the keyboard', async () => {
    const transform = () => view().locator('g.viewport').getAttribute('transform');
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await transform())![1]);
    await view().locator('.gv-canvas').focus();
    await page.keyboard.press('0');
    const k0 = await scale();
    await page.keyboard.press('+');
    assert.ok(await scale() > k0);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    assert.ok(await scale() < k0);
    const t0 = await transform();
    await page.keyboard.press('ArrowLeft');
    assert.notEqual(await transform(), t0);
    await page.keyboard.press('0');
    assert.equal(await scale(), k0, '0 fits again');
  });

  it('exports the drawing as a standalone SVG file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), view().locator('button[data-action="export-svg"]').click()]);
    assert.equal(download.suggestedFilename(), 'gradbook-graph.svg');
    const file = path.join(artifactsDir, 'graph-export.svg');
    await download.saveAs(file);
    const svg = fs.readFileSync(file, 'utf8');
    assert.match(svg, /^<\?xml/);
    assert.match(svg, /<style>/);
    assert.ok(!svg.includes('var(--vscode'), 'theme colors are resolved');
    assert.equal((svg.match(/class="node /g) ?? []).length, await drawnNodes());
  });

  it('opens a 1,000+ op graph as its outline and lays out a scope when expanded', async () => {
    const { graph, display } = runDeepMlp(40);
    const deep = buildGraphPayload(graph, { inspection: display.inspection });
    assert.ok(deep.nodes.length > 1000);
    const url = server.addPayload('deep.json', deep);
    await page.evaluate((u: string) => (window as unknown as { renderPayload(u: string): Promise<unknown> }).renderPayload(u), url);
    const drawn = await drawnNodes();
    assert.equal(drawn, visibleGraph(deep, initialCollapsed(deep)).leafCount);
    assert.ok(drawn <= 120, `${drawn} drawn`);
    await view().locator('button[data-action="zoom-fit"]').click();
    await shot('deep-outline');
    const done = rendered();
    await view().locator('.node.scope[data-scope="layer0"]').focus();
    await page.keyboard.press('Enter');
    await done;
    assert.equal(await view().locator('.node[data-name="layer0/MatMul"]').count(), 1);
    const expanded = new Set(initialCollapsed(deep));
    expanded.delete('layer0');
    assert.equal(await drawnNodes(), visibleGraph(deep, expanded).leafCount);
  });

  it('needs nothing the strict CSP forbids', async () => {
    assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), []);
  });
});
