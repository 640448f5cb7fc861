// `npm run bench`: the seed workload on Gradbook, tfjs-cpu, tfjs-wasm and plain JS; the seed
// program through the Python front end vs TypeScript; micro-benchmarks. Each task runs in its
// own child process (bench/child.ts); this parent prints the tables and writes
// bench/results/latest.json. Options: --steps N (default 2000), --rounds N (default 2; given, it also reaches the
// peers and seed-process scripts, as does --contenders), --only name,name (task names:
// gradbook, tfjs-cpu, tfjs-wasm, plain-js, seed-programs, micro, profile, graph-view, kernel-start, vscode-start, plots, lstm, language, nan-check, peers, seed-process).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TRAINING_CONTENDERS } from './contenders';
import { MicroResult } from './micro';
import type { ProfileResult } from './profile';
import { microTable, profileTable, seedProgramTable, trainingTable } from './report';
import type { SeedComparison } from './seed-compare';
import type { TrainingResult } from './train-run';
import { loadMnist, makeBatchPlan, WORKLOAD, writePlan } from './workload';

const ROOT = path.join(__dirname, '..');
const CHILD = path.join(__dirname, 'child.ts');
const RESULTS = path.join(__dirname, 'results', 'latest.json');
/** A task that hangs (an interpreter loop, a deadlock) must not stall the whole bench. */
const TASK_TIMEOUT_MS = 10 * 60 * 1000;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Runs one task in a fresh Node process and returns what it wrote, or an error record. */
function runTask<T>(task: string, planFile: string, workDir: string): T | { name: string; status: 'error'; reason: string } {
  const resultFile = path.join(workDir, `${task}.json`);
  process.stderr.write(`[bench] ${task} …`);
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--expose-gc', '--require', require.resolve('tsx/cjs'), CHILD, task, planFile, resultFile], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, timeout: TASK_TIMEOUT_MS,
  });
  process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (child.status === 0 && fs.existsSync(resultFile)) return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  const tail = `${child.stderr ?? ''}${child.error ? String(child.error) : ''}`.trim().split('\n').slice(-6).join(' | ');
  return { name: task, status: 'error', reason: `child exited ${child.status ?? child.signal}: ${tail}` };
}

/** The round with the lowest median ms/step, annotated with every round's median. */
function bestRound(results: TrainingResult[]): TrainingResult {
  const ok = results.filter((r) => r.status === 'ok');
  if (!ok.length) return results[results.length - 1];
  const best = ok.reduce((a, b) => (b.msPerStepMedian! < a.msPerStepMedian! ? b : a));
  return { ...best, roundMedians: ok.map((r) => r.msPerStepMedian!) };
}

/** Runs a bench script that prints its own table (in its own process), echoes and returns it. */
/** --rounds and --contenders, when given, reach the script tasks too (peers, seed-process read them). */
function forwardedOptions(): string[] {
  return ['rounds', 'contenders'].flatMap((name) => (option(name) === undefined ? [] : [`--${name}`, option(name)!]));
}

function runScript(name: string, file: string): string {
  process.stderr.write(`[bench] ${name} …`);
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(__dirname, file), ...forwardedOptions()], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: TASK_TIMEOUT_MS,
  });
  process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const out = child.status === 0 ? child.stdout.trim() : `${name}: error — ${(child.stderr || String(child.error)).trim().split('\n').slice(-3).join(' | ')}`;
  console.log(`${out}\n`);
  return out;
}

