// Graph view benchmark in headless Chromium: the time to lay out (ELK, in the page) and draw
// the seed's full graph with every scope expanded (forward, gradient and update ops), the
// default collapsed view, and a 1,000+ op graph's collapsed view and full expansion.
//   npx tsx bench/graph_view.ts        (needs `node scripts/e2e-setup.mjs` for Chromium)
// Prints milliseconds; target: the seed's full graph under 500 ms.
import { buildGraphPayload } from '../src/engine/inspect/graph_payload';
import { launchChromium, playwrightAvailable, serveRenderer } from '../test/renderers/browser';
import { runDeepMlp, runSeedProgram } from '../test/renderers/graph/seed';

interface Timing { layoutMs: number; drawMs: number; drawn: number; totalMs: number }
export interface GraphViewBench { graph: string; ops: number; view: string; runs: Timing[]; medianTotalMs: number }

const REPEATS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchGraphView(): Promise<GraphViewBench[]> {
  if (!playwrightAvailable()) throw new Error('Chromium/playwright-core missing: run node scripts/e2e-setup.mjs');
  const seedRun = runSeedProgram(50);
  const seed = seedRun.graph;
  const seedPayload = buildGraphPayload(seed, { focus: seed.getOperationByName('GradientDescent'), inspection: seedRun.display.inspection });
  const deepRun = runDeepMlp(40);
  const deep = deepRun.graph;
  const deepPayload = buildGraphPayload(deep, { inspection: deepRun.display.inspection });
  const server = await serveRenderer('src/renderers/graph/index.ts');
  const browser = await launchChromium();
  const results: GraphViewBench[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(server.url);
    await page.waitForFunction(() => typeof (window as unknown as { renderPayload?: unknown }).renderPayload === 'function');
    for (const [graph, payload] of [['seed', seedPayload], ['deep MLP (40 layers)', deepPayload]] as const) {
      const url = server.addPayload(`${graph.replace(/\W+/g, '_')}.json`, payload);
      const collapsed: Timing[] = [], expanded: Timing[] = [];
      for (let i = 0; i < REPEATS; i++) {
        collapsed.push(await page.evaluate((u: string) => (window as unknown as { renderPayload(u: string): Promise<Timing> }).renderPayload(u), url));
        // Expand every scope: a fresh layout and drawing of all ops, timed from the click to the painted frame.
        expanded.push(await page.evaluate(() => new Promise<Timing>((resolve) => {
          const element = document.querySelector('#out > div')!;
          const started = performance.now();
          element.addEventListener('gradbook:graph-rendered', (e) => {
            const info = (e as CustomEvent).detail;
            requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ...info, totalMs: performance.now() - started })));
          }, { once: true });
          (element.shadowRoot!.querySelector('button[data-action="expand-all"]') as HTMLButtonElement).click();
        })));
      }
      results.push({ graph, ops: payload.nodes.length, view: 'default (gradient/optimizer scopes collapsed)', runs: collapsed, medianTotalMs: median(collapsed.map((t) => t.totalMs)) });
      results.push({ graph, ops: payload.nodes.length, view: 'all scopes expanded', runs: expanded, medianTotalMs: median(expanded.map((t) => t.totalMs)) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

function print(results: GraphViewBench[]): void {
  console.log('Graph view in headless Chromium (ELK layered layout in the page + SVG draw), ms');
  console.log('graph                  ops   view                                          drawn  layout  draw   total(first)  total(median of 5)');
  for (const r of results) {
    const first = r.runs[0];
    console.log(`${r.graph.padEnd(22)} ${String(r.ops).padStart(5)}  ${r.view.padEnd(45)} ${String(first.drawn).padStart(5)}  ${median(r.runs.map((t) => t.layoutMs)).toFixed(0).padStart(6)}  ${median(r.runs.map((t) => t.drawMs)).toFixed(0).padStart(4)}  ${first.totalMs.toFixed(0).padStart(12)}  ${r.medianTotalMs.toFixed(0).padStart(18)}`);
  }
}

if (require.main === module) {
  benchGraphView().then(print).catch((e) => { console.error(e); process.exit(1); });
}
