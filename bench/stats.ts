// Small timing helpers shared by the training runs and the micro-benchmarks.
export const now = (): number => performance.now();

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const MB = 1024 * 1024;

/** Peaks of process memory, sampled between timed regions (sampling costs a few µs). */
export class MemoryPeaks {
  rss = 0;
  heapUsed = 0;
  heapTotal = 0;
  external = 0;

  sample(): void {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heapUsed = Math.max(this.heapUsed, m.heapUsed);
    this.heapTotal = Math.max(this.heapTotal, m.heapTotal);
    this.external = Math.max(this.external, m.external + m.arrayBuffers);
  }

  /** In MB; `maxRss` is the kernel's peak for the whole process (getrusage), not a sample. */
  report(): { maxRssMB: number; sampledRssMB: number; heapUsedMB: number; heapTotalMB: number; externalMB: number } {
    const round = (b: number) => Math.round((b / MB) * 10) / 10;
    return {
      maxRssMB: round(process.resourceUsage().maxRSS * 1024),
      sampledRssMB: round(this.rss),
      heapUsedMB: round(this.heapUsed),
      heapTotalMB: round(this.heapTotal),
      externalMB: round(this.external),
    };
  }
}
