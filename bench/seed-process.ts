// The seed program as a whole process (issue 15): `node bin/gradbook.js run examples/mnist_softmax.py`
// (start, parse, data, 2000 steps, test; the kernel process and its worker included) against the
// same program in PyTorch (bench/contenders/seed_program_torch.py, 1 thread and PyTorch's
// default), interleaved over rounds. Wall, CPU (user + system of the whole process tree) and peak
// RSS (of the largest process in the tree) come from /usr/bin/time; "tree" is the peak of the RSS
// summed over every process of the tree, and "PSS" the same with shared pages split between the
// processes that map them (both sampled from /proc every 20 ms); a row is the median round.
// `--no-peers` leaves PyTorch out (A/B of two gradbook builds only); `--process-host` adds this build
// with its kernel in a child process (GRADBOOK_KERNEL_HOST=process, as before it ran as a thread).
// Needs `npm run build` (the bin runs dist/cli.js). `node --require tsx/cjs bench/seed-process.ts [--rounds N]
// [--baseline DIR]`: DIR holds an earlier build (its bin/, dist/ and data/), run as `gradbook-base` in
// the same interleaved rounds, so a change is measured before and after under the same load. `print(1)`
// as a whole process is timed too (kernel start alone).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';

const ROOT = path.join(__dirname, '..');
const PYTHON = process.env.PEER_PYTHON ?? '/usr/bin/python3';
const TIME = '/usr/bin/time';

interface Sample { wall: number; cpu: number; rssMB: number; treeMB: number; pssMB: number }
const SEED = path.join(ROOT, 'examples', 'mnist_softmax.py');
const PRINT_ONE = path.join(os.tmpdir(), 'gradbook-print-one.py');
const gradbook = (root: string, file: string) => [process.execPath, path.join(root, 'bin', 'gradbook.js'), 'run', file];
const CONTENDERS: { name: string; cmd: string[] }[] = [
  { name: 'gradbook', cmd: gradbook(ROOT, SEED) },
  { name: 'pytorch-1t', cmd: [PYTHON, path.join(__dirname, 'contenders', 'seed_program_torch.py'), '1'] },
  { name: `pytorch-${os.cpus().length}t`, cmd: [PYTHON, path.join(__dirname, 'contenders', 'seed_program_torch.py')] },
];

/** The processes below `pid` (its threads' children, recursively). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try { tasks = fs.readdirSync(`/proc/${pid}/task`); } catch { return out; }
  for (const t of tasks) {
    let text = '';
    try { text = fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8'); } catch { continue; }
    for (const c of text.split(' ').filter(Boolean).map(Number)) out.push(c, ...descendants(c));
  }
  return out;
}

/** RSS and PSS (kB) summed over the processes below `pid`. */
function treeMemoryKb(pid: number): { rss: number; pss: number } {
  let rss = 0;
  let pss = 0;
  for (const p of descendants(pid)) {
    try {
      const text = fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(text)?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(text)?.[1] ?? 0);
    } catch { /* ended meanwhile */ }
  }
  return { rss, pss };
}

async function runOnce(cmd: string[]): Promise<Sample | string> {
  const out = path.join(os.tmpdir(), `gradbook-seed-process-${process.pid}.txt`);
  const child = spawn(TIME, ['-f', '%e %U %S %M', '-o', out, ...cmd], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  let tree = 0;
  let pss = 0;
  const sample = () => { const m = treeMemoryKb(child.pid!); tree = Math.max(tree, m.rss); pss = Math.max(pss, m.pss); };
  const timer = setInterval(sample, 20);
  const r = await new Promise<{ status: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ status: null, error }));
    child.on('exit', (status) => resolve({ status }));
  });
  clearInterval(timer);
  if (r.error) return `${TIME} not runnable (${(r.error as NodeJS.ErrnoException).code})`;
  if (r.status !== 0) return stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited')).slice(-1)[0] ?? `exit ${r.status}`;
  const [wall, user, sys, kb] = fs.readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  fs.rmSync(out, { force: true });
  return { wall: wall * 1000, cpu: (user + sys) * 1000, rssMB: kb / 1024, treeMB: tree / 1024, pssMB: pss / 1024 };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const rounds = Number(option('rounds') ?? 3);
  const baseline = option('baseline');
  fs.writeFileSync(PRINT_ONE, 'print(1)\n');
  if (process.argv.includes('--no-peers')) CONTENDERS.splice(1);
  if (process.argv.includes('--process-host')) {
    CONTENDERS.push({ name: 'gradbook-proc', cmd: ['/usr/bin/env', 'GRADBOOK_KERNEL_HOST=process', ...gradbook(ROOT, SEED)] });
    CONTENDERS.push({ name: 'print(1)-proc', cmd: ['/usr/bin/env', 'GRADBOOK_KERNEL_HOST=process', ...gradbook(ROOT, PRINT_ONE)] });
  }
  CONTENDERS.push({ name: 'print(1)', cmd: gradbook(ROOT, PRINT_ONE) });
  if (baseline) {
    CONTENDERS.splice(1, 0, { name: 'gradbook-base', cmd: gradbook(path.resolve(baseline), SEED) });
    CONTENDERS.push({ name: 'print(1)-base', cmd: gradbook(path.resolve(baseline), PRINT_ONE) });
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    console.log('Seed program as a whole process: unavailable (dist/cli.js missing: run npm run build)');
    return;
  }
  const loadBefore = os.loadavg()[0];
  const samples = new Map<string, (Sample | string)[]>();
  for (let r = 0; r < rounds; r++) {
    for (const c of CONTENDERS) samples.set(c.name, [...(samples.get(c.name) ?? []), await runOnce(c.cmd)]);
  }
  console.log(`Seed program as a whole process (mnist_softmax.py: start, data, 2000 steps, test), median of ${rounds} interleaved rounds; ` +
    `load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`);
  const stats = (name: string) => {
    const ok = samples.get(name)!.filter((s): s is Sample => typeof s !== 'string');
    return ok.length ? { wall: median(ok.map((s) => s.wall)), cpu: median(ok.map((s) => s.cpu)), rss: median(ok.map((s) => s.rssMB)), tree: median(ok.map((s) => s.treeMB)), pss: median(ok.map((s) => s.pssMB)), walls: ok.map((s) => s.wall) } : undefined;
  };
  const ours = stats('gradbook');
  for (const c of CONTENDERS) {
    const s = stats(c.name);
    if (!s) { console.log(`  ${c.name.padEnd(13)} unavailable: ${samples.get(c.name)![0]}`); continue; }
    const ratio = ours && c.name !== 'gradbook' && !c.name.startsWith('print') ? `  gradbook ÷ ${c.name}: ${(ours.wall / s.wall).toFixed(2)}× wall, ${(ours.cpu / s.cpu).toFixed(2)}× CPU` : '';
    console.log(`  ${c.name.padEnd(13)} ${s.wall.toFixed(0).padStart(6)} ms wall ${s.cpu.toFixed(0).padStart(6)} ms CPU ${s.rss.toFixed(0).padStart(5)} MB peak RSS ${s.tree.toFixed(0).padStart(5)} MB tree ${s.pss.toFixed(0).padStart(5)} MB PSS` +
      `  (rounds ${s.walls.map((w) => w.toFixed(0)).join(', ')} ms)${ratio}`);
  }
}

void main();
