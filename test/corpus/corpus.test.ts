// The corpus regression gate: every program listed in passing.json (written by
// `npm run corpus -- --update`) must still run through the CLI to the end with all of its checks
// holding. A program that fails here regressed: the report names the error or the failed check.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { firstFailedCheck, listPrograms, loadProgram, Program, programsDir, readPassingList, repoRoot, runProgram, sameLine } from './runner';

describe('corpus: third-party-style TF1 programs that pass today keep passing', function () {
  this.timeout(600_000);
  const passing = readPassingList();

  before(() => { execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'ignore' }); });

  it('lists only programs that exist, each naming the real program it models', () => {
    const known = new Set(listPrograms().map(p => p.id));
    for (const id of passing) assert.ok(known.has(id), `passing.json names ${id}, which is not in test/corpus/programs`);
    for (const p of listPrograms()) assert.match(p.models, /^\S+\/\S+ \S/, `${p.id}: "# Models: owner/repo path"`);
  });

  for (const id of passing) {
    it(id, async () => {
      const program: Program = loadProgram(path.join(programsDir, id));
      const r = await runProgram(program);
      const why = r.status === 'failed' ? r.error : r.status === 'wrong' ? r.detail : '';
      assert.equal(r.status, 'passed', `${id} ${r.status}: ${why}\n--- stdout (tail) ---\n${r.stdout.slice(-1500)}`);
    });
  }
});

describe('corpus checks', () => {
  const program = (checks: Program['checks'], referenceLines: string[] = []): Program =>
    ({ id: 'x.py', file: 'x.py', models: 'a/b c', checks, referenceLines, referenceTolerance: 1e-4, timeoutMs: 1000 });

  it('compares numbers in lines with a relative tolerance and everything else exactly', () => {
    assert.ok(sameLine('Accuracy: 0.91000003', 'Accuracy: 0.91'));
    assert.ok(!sameLine('Accuracy: 0.92', 'Accuracy: 0.91'));
    assert.ok(!sameLine('accuracy: 0.91', 'Accuracy: 0.91'));
    assert.ok(sameLine('  [[12. 16.]', '[[12. 16.]'));
  });

  it('fails a value check that is not met and passes one that is', () => {
    const check = { kind: 'value' as const, re: /^acc ([\d.]+)$/m, op: '>=', target: 0.8, tol: 0 };
    assert.equal(firstFailedCheck(program([check]), 'acc 0.5\nacc 0.85\n'), null);
    assert.match(firstFailedCheck(program([check]), 'acc 0.85\nacc 0.5\n')!, /got 0.5, expected >= 0.8/);
    assert.match(firstFailedCheck(program([check]), 'nothing\n')!, /nothing printed matches/);
  });

  it('needs reference lines in order and decreases to hold', () => {
    assert.equal(firstFailedCheck(program([], ['a 1', 'b 2']), 'a 1\nx\nb 2\n'), null);
    assert.match(firstFailedCheck(program([], ['b 2', 'a 1']), 'a 1\nb 2\n')!, /reference line not printed/);
    const decrease = { kind: 'decrease' as const, re: /^loss ([\d.]+)$/m, factor: 0.5 };
    assert.equal(firstFailedCheck(program([decrease]), 'loss 2\nloss 0.9\n'), null);
    assert.match(firstFailedCheck(program([decrease]), 'loss 2\nloss 1.5\n')!, /went from 2 to 1.5/);
  });
});
