// The node bundles are written ASCII-only (scripts/ascii-only.mjs) so V8 keeps their source as a
// one-byte string; the escapes must not change what the code means.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

const ROOT = path.join(__dirname, '..', '..');

describe('ASCII-only node bundles', () => {
  it('escapes every non-ASCII character without changing strings, templates, regexes or identifiers', async () => {
    const { escapeNonAscii } = await import(path.join(ROOT, 'scripts', 'ascii-only.mjs'));
    const source = [
      '// a comment with → and ’',
      'const café = "−1 × 2 😀";',
      'const t = `µ${1}→`;',
      'const r = /^−(\\d)/.exec("−7")[1];',
      'const u = /😀/u.test("😀");',
      '({ café, t, r, u, len: "😀".length });',
    ].join('\n');
    const escaped: string = escapeNonAscii(source);
    assert.ok(!/[^\x00-\x7f]/.test(escaped), escaped);
    const run = (code: string) => JSON.parse(JSON.stringify(vm.runInNewContext(code)));
    assert.deepEqual(run(escaped), run(source));
    assert.deepEqual(run(escaped), { café: '−1 × 2 😀', t: 'µ1→', r: '7', u: true, len: 2 });
  });

  it('builds the worker bundle ASCII-only', async function () {
    this.timeout(120000);
    const esbuild = await import('esbuild');
    const { targets } = await import(path.join(ROOT, 'scripts', 'build.mjs'));
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-ascii-')), 'worker.js');
    await esbuild.build({ ...targets.worker, absWorkingDir: ROOT, outfile: out, sourcemap: false, logLevel: 'silent' });
    const bytes = fs.readFileSync(out);
    assert.ok(bytes.length > 1_000_000);
    assert.equal(bytes.findIndex((b) => b > 0x7f), -1);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
