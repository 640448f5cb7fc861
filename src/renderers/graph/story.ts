// The step-through of the last run, as the seed tells it: sess.run(train) first searches back
// from `train` for every op it needs, then executes those ops forwards. Position -1 is the
// overview (every executed op with its order number).
import type { GraphRunJson } from '../../shared/payloads/graph';

export type Phase = 'search' | 'run';
export interface StoryStep { phase: Phase; op: number }
/** How an op looks at a story position; `current` wins over the rest. */
export type OpState = 'current' | 'ran' | 'reached' | 'idle';

export class Story {
  readonly steps: StoryStep[];
  position = -1;
  private readonly order = new Map<number, number>();
  private readonly searchIndex = new Map<number, number>();
  constructor(readonly run: GraphRunJson | null) {
    this.steps = run ? [...run.searched.map((op) => ({ phase: 'search' as const, op })), ...run.executed.map((op) => ({ phase: 'run' as const, op }))] : [];
    run?.executed.forEach((op, i) => this.order.set(op, i + 1));
    run?.searched.forEach((op, i) => this.searchIndex.set(op, i));
  }
  get length(): number { return this.steps.length; }
  get current(): StoryStep | null { return this.steps[this.position] ?? null; }
  /** 1-based execution order of an op in the run, or undefined if it did not run. */
  orderOf(op: number): number | undefined { return this.order.get(op); }
  go(position: number): void { this.position = Math.max(-1, Math.min(this.steps.length - 1, position)); }

  stateOf(op: number): OpState {
    const run = this.run;
    if (!run) return 'idle';
    const order = this.order.get(op);
    if (this.position < 0) return order === undefined ? 'idle' : 'ran';
    const step = this.steps[this.position];
    if (step.op === op) return 'current';
    if (step.phase === 'search') {
      const reachedAt = this.searchIndex.get(op);
      return reachedAt !== undefined && reachedAt <= this.position ? 'reached' : 'idle';
    }
    if (order === undefined) return 'idle';
    const runIndex = this.position - run.searched.length;
    return order - 1 <= runIndex ? 'ran' : 'reached';
  }
  /** Whether the order badge shows: in the overview, and for ops already executed in the run phase. */
  showsBadge(op: number): boolean {
    const order = this.order.get(op);
    if (order === undefined) return false;
    if (this.position < 0) return true;
    const step = this.steps[this.position];
    return step.phase === 'run' && order - 1 <= this.position - (this.run?.searched.length ?? 0);
  }
}

const STATE_RANK: Record<OpState, number> = { idle: 0, reached: 1, ran: 2, current: 3 };
/** A collapsed scope shows the strongest state among its ops. */
export function strongest(states: OpState[]): OpState {
  return states.reduce<OpState>((a, b) => (STATE_RANK[b] > STATE_RANK[a] ? b : a), 'idle');
}

/**
 * The badge of a drawn item: the execution order of its ops that ran (`7`, or `5–9` for a
 * collapsed scope), and for a while loop how many times its body ran (`7 ×28`).
 */
export function orderBadge(orders: number[], loopIterations: number[]): string | null {
  if (!orders.length) return null;
  const sorted = orders.slice().sort((a, b) => a - b);
  const label = sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return loopIterations.length ? `${label} ×${loopIterations.join('/')}` : label;
}
