// Prepares one run of the in-host suite, for any host (code-server here, desktop VS Code through
// @vscode/test-electron): a throwaway workspace with the fixtures and the example, and the
// config.json the suite reads (report path, screenshot requests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/build.mjs';

export function prepareSuite({ outDir, artifacts, screenshots }) {
  // A throwaway workspace holding copies of the fixtures, so tests may edit and save files.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-e2e-ws-'));
  fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  fs.cpSync(path.join(root, 'examples'), path.join(workspace, 'examples'), { recursive: true });
  const reportPath = path.join(outDir, 'report.json');
  const requestsDir = path.join(outDir, 'screenshot-requests');
  fs.rmSync(reportPath, { force: true });
  fs.rmSync(requestsDir, { recursive: true, force: true });
  fs.mkdirSync(requestsDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'config.json'), JSON.stringify({ reportPath, requestsDir, artifacts, workspace, extensionRoot: root, screenshots, grep: process.env.GRADBOOK_E2E_GREP }, null, 2));
  return { workspace, reportPath, requestsDir };
}
