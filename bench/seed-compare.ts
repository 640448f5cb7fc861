// Runs the seed program through the Python front end and in TypeScript, interleaved in one
// process: one cold run of each, then alternating warm rounds. Interleaving makes both see the
// same machine load, so the per-round ratio python/ts is fair even on a busy machine.
import { Unavailable } from './contenders/contender';
import { ProgramRun, runSeedProgramInPython, runSeedProgramInTs } from './seed-program';
import { median } from './stats';

export const WARM_ROUNDS = 9;

export interface ProgramResult {
  name: string;
  status: 'ok' | 'unavailable' | 'error';
  reason?: string;
  /** Run 0 is cold; the others are warm rounds. */
  runsMs?: number[];
  accuracy?: number | null;
}

export interface SeedComparison {
  name: 'seed-programs';
  python: ProgramResult;
  ts: ProgramResult;
  /**
   * Fastest warm python run ÷ fastest warm ts run − 1, in percent; null when either side is
   * missing. Load from other processes only ever adds time, so the fastest runs are the fairest.
   */
  overheadPercent: number | null;
  /** Median over warm rounds of python/ts − 1, in percent (the paired view of the same runs). */
  pairedOverheadPercent: number | null;
  maxRssMB: number;
}

class Side {
  readonly runs: ProgramRun[] = [];
  failure: { status: 'unavailable' | 'error'; reason: string } | null = null;
  constructor(readonly name: string, private readonly program: () => ProgramRun) {}

  runOnce(): void {
    if (this.failure) return;
    // Collect the previous run's garbage (a whole MNIST copy) outside the timed region.
    (globalThis as { gc?: () => void }).gc?.();
    try {
      this.runs.push(this.program());
    } catch (e) {
      this.failure = e instanceof Unavailable
        ? { status: 'unavailable', reason: e.message }
        : { status: 'error', reason: (e as Error).stack?.split('\n').slice(0, 4).join(' | ') ?? String(e) };
    }
  }

  result(): ProgramResult {
    if (this.failure) return { name: this.name, ...this.failure };
    return { name: this.name, status: 'ok', runsMs: this.runs.map((r) => r.ms), accuracy: this.runs[this.runs.length - 1].accuracy };
  }
}

export function compareSeedPrograms(): SeedComparison {
  const python = new Side('seed-python', runSeedProgramInPython);
  const ts = new Side('seed-ts', () => runSeedProgramInTs());
  // Alternate which program goes first (ABBA), so neither always runs on a warmer or a more
  // littered heap than the other.
  for (let round = 0; round <= WARM_ROUNDS; round++) {
    const order = round % 2 === 0 ? [python, ts] : [ts, python];
    for (const side of order) side.runOnce();
  }
  let overheadPercent: number | null = null;
  let pairedOverheadPercent: number | null = null;
  if (!python.failure && !ts.failure) {
    const warm = (side: Side) => side.runs.slice(1).map((r) => r.ms);
    overheadPercent = (Math.min(...warm(python)) / Math.min(...warm(ts)) - 1) * 100;
    pairedOverheadPercent = median(warm(python).map((p, i) => p / warm(ts)[i] - 1)) * 100;
  }
  return {
    name: 'seed-programs', python: python.result(), ts: ts.result(), overheadPercent, pairedOverheadPercent,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
  };
}
