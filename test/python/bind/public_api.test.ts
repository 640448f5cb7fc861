// The public-API rule (docs/ENGINE.md): table-bound Python code reaches the engine only through
// src/engine/index.ts. This checks the binder and the table files; test/structure/layers.test.ts
// checks the same rule for the whole of src/python and src/worker.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(d => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

describe('table bindings use the engine public API only', () => {
  it('src/python/bind/**, modules/tensorflow/tables/** and every bound.ts / engine_api.ts import src/engine, never a file inside it', () => {
    const python = path.join(ROOT, 'src', 'python');
    const bound = files(python).filter(f => f.startsWith(path.join(python, 'bind') + path.sep) || /(^|[\\/])(bound|engine_api)\.ts$/.test(f)
      || f.startsWith(path.join(python, 'modules', 'tensorflow', 'tables') + path.sep));
    assert.ok(bound.length >= 9, `${bound.length} files checked`);
    const offenders: string[] = [];
    for (const f of bound) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)) {
        const target = path.resolve(path.dirname(f), m[1]);
        const engine = path.join(ROOT, 'src', 'engine');
        if (target.startsWith(engine + path.sep)) offenders.push(`${path.relative(ROOT, f)} imports ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
