// Remembers, per graph, the recent session runs (one per plan), so a view shows what the last
// `sess.run` executed even after the session was closed or when it was never the default one.
// Only the newest run keeps a way to read its values: buffers are reused by later runs.
// Fed by the kernel's Inspection (inspection.ts), which observes the runs.
import type { RunRecord, Session } from '../session/session';
import type { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import type { Plan } from '../session/plan';
import type { Tensor } from '../graph/tensor';
import type { NDArray } from '../ndarray';

export interface RecordedRun {
  session: Session;
  plan: Plan;
  fetches: (Tensor | Operation)[];
  feeds: Tensor[];
  /** The session's run index of this run. */
  step: number;
  /** Engine-wide order of runs, newest highest. */
  sequence: number;
  /**
   * The fed values of this run, kept by reference: they are the caller's arrays (a feed is not
   * copied into the session), so keeping them costs nothing per step; a program that refills one
   * numpy array in place is seen with its newest content. The gradient check feeds them again.
   */
  feedValues: Map<Tensor, NDArray>;
  /** Values of this run; null once a newer run of the graph may have reused its buffers. */
  valueOf: ((t: Tensor) => NDArray | undefined) | null;
}

const MAX_PLANS_PER_GRAPH = 16;

export class RunHistory {
  private readonly byGraph = new WeakMap<Graph, RecordedRun[]>();
  private sequence = 0;

  record(r: RunRecord): void {
    const last = r.session.lastRun;
    if (!last || last.plan !== r.plan) return;
    const graph = r.session.graph;
    let runs = this.byGraph.get(graph);
    if (!runs) { runs = []; this.byGraph.set(graph, runs); }
    const i = runs.findIndex((x) => x.plan === r.plan);
    if (i >= 0) runs.splice(i, 1);
    for (const old of runs) old.valueOf = null;
    const feedValues = new Map<Tensor, NDArray>();
    for (const t of last.feeds) { const v = r.valueOf(t); if (v) feedValues.set(t, v); }
    runs.push({ session: r.session, plan: r.plan, fetches: last.fetches, feeds: last.feeds, feedValues, step: last.step, sequence: ++this.sequence, valueOf: r.valueOf });
    if (runs.length > MAX_PLANS_PER_GRAPH) runs.shift();
  }

  /** The newest run of `graph` that executed `op`, else the newest run of the graph. */
  lastRunOf(graph: Graph, op?: Operation | null): RecordedRun | null {
    const runs = this.byGraph.get(graph);
    if (!runs || runs.length === 0) return null;
    if (op) {
      for (let i = runs.length - 1; i >= 0; i--) if (runs[i].plan.executed.includes(op)) return runs[i];
    }
    return runs[runs.length - 1];
  }
}
