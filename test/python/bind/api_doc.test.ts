// docs/API.md is generated from the signature tables and must be current; every table in the
// catalog compiles (a malformed signature fails here, not in a user's cell) and no qualified
// name is bound twice.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { apiCatalog } from '../../../src/python/bind/catalog';
import { pySignature, renderApiDoc } from '../../../src/python/bind/api_doc';
import { compilePlan } from '../../../src/python/bind';

describe('docs/API.md and the signature tables', () => {
  it('docs/API.md matches the tables (run `npm run docs:api` after changing one)', () => {
    const file = path.join(__dirname, '..', '..', '..', 'docs', 'API.md');
    assert.equal(fs.readFileSync(file, 'utf8'), renderApiDoc(), 'docs/API.md is stale: run npm run docs:api');
  });

  it('every table compiles and binds each qualified name once', () => {
    const names: string[] = [];
    for (const section of apiCatalog()) {
      for (const f of section.functions) {
        compilePlan(f.signature);
        names.push(f.signature.name, ...f.aliases ?? []);
        for (const p of f.signature.params) assert.match(p.name, /^[A-Za-z_][A-Za-z0-9_]*$/, `${f.signature.name}: ${p.name}`);
        assert.ok(f.signature.doc.length > 0, `${f.signature.name} has no doc line`);
      }
    }
    assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), []);
  });

  it('signatures render as Python writes them (/, *, *args, **kwargs, expression defaults)', () => {
    assert.equal(pySignature({ name: 'f', doc: '', varargs: 'args', varkw: 'kw', params: [
      { name: 'a', kind: 'positional' }, { name: 'b', default: { float: 1 } }, { name: 'c', default: { expr: 'tf.float32' }, kind: 'keyword' },
    ] }), '(a, /, b=1.0, *args, c=tf.float32, **kw)');
    assert.equal(pySignature({ name: 'g', doc: '', params: [{ name: 'x' }, { name: 'k', default: 'a\nb', kind: 'keyword' }] }), "(x, *, k='a\\nb')");
  });
});
