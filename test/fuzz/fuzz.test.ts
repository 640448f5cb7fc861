// The fuzz suite (issue 8): a few hundred mutated TF1 programs and notebooks, generated from a
// fixed seed, each run like the kernel runs cells. Every case must end in success or a
// Python/TF-style error (no crash, no JavaScript text) and leave the session usable.
// FUZZ_SEED=n picks other cases for exploration; FUZZ_ONLY=text runs the cases whose name has it.
import { strict as assert } from 'assert';
import { buildCases, FuzzCase } from './cases';
import { runCase } from './run_case';
import { memoryBudget, memoryInUse, setMemoryBudget } from '../../src/engine/memory';
import { clearDefaultGraphState } from '../../src/engine/graph/default_graph';

const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
const TIME_LIMIT_MS = 1500;
const GB = 1024 ** 3;

describe(`fuzz: mutated TF1 programs and notebooks (seed ${SEED})`, function () {
  this.timeout(300000);
  const cases = buildCases(SEED, 40, 6, 12).filter(c => !process.env.FUZZ_ONLY || c.name.includes(process.env.FUZZ_ONLY));
  const saved = memoryBudget();
  // A smaller budget than the kernel's default: mutants asking for gigabytes fail fast.
  before(() => setMemoryBudget(memoryInUse().totalBytes + 1.5 * GB));
  after(() => { setMemoryBudget(saved); clearDefaultGraphState(); });

  it('has a few hundred cases from every seed program and notebook', () => {
    if (process.env.FUZZ_ONLY) return;
    assert.ok(cases.length >= 250, `${cases.length} cases`);
    assert.ok(cases.some(c => c.kind === 'notebook') && cases.some(c => c.name.startsWith('examples/mnist_deep')));
  });

  const groups = new Map<string, FuzzCase[]>();
  for (const c of cases) {
    const source = c.name.replace(/ (#\d+|\(unmutated\)).*$/, '');
    groups.set(source, [...(groups.get(source) ?? []), c]);
  }
  const outcomes = new Map<string, number>();
  for (const [source, group] of groups) {
    it(`${source}: ${group.length} cases end in success or a Python-style error`, () => {
      const problems: string[] = [];
      for (const c of group) {
        clearDefaultGraphState();
        // The seed programs themselves must finish, however loaded the machine is.
        const r = runCase(c, c.name.endsWith('(unmutated)') ? 30 * TIME_LIMIT_MS : TIME_LIMIT_MS);
        outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
        if (c.name.endsWith('(unmutated)') && c.kind === 'program' && r.outcome !== 'ok') problems.push(`${c.name}: the seed program itself fails (${r.outcome})`);
        if (r.problem) problems.push(`${c.name}: ${r.problem}\n    case: ${JSON.stringify(c.text.slice(0, 300))}`);
      }
      if (problems.length) assert.fail(`${problems.length} of ${group.length} cases broke the rules (rerun one with FUZZ_ONLY='<name>'):\n${problems.join('\n')}`);
    });
  }

  after(() => {
    if (!process.env.FUZZ_QUIET) console.log(`      outcomes: ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  });
});
