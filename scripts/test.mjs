#!/usr/bin/env node
// `npm test`: type-check, Node unit tests (mocha), then the tests inside a real VS Code
// (test/e2e/run.mjs, which installs its tools on first run), and a smoke test of `npm start`. Ends with one line summing every
// suite: `N passed, N failed`. GRADBOOK_SKIP_E2E=1 leaves out the VS Code part.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command with its output shown live, and returns the output for counting. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const count = (out, re) => Number(out.match(re)?.[1] ?? 0);

const suites = [
  {
    // The rendering tests (headless Chromium) and the VS Code tests need these tools; install them
    // first so no unit test skips for want of a browser.
    name: 'test tools (chromium, code-server, playwright-core)',
    skip: process.env.GRADBOOK_SKIP_E2E === '1',
    run: async () => {
      const r = await run(process.execPath, [path.join(root, 'scripts', 'e2e-setup.mjs')]);
      return { passed: 0, failed: r.code === 0 ? 0 : 1, code: r.code };
    },
  },
  {
    name: 'typecheck',
    run: async () => {
      const r = await run(bin('tsc'), ['--noEmit', '-p', '.']);
      return { passed: r.code === 0 ? 1 : 0, failed: r.code === 0 ? 0 : 1, code: r.code };
    },
  },
  {
    name: 'unit (mocha)',
    run: async () => {
      const r = await run(bin('mocha'), ['test/**/*.test.ts', '--ignore', 'test/e2e/**', '--reporter', 'spec']);
      const passed = count(r.out, /^\s*(\d+) passing/m);
      const failed = count(r.out, /^\s*(\d+) failing/m);
      return { passed, failed: failed || (r.code !== 0 ? 1 : 0), skipped: count(r.out, /^\s*(\d+) pending/m), code: r.code };
    },
  },
  {
    name: 'e2e (VS Code)',
    skip: process.env.GRADBOOK_SKIP_E2E === '1',
    run: async () => {
      const r = await run(process.execPath, [path.join(root, 'test', 'e2e', 'run.mjs')]);
      const m = r.out.match(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m);
      return { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 1), skipped: Number(m?.[3] ?? 0), code: r.code };
    },
  },
  {
    name: 'npm start (smoke)',
    skip: process.env.GRADBOOK_SKIP_E2E === '1',
    run: async () => {
      const r = await run(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--smoke']);
      const ok = /^1 passed, 0 failed$/m.test(r.out) && r.code === 0;
      return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, code: r.code };
    },
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const suite of suites) {
  if (suite.skip) { lines.push(`${suite.name}: skipped`); continue; }
  process.stdout.write(`\n── ${suite.name} ──\n`);
  const started = Date.now();
  const r = await suite.run();
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped ?? 0;
  lines.push(`${suite.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.stdout.write(`\n${lines.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
