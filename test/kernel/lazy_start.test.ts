// What the kernel's start leaves for later (docs/ENGINE.md section 12, start-up): Node's crypto is
// required at its first use (hashlib, os.urandom, an unseeded random.seed, contrib's RNN cell
// seeds), not by the bundle's evaluation. Checked in a bundle like the worker's run by plain Node,
// since the test runner itself (tsx) loads crypto.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

describe('kernel start: Node modules loaded at first use', () => {
  it('a session runs print(1) without loading crypto, and hashlib, os.urandom and random.seed() load it when asked', async function () {
    this.timeout(120000);
    const esbuild = await import('esbuild');
    const { targets } = await import(path.join(ROOT, 'scripts', 'build.mjs'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-lazy-'));
    try {
      const entry = `
        import './src/python/modules/standard';
        import { PythonSession } from './src/python/index';
        const out: string[] = [];
        const session = new PythonSession({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), display: () => {} });
        const crypto = () => (process as unknown as { moduleLoadList: string[] }).moduleLoadList.includes('NativeModule crypto');
        session.runCell('print(1)', '<cell 1>');
        const atStart = crypto();
        session.runCell('import hashlib, os, random\\nprint(hashlib.md5(b"abc").hexdigest(), len(os.urandom(5)))\\nrandom.seed()\\nprint(0 <= random.random() < 1)', '<cell 2>');
        console.log(JSON.stringify({ out: out.join(''), atStart, after: crypto() }));`;
      const out = path.join(dir, 'start.js');
      const { entryPoints: _e, outfile: _o, ...options } = targets.worker;
      await esbuild.build({ ...options, stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, absWorkingDir: ROOT, outfile: out, sourcemap: false, logLevel: 'silent' });
      const r = spawnSync(process.execPath, [out], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { out: '1\n900150983cd24fb0d6963f7d28e17f72 5\nTrue\n', atStart: false, after: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
