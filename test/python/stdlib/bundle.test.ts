// src/python/stdlib/sources.generated.ts must hold the current text of every stdlib .py file.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

describe('bundled Python stdlib sources', () => {
  it('sources.generated.ts is current (run `node scripts/gen-stdlib.mjs` after editing src/python/stdlib/**/*.py)', () => {
    const root = path.resolve(__dirname, '../../..');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/gen-stdlib.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