function gitCommit(): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function main(): void {
  const steps = Number(option('steps') ?? WORKLOAD.steps);
  const roundCount = Math.max(1, Number(option('rounds') ?? 2));
  const only = option('only')?.split(',');
  const wanted = (task: string) => !only || only.includes(task);

  const data = loadMnist();
  const plan = makeBatchPlan(data.trainCount, steps, WORKLOAD.batchSize, WORKLOAD.batchSeed);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-bench-'));
  const planFile = path.join(workDir, 'batch-plan.i32');
  writePlan(planFile, plan);

  const cpus = os.cpus();
  const machine = { node: process.version, cpu: cpus[0]?.model, cores: cpus.length, platform: `${os.platform()} ${os.arch()}`, loadAverage: os.loadavg()[0] };
  console.log(`Gradbook bench — softmax regression 784→10, batch ${WORKLOAD.batchSize}, ${steps} steps, lr ${WORKLOAD.learningRate}, ` +
    `${WORKLOAD.warmupSteps} warm-up steps; bundled MNIST ${data.trainCount} train / ${data.testCount} test; ` +
    `batches from next_batch(seed ${WORKLOAD.batchSeed}), shared by all.`);
  console.log(`${machine.cpu} ×${machine.cores}, Node ${machine.node}, load average ${machine.loadAverage.toFixed(2)}`);
  // Other processes on the same cores (tests, type-checks) skew every number; say so up front.
  if (machine.loadAverage > machine.cores * 0.5) console.log(`Warning: the machine is busy (load ${machine.loadAverage.toFixed(1)} on ${machine.cores} cores); times are noisy.`);
  console.log('');

  // Rounds run every contender in turn, so a burst of load from other processes hits one round
  // of one contender rather than deciding the table; each contender reports its fastest round.
  const contenders = TRAINING_CONTENDERS.filter((c) => wanted(c.name));
  const rounds: TrainingResult[][] = [];
  for (let round = 0; round < roundCount; round++) {
    rounds.push(contenders.map((c) => runTask<TrainingResult>(c.name, planFile, workDir) as TrainingResult));
  }
  const training = contenders.map((_, i) => bestRound(rounds.map((r) => r[i])));
  if (training.length) console.log(`${trainingTable(training)}\n`);

  let seedProgram: SeedComparison | undefined;
  if (wanted('seed-programs')) {
    const r = runTask<SeedComparison>('seed-programs', planFile, workDir);
    if ('status' in r) {
      console.log(`seed programs: error — ${r.reason}\n`);
    } else {
      seedProgram = r;
      console.log(`${seedProgramTable(r)}\n`);
    }
  }

  let micro: MicroResult[] | undefined;
  if (wanted('micro')) {
    const r = runTask<MicroResult[]>('micro', planFile, workDir);
    micro = Array.isArray(r) ? r : [r as MicroResult];
    console.log(`${microTable(micro)}\n`);
  }

  let profile: ProfileResult | undefined;
  if (wanted('profile')) {
    profile = runTask<ProfileResult>('profile', planFile, workDir) as ProfileResult;
    console.log(`${profileTable(profile)}\n`);
  }

  // The graph view (issue 5): ELK layout and SVG drawing of the seed's graph in headless Chromium.
  let graphView: string | undefined;
  if (wanted('graph-view')) graphView = runScript('graph-view', 'graph_view.ts');
  // Kernel start: the kernel process against a bare Node process and the old worker thread.
  let kernelStart: string | undefined;
  if (wanted('kernel-start')) kernelStart = runScript('kernel-start', 'kernel_start.ts');
  // The same in a real VS Code (code-server + Chromium, the e2e harness): run request to kernel ready and to the example's first cell done.
  let vscodeStart: string | undefined;
  if (wanted('vscode-start')) vscodeStart = runScript('vscode-start', 'vscode_start.mjs');

  // Plots (issue 13): 3x3 imshow grid and a 2,000-point line to PNG, against matplotlib.
  let plots: string | undefined;
  if (wanted('plots')) plots = runScript('plots', 'plots.ts');

  // An LSTM training step (issue 10): dynamic_rnn + BasicLSTMCell against PyTorch's nn.LSTM.
  let lstm: string | undefined;
  if (wanted('lstm')) lstm = runScript('lstm', 'lstm.ts');
  // Editor answers (issue 16): completion, hover, signature help, diagnostics, shape hints on a 100-line cell.
  let language: string | undefined;
  if (wanted('language')) language = runScript('language', 'language.ts');

  // The automatic NaN/Inf check (issue 17): training steps with the check on vs off.
  let nanCheck: string | undefined;
  if (wanted('nan-check')) nanCheck = runScript('nan-check', 'nan_check.ts');

  // Training steps against PyTorch (1 and 2 threads) and NumPy (issue 15), when installed.
  let peers: string | undefined;
  if (wanted('peers')) peers = runScript('peers', 'peers.ts');
  // The seed program as a whole process: the gradbook bin against the same program in PyTorch.
  let seedProcess: string | undefined;
  if (wanted('seed-process')) seedProcess = runScript('seed-process', 'seed-process.ts');

  const report = { date: new Date().toISOString(), commit: gitCommit(), machine, workload: { ...WORKLOAD, steps }, training, seedProgram, micro, profile, graphView, kernelStart, vscodeStart, plots, lstm, language, nanCheck, peers, seedProcess };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(report, null, 2) + '\n');
  fs.rmSync(workDir, { recursive: true, force: true });
  console.log(`Results: ${path.relative(process.cwd(), RESULTS)}`);
}

main();
