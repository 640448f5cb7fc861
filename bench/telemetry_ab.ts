// Interleaved A/B of training telemetry's cost in the MLP step (bench/telemetry_step.ts in separate
// processes): a baseline tree (a copy of an older src/ with this bench's telemetry_step.ts beside
// it), this tree, and this tree with telemetry off. CPU ms per step, medians, load average.
//   node --require tsx/cjs bench/telemetry_ab.ts --baseline /tmp/old-tree [--rounds 7] [--cold 330] [--warm 300]
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';

const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const baseline = arg('baseline', '');
const rounds = Number(arg('rounds', '7')), cold = arg('cold', '330'), warm = arg('warm', '300');
const here = path.join(__dirname, '..');
const variants: [string, string, string[]][] = [
  ...(baseline ? [['base', baseline, []] as [string, string, string[]]] : []),
  ['new', here, []],
  ['off', here, ['off']],
];
const results = new Map<string, { cold: number[]; warm: number[] }>(variants.map(([n]) => [n, { cold: [], warm: [] }]));
const load0 = os.loadavg()[0];
for (let r = 0; r < rounds; r++) {
  for (const [name, tree, extra] of variants) {
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', path.join(tree, 'bench/telemetry_step.ts'), cold, warm, ...extra], { cwd: tree, encoding: 'utf8', env: { ...process.env, GRADBOOK_THREADS: '1' } });
    const { coldMs, warmMs } = JSON.parse(out.trim().split('\n').pop()!);
    results.get(name)!.cold.push(coldMs); results.get(name)!.warm.push(warmMs);
    console.error(`round ${r + 1} ${name}: first ${cold} steps ${coldMs.toFixed(2)} ms, next ${warm} ${warmMs.toFixed(2)} ms CPU a step`);
  }
}
console.log(`load average ${load0.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after; ${rounds} rounds; CPU ms per step (medians)`);
for (const [name] of variants) {
  const r = results.get(name)!;
  console.log(`${name.padEnd(5)} first ${cold} steps ${median(r.cold).toFixed(2)}  next ${warm} steps ${median(r.warm).toFixed(2)}`);
}
