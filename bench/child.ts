// One benchmark task in its own process, so peak RSS belongs to that task alone.
// Usage: node -r tsx/cjs bench/child.ts <task> <plan-file> <result-file>
// Tasks: a training contender's name, `seed-programs`, `micro` or `profile`.
import * as fs from 'fs';
import { contenderNamed } from './contenders';
import { Unavailable } from './contenders/contender';
import { runMicro } from './micro';
import { runProfile } from './profile';
import { compareSeedPrograms } from './seed-compare';
import { runTraining } from './train-run';
import { loadMnist, readPlan } from './workload';

async function main(): Promise<void> {
  const [task, planFile, resultFile] = process.argv.slice(2);
  let result: unknown;
  if (task === 'seed-programs') result = compareSeedPrograms();
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
