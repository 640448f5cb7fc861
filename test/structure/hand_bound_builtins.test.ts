// Every Python-visible function is bound from a signature table through the one binder (issue 9):
// builtin function objects are made in src/python/bind/ only (tableFunction, MethodTable,
// methodDescriptor, classMethodOf, staticMethodOf, readOnlyProperty; docs/ENGINE.md section 5).
// This test reads the source tree and fails on a `new PyBuiltin(` anywhere else, except in the
// files listed below, each with the reason it is still there; it also fails on a listed file that
// no longer has one, so the list only shrinks.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const BINDER = 'src/python/bind/';
const PATTERN = /new\s+PyBuiltin\s*\(/g;

/** Files (relative to the repository root) that may still make builtins by hand, and why. */
const ALLOWED: Readonly<Record<string, string>> = {};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Files outside the binder that make builtins by hand, with how many times. */
function handBound(): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of sourceFiles(SRC)) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    if (rel.startsWith(BINDER)) continue;
    const n = fs.readFileSync(file, 'utf8').match(PATTERN)?.length ?? 0;
    if (n) found.set(rel, n);
  }
  return found;
}

describe('hand-bound builtins (issue 9: one binder)', () => {
  const found = handBound();

  it('no file outside src/python/bind makes a builtin by hand unless the allowlist says why', () => {
    const unexpected = [...found].filter(([file]) => !(file in ALLOWED)).map(([file, n]) => `${file}: ${n} × new PyBuiltin(`);
    assert.deepEqual(unexpected, [], 'bind these through a signature table (src/python/bind/objects.ts, method.ts; docs/ENGINE.md section 5)');
  });

  it('every allowlist entry still has a hand-made builtin (remove the ones that are converted)', () => {
    const stale = Object.keys(ALLOWED).filter(file => !found.has(file));
    assert.deepEqual(stale, []);
  });

  it('every allowlist entry gives a reason', () => {
    for (const [file, why] of Object.entries(ALLOWED)) assert.ok(why.trim().length > 0, file);
  });

  it('finds hand-made builtins where they are (the scan itself works)', () => {
    // The binder's own files make builtins; a scan that found none there would prove nothing.
    const binder = sourceFiles(path.join(SRC, 'python/bind')).filter(f => (fs.readFileSync(f, 'utf8').match(PATTERN)?.length ?? 0) > 0);
    assert.ok(binder.length > 0);
  });
});
