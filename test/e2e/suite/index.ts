// Entry point VS Code calls in the extension host (extensionTestsPath): runs every *.test.js
// beside it with mocha and writes a JSON report the runner outside VS Code reads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { config } from '../support/host';

interface TestReport { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }

export function run(): Promise<void> {
  // GRADBOOK_E2E_GREP=<text> runs only the tests whose full title contains it.
  const mocha = new Mocha({ ui: 'bdd', timeout: 180_000, color: false, reporter: 'spec', ...(config.grep ? { grep: config.grep } : {}) });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const tests: TestReport[] = [];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      fs.writeFileSync(config.reportPath, JSON.stringify({ tests, durationMs: Date.now() - started }, null, 2));
      if (failures > 0) reject(new Error(`${failures} e2e tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: err?.stack ?? String(err) }));
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
