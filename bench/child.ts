// One benchmark task in its own process, so peak RSS belongs to that task alone.
// Usage: node -r tsx/cjs bench/child.ts <task> <plan-file> <result-file>
// Tasks: a training contender's name, `seed-python`, `seed-ts`, `micro` or `profile`.
import * as fs from 'fs';
import { contenderNamed } from './contenders';
import { Unavailable } from './contenders/contender';
import { runMicro } from './micro';
import { runProfile } from './profile';
import { ProgramRun, runSeedProgramInPython, runSeedProgramInTs } from './seed-program';
import { MemoryPeaks } from './stats';
import { runTraining } from './train-run';
import { loadMnist, readPlan } from './workload';

/** One cold run, then warm runs; the report uses the fastest warm run (least disturbed by other load). */
const SEED_PROGRAM_RUNS = 3;

function runProgram(name: string, run: () => ProgramRun) {
  const memory = new MemoryPeaks();
  try {
    const runs: ProgramRun[] = [];
    for (let i = 0; i < SEED_PROGRAM_RUNS; i++) {
      runs.push(run());
      memory.sample();
    }
    return {
      name, status: 'ok',
      runsMs: runs.map((r) => r.ms),
      accuracy: runs[runs.length - 1].accuracy,
      output: runs[runs.length - 1].output.slice(-400),
      memory: memory.report(),
    };
  } catch (e) {
    if (e instanceof Unavailable) return { name, status: 'unavailable', reason: e.message };
    return { name, status: 'error', reason: (e as Error).stack?.split('\n').slice(0, 4).join(' | ') };
  }
}

async function main(): Promise<void> {
  const [task, planFile, resultFile] = process.argv.slice(2);
  let result: unknown;
  if (task === 'seed-python') result = runProgram(task, runSeedProgramInPython);
  else if (task === 'seed-ts') result = runProgram(task, () => runSeedProgramInTs());
  else if (task === 'micro') result = runMicro(loadMnist());
  else if (task === 'profile') result = await runProfile(loadMnist(), readPlan(planFile));
  else {
    const contender = contenderNamed(task);
    if (!contender) throw new Error(`unknown bench task ${task}`);
    result = await runTraining(contender, loadMnist(), readPlan(planFile));
  }
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
