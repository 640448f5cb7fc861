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
