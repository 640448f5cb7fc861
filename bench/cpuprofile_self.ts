// Self time by function from a V8 --cpu-prof file, counting only the samples between two
// microsecond timestamps (lstm_profile.ts prints `window-start`/`window-end` with NO_TIMERS=1),
// so set-up and warm-up do not dilute the shares.
//   NO_TIMERS=1 node --cpu-prof --cpu-prof-dir=/tmp/p --require tsx/cjs bench/lstm_profile.ts 150 2> /tmp/p/w
//   node --require tsx/cjs bench/cpuprofile_self.ts /tmp/p/*.cpuprofile /tmp/p/w [top]
import * as fs from 'fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const [file, windowFile, topArg] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
const win = windowFile ? fs.readFileSync(windowFile, 'utf8') : '';
const from = Number(/window-start (\d+)/.exec(win)?.[1] ?? -Infinity), to = Number(/window-end (\d+)/.exec(win)?.[1] ?? Infinity);
const byId = new Map(prof.nodes.map(n => [n.id, n]));
const self = new Map<string, number>();
let t = prof.startTime, total = 0;
prof.samples.forEach((id, i) => {
  t += prof.timeDeltas[i];
  if (t < from || t > to) return;
  const f = byId.get(id)!.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
  const key = `${f.functionName || '(anonymous)'} ${where}`;
  self.set(key, (self.get(key) ?? 0) + 1);
  total++;
});
console.log(`${total} samples in the window`);
for (const [k, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 45))) console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${k}`);
