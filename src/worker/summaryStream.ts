// Streams a cell's summary records to the host while it trains: batched so a loop that writes a
// summary every step sends a message at most every `intervalMs`, and flushed before the cell's
// `done` so the view has every value when the cell ends.
import type { SummaryRecord } from '../shared/payloads/summaries';

export class SummaryStream {
  private pending: SummaryRecord[] = [];
  private lastSent = 0;
  constructor(private readonly send: (records: SummaryRecord[]) => void, private readonly intervalMs = 200, private readonly clock: () => number = Date.now) {}

  add(records: SummaryRecord[]): void {
    for (const r of records) this.pending.push(r);
    if (this.clock() - this.lastSent >= this.intervalMs) this.flush();
  }

  flush(): void {
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    this.lastSent = this.clock();
    this.send(batch);
  }
}
