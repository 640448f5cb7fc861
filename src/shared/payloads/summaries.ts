// What the Summaries view draws: the scalar and histogram values a notebook's FileWriters wrote
// to their event files, by tag and step. The kernel streams records; the host folds them into
// the payload (foldSummaries) so a view never needs the event files themselves.

export interface HistogramRecord { min: number; max: number; num: number; sum: number; bucketLimit: number[]; bucket: number[] }

export interface SummaryRecord {
  /** The FileWriter's logdir (runs are told apart by it, as TensorBoard does). */
  logdir: string;
  tag: string;
  step: number;
  wallTime: number;
  scalar?: number;
  histogram?: HistogramRecord;
}

export interface ScalarSeries { run: string; tag: string; steps: number[]; values: number[] }
export interface HistogramSeries { run: string; tag: string; steps: number[]; histograms: HistogramRecord[] }

export interface SummariesPayload { scalars: ScalarSeries[]; histograms: HistogramSeries[] }

/** Histograms kept per series: the view draws the latest ones as ridges over steps. */
export const MAX_HISTOGRAMS_PER_SERIES = 40;

export const emptySummaries = (): SummariesPayload => ({ scalars: [], histograms: [] });

/** Adds records to a payload in place (series keyed by run and tag, in first-seen order). */
export function foldSummaries(payload: SummariesPayload, records: readonly SummaryRecord[]): SummariesPayload {
  for (const r of records) {
    if (r.scalar !== undefined) {
      let s = payload.scalars.find(x => x.run === r.logdir && x.tag === r.tag);
      if (!s) { s = { run: r.logdir, tag: r.tag, steps: [], values: [] }; payload.scalars.push(s); }
      s.steps.push(r.step); s.values.push(r.scalar);
    }
    if (r.histogram) {
      let h = payload.histograms.find(x => x.run === r.logdir && x.tag === r.tag);
      if (!h) { h = { run: r.logdir, tag: r.tag, steps: [], histograms: [] }; payload.histograms.push(h); }
      h.steps.push(r.step); h.histograms.push(r.histogram);
      if (h.steps.length > MAX_HISTOGRAMS_PER_SERIES) { h.steps.shift(); h.histograms.shift(); }
    }
  }
  return payload;
}

/** Points per scalar tag a saved summaries output keeps (TensorBoard samples scalars to 1,000 too). */
export const MAX_OUTPUT_POINTS = 1000;

/**
 * A copy for a notebook output: each scalar series evenly thinned to at most `maxPoints` (the
 * first and last step always kept), so a 100,000-step loop saves as small a notebook as a short one.
 */
export function thinSummaries(payload: SummariesPayload, maxPoints = MAX_OUTPUT_POINTS): SummariesPayload {
  const scalars = payload.scalars.map((s) => {
    const n = s.steps.length;
    if (n <= maxPoints) return { ...s, steps: s.steps.slice(), values: s.values.slice() };
    const picks = Array.from({ length: maxPoints }, (_, i) => Math.round((i * (n - 1)) / (maxPoints - 1)));
    return { ...s, steps: picks.map((i) => s.steps[i]), values: picks.map((i) => s.values[i]) };
  });
  return { scalars, histograms: payload.histograms.map((h) => ({ ...h, steps: h.steps.slice(), histograms: h.histograms.slice() })) };
}

const short = (x: number) => (Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString());

/** The text/plain of a summaries output: one line per tag (what Jupyter, GitHub and `gradbook run` show). */
export function summariesText(payload: SummariesPayload): string {
  const lines = ['Summaries'];
  for (const s of payload.scalars) {
    const last = s.steps.length - 1;
    lines.push(`  ${s.run}  ${s.tag}: ${s.steps.length} steps, ${short(s.values[0])} at step ${s.steps[0]} → ${short(s.values[last])} at step ${s.steps[last]}`);
  }
  for (const h of payload.histograms) {
    const last = h.histograms[h.histograms.length - 1];
    lines.push(`  ${h.run}  ${h.tag}: histogram over ${h.steps.length} steps, last (step ${h.steps[h.steps.length - 1]}) ${short(last.num)} values in [${short(last.min)}, ${short(last.max)}]`);
  }
  return lines.join('\n');
}
