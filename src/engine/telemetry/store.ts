// Per-session telemetry storage: the last `capacity` steps in a ring, plus a downsampled
// history of every step since the session began (buckets double in width whenever the history
// fills, so it stays bounded at any run length).

export interface VariableStep {
  /** Index into TelemetrySnapshot.variables. */
  variable: number;
  gradNorm: number;
  gradMean: number;
  gradMin: number;
  gradMax: number;
  /** Count of NaN/Inf gradient elements (they are left out of the other stats). */
  gradNonFinite: number;
  /** ‖Δvar‖₂ for this step; null when it could not be known cheaply (first step, no snapshot). */
  updateNorm: number | null;
}

export interface TelemetryStep {
  /** 1-based count of recorded optimizer steps in this session. */
  step: number;
  /** Value of the global step after the update, when minimize was given one. */
  globalStep: number | null;
  /** Session run counter at the time of the step. */
  run: number;
  trainOp: string;
  optimizer: string;
  /** The loss, when the run computed it (fetched alongside the train op, e.g. run([train, loss])). */
  loss: number | null;
  learningRate: number | null;
  time: number;
  variables: VariableStep[];
}

export interface VariableInfo { name: string; shape: number[]; dtype: string; optimizer: string; trainOp: string }

/** A downsampled stretch of steps: means of what was known in it. */
export interface HistoryBucket {
  firstStep: number;
  lastStep: number;
  count: number;
  loss: number | null;
  learningRate: number | null;
  /** Mean gradient norm and update norm per variable index (null where never known). */
  gradNorm: (number | null)[];
  updateNorm: (number | null)[];
}

export interface TelemetrySnapshot {
  totalSteps: number;
  steps: TelemetryStep[];
  history: HistoryBucket[];
  variables: VariableInfo[];
}

interface Accumulator { first: number; last: number; count: number; loss: Mean; lr: Mean; grad: Mean[]; update: Mean[] }
class Mean {
  sum = 0; n = 0;
  add(x: number | null) { if (x !== null && Number.isFinite(x)) { this.sum += x; this.n++; } }
  merge(o: Mean) { this.sum += o.sum; this.n += o.n; }
  get value(): number | null { return this.n ? this.sum / this.n : null; }
}

export class TelemetryStore {
  readonly variables: VariableInfo[] = [];
  private readonly variableIndex = new Map<string, number>();
  private readonly ring: (TelemetryStep | undefined)[];
  private head = 0;
  totalSteps = 0;
  private history: Accumulator[] = [];
  private bucketWidth = 1;
  private pending: Accumulator | null = null;

  constructor(readonly capacity = 1000, readonly historyCapacity = 1000) {
    this.ring = new Array(capacity);
  }

  variableSlot(info: VariableInfo): number {
    const key = `${info.trainOp}\u0000${info.name}`;
    let i = this.variableIndex.get(key);
    if (i === undefined) { i = this.variables.length; this.variables.push(info); this.variableIndex.set(key, i); }
    return i;
  }

  nextStep(): number { return this.totalSteps + 1; }

  /** Forget the steps; the variable list stays (cached plans hold indices into it). */
  reset(): void {
    this.ring.fill(undefined);
    this.head = 0;
    this.totalSteps = 0;
    this.history = [];
    this.bucketWidth = 1;
    this.pending = null;
  }

  push(s: TelemetryStep): void {
    this.ring[this.head] = s;
    this.head = (this.head + 1) % this.capacity;
    this.totalSteps++;
    this.addToHistory(s);
  }

  private addToHistory(s: TelemetryStep): void {
    const acc = this.pending ?? (this.pending = { first: s.step, last: s.step, count: 0, loss: new Mean(), lr: new Mean(), grad: [], update: [] });
    acc.last = s.step;
    acc.count++;
    acc.loss.add(s.loss);
    acc.lr.add(s.learningRate);
    for (const v of s.variables) {
      (acc.grad[v.variable] ??= new Mean()).add(v.gradNorm);
      (acc.update[v.variable] ??= new Mean()).add(v.updateNorm);
    }
    if (acc.count < this.bucketWidth) return;
    this.history.push(acc);
    this.pending = null;
    if (this.history.length >= this.historyCapacity) this.halveHistory();
  }

  private halveHistory(): void {
    const merged: Accumulator[] = [];
    for (let i = 0; i + 1 < this.history.length; i += 2) {
      const a = this.history[i], b = this.history[i + 1];
      a.last = b.last; a.count += b.count; a.loss.merge(b.loss); a.lr.merge(b.lr);
      b.grad.forEach((m, k) => { if (m) (a.grad[k] ??= new Mean()).merge(m); });
      b.update.forEach((m, k) => { if (m) (a.update[k] ??= new Mean()).merge(m); });
      merged.push(a);
    }
    if (this.history.length % 2) merged.push(this.history[this.history.length - 1]);
    this.history = merged;
    this.bucketWidth *= 2;
  }

  recentSteps(): TelemetryStep[] {
    const n = Math.min(this.totalSteps, this.capacity);
    const out: TelemetryStep[] = [];
    for (let k = n; k > 0; k--) out.push(this.ring[(this.head - k + this.capacity) % this.capacity]!);
    return out;
  }

  snapshot(): TelemetrySnapshot {
    const buckets = this.pending ? [...this.history, this.pending] : this.history;
    return {
      totalSteps: this.totalSteps,
      steps: this.recentSteps(),
      history: buckets.map(b => ({
        firstStep: b.first, lastStep: b.last, count: b.count, loss: b.loss.value, learningRate: b.lr.value,
        gradNorm: this.variables.map((_, k) => b.grad[k]?.value ?? null),
        updateNorm: this.variables.map((_, k) => b.update[k]?.value ?? null),
      })),
      variables: this.variables.map(v => ({ ...v, shape: v.shape.slice() })),
    };
  }
}
