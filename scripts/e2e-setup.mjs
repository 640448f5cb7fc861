#!/usr/bin/env node
// Installs what the real-VS-Code tests need, idempotently: Debian packages (Chromium for
// playwright-core, headers and tools for code-server's native modules), then code-server,
// playwright-core and vsce into the git-ignored .cache/e2e-tools, apart from the extension's own
// dependencies. Safe to run on every `npm test`: a stamp file skips work already done.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifestDir = path.join(root, 'scripts', 'e2e-tools');
export const toolsDir = path.join(root, '.cache', 'e2e-tools');

const debianPackages = { chromium: '/usr/bin/chromium', 'libkrb5-dev': '/usr/include/krb5.h', ripgrep: '/usr/bin/rg', 'build-essential': null };

function log(msg) { process.stderr.write(`[e2e-setup] ${msg}\n`); }

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureDebianPackages() {
  const missing = Object.keys(debianPackages).filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

// @vscode/ripgrep's postinstall downloads rg from the internet, which these machines cannot
// reach; it first looks in its download cache, so we put Debian's rg there under the expected name.
function seedRipgrepCache() {
  const cacheDir = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = path.join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-seed-'));
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
  log(`seeded ${tarball}`);
}

function manifestHash() {
  const h = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(manifestDir, f);
    if (fs.existsSync(p)) h.update(fs.readFileSync(p));
  }
  return h.digest('hex');
}

function installTools() {
  const stamp = path.join(toolsDir, '.installed');
  const hash = manifestHash();
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) return;
  fs.mkdirSync(toolsDir, { recursive: true });
  const hasLock = fs.existsSync(path.join(manifestDir, 'package-lock.json'));
  fs.copyFileSync(path.join(manifestDir, 'package.json'), path.join(toolsDir, 'package.json'));
  if (hasLock) fs.copyFileSync(path.join(manifestDir, 'package-lock.json'), path.join(toolsDir, 'package-lock.json'));
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root without it
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    npm_config_nodedir: '/usr', // node-gyp must use the installed headers, not download them
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  const started = Date.now();
  log(`npm ${hasLock ? 'ci' : 'install'} in ${path.relative(root, toolsDir)} (first run takes a minute or two)`);
  execFileSync('npm', [hasLock ? 'ci' : 'install', '--no-progress'], { cwd: toolsDir, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (!hasLock) fs.copyFileSync(path.join(toolsDir, 'package-lock.json'), path.join(manifestDir, 'package-lock.json'));
  fs.writeFileSync(stamp, manifestHash());
  log(`tools installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function toolPath(...parts) {
  return path.join(toolsDir, 'node_modules', ...parts);
}

export function setup() {
  ensureDebianPackages();
  seedRipgrepCache();
  installTools();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  setup();
}
