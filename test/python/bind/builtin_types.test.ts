// The builtin types' constructors and methods are bound from signature tables (src/python/builtins/
// constructors.ts, *-methods.ts, runtime/bytes-methods.ts). Their signatures must be CPython 3.11's:
// builtin_signatures.json holds CPython's text signatures (scripts/builtin-signatures.py, python3),
// so the tables' names, defaults and positional-only/keyword-only markers are checked here without
// Python. Call-error texts are checked by fixtures/builtin_type_call_errors.py.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinConstructorSignatures, builtinMethodSignatures } from '../../../src/python/builtins/type_tables';
import { pySignature } from '../../../src/python/bind/api_doc';
import { compilePlan } from '../../../src/python/bind';

const cpython: Record<string, string | null> = JSON.parse(fs.readFileSync(path.join(__dirname, 'builtin_signatures.json'), 'utf8'));
/** Methods CPython 3.11 does not have but Gradbook keeps (added in 3.12, used by newer programs). */
const NEWER = new Set(['int.is_integer']);

describe('builtin type signature tables', () => {
  const all = [...builtinConstructorSignatures(), ...builtinMethodSignatures()];

  it('every row is a CPython 3.11 constructor or method, bound once, and compiles', () => {
    const seen = new Set<string>();
    for (const sig of all) {
      assert.ok(sig.name in cpython || NEWER.has(sig.name), `${sig.name} is not a CPython 3.11 name`);
      assert.ok(!seen.has(sig.name), `${sig.name} bound twice`);
      seen.add(sig.name);
      compilePlan(sig);
    }
    assert.ok(all.length > 150, `only ${all.length} rows`);
  });

  it("signatures equal CPython's text signatures wherever CPython has one", () => {
    let compared = 0;
    const wrong: string[] = [];
    for (const sig of all) {
      const text = cpython[sig.name];
      if (text === null || text === undefined) continue;
      compared++;
      if (pySignature(sig) !== text) wrong.push(`${sig.name}${pySignature(sig)} != ${text}`);
    }
    assert.deepEqual(wrong, []);
    assert.ok(compared > 100, `only ${compared} compared`);
  });
});
