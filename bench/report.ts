// Plain-text tables for the terminal. Numbers only; nothing here asserts anything.
import type { TrainingResult } from './train-run';
import type { MicroResult } from './micro';
import type { ProfileResult } from './profile';
import type { ProgramResult, SeedComparison } from './seed-compare';

export function table(header: string[], rows: string[][], rightAlignFrom = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i >= rightAlignFrom ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

const fixed = (v: number | undefined | null, digits: number) => (v === undefined || v === null || !Number.isFinite(v) ? '—' : v.toFixed(digits));

function statusNote(r: { name: string; status: string; reason?: string }): string {
  return `  ${r.name}: ${r.status}${r.reason ? ` — ${r.reason}` : ''}`;
}

export function trainingTable(results: TrainingResult[]): string {
  const gradbook = results.find((r) => r.name === 'gradbook' && r.status === 'ok');
  const rows = results.map((r) => r.status !== 'ok'
    ? [r.name, r.status, '', '', '', '', '', '', '']
    : [
      r.name,
      fixed(r.msPerStepMedian, 3),
      fixed(r.msPerStepMean, 3),
      fixed(r.totalMs! / 1000, 2),
      fixed(r.accuracy, 4),
      gradbook ? `${fixed(r.msPerStepMedian! / gradbook.msPerStepMedian!, 2)}x` : '—',
      fixed(r.memory?.maxRssMB, 0),
      fixed(r.memory?.heapUsedMB, 0),
      (r.roundMedians ?? []).map((m) => m.toFixed(3)).join(' '),
    ]);
  const lines = [table(['contender', 'ms/step med', 'ms/step mean', 'total s', 'test acc', 'vs Gradbook', 'peak RSS MB', 'peak heap MB', 'rounds (ms/step med)'], rows)];
  lines.push('  Each contender ran in every round (own process each time); the row is its fastest round.');
  lines.push('  ms/step med: median over chunks of 100 steps; mean: total/steps. vs Gradbook: contender time ÷ Gradbook time (>1: Gradbook faster).');
  lines.push('  peak RSS: getrusage maxRSS of the contender\'s own process (Node + MNIST included); heap: peak sampled V8 heapUsed.');
  if (gradbook?.memory) {
    const m = gradbook.memory;
    lines.push(`  Gradbook memory: peak RSS ${m.maxRssMB} MB (target < 300 MB: ${m.maxRssMB < 300 ? 'met' : 'NOT met'}), ` +
      `RSS before the engine loaded ${gradbook.baselineRssMB} MB, peak heap used ${m.heapUsedMB} MB, peak external+ArrayBuffers ${m.externalMB} MB.`);
  }
  for (const r of results) if (r.status !== 'ok') lines.push(statusNote(r));
  for (const r of results) if (r.info && Object.keys(r.info).length) lines.push(`  ${r.name}: ${JSON.stringify(r.info)}`);
  return lines.join('\n');
}

export function seedProgramTable(c: SeedComparison): string {
  const warm = (r: ProgramResult) => r.runsMs!.slice(1);
  const row = (label: string, r: ProgramResult) => r.status !== 'ok'
    ? [label, r.status, '', '', '']
    : [label, fixed(r.runsMs![0] / 1000, 3), warm(r).map((ms) => (ms / 1000).toFixed(3)).join(' '),
      fixed(Math.min(...warm(r)) / 1000, 3), fixed(r.accuracy, 4)];
  const lines = [table(['seed program (whole run, incl. read_data_sets)', 'cold s', 'warm rounds s', 'best warm s', 'accuracy'],
    [row('Python front end (examples/mnist_softmax.py)', c.python), row('TypeScript on src/engine', c.ts)])];
  lines.push(c.overheadPercent === null
    ? '  interpreter overhead: — (needs both programs)'
    : `  interpreter overhead: ${c.pairedOverheadPercent!.toFixed(1)}% (median over the warm rounds of python ÷ ts − 1, ` +
      `rounds interleaved in alternating order; target < 10%); best warm ÷ best warm − 1: ${c.overheadPercent.toFixed(1)}%`);
  for (const r of [c.python, c.ts]) if (r.status !== 'ok') lines.push(statusNote(r));
  return lines.join('\n');
}

export function microTable(results: MicroResult[]): string {
  const num = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '' : fixed(v, 2));
  const rows = results.map((r) => r.status !== 'ok' ? [r.name, r.status, '', ''] : [r.name, num(r.us), num(r.cpuUs), r.gflops ? fixed(r.gflops, 2) : '']);
  const lines = [table(['micro-benchmark', 'µs/call', 'CPU µs/call', 'GFLOP/s'], rows)];
  for (const r of results) if (r.status !== 'ok') lines.push(statusNote(r));
  return lines.join('\n');
}

export function profileTable(p: ProfileResult, top = 14): string {
  if (p.status !== 'ok') return statusNote({ ...p, name: 'Gradbook step profile' });
  const share = (us: number) => `${((us / p.stepUs!) * 100).toFixed(1)}%`;
  const shown = p.ops!.slice(0, top);
  const rest = p.ops!.slice(top).reduce((s, o) => s + o.us, 0);
  const rows = shown.map((o) => [o.op, o.type, fixed(o.us, 1), share(o.us)]);
  if (rest > 0) rows.push([`(${p.ops!.length - top} more ops)`, '', fixed(rest, 1), share(rest)]);
  const outside = p.stepUs! - p.kernelsUs! - p.copyUs!;
  rows.push(['(batch copy)', '', fixed(p.copyUs, 1), share(p.copyUs!)]);
  rows.push(['(outside kernels: feeds, plan, dispatch, telemetry)', '', fixed(outside, 1), share(outside)]);
  rows.push(['step total', '', fixed(p.stepUs, 1), '100%']);
  return `${table([`Gradbook step profile (${p.steps} steps, kernels timed)`, 'type', 'µs/step', 'share'], rows, 2)}\n` +
    '  Timing every kernel adds a few µs per op, so this step is slower than in the training table; read it for shares.';
}
