// Where the seed program's time goes inside the kernel (issue 15): the worker's module load, the
// plot renderer's start, the Python session, then mnist_softmax.py cut into stages (imports and
// read_data_sets, graph building, 2000 training steps, test accuracy), each timed in wall and CPU.
// It is bundled like dist/worker.js so module loading costs what it costs in the kernel:
// `node scripts/build.mjs` first, then `node --require tsx/cjs bench/seed-stages.ts` bundles and runs it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'bench-seed-stages.js');

// Runs in the bundle: `require` times are the bundle's own top-level evaluation.
export async function stages(): Promise<void> {
  const t = () => [performance.now(), process.cpuUsage(), process.resourceUsage().minorPageFault] as const;
  const rows: [string, number, number, number][] = [];
  let last = t();
  const mark = (name: string) => {
    const next = t();
    const cpu = process.cpuUsage(last[1]);
    rows.push([name, next[0] - last[0], (cpu.user + cpu.system) / 1000, next[2] - last[2]]);
    last = t();
  };
  rows.push(['node start to bundle start', performance.now(), process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000, last[2]]);
  /* eslint-disable @typescript-eslint/no-var-requires */
  require('../src/python/modules/standard');
  (require('../src/node') as typeof import('../src/node')).installNodeHost();
  // As the kernel worker does (worker/main.ts): with 2+ cores the kernel memory is shared.
  (require('../src/worker/threadPool') as typeof import('../src/worker/threadPool')).installThreadPool();
  const { PythonSession } = require('../src/python') as typeof import('../src/python');
  mark('load modules (bundle evaluation)');
  const { preparePlotRendering } = require('../src/plots') as typeof import('../src/plots');
  await preparePlotRendering();
  mark('plot renderer (resvg wasm compile)');
  const session = new PythonSession({ stdout: () => undefined, stderr: (s) => process.stderr.write(s), display: () => undefined });
  mark('new PythonSession');
  const source = fs.readFileSync(path.join(ROOT, 'examples', 'mnist_softmax.py'), 'utf8').split('\n');
  const loop = source.findIndex((l) => l.includes('for i in range(2000)'));
  const test = source.findIndex((l) => l.includes('#test trained model'));
  const cells: [string, string][] = [
    ['imports + read_data_sets', source.slice(0, 3).join('\n')],
    ['graph building + init', source.slice(3, loop - 2).join('\n') + '\nsess = tf.Session()\nsess.run(init)'],
    ['2000 training steps', source.slice(loop, test).map((l) => l.replace(/^ {4}/, '')).join('\n')],
    ['test accuracy', source.slice(test).map((l) => l.replace(/^ {4}/, '')).join('\n')],
  ];
  const memory: string[] = [];
  for (const [name, cell] of cells) {
    const r = session.runCell(cell, 'mnist_softmax.py');
    if (!r.ok) throw new Error(String(r.error.traceback));
    mark(name);
    const m = process.memoryUsage();
    memory.push(`${name}: rss ${(m.rss / 2 ** 20).toFixed(0)} heap ${(m.heapUsed / 2 ** 20).toFixed(0)}/${(m.heapTotal / 2 ** 20).toFixed(0)} external ${((m.external + m.arrayBuffers) / 2 ** 20).toFixed(0)} MB`);
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log('Seed program stages in one process (bundled like the kernel worker):');
  for (const [name, wall, cpu, faults] of rows) {
    console.log(`  ${name.padEnd(36)} ${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU ${String(faults).padStart(7)} minor faults`);
  }
  console.log(`  peak RSS ${rss.toFixed(0)} MB`);
  for (const line of memory) console.log(`  after ${line}`);
}

if (require.main === module && !process.argv.includes('--bundled')) {
  const esbuild = path.join(ROOT, 'node_modules', '.bin', 'esbuild');
  const b = spawnSync(esbuild, [__filename, '--bundle', '--platform=node', '--target=node20', `--outfile=${OUT}`, '--footer:js=module.exports.stages().catch(e=>{console.error(e);process.exit(1)});', '--log-level=warning'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(b.stderr);
  const r = spawnSync(process.execPath, [OUT, '--bundled'], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
