// The bundled digits' inflated copies cached beside the .gz files (src/node/mnist_environment.ts).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { inflateBundled, nodeFileSource, nodeGunzip } from '../../../src/node';

function tempGz(name: string, content: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-inflate-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, zlib.gzipSync(content));
  return file;
}
const caches = (gz: string) => fs.readdirSync(path.dirname(gz)).filter((f) => f.endsWith('.idx'));

describe('inflateBundled', () => {
  const content = Uint8Array.from({ length: 10000 }, (_, i) => (i * 31) & 255);

  it('inflates once, then serves the same bytes from the cache beside the file', () => {
    const gz = tempGz('a-idx3-ubyte.gz', content);
    let inflations = 0;
    const counting = (b: Uint8Array) => { inflations++; return nodeGunzip(b); };
    assert.deepEqual([...inflateBundled(gz, nodeFileSource, counting)], [...content]);
    assert.equal(caches(gz).length, 1);
    assert.deepEqual([...inflateBundled(gz, nodeFileSource, counting)], [...content]);
    assert.equal(inflations, 1);
  });

  it('inflates again when the cache has the wrong length (a truncated file)', () => {
    const gz = tempGz('b-idx3-ubyte.gz', content);
    inflateBundled(gz);
    const cache = path.join(path.dirname(gz), caches(gz)[0]);
    fs.writeFileSync(cache, content.subarray(0, 100));
    assert.deepEqual([...inflateBundled(gz)], [...content]);
    assert.equal(fs.statSync(cache).size, content.length);
  });

  it('never serves the cache of an earlier version of the file, and drops it', () => {
    const gz = tempGz('c-idx3-ubyte.gz', content);
    inflateBundled(gz);
    const changed = content.map((v) => 255 - v);
    fs.writeFileSync(gz, zlib.gzipSync(changed));
    fs.utimesSync(gz, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual([...inflateBundled(gz)], [...changed]);
    assert.equal(caches(gz).length, 1);
  });

  it('still inflates where the cache cannot be written', () => {
    const gz = tempGz('d-idx3-ubyte.gz', content);
    inflateBundled(gz);
    // A directory where the cache file belongs: it can be neither read nor replaced.
    const cache = path.join(path.dirname(gz), caches(gz)[0]);
    fs.rmSync(cache);
    fs.mkdirSync(path.join(cache, 'x'), { recursive: true });
    assert.deepEqual([...inflateBundled(gz)], [...content]);
    assert.ok(fs.statSync(cache).isDirectory());
    assert.deepEqual(fs.readdirSync(path.dirname(gz)).filter((f) => f.endsWith('.tmp')), []);
  });
});
