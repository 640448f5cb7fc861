// Training steps against Python peers (issue 15): the seed's softmax step (batch 100, SGD 0.5),
// the MLP 784-256-256-10 (batch 128, Adam) and Deep MNIST (mnist_deep.py, batch 50, Adam) on
// Gradbook (bench/peer-gradbook.ts), PyTorch with 1 and 2 threads and a hand-written NumPy loop
// (bench/contenders/peer_steps.py; Debian's python3-torch / python3-numpy, see
// scripts/bench-setup.sh). Every contender runs in its own process; rounds interleave them (each
// round runs every workload on every contender in turn) so a burst of load from other processes
// lands on one run, not on one contender; a row is the median over rounds of each run's median
// chunk. CPU ms/step (user + system of the process, all threads) is steadier on a shared machine.
// `node --require tsx/cjs bench/peers.ts [--rounds N] [--only softmax,mlp,deep]`; PEER_PYTHON
// picks the interpreter (default /usr/bin/python3).
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';

const ROOT = path.join(__dirname, '..');
const PYTHON = process.env.PEER_PYTHON ?? '/usr/bin/python3';

interface Run { msPerStep?: number; cpuMsPerStep?: number; threads?: number; version?: string; unavailable?: string }
interface Contender { name: string; command(workload: string, plan: number[]): [string, string[]]; env?: Record<string, string> }

const WORKLOADS: Record<string, { title: string; plan: number[] }> = {
  // [warm-up steps, chunks, steps per chunk]
  // 1000 warm-up steps: after 200, V8 was still optimizing the engine's functions on background
  // threads (process CPU counts them), which doubled Gradbook's CPU per step on this machine.
  softmax: { title: 'seed softmax step (784→10, batch 100, SGD 0.5)', plan: [1000, 10, 200] },
  mlp: { title: 'MLP step (784-256-256-10, batch 128, Adam)', plan: [10, 7, 5] },
  deep: { title: 'Deep MNIST step (mnist_deep.py, batch 50, Adam)', plan: [3, 5, 2] },
};

const python = (peer: string, threads: number): Contender => ({
  name: peer === 'torch' ? `pytorch-${threads}t` : 'numpy',
  command: (w, plan) => [PYTHON, [path.join(__dirname, 'contenders', 'peer_steps.py'), w, peer, String(threads), ...plan.map(String)]],
});
const gradbook = (name: string, env?: Record<string, string>): Contender => ({
  name, env,
  command: (w, plan) => [process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(__dirname, 'peer-gradbook.ts'), w, ...plan.map(String)]],
});
// `gradbook` uses the thread pool as the kernel worker does (GRADBOOK_THREADS, default the
// cores); `gradbook-1t` keeps every kernel on one thread, the like of pytorch-1t.
const ALL_CONTENDERS: Contender[] = [
  gradbook('gradbook'), gradbook('gradbook-1t', { GRADBOOK_THREADS: '1' }),
  python('torch', 1), python('torch', 2), python('numpy', 1),
];
/** `--contenders a,b` runs only those (gradbook always, the ratios' numerator). */
const picked = option('contenders')?.split(',');
const CONTENDERS = ALL_CONTENDERS.filter((c) => !picked || c.name === 'gradbook' || picked.includes(c.name));

function runOne(c: Contender, workload: string): Run {
  const [cmd, args] = c.command(workload, WORKLOADS[workload].plan);
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 10 * 60 * 1000, env: { ...process.env, ...c.env } });
  if (r.error) return { unavailable: `${cmd} not runnable (${(r.error as NodeJS.ErrnoException).code}); sh scripts/bench-setup.sh installs the peers` };
  if (r.status !== 0) return { unavailable: (r.stderr || '').trim().split('\n').slice(-1)[0] || `exit ${r.status}` };
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const rounds = Number(option('rounds') ?? 3);
  const workloads = option('only')?.split(',') ?? Object.keys(WORKLOADS);
  const loadBefore = os.loadavg();
  const runs = new Map<string, Run[]>();
  for (let r = 0; r < rounds; r++) {
    for (const w of workloads) {
      for (const c of CONTENDERS) {
        const key = `${w}/${c.name}`;
        process.stderr.write(`[peers] round ${r + 1} ${key}\n`);
        runs.set(key, [...(runs.get(key) ?? []), runOne(c, w)]);
      }
    }
  }
  const load = os.loadavg();
  console.log(`Training steps against peers: ${rounds} interleaved rounds, each contender in its own process; ` +
    `load average ${loadBefore[0].toFixed(2)} before, ${load[0].toFixed(2)} after (${os.cpus().length} cores)`);
  for (const w of workloads) {
    console.log(`  ${WORKLOADS[w].title}`);
    const ours = summary(runs.get(`${w}/gradbook`)!);
    for (const c of CONTENDERS) {
      const s = summary(runs.get(`${w}/${c.name}`)!);
      if (!s) { console.log(`    ${c.name.padEnd(11)} unavailable: ${runs.get(`${w}/${c.name}`)![0].unavailable}`); continue; }
      const ratio = ours && c.name !== 'gradbook' ? `   gradbook ÷ ${c.name}: ${(ours.wall / s.wall).toFixed(2)}× wall, ${(ours.cpu / s.cpu).toFixed(2)}× CPU` : '';
      const threads = runs.get(`${w}/${c.name}`)!.find((r) => r.threads)?.threads;
      console.log(`    ${c.name.padEnd(11)} ${fmt(s.wall)} ms wall ${fmt(s.cpu)} ms CPU ${threads ?? '?'} thr (rounds ${s.rounds.map(fmt).map((t) => t.trim()).join(', ')})${ratio}`);
    }
  }
}

function summary(runs: Run[]): { wall: number; cpu: number; rounds: number[] } | undefined {
  const ok = runs.filter((r) => r.msPerStep !== undefined);
  if (!ok.length) return undefined;
  return { wall: median(ok.map((r) => r.msPerStep!)), cpu: median(ok.map((r) => r.cpuMsPerStep!)), rounds: ok.map((r) => r.msPerStep!) };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1)).padStart(8);

main();
