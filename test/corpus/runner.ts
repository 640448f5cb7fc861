// The corpus runner: finds the corpus programs, reads the checks each one declares in its header,
// runs it through the real CLI (`node bin/gradbook.js run FILE`) in a child process, and classifies
// the outcome as passed (ran to the end and every check holds), wrong (ran to the end, a check
// failed) or failed (an error stopped it; we keep the error's class and message).
//
// Checks are comment lines anywhere in the program (for notebooks: in any code cell):
//   # expect-line: TEXT                 stdout has a line equal to TEXT; numbers in it compare with
//                                       a relative tolerance of 1e-4 (float32 vs float64 reference)
//   # expect-value: /RE/ OP NUMBER [TOL]  the last match of RE (group 1 as a number) OP NUMBER,
//                                       OP one of >= <= > < ==, and ~= with an absolute tolerance
//   # expect-decrease: /RE/ FACTOR      last match of RE <= FACTOR * first match (loss fell)
//   # expect-count: /RE/ N              RE matches exactly N lines of stdout
//   # corpus-timeout: SECONDS           (default 90)
//   # reference-tolerance: REL          relative tolerance for the reference lines (default 1e-4)
// A file whose text has `# corpus-helper` is a local module other programs import, not a program.
// A reference file test/corpus/reference/<kind>/<name>.txt, written by reference/generate.py from a
// float64 NumPy computation of the same equations, lists lines stdout must contain in order.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const corpusDir = __dirname;
export const repoRoot = path.resolve(__dirname, '../..');
export const programsDir = path.join(corpusDir, 'programs');
const referenceDir = path.join(corpusDir, 'reference');

export type Check =
  | { kind: 'line'; text: string }
  | { kind: 'value'; re: RegExp; op: string; target: number; tol: number }
  | { kind: 'decrease'; re: RegExp; factor: number }
  | { kind: 'count'; re: RegExp; n: number };

export interface Program {
  /** `<kind>/<name>.py`, relative to programs/. */
  id: string;
  file: string;
  models: string;
  checks: Check[];
  referenceLines: string[];
  referenceTolerance: number;
  timeoutMs: number;
}

export type Outcome =
  | { status: 'passed'; ms: number }
  | { status: 'wrong'; ms: number; detail: string }
  | { status: 'failed'; ms: number; error: string };

export function listPrograms(filter?: string): Program[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(py|ipynb)$/.test(entry.name)) files.push(full);
    }
  };
  walk(programsDir);
  return files
    .filter(f => !fs.readFileSync(f, 'utf8').includes('# corpus-helper'))
    .map(loadProgram)
    .filter(p => !filter || p.id.includes(filter));
}

export function loadProgram(file: string): Program {
  const id = path.relative(programsDir, file).split(path.sep).join('/');
  const raw = fs.readFileSync(file, 'utf8');
  const text = file.endsWith('.ipynb') ? notebookSource(raw) : raw;
  const checks: Check[] = [];
  let models = '';
  let timeoutMs = 90_000;
  let referenceTolerance = 1e-4;
  for (const line of text.split('\n')) {
    const m = /^\s*#\s*(expect-line|expect-value|expect-decrease|expect-count|corpus-timeout|reference-tolerance|Models):\s?(.*)$/.exec(line);
    if (!m) continue;
    const [, key, rest] = m;
    if (key === 'Models') models ||= rest.trim();
    else if (key === 'corpus-timeout') timeoutMs = Number(rest) * 1000;
    else if (key === 'reference-tolerance') referenceTolerance = Number(rest);
    else checks.push(parseCheck(key, rest.trimEnd(), id));
  }
  const refFile = path.join(referenceDir, id.replace(/\.(py|ipynb)$/, '.txt'));
  const referenceLines = fs.existsSync(refFile)
    ? fs.readFileSync(refFile, 'utf8').split('\n').filter(l => l.trim() !== '')
    : [];
  if (checks.length === 0 && referenceLines.length === 0) throw new Error(`${id}: declares no checks`);
  if (!models) throw new Error(`${id}: the header must name the real program it models ("# Models: repo path")`);
  return { id, file, models, checks, referenceLines, referenceTolerance, timeoutMs };
}

function notebookSource(raw: string): string {
  const nb = JSON.parse(raw) as { cells: { cell_type: string; source: string | string[] }[] };
  return nb.cells
    .filter(c => c.cell_type === 'code')
    .map(c => (Array.isArray(c.source) ? c.source.join('') : c.source))
    .join('\n');
}

function parseRegex(spec: string, id: string): [RegExp, string] {
  const m = /^\/((?:\\.|[^/])+)\/\s*(.*)$/.exec(spec);
  if (!m) throw new Error(`${id}: a check needs a /regex/: ${spec}`);
  return [new RegExp(m[1], 'm'), m[2].trim()];
}

