#!/usr/bin/env node
// `npm start`: builds and packs Gradbook, installs the .vsix into a fresh code-server — VS Code in the
// browser — and prints the URL that opens the MNIST example notebook. The workspace lives in
// .cache/start-workspace, so what you run and save there never touches examples/.
// `--smoke` instead checks, with a headless Chromium, that the notebook comes up, then exits.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { packageVsix, root } from './build.mjs';
import { chromiumArgs, sleep, startCodeServer } from './e2e-codeserver.mjs';
import { toolPath } from './e2e-setup.mjs';

const smoke = process.argv.includes('--smoke');
function prepareWorkspace() {
  const workspace = path.join(root, '.cache', smoke ? 'smoke-workspace' : 'start-workspace');
  if (smoke) fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(workspace, { recursive: true });
  for (const f of fs.readdirSync(path.join(root, 'examples'))) {
    const to = path.join(workspace, f);
    // examples/data (the char-RNN's text) is a folder: copy it whole.
    if (!fs.existsSync(to)) fs.cpSync(path.join(root, 'examples', f), to, { recursive: true });
  }
  return workspace;
}

async function main() {
  const vsix = await packageVsix(); // installed the way users install it
  const workspace = prepareWorkspace();
  const server = await startCodeServer({ install: [vsix], port: smoke ? undefined : Number(process.env.PORT ?? 0) || undefined });
  const example = path.join(workspace, 'mnist_softmax.tfnb');
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${example}`]]) });
  const url = `${server.url}/?${query}`;
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (smoke) return checkNotebookComesUp(url, server);
  console.log(`\nGradbook is running in VS Code at:\n\n  ${url}\n\n(${server.url} alone opens the workspace; Ctrl-C stops it)`);
}

async function checkNotebookComesUp(url, server) {
  const require = createRequire(toolPath('playwright-core', 'package.json'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  let ok = false;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  fs.mkdirSync(path.join(root, 'test-artifacts'), { recursive: true });
  const shot = path.join(root, 'test-artifacts', 'start-smoke.png');
  try {
    await page.goto(url);
    // A notebook editor shows the example's code in a cell, with the Gradbook kernel selected.
    await page.locator('.notebook-editor .view-line', { hasText: 'x = tf.placeholder(tf.float32, [None, 784])' }).first().waitFor({ timeout: 60_000 });
    await page.getByText('Gradbook (TF1)').first().waitFor({ timeout: 30_000 });
    await sleep(500);
    ok = true;
  } catch (e) {
    console.error(`the example notebook did not come up: ${e.message}`);
  } finally {
    await page.screenshot({ path: shot }).catch(() => {});
    await browser.close().catch(() => {});
    await server.stop();
  }
  console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
  process.exit(ok ? 0 : 1);
}

main().catch((e) => { console.error(e.stack ?? e); process.exit(1); });
