// The kernel worker's bundle loads through V8's code cache (src/worker/codeCache.ts): the first
// start writes the cache beside the bundle, later starts use it, and a rebuilt bundle never meets
// the cache of the old one.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codeCachePath, requireWithCodeCache, CODE_CACHE_SUFFIX } from '../../src/worker/codeCache';

describe('worker bundle code cache', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-codecache-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const caches = () => fs.readdirSync(dir).filter((n) => n.endsWith(CODE_CACHE_SUFFIX));
  const bundle = (body: string) => {
    const file = path.join(dir, 'worker.js');
    fs.writeFileSync(file, body);
    return file;
  };

  it('writes the cache on the first load, uses it on the next, and runs the bundle as CommonJS each time', () => {
    const g = globalThis as { __codeCacheRuns?: string[] };
    g.__codeCacheRuns = [];
    const file = bundle(`const p = require('path'); globalThis.__codeCacheRuns.push(p.basename(__filename) + ' ' + (__dirname === ${JSON.stringify(dir)}) + ' ' + (typeof module.exports));\nfunction square(x) { return x * x; }\nglobalThis.__codeCacheRuns.push(String(square(7)));`);
    assert.equal(requireWithCodeCache(file), false);
    assert.deepEqual(caches(), [path.basename(codeCachePath(file))]);
    assert.equal(requireWithCodeCache(file), true);
    assert.deepEqual(g.__codeCacheRuns, ['worker.js true object', '49', 'worker.js true object', '49']);
    delete g.__codeCacheRuns;
  });

  it('reads an ASCII bundle as latin1 and any other as UTF-8: the strings the bundle defines are the same either way', () => {
    const g = globalThis as { __codeCacheText?: string[] };
    g.__codeCacheText = [];
    // What the ascii-only build writes (escapes), then a bundle built without that plugin (raw UTF-8).
    // Each twice: the second start takes the encoding from the cache file instead of scanning.
    const escaped = bundle('globalThis.__codeCacheText.push("\\u00e9\\u2192 caf\\u00e9");');
    assert.deepEqual([requireWithCodeCache(escaped), requireWithCodeCache(escaped)], [false, true]);
    const raw = bundle('globalThis.__codeCacheText.push("\u00e9\u2192 caf\u00e9"); // \u2192 in a comment');
    assert.deepEqual([requireWithCodeCache(raw), requireWithCodeCache(raw)], [false, true]);
    assert.deepEqual(g.__codeCacheText, Array(4).fill('\u00e9\u2192 caf\u00e9'));
    delete g.__codeCacheText;
  });

  it('runs the bundle wrapped as Module.wrap does: its line numbers, `this` and the wrapper arguments are those of require', () => {
    const g = globalThis as { __codeCacheLine?: string[] };
    g.__codeCacheLine = [];
    const file = bundle('\n\nglobalThis.__codeCacheLine.push(String(this === module.exports), typeof require.resolve, new Error().stack.split("\\n")[1].replace(/.*:(\\d+):\\d+\\)?$/, "$1"));\n');
    requireWithCodeCache(file);
    requireWithCodeCache(file);
    assert.deepEqual(g.__codeCacheLine, ['true', 'function', '3', 'true', 'function', '3']);
    delete g.__codeCacheLine;
  });

  it('processes with other V8 flags keep their own cache of the same bundle instead of rewriting one (V8 rejects a cache made under other flags)', () => {
    const file = bundle('globalThis.__codeCacheValue = 3;');
    const load = (flags: string[]) => {
      const script = `process.stdout.write(String(require('./src/worker/codeCache').requireWithCodeCache(${JSON.stringify(file)})))`;
      const r = spawnSync(process.execPath, [...flags, '--require', 'tsx/cjs', '-e', script], { cwd: path.join(__dirname, '../..'), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    // Alternating as `gradbook run` (no flags) and a kernel process (--max-old-space-size) do.
    const used = [[], ['--max-old-space-size=300'], [], ['--max-old-space-size=300']].map(load);
    assert.deepEqual(used, ['false', 'false', 'true', 'true']);
    assert.equal(caches().length, 2);
  });

  it('a rebuilt bundle gets its own cache and the old one is removed', () => {
    const file = bundle('globalThis.__codeCacheValue = 1;');
    requireWithCodeCache(file);
    const first = caches();
    // Same length, different code and mtime: V8 alone would accept the old cache for it.
    fs.writeFileSync(file, 'globalThis.__codeCacheValue = 2;');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    assert.equal(requireWithCodeCache(file), false);
    assert.equal((globalThis as { __codeCacheValue?: number }).__codeCacheValue, 2);
    assert.equal(caches().length, 1);
    assert.notDeepEqual(caches(), first);
  });

  it('a cache file of the older format (no encoding byte) counts as none and is rewritten', () => {
    const file = bundle('globalThis.__codeCacheValue = 4;');
    requireWithCodeCache(file);
    const cache = path.join(dir, caches()[0]);
    fs.writeFileSync(cache, fs.readFileSync(cache).subarray(1));
    assert.equal(requireWithCodeCache(file), false);
    assert.equal(requireWithCodeCache(file), true);
    assert.equal((globalThis as { __codeCacheValue?: number }).__codeCacheValue, 4);
  });

  it('GRADBOOK_CODE_CACHE=0 compiles from source and writes nothing', () => {
    const file = bundle('globalThis.__codeCacheValue = 3;');
    process.env.GRADBOOK_CODE_CACHE = '0';
    try {
      assert.equal(requireWithCodeCache(file), false);
      assert.deepEqual(caches(), []);
    } finally {
      delete process.env.GRADBOOK_CODE_CACHE;
    }
  });
});
