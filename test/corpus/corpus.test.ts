// The corpus regression gate: every program listed in passing.json (written by
// `npm run corpus -- --update`) must still run through the CLI to the end with all of its checks
// holding. A program that fails here regressed: the report names the error or the failed check.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { firstFailedCheck, listPrograms, loadProgram, Program, programsDir, readPassingList, repoRoot, runProgram, sameLine } from './runner';

// Programs run JOBS at a time (CORPUS_JOBS, default 2: this machine's two cores; most of a
// program's time is one thread: start-up, parsing, the interpreter), in passing.json's order, each
// with JOBS times its own time limit since a neighbour shares the cores. The gate is about
// regressions, not speed: the benches measure speed.
const JOBS = Math.max(1, Number(process.env.CORPUS_JOBS ?? 2));

/** Runs the functions given to it at most `n` at a time, in the order they were given. */
function limiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(f: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>(resolve => waiting.push(resolve));
    active++;
    try { return await f(); } finally { active--; waiting.shift()?.(); }
  };
}

describe('corpus: third-party-style TF1 programs that pass today keep passing', function () {
  this.timeout(600_000);
  const passing = readPassingList();
  const programs = new Map<string, Program>();
  const outcomes = new Map<string, Promise<Awaited<ReturnType<typeof runProgram>>>>();

  before(() => {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'ignore' });
    const limit = limiter(JOBS);
    // A name without a file fails the listing test above, not the whole file.
    for (const id of passing) if (fs.existsSync(path.join(programsDir, id))) programs.set(id, loadProgram(path.join(programsDir, id)));
    for (const [id, program] of programs) {
      const outcome = limit(() => runProgram({ ...program, timeoutMs: program.timeoutMs * JOBS }));
      outcome.catch(() => undefined);  // reported by its own test, not as an unhandled rejection
      outcomes.set(id, outcome);
    }
  });

  it('lists only programs that exist, each naming the real program it models', () => {
    const known = new Set(listPrograms().map(p => p.id));
    for (const id of passing) assert.ok(known.has(id), `passing.json names ${id}, which is not in test/corpus/programs`);
    for (const p of listPrograms()) assert.match(p.models, /^\S+\/\S+ \S/, `${p.id}: "# Models: owner/repo path"`);
  });

  for (const id of passing) {
    it(id, async function () {
      // Waiting includes the program run beside this one.
      const program = programs.get(id);
      assert.ok(program, `${id} is not in test/corpus/programs`);
      this.timeout(2 * JOBS * program.timeoutMs + 60_000);
      const r = await outcomes.get(id)!;
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
