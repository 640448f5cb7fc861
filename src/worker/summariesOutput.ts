// A cell's summaries output: the scalars and histograms its FileWriters wrote during this cell,
// shown as one output that is replaced in place. While the cell trains it is re-sent at most once
// per `intervalMs` (charts only); when the cell ends, once more with the PNG fallback. So a
// notebook holds one output per cell however many steps ran, and the PNG is drawn once.
import { emptySummaries, foldSummaries, type SummaryRecord } from '../shared/payloads/summaries';
import type { MimeBundle } from '../shared/mimes';
import { summariesBundle } from './formatters/summaries';

export class CellSummariesOutput {
  private payload = emptySummaries();
  private dirty = false;
  private lastSent = -Infinity;

  constructor(private readonly send: (bundle: MimeBundle) => void, private readonly intervalMs = 1000, private readonly clock: () => number = Date.now) {}

  add(records: readonly SummaryRecord[]): void {
    const shown = records.filter((r) => r.scalar !== undefined || r.histogram);
    if (!shown.length) return;
    foldSummaries(this.payload, shown);
    this.dirty = true;
    if (this.clock() - this.lastSent >= this.intervalMs) this.sendNow(false);
  }

  /** The cell ended: the final output (with its PNG) if it wrote any summaries; ready for the next cell. */
  finish(): void {
    if (this.dirty || this.lastSent > -Infinity) this.sendNow(true);
    this.payload = emptySummaries();
    this.dirty = false;
    this.lastSent = -Infinity;
  }

  private sendNow(final: boolean): void {
    this.dirty = false;
    this.lastSent = this.clock();
    this.send(summariesBundle(this.payload, final));
  }
}
