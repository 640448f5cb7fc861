#!/usr/bin/env node
// `npm run test:electron`: the same in-host mocha suite as test/e2e, in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (these CI machines cannot: there
// the suite runs in code-server, `npm test`). Prints `N passed, N failed`.
import fs from 'node:fs';
import path from 'node:path';
import { build, root } from '../../scripts/build.mjs';
import { prepareSuite } from '../e2e/prepare.mjs';

const outDir = path.join(root, 'out', 'e2e');
const artifacts = path.join(root, 'test-artifacts', 'electron');
const log = (msg) => process.stderr.write(`[electron] ${msg}\n`);

async function main() {
  await build({ e2e: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const { workspace, reportPath } = prepareSuite({ outDir, artifacts, screenshots: false, log });
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      version: process.env.GRADBOOK_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(outDir, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (e) {
    log(`VS Code run failed: ${e.message ?? e}`);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  if (!fs.existsSync(reportPath)) { console.log('0 passed, 1 failed'); return 1; }
  const { tests } = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = tests.filter((t) => t.state === 'failed').length;
  for (const t of tests.filter((t) => t.state === 'failed')) console.log(`  ✘ ${t.title}\n${t.error}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 1; });
