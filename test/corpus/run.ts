// `npm run corpus [-- FILTER] [-- --update] [-- --jobs N]`: runs every corpus program through the
// CLI, prints a table, the line `corpus: N/M programs pass`, and the errors that block programs,
// most-blocking first, each with the open issue it belongs to. Writes the result into
// test/corpus/RESULTS.md between the markers (the hand-written parts stay), and with --update
// rewrites passing.json, the list the mocha regression test (corpus.test.ts) runs.
import * as fs from 'fs';
import * as path from 'path';
import { corpusDir, listPrograms, Outcome, passingListFile, Program, readPassingList, runProgram } from './runner';
import { writeSurvey } from './survey';
import { issueOf } from './issues';

type Row = { program: Program; outcome: Outcome; stdout: string; stderr: string };

async function runAll(programs: Program[], jobs: number): Promise<Row[]> {
  const rows: Row[] = new Array(programs.length);
  let next = 0;
  const worker = async () => {
    while (next < programs.length) {
      const i = next++;
      const r = await runProgram(programs[i]);
      rows[i] = { program: programs[i], outcome: r, stdout: r.stdout, stderr: r.stderr };
      process.stderr.write(`  ${statusWord(r)} ${programs[i].id} (${(r.ms / 1000).toFixed(1)} s)\n`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return rows;
}

const statusWord = (o: Outcome) => o.status.padEnd(6);
const reasonOf = (o: Outcome) => (o.status === 'failed' ? o.error : o.status === 'wrong' ? o.detail : '');

/** Errors ranked by how many programs they stop (wrong answers rank as one "wrong numbers" group). */
function blockers(rows: Row[]): { reason: string; issue: string; programs: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { program, outcome } of rows) {
    if (outcome.status === 'passed') continue;
    const key = outcome.status === 'failed' ? outcome.error : `wrong numbers: ${outcome.detail}`;
    groups.set(key, [...(groups.get(key) ?? []), program.id]);
  }
  return [...groups.entries()]
    .map(([reason, programs]) => ({ reason, issue: issueOf(reason), programs }))
    .sort((a, b) => b.programs.length - a.programs.length || a.reason.localeCompare(b.reason));
}

function markdown(rows: Row[]): string {
  const passed = rows.filter(r => r.outcome.status === 'passed').length;
  const ran = rows.filter(r => r.outcome.status !== 'failed').length;
  const out: string[] = [];
  out.push(`corpus: ${passed}/${rows.length} programs pass (${ran} run to the end)`, '');
  out.push('| program | models | outcome | first error / failed check |', '|---|---|---|---|');
  for (const { program, outcome } of rows) {
    const reason = reasonOf(outcome).replace(/\|/g, '\\|');
    out.push(`| ${program.id} | ${program.models.replace(/\|/g, '\\|')} | ${outcome.status} | ${reason} |`);
  }
  out.push('', '### Blockers, by programs stopped', '', '| programs | issue | error |', '|---|---|---|');
  for (const b of blockers(rows)) out.push(`| ${b.programs.length} | ${b.issue} | ${b.reason.replace(/\|/g, '\\|')} |`);
  const byIssue = new Map<string, number>();
  for (const b of blockers(rows)) byIssue.set(b.issue, (byIssue.get(b.issue) ?? 0) + b.programs.length);
  out.push('', '### Programs stopped, by issue', '', '| issue | programs |', '|---|---|');
  for (const [issue, n] of [...byIssue.entries()].sort((a, b) => b[1] - a[1])) out.push(`| ${issue} | ${n} |`);
  return out.join('\n');
}

function writeResults(rows: Row[]): void {
  const file = path.join(corpusDir, 'RESULTS.md');
  const begin = '<!-- corpus:begin (written by npm run corpus) -->';
  const end = '<!-- corpus:end -->';
  const block = `${begin}\n${markdown(rows)}\n${end}`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Corpus results\n\n${begin}\n${end}\n`;
  const at = old.indexOf(begin);
  const stop = old.indexOf(end);
  const text = at >= 0 && stop > at ? old.slice(0, at) + block + old.slice(stop + end.length) : `${old}\n${block}\n`;
  fs.writeFileSync(file, text);
}

async function main(argv: string[]): Promise<number> {
  const update = argv.includes('--update');
  const jobsAt = argv.indexOf('--jobs');
  const jobs = jobsAt >= 0 ? Number(argv[jobsAt + 1]) : 2;
  const filter = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--jobs')[0];
  const programs = listPrograms(filter);
  const rows = await runAll(programs, jobs);
  const width = Math.max(...rows.map(r => r.program.id.length));
  for (const { program, outcome } of rows) {
    console.log(`${program.id.padEnd(width)}  ${statusWord(outcome)}  ${reasonOf(outcome)}`);
  }
  const passed = rows.filter(r => r.outcome.status === 'passed').map(r => r.program.id);
  console.log(`\ncorpus: ${passed.length}/${rows.length} programs pass`);
  console.log('\nblockers (programs stopped, issue, error):');
  for (const b of blockers(rows)) console.log(`  ${String(b.programs.length).padStart(3)}  ${b.issue.padEnd(9)} ${b.reason}`);
  if (!filter) { writeResults(rows); writeSurvey(); }
  const expected = readPassingList();
  const regressed = expected.filter(id => rows.some(r => r.program.id === id) && !passed.includes(id));
  if (regressed.length) console.log(`\nregressed (in passing.json, not passing now): ${regressed.join(', ')}`);
  if (update) {
    const keep = filter ? expected.filter(id => !rows.some(r => r.program.id === id)) : [];
    fs.writeFileSync(passingListFile, JSON.stringify([...keep, ...passed].sort(), null, 2) + '\n');
    console.log(`passing.json: ${keep.length + passed.length} programs`);
  }
  return 0;
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, e => { console.error(e); process.exitCode = 1; });
