// Two trees' seed softmax steps in ONE process (issue 15, wave 14): each tree bundled as a library
// (esbuild of bench/softmax_lib.ts into <tree>/out/softmax_lib.js; the bundle must sit one folder
// below its tree, where bench/digit_inputs.ts finds data/mnist), both loaded, both pools
// installed (unless GRADBOOK_THREADS=1), then blocks of steps alternate between the trees in ABBA
// order. Prints the medians of the main thread's CPU µs a step (/proc/thread-self/schedstat) and
// the median of the per-round ratios. Separate processes at this machine's load varied by ±20 %
// between identical runs; in one process both sides meet the same load. The tree loaded second
// ran ~1-4 % slower in A/A runs (two copies of one bundle), so run both load orders.
//   npx esbuild bench/softmax_lib.ts --bundle --platform=node --format=cjs --outfile=<tree>/out/softmax_lib.js
//   node --require tsx/cjs bench/softmax_trees_ab.ts BASE_BUNDLE NEW_BUNDLE [ROUNDS] [BLOCK] [WARMUP] [--new-first]
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';

type Lib = { softmaxStep(): () => void; installThreadPool(): void };
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [baseFile, newFile] = args;
const [rounds, block, warmup] = [Number(args[2] ?? 60), Number(args[3] ?? 300), Number(args[4] ?? 1500)];
const newFirst = process.argv.includes('--new-first');
const cpuUs = (): number => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1000;

const order = newFirst ? ['new', 'base'] as const : ['base', 'new'] as const;
const libs = {} as Record<'base' | 'new', Lib>;
const steps = {} as Record<'base' | 'new', () => void>;
// eslint-disable-next-line @typescript-eslint/no-var-requires
for (const k of order) { libs[k] = require(path.resolve(k === 'base' ? baseFile : newFile)) as Lib; libs[k].installThreadPool(); }
for (const k of order) steps[k] = libs[k].softmaxStep();
for (let i = 0; i < warmup; i++) { steps.base(); steps.new(); }
const times = { base: [] as number[], new: [] as number[] }, ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const got = { base: 0, new: 0 };
  for (const k of r % 2 ? ['new', 'base'] as const : ['base', 'new'] as const) {
    for (let i = 0; i < 50; i++) steps[k]();
    const c0 = cpuUs();
    for (let i = 0; i < block; i++) steps[k]();
    got[k] = (cpuUs() - c0) / block;
    times[k].push(got[k]);
  }
  ratios.push(got.new / got.base);
}
console.log(JSON.stringify({
  rounds, block, newFirst, baseUs: median(times.base), newUs: median(times.new), ratio: median(ratios),
  roundsBelow1: ratios.filter((x) => x < 1).length, load: os.loadavg()[0],
}));
process.exit(0);
