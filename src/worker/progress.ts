// Turns the interpreter's per-iteration loop callbacks into throttled progress events: nothing
// for loops shorter than a second, then at most one update per 100 ms, and a final update.
import type { TrainingProgress } from '../shared/protocol';

const showAfterMs = 1000;
const minIntervalMs = 100;

export class LoopProgressTracker {
  private startedAt = 0;
  private lastSentAt = 0;
  private total = -1;
  private lastDone = -1;
  private shown = false;

  constructor(
    private readonly send: (p: TrainingProgress) => void,
    private readonly lastLoss: () => number | undefined = () => undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** `done` iterations of `total` are complete; a smaller `done` or another `total` means a new loop. */
  step(done: number, total: number): void {
    const t = this.now();
    if (total !== this.total || done < this.lastDone) this.reset(t, total);
    this.lastDone = done;
    if (done >= total) { this.finish(); return; }
    if (t - this.startedAt < showAfterMs || t - this.lastSentAt < minIntervalMs) return;
    this.emit(t, false);
  }

  /** The loop or the cell ended: send the last state if the user saw any progress. */
  finish(): void {
    if (this.shown) this.emit(this.now(), true);
    this.shown = false;
    this.total = -1;
    this.lastDone = -1;
  }

  private reset(t: number, total: number): void {
    if (this.shown) this.finish();
    this.startedAt = t;
    this.lastSentAt = 0;
    this.total = total;
    this.lastDone = -1;
  }

  private emit(t: number, final: boolean): void {
    const elapsedSeconds = (t - this.startedAt) / 1000;
    const done = Math.max(0, this.lastDone);
    const stepsPerSecond = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
    const etaSeconds = stepsPerSecond > 0 ? (this.total - done) / stepsPerSecond : undefined;
    this.lastSentAt = t;
    this.shown = true;
    this.send({ done, total: this.total, stepsPerSecond, etaSeconds, elapsedSeconds, lastLoss: this.lastLoss(), final });
  }
}
