// The LSTM training step (bench/lstm_graph.ts) of the source tree at argv[2] (this checkout or a
// copy of an older commit), for separate-process old/new comparisons: 15 warm-up steps, then
// argv[3] (40) timed; prints process CPU, the main thread's CPU (schedstat) and wall per step.
//   node --require tsx/cjs bench/lstm_step_tree.ts <tree> [steps]
import * as fs from 'fs';
import * as path from 'path';

const tree = path.resolve(process.argv[2] ?? path.join(__dirname, '..')), steps = Number(process.argv[3] ?? 40);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PythonSession } = require(`${tree}/src/python`);
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(`${tree}/src/python/modules/standard`);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GRAPH } = require(`${tree}/bench/lstm_graph`) as { GRAPH: string };
const s = new PythonSession({ stdout: () => undefined, stderr: (t: string) => process.stderr.write(t), display: () => undefined });
const exec = (code: string) => { const r = s.runCell(code, 'bench/lstm_step_tree'); if (!r.ok) throw new Error(r.error.traceback); };
exec(GRAPH);
exec('for _ in range(15): sess.run(train, feed)\n');
const threadMs = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const c0 = process.cpuUsage(), t0 = threadMs(), w0 = performance.now();
exec(`for _ in range(${steps}): sess.run(train, feed)\n`);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ cpu: (c.user + c.system) / 1000 / steps, thread: (threadMs() - t0) / steps, wall: (performance.now() - w0) / steps }));
