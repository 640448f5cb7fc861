// docs/ENGINE.md's worked example of adding an op is the real file (src/engine/ops/nn/softsign.ts),
// so the guide cannot drift from what compiles and is registered.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

describe('docs/ENGINE.md', () => {
  it('quotes ops/nn/softsign.ts exactly in the worked example', () => {
    const guide = fs.readFileSync(path.join(ROOT, 'docs', 'ENGINE.md'), 'utf8');
    const start = guide.indexOf('// Softsign: x / (1 + |x|)');
    assert.ok(start > 0, 'the worked example is in the guide');
    const quoted = guide.slice(start, guide.indexOf('```', start));
    assert.equal(quoted, fs.readFileSync(path.join(ROOT, 'src', 'engine', 'ops', 'nn', 'softsign.ts'), 'utf8'));
  });

  it('names only files that exist in its layout and worked examples', () => {
    const guide = fs.readFileSync(path.join(ROOT, 'docs', 'ENGINE.md'), 'utf8');
    for (const f of ['src/node/mnist_environment.ts', 'src/engine/data/host.ts', 'src/engine/io/file_system.ts', 'src/engine/ops/index.ts',
      'src/python/modules/numpy/creation.ts', 'src/python/bind/catalog.ts', 'test/structure/layers.test.ts', 'test/support/standard_modules.ts']) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), f);
    }
    assert.doesNotMatch(guide, /not yet migrated|until\s+migrated|unmigrated/);
  });
});
