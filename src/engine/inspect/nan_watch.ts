// The automatic NaN/Inf check. After every run it scans only what the run hands back or writes
// for good — fetched values and the outputs of variable updates — which costs one pass over the
// fetches and the updated variables. Only when one of them is non-finite does it search the
// run's kept values for the op that first produced a NaN/Inf (nan_origin.ts) and report it, once
// per plan until a run of that plan comes out finite again (a diverged model stays NaN).
import { addRunObserver, type RunRecord, type Session } from '../session/session';
import type { Plan } from '../session/plan';
import type { Tensor } from '../graph/tensor';
import { allFinite, checkable, findNanOrigin, type NanOrigin } from './nan_origin';

export interface NanReport extends NanOrigin {
  session: Session;
  /** The session's run index of the run (0-based). */
  step: number;
  /** Fetched tensors and updated variables that came out non-finite. */
  nonFinite: { name: string; kind: 'fetch' | 'update' }[];
}

/** Per plan, the tensors the cheap scan reads: fetches, then the outputs of variable updates. */
interface ScanList { fetches: Tensor[]; updates: Tensor[] }
const scanLists = new WeakMap<Plan, ScanList>();

function scanListOf(plan: Plan): ScanList {
  let list = scanLists.get(plan);
  if (list === undefined) {
    const bySlot = new Map<number, Tensor>();
    for (const [t, s] of plan.slotOf) bySlot.set(s, t);
    const fetches = plan.fetchSlots.map(s => bySlot.get(s)!).filter(t => t !== undefined);
    // An update reads a variable ref and hands it back (Assign*, Apply*, Scatter*).
    const updates = plan.steps.filter(s => s.op.outputs[0]?.isRef && s.op.inputs.some(t => t.isRef)).map(s => s.op.outputs[0]);
    list = { fetches, updates };
    scanLists.set(plan, list);
  }
  return list;
}

export class NanWatch {
  enabled = true;
  private readonly reported = new WeakSet<Plan>();
  private listeners: ((r: NanReport) => void)[] = [];
  private detach: (() => void) | null = null;

  /** Starts checking every session's runs. */
  attach(): this {
    if (!this.detach) this.detach = addRunObserver(r => { if (this.enabled) this.check(r); });
    return this;
  }
  dispose(): void { this.detach?.(); this.detach = null; this.listeners = []; }

  onReport(fn: (r: NanReport) => void): () => void {
    this.listeners.push(fn);
    return () => { this.listeners = this.listeners.filter(l => l !== fn); };
  }

  /** The cheap scan; the search and the report only when something is non-finite. */
  check(r: RunRecord): NanReport | null {
    const { fetches, updates } = scanListOf(r.plan);
    const nonFinite: NanReport['nonFinite'] = [];
    for (const t of fetches) { const v = r.valueOf(t); if (checkable(v) && !allFinite(v.numeric)) nonFinite.push({ name: t.name, kind: 'fetch' }); }
    const proven = r.finiteData;
    for (const t of updates) { const v = r.valueOf(t); if (checkable(v) && !proven?.has(v.numeric) && !allFinite(v.numeric)) nonFinite.push({ name: t.op.inputs[0]?.op.name ?? t.op.name, kind: 'update' }); }
    if (nonFinite.length === 0) { this.reported.delete(r.plan); return null; }
    if (this.reported.has(r.plan)) return null;
    this.reported.add(r.plan);
    const origin = findNanOrigin(r.plan, r.valueOf);
    if (!origin) return null;
    const report: NanReport = { ...origin, session: r.session, step: r.session.lastRun?.step ?? r.session.runCount - 1, nonFinite };
    for (const l of this.listeners) l(report);
    return report;
  }
}
