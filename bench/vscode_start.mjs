#!/usr/bin/env node
// Kernel start in a real VS Code (issue 15), `npm run bench -- --only vscode-start`: the e2e
// harness (code-server from scripts/e2e-codeserver.mjs, playwright-core with Debian's Chromium,
// tools installed by scripts/e2e-setup.mjs into .cache/ on first use) loads the extension with an
// in-host entry of its own (test/e2e/bench/vscode_start.ts, not part of the e2e suite), which opens
// the MNIST example and, in each round, runs its first code cell on a fresh kernel. Times are taken
// in the extension host: from the run request to the kernel's ready event, and to the cell's end.
// Prints one small table, or `vscode-start: unavailable: <why>` when VS Code cannot be started.
// GRADBOOK_VSCODE_START_ROUNDS sets the rounds (default 5).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, root } from '../scripts/build.mjs';

const outDir = path.join(root, 'out', 'e2e-bench');
const timeoutMs = 10 * 60_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function unavailable(why) {
  console.log(`vscode-start: unavailable: ${String(why).split('\n')[0]}`);
  process.exit(0);
}

async function main() {
  if (!fs.existsSync('/usr/bin/chromium')) unavailable('no /usr/bin/chromium (Debian package chromium)');
  // Installs code-server and playwright-core into .cache/e2e-tools once (needs the npm registry); in a
  // child whose output goes to stderr, so apt's and npm's messages stay out of the bench's table.
  const setup = spawnSync(process.execPath, [path.join(root, 'scripts', 'e2e-setup.mjs')], { stdio: ['ignore', 2, 'pipe'], encoding: 'utf8' });
  if (setup.stderr) process.stderr.write(setup.stderr);
  if (setup.status !== 0) {
    const lines = (setup.stderr || String(setup.error ?? '')).trim().split('\n').filter(Boolean);
    const last = lines.find((l) => /error/i.test(l)) ?? lines.pop();
    unavailable(`the e2e tools could not be installed (scripts/e2e-setup.mjs exited ${setup.status ?? setup.signal}: ${last})`);
  }
  const { toolPath } = await import('../scripts/e2e-setup.mjs');
  const codeServer = await import('../scripts/e2e-codeserver.mjs');
  await build();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'suite'), { recursive: true });
  await esbuild.build({
    absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
    entryPoints: ['test/e2e/bench/vscode_start.ts'], outfile: path.join(outDir, 'suite', 'index.js'), external: ['vscode'],
  });
  const { prepareSuite } = await import('../test/e2e/prepare.mjs');
  const { workspace, reportPath } = prepareSuite({ outDir, artifacts: outDir, screenshots: false });

  let server;
  try {
    server = await codeServer.startCodeServer({ log: path.join(outDir, 'code-server.log') });
  } catch (e) {
    unavailable(`code-server did not start (${e.message})`);
  }
  const require = createRequire(toolPath('playwright-core', 'package.json'));
  const { chromium } = require('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: codeServer.chromiumArgs });
  } catch (e) {
    await server.stop();
    unavailable(`Chromium did not start (${e.message})`);
  }
  const load = os.loadavg()[0];
  let report;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exitedWith;
    await page.exposeFunction('codeAutomationLog', () => {});
    await page.exposeFunction('codeAutomationExit', (code) => { exitedWith = code; });
    await page.goto(codeServer.workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: root, extensionTestsPath: path.join(outDir, 'suite', 'index.js') }));
    const end = Date.now() + timeoutMs;
    while (!fs.existsSync(reportPath) && Date.now() < end && exitedWith === undefined) await codeServer.sleep(100);
    for (let i = 0; i < 50 && !fs.existsSync(reportPath); i++) await codeServer.sleep(100);
    if (!fs.existsSync(reportPath)) throw new Error(exitedWith === undefined ? `no timings after ${timeoutMs / 1000} s` : `the host exited with ${exitedWith} and wrote no timings`);
    report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  if (report.error) throw new Error(`in the extension host: ${report.error}`);
  const failed = report.rounds.filter((r) => !r.ok);
  if (failed.length) throw new Error(`the first cell failed: ${failed[0].error}`);
  const rounds = report.rounds;
  const ready = rounds.map((r) => r.readyMs);
  const cell = rounds.map((r) => r.cellMs);
  const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  const version = JSON.parse(fs.readFileSync(toolPath('code-server', 'package.json'), 'utf8')).version;
  console.log(`Kernel start in VS Code (code-server ${version}, MNIST example's first code cell; median of ${rounds.length} rounds, each on a fresh kernel process; load average ${load.toFixed(2)})`);
  console.log('Timed in the extension host (performance.now around notebook.cell.execute): no browser rendering included.\n');
  console.log(`  run request → kernel ready              ${median(ready).toFixed(0).padStart(5)} ms   rounds: ${list(ready)}`);
  console.log(`  run request → first cell done           ${median(cell).toFixed(0).padStart(5)} ms   rounds: ${list(cell)}`);
  console.log(`  first cell itself (done − ready)        ${median(rounds.map((r) => r.cellMs - r.readyMs)).toFixed(0).padStart(5)} ms`);
  console.log('\nEach round shuts the notebook\'s kernel down first, so the run request starts the kernel process (VS Code\'s kernel selection');
  console.log('starts one ahead of the first run, which hides this start when the notebook was open a moment before running).');
}

main().then(() => process.exit(0), (e) => { console.error(e.stack ?? e); process.exit(1); });
