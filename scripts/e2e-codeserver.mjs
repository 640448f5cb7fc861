// Starts code-server (VS Code 1.100.3, server + web workbench) on 127.0.0.1 with throwaway
// profile folders, for the e2e runner and `npm start`. Stop it with `stop()`: it kills the whole
// process group, because the extension host outlives the main process otherwise.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { toolPath } from './e2e-setup.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'notebook.confirmDeleteRunningCell': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * @param {{ port?: number, extensionsDir?: string, install?: string[], log?: string, keepProfile?: boolean }} options
 * @returns {Promise<{ port: number, url: string, profile: string, stop(): Promise<void>, child: import('node:child_process').ChildProcess }>}
 */
export async function startCodeServer(options = {}) {
  const port = options.port ?? (await freePort());
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-code-server-'));
  const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state'].map((d) => [d, path.join(profile, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const config = path.join(profile, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n'); // code-server rejects an empty config
  const logFile = options.log ?? path.join(profile, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', config,
    '--user-data-dir', dirs['user-data'], '--extensions-dir', options.extensionsDir ?? dirs.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs['xdg-config'], XDG_DATA_HOME: dirs['xdg-data'], XDG_CACHE_HOME: dirs['xdg-cache'], XDG_STATE_HOME: dirs['xdg-state'],
  };
  const entry = toolPath('code-server', 'out', 'node', 'entry.js');
  for (const vsix of options.install ?? []) {
    execFileSync(process.execPath, [entry, ...args, '--install-extension', vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const child = spawn(process.execPath, [entry, ...args], { env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = async () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    for (let i = 0; i < 30 && !exited; i++) await sleep(100);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    if (!options.keepProfile) fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${url}/healthz`, 60_000, () => exited);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}; see ${logFile}`);
  }
  return { port, url, profile, stop, child, logFile };
}

async function waitForHttp(url, timeoutMs, gaveUp) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (gaveUp()) throw new Error('code-server exited during start');
    try { if ((await fetch(url)).ok) return; } catch { /* not listening yet */ }
    await sleep(200);
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

/** The workbench URL that opens `folder` and, optionally, loads an extension under development and its tests. */
export function workbenchUrl({ url, port }, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams({ folder });
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${url}/?${query}`;
}

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
