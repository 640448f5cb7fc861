// The bundle of a cell's summaries output: the payload for the Summaries renderer, text/plain for
// every reader, and (at the cell's end) a PNG of the same charts drawn by the plots engine, so a
// saved notebook still shows its curves in Jupyter and on GitHub, where our renderer does not run.
import { Figure, RcParams, figureOutput, isPlotRenderingReady, type Axes } from '../../plots';
import { Mime, type MimeBundle } from '../../shared/mimes';
import { summariesText, thinSummaries, type HistogramRecord, type SummariesPayload } from '../../shared/payloads/summaries';

/** Histograms per tag the PNG overlays (oldest to newest), as TensorBoard's overlay view. */
const PNG_HISTOGRAM_STEPS = 5;
const COLUMNS = 3;

export function summariesBundle(payload: SummariesPayload, withPng: boolean): MimeBundle {
  const thin = thinSummaries(payload);
  const bundle: MimeBundle = { [Mime.summaries]: thin };
  // The PNG is the costly part (tens of ms): drawn once, when the cell ends.
  if (withPng && isPlotRenderingReady()) {
    try {
      bundle['image/png'] = figureOutput(summariesFigure(thin))['image/png'];
    } catch (e) {
      // A chart the plots engine cannot draw must not fail the cell: the output keeps its charts and text.
      console.error(`Gradbook: the summaries PNG could not be drawn: ${(e as Error)?.stack ?? String(e)}`);
    }
  }
  bundle[Mime.text] = summariesText(thin);
  return bundle;
}

/** One panel per scalar tag (value over steps) and per histogram tag (bucket counts at a few steps). */
export function summariesFigure(payload: SummariesPayload): Figure {
  const runs = new Set([...payload.scalars, ...payload.histograms].map((s) => s.run));
  const title = (run: string, tag: string) => (runs.size > 1 ? `${run}: ${tag}` : tag);
  const count = payload.scalars.length + payload.histograms.length;
  const cols = Math.max(1, Math.min(COLUMNS, count)), rows = Math.max(1, Math.ceil(count / cols));
  const fig = new Figure(new RcParams(), { figsize: [4 * cols, 2.8 * rows], dpi: 72 });
  const axes = (fig.subplots(rows, cols, { squeeze: false }) as Axes[][]).flat();
  let i = 0;
  for (const s of payload.scalars) {
    const ax = axes[i++];
    ax.plot([s.steps, s.values.map((v) => (Number.isFinite(v) ? v : NaN))]);
    ax.set_title(title(s.run, s.tag));
    ax.set_xlabel('step');
  }
  for (const h of payload.histograms) {
    const ax = axes[i++];
    for (const k of overlaySteps(h.histograms.length)) {
      const [x, y] = bucketCurve(h.histograms[k]);
      ax.plot([x, y], { label: `step ${h.steps[k]}` });
    }
    ax.set_title(title(h.run, h.tag));
    ax.legend([], { fontsize: 'small' });
  }
  for (; i < axes.length; i++) axes[i].set_axis_off();
  fig.tight_layout();
  return fig;
}

/** Up to PNG_HISTOGRAM_STEPS indices spread over `n`, always the last. */
function overlaySteps(n: number): number[] {
  if (n <= PNG_HISTOGRAM_STEPS) return Array.from({ length: n }, (_, i) => i);
  return [...new Set(Array.from({ length: PNG_HISTOGRAM_STEPS }, (_, i) => Math.round((i * (n - 1)) / (PNG_HISTOGRAM_STEPS - 1))))];
}

/** Bucket centres and counts of one histogram, its buckets spanning [previous limit, limit] clipped to [min, max]. */
function bucketCurve(h: HistogramRecord): [number[], number[]] {
  const xs: number[] = [], ys: number[] = [];
  let left = h.min;
  h.bucketLimit.forEach((limit, i) => {
    const right = Math.min(limit, h.max);
    if (h.bucket[i] > 0 || xs.length) { xs.push((left + right) / 2); ys.push(h.bucket[i]); }
    left = right;
  });
  return xs.length ? [xs, ys] : [[h.min], [h.num]];
}
