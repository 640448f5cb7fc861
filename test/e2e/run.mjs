#!/usr/bin/env node
// Runs the in-host mocha suite (test/e2e/suite) inside a real VS Code: code-server on 127.0.0.1,
// driven by playwright-core with Debian's Chromium. The extension and its tests are loaded through
// the workbench's `payload` URL parameter; results come back as a JSON report file the suite
// writes. Screenshots (on request of the suite, and at the end) go to test-artifacts/e2e/; the
// suite's page probes (DOM checks inside renderer and webview frames) are served by page_probes.mjs.
// Prints `N passed, N failed` and exits non-zero when a test failed or the run broke.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, root } from '../../scripts/build.mjs';
import { chromiumArgs, sleep, startCodeServer, workbenchUrl } from '../../scripts/e2e-codeserver.mjs';
import { setup, toolPath } from '../../scripts/e2e-setup.mjs';
import { servePageProbes } from './page_probes.mjs';
import { prepareSuite } from './prepare.mjs';

const suiteTimeoutMs = Number(process.env.GRADBOOK_E2E_TIMEOUT_MS ?? 15 * 60_000);
const artifacts = path.join(root, 'test-artifacts', 'e2e');
const outDir = path.join(root, 'out', 'e2e');
const log = (msg) => process.stderr.write(`[e2e] ${msg}\n`);

async function main() {
  const t0 = Date.now();
  setup();
  await build({ e2e: true });
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });

  const { workspace, reportPath, requestsDir } = prepareSuite({ outDir, artifacts, screenshots: true, log });

  const server = await startCodeServer({ log: path.join(artifacts, 'code-server.log') });
  const require = createRequire(toolPath('playwright-core', 'package.json'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  let exitCode = 1;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const hostLog = fs.createWriteStream(path.join(artifacts, 'extension-host.log'));
    // The workbench's and the webviews' console, for debugging views that do not draw.
    const pageLog = fs.createWriteStream(path.join(artifacts, 'page-console.log'));
    page.on('console', (m) => pageLog.write(`${m.type()} ${m.text()}\n`));
    page.on('pageerror', (e) => pageLog.write(`pageerror ${e.message}\n`));
    page.on('response', (r) => { if (r.status() >= 400 || /dist\/(webviews|renderers)/.test(r.url())) pageLog.write(`http ${r.status()} ${r.url()}\n`); });
    page.on('requestfailed', (r) => pageLog.write(`requestfailed ${r.failure()?.errorText} ${r.url()}\n`));
    await page.exposeFunction('codeAutomationLog', (type, args) => hostLog.write(`${type} ${JSON.stringify(args)}\n`));
    let exitedWith;
    await page.exposeFunction('codeAutomationExit', (code) => { exitedWith = code; });
    const url = workbenchUrl(server, {
      folder: workspace,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(outDir, 'suite', 'index.js'),
    });
    log(`code-server ${server.url}, running the suite`);
    await page.goto(url);

    const end = Date.now() + suiteTimeoutMs;
    while (!fs.existsSync(reportPath) && Date.now() < end && exitedWith === undefined) {
      await serveScreenshotRequests(page, requestsDir);
      await servePageProbes(page, requestsDir, artifacts);
      await sleep(100);
    }
    for (let i = 0; i < 50 && !fs.existsSync(reportPath); i++) await sleep(100); // the report lands right before the exit call
    await serveScreenshotRequests(page, requestsDir);
    await page.screenshot({ path: path.join(artifacts, 'final.png') }).catch(() => {});
    hostLog.end();
    pageLog.end();
    if (!fs.existsSync(reportPath)) {
      log(exitedWith === undefined ? `no report after ${suiteTimeoutMs / 1000} s` : `the suite exited with ${exitedWith} and wrote no report`);
      console.log('0 passed, 1 failed');
      return 1;
    }
    const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
    for (const t of report.tests) {
      const mark = t.state === 'passed' ? '✔' : t.state === 'failed' ? '✘' : '-';
      console.log(`  ${mark} ${t.title}${t.state === 'pending' ? ' (skipped)' : ''} ${t.durationMs !== undefined ? `(${t.durationMs} ms)` : ''}`);
      if (t.error) console.log(indent(t.error, 6));
    }
    const passed = report.tests.filter((t) => t.state === 'passed').length;
    const failed = report.tests.filter((t) => t.state === 'failed').length;
    const skipped = report.tests.filter((t) => t.state === 'pending').length;
    log(`suite took ${((Date.now() - t0) / 1000).toFixed(1)} s in all (${(report.durationMs / 1000).toFixed(1)} s in VS Code); artifacts in ${path.relative(root, artifacts)}/`);
    console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    exitCode = failed === 0 && report.tests.length > 0 ? 0 : 1;
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  return exitCode;
}

async function serveScreenshotRequests(page, dir) {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.request'))) {
    const name = f.replace(/\.request$/, '');
    await page.screenshot({ path: path.join(artifacts, `${name}.png`) }).catch((e) => log(`screenshot ${name}: ${e.message}`));
    fs.renameSync(path.join(dir, f), path.join(dir, `${name}.done`));
  }
}

function indent(text, n) { return String(text).split('\n').map((l) => ' '.repeat(n) + l).join('\n'); }

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then((code) => process.exit(code), (e) => { console.error(e.stack ?? e); console.log('0 passed, 1 failed'); process.exit(1); });
}
