// The seed program as a whole process (issue 15): `node bin/gradbook.js run examples/mnist_softmax.py`
// (start, parse, data, 2000 steps, test; the kernel process and its worker included) against the
// same program in PyTorch (bench/contenders/seed_program_torch.py, 1 thread and PyTorch's
// default), interleaved over rounds. Wall, CPU (user + system of the whole process tree) and peak
// RSS (of the largest process in the tree) come from /usr/bin/time; a row is the median round.
// Needs `npm run build` (the bin runs dist/cli.js). `node --require tsx/cjs bench/seed-process.ts [--rounds N]
// [--baseline DIR]`: DIR holds an earlier build (its bin/, dist/ and data/), run as `gradbook-base` in
// the same interleaved rounds, so a change is measured before and after under the same load. `print(1)`
// as a whole process is timed too (kernel start alone).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';

const ROOT = path.join(__dirname, '..');
const PYTHON = process.env.PEER_PYTHON ?? '/usr/bin/python3';
const TIME = '/usr/bin/time';

interface Sample { wall: number; cpu: number; rssMB: number }
const SEED = path.join(ROOT, 'examples', 'mnist_softmax.py');
const PRINT_ONE = path.join(os.tmpdir(), 'gradbook-print-one.py');
const gradbook = (root: string, file: string) => [process.execPath, path.join(root, 'bin', 'gradbook.js'), 'run', file];
const CONTENDERS: { name: string; cmd: string[] }[] = [
  { name: 'gradbook', cmd: gradbook(ROOT, SEED) },
  { name: 'pytorch-1t', cmd: [PYTHON, path.join(__dirname, 'contenders', 'seed_program_torch.py'), '1'] },
  { name: `pytorch-${os.cpus().length}t`, cmd: [PYTHON, path.join(__dirname, 'contenders', 'seed_program_torch.py')] },
];

function runOnce(cmd: string[]): Sample | string {
  const out = path.join(os.tmpdir(), `gradbook-seed-process-${process.pid}.txt`);
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', out, ...cmd], { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60 * 1000 });
  if (r.error) return `${TIME} not runnable (${(r.error as NodeJS.ErrnoException).code})`;
  if (r.status !== 0) return (r.stderr || '').trim().split('\n').filter((l) => !l.startsWith('Command exited')).slice(-1)[0] ?? `exit ${r.status}`;
  const [wall, user, sys, kb] = fs.readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  fs.rmSync(out, { force: true });
  return { wall: wall * 1000, cpu: (user + sys) * 1000, rssMB: kb / 1024 };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const rounds = Number(option('rounds') ?? 3);
  const baseline = option('baseline');
  fs.writeFileSync(PRINT_ONE, 'print(1)\n');
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
    for (const c of CONTENDERS) samples.set(c.name, [...(samples.get(c.name) ?? []), runOnce(c.cmd)]);
  }
  console.log(`Seed program as a whole process (mnist_softmax.py: start, data, 2000 steps, test), median of ${rounds} interleaved rounds; ` +
    `load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`);
  const stats = (name: string) => {
    const ok = samples.get(name)!.filter((s): s is Sample => typeof s !== 'string');
    return ok.length ? { wall: median(ok.map((s) => s.wall)), cpu: median(ok.map((s) => s.cpu)), rss: median(ok.map((s) => s.rssMB)), walls: ok.map((s) => s.wall) } : undefined;
  };
  const ours = stats('gradbook');
  for (const c of CONTENDERS) {
    const s = stats(c.name);
    if (!s) { console.log(`  ${c.name.padEnd(13)} unavailable: ${samples.get(c.name)![0]}`); continue; }
    const ratio = ours && c.name !== 'gradbook' && !c.name.startsWith('print') ? `  gradbook ÷ ${c.name}: ${(ours.wall / s.wall).toFixed(2)}× wall, ${(ours.cpu / s.cpu).toFixed(2)}× CPU` : '';
    console.log(`  ${c.name.padEnd(13)} ${s.wall.toFixed(0).padStart(6)} ms wall ${s.cpu.toFixed(0).padStart(6)} ms CPU ${s.rss.toFixed(0).padStart(5)} MB peak RSS` +
      `  (rounds ${s.walls.map((w) => w.toFixed(0)).join(', ')} ms)${ratio}`);
  }
}

main();
