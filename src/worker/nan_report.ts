// The warning a cell shows when a run produced NaN or Inf: which op first made it (name, type,
// the line of the cell that created it), the run, its inputs' statistics, what came out
// non-finite, and a link that opens the Graph panel focused on that op. Markdown for VS Code,
// plain text for Jupyter and `gradbook run`, and the op's name (Mime.nanOrigin) for the cell's
// status bar item (src/extension/nanStatusBar.ts), since VS Code runs no command links in outputs.
import type { NanReport } from '../engine';
import type { ValueStats } from '../engine';
import { Mime, type MimeBundle } from '../shared/mimes';

/** The command the link runs; its argument names the op, which the Graph panel focuses. */
export const showOpCommand = 'gradbook.showGraph';

function num(x: number | null): string {
  if (x === null) return '–';
  const a = Math.abs(x);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? x.toExponential(3) : String(Number(x.toPrecision(4)));
}

export function statsText(s: ValueStats): string {
  const bad = [s.nan ? `${s.nan} NaN` : '', s.inf ? `${s.inf} Inf` : ''].filter(Boolean).join(', ');
  const finite = s.min === null ? 'no finite values' : `min ${num(s.min)}, max ${num(s.max)}, mean ${num(s.mean)}`;
  return `${s.tensor} ${s.dtype}[${s.shape.join(',')}]: ${finite}${bad ? ` (${bad})` : ''}`;
}

function causeText(r: NanReport): string {
  const op = `${r.op.name} (${r.op.type})`;
  if (r.cause === 'feed') return `the value fed to ${op} was already non-finite`;
  if (r.cause === 'variable') return `${op} read a variable that was already non-finite before this run`;
  return `the first op to produce it was ${op}${r.exact ? '' : ' (some intermediate values were recycled, so an earlier op may be the origin)'}`;
}

/** The lines both forms share: headline, creation site, inputs, outputs, what came out bad. */
function lines(r: NanReport): { head: string; site: string | null; inputs: string[]; outputs: string[]; bad: string } {
  const site = r.site ? `created at line ${r.site.line}${r.site.text ? `: ${r.site.text}` : ''}` : null;
  const bad = r.nonFinite.map(n => (n.kind === 'fetch' ? `${n.name} (fetched)` : `${n.name} (updated)`)).join(', ');
  return {
    head: `NaN/Inf in sess.run #${r.step + 1}: ${causeText(r)}`,
    site, inputs: r.inputs.map(statsText), outputs: r.outputs.map(statsText), bad,
  };
}

export function nanReportText(r: NanReport): string {
  const l = lines(r);
  const out = [`Warning: ${l.head}`];
  if (l.site) out.push(`  ${l.site}`);
  if (l.inputs.length) out.push('  inputs:', ...l.inputs.map(s => `    ${s}`));
  if (l.outputs.length) out.push('  outputs:', ...l.outputs.map(s => `    ${s}`));
  out.push(`  non-finite results: ${l.bad}`);
  return out.join('\n');
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function nanReportMarkdown(r: NanReport): string {
  const l = lines(r);
  const link = `command:${showOpCommand}?${encodeURIComponent(JSON.stringify([r.op.name]))}`;
  const out = [`**⚠ ${l.head.replace(`${r.op.name} (${r.op.type})`, `${code(r.op.name)} (${r.op.type})`)}**`, ''];
  if (l.site) out.push(`- ${r.site ? `created at line ${r.site.line}${r.site.text ? `: ${code(r.site.text)}` : ''}` : ''}`);
  for (const s of l.inputs) out.push(`- input ${code(s)}`);
  for (const s of l.outputs) out.push(`- output ${code(s)}`);
  out.push(`- non-finite results: ${l.bad}`, '', `[Show ${r.op.name} in the graph](${link})`);
  return out.join('\n');
}

export function nanReportBundle(r: NanReport): MimeBundle {
  return { 'text/markdown': nanReportMarkdown(r), 'text/plain': nanReportText(r), [Mime.nanOrigin]: { op: r.op.name } };
}