function parseCheck(key: string, rest: string, id: string): Check {
  if (key === 'expect-line') return { kind: 'line', text: rest.trim() };
  const [re, tail] = parseRegex(rest.trim(), id);
  const words = tail.split(/\s+/);
  if (key === 'expect-value') {
    const [op, target, tol] = words;
    if (!['>=', '<=', '>', '<', '==', '~='].includes(op)) throw new Error(`${id}: unknown operator ${op}`);
    return { kind: 'value', re, op, target: Number(target), tol: tol === undefined ? 0 : Number(tol) };
  }
  if (key === 'expect-decrease') return { kind: 'decrease', re, factor: Number(words[0]) };
  return { kind: 'count', re, n: Number(words[0]) };
}

/** The first failed check, or null when every check holds. */
export function firstFailedCheck(program: Program, stdout: string): string | null {
  const lines = stdout.split('\n').map(l => l.trimEnd());
  let from = 0;
  for (const want of program.referenceLines) {
    const at = lines.findIndex((l, i) => i >= from && sameLine(l, want, program.referenceTolerance));
    if (at < 0) return `reference line not printed (in order): ${want}`;
    from = at + 1;
  }
  for (const check of program.checks) {
    const failure = failureOf(check, lines, stdout);
    if (failure) return failure;
  }
  return null;
}

function failureOf(check: Check, lines: string[], stdout: string): string | null {
  if (check.kind === 'line') {
    return lines.some(l => sameLine(l, check.text)) ? null : `line not printed: ${check.text}`;
  }
  const matches = lines.map(l => check.re.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (check.kind === 'count') {
    return matches.length === check.n ? null : `${check.re} matched ${matches.length} lines, expected ${check.n}`;
  }
  if (matches.length === 0) return `nothing printed matches ${check.re}`;
  const num = (m: RegExpExecArray) => Number(m[1]);
  if (check.kind === 'decrease') {
    const first = num(matches[0]);
    const last = num(matches[matches.length - 1]);
    return last <= check.factor * first ? null : `${check.re}: went from ${first} to ${last}, expected <= ${check.factor} x first`;
  }
  const got = num(matches[matches.length - 1]);
  const ok = compare(got, check.op, check.target, check.tol);
  void stdout;
  return ok ? null : `${check.re}: got ${matches[matches.length - 1][1]}, expected ${check.op} ${check.target}${check.tol ? ` (tol ${check.tol})` : ''}`;
}

function compare(got: number, op: string, target: number, tol: number): boolean {
  if (Number.isNaN(got)) return false;
  switch (op) {
    case '>=': return got >= target;
    case '<=': return got <= target;
    case '>': return got > target;
    case '<': return got < target;
    case '==': return got === target;
    default: return Math.abs(got - target) <= tol;
  }
}

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Same text, with numbers equal to a relative tolerance (absolute 1e-6 near zero). */
export function sameLine(got: string, want: string, rel = 1e-4): boolean {
  const g = got.trim();
  const w = want.trim();
  if (g === w) return true;
  if (g.replace(NUMBER, '#') !== w.replace(NUMBER, '#')) return false;
  const gn = g.match(NUMBER) ?? [];
  const wn = w.match(NUMBER) ?? [];
  return gn.length === wn.length && gn.every((x, i) => {
    const a = Number(x);
    const b = Number(wn[i]);
    return Math.abs(a - b) <= Math.max(1e-6, rel * Math.abs(b));
  });
}

/** The last `SomethingError: message` line of a traceback (or the last line when none). */
export function errorOf(stderr: string): string {
  const lines = stderr.split('\n').map(l => l.trimEnd()).filter(l => l.trim() !== '');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b(:|$)/.test(lines[i])) return lines[i];
  }
  return lines.length ? lines[lines.length - 1] : 'exited with no message';
}

export interface RunResult { code: number | null; stdout: string; stderr: string; ms: number; timedOut: boolean }

export function runCli(file: string, timeoutMs: number): Promise<RunResult> {
  return new Promise(resolve => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/gradbook.js'), 'run', file], {
      cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', code => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

export async function runProgram(program: Program): Promise<Outcome & { stdout: string; stderr: string }> {
  const r = await runCli(program.file, program.timeoutMs);
  const base = { ms: r.ms, stdout: r.stdout, stderr: r.stderr };
  if (r.timedOut) return { status: 'failed', error: `Timeout: still running after ${program.timeoutMs / 1000} s`, ...base };
  if (r.code !== 0) return { status: 'failed', error: errorOf(r.stderr), ...base };
  const failed = firstFailedCheck(program, r.stdout);
  return failed ? { status: 'wrong', detail: failed, ...base } : { status: 'passed', ...base };
}

export const passingListFile = path.join(corpusDir, 'passing.json');

export function readPassingList(): string[] {
  return fs.existsSync(passingListFile) ? (JSON.parse(fs.readFileSync(passingListFile, 'utf8')) as string[]) : [];
}
