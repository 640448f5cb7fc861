// The loss of every recorded optimizer step of a kernel (fed by its Inspection), thinned to a bounded number of
// points: when the buffer fills, every other point is dropped and only every second new step
// is kept, so a run of any length keeps an even spread of at most `capacity` points.

export interface LossPoint { step: number; loss: number; time: number }

export class LossHistory {
  private points: LossPoint[] = [];
  private stride = 1;
  private seen = 0;
  /** The last `capacity` points unthinned: a short loop after a long one keeps every step. */
  private recent: LossPoint[] = [];

  constructor(readonly capacity = 512) {}

  add(p: LossPoint): void {
    this.recent.push(p);
    if (this.recent.length > this.capacity) this.recent.splice(0, this.recent.length - this.capacity);
    if (this.seen++ % this.stride !== 0) return;
    this.points.push(p);
    if (this.points.length >= this.capacity) {
      this.points = this.points.filter((_, i) => i % 2 === 0);
      this.stride *= 2;
    }
  }

  /** Points recorded at or after `time` (ms since the epoch): every step when they all fit. */
  since(time: number): LossPoint[] {
    const dense = this.recent.length > 0 && (this.recent[0].time < time || this.recent.length < this.capacity);
    return sliceFrom(dense ? this.recent : this.points, time);
  }

  /**
   * Forget points older than `time` (a new training loop began) and record every step again:
   * the thinning a long earlier loop needed must not make the new loop's curve coarse.
   */
  dropBefore(time: number): void {
    const kept = sliceFrom(this.points, time);
    this.recent = sliceFrom(this.recent, time);
    if (kept.length === this.points.length) return;
    this.points = kept;
    this.stride = 1;
    this.seen = 0;
  }

  clear(): void { this.points = []; this.recent = []; this.stride = 1; this.seen = 0; }
}

function sliceFrom(points: LossPoint[], time: number): LossPoint[] {
  let lo = 0, hi = points.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (points[mid].time < time) lo = mid + 1; else hi = mid; }
  return points.slice(lo);
}
