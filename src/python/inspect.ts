// What the Variables view and the progress bar read from a Python session: the graph variables
// with their values in the last engine session that ran, and the last training loss.
import { addRunObserver, Session } from '../engine/session/session';
import { getDefaultGraph } from '../engine/graph/default_graph';
import { GraphKeys } from '../engine/graph/graph_keys';
import { subscribeTelemetry } from '../engine/telemetry';
import type { Variable } from '../engine/variables/variable';
import type { NDArray } from '../engine/ndarray';
import { formatShapePy } from '../engine/shape';

export interface GraphVariableInfo {
  name: string; shape: string; dtype: string; trainable: boolean; initialized: boolean;
  stats?: { mean: number; std: number; min: number; max: number };
}

let lastSession: Session | null = null;
let lastLoss: number | undefined;
// One observer per thread (one kernel worker per notebook): the last session that ran.
addRunObserver(r => { lastSession = r.session; });
subscribeTelemetry(step => { if (step.loss !== null && step.loss !== undefined) lastLoss = step.loss; });

export function lastTrainingLoss(): number | undefined { return lastLoss; }
export function resetInspection(): void { lastSession = null; lastLoss = undefined; }

export function graphVariables(): GraphVariableInfo[] {
  const g = getDefaultGraph();
  const vars = g.getCollection(GraphKeys.GLOBAL_VARIABLES) as Variable[];
  const sess = lastSession && lastSession.graph === g ? lastSession : null;
  const values = sess ? (sess.isClosed ? sess.valuesAtClose ?? new Map() : sess.variables) : new Map<string, NDArray>();
  return vars.map(v => {
    const value = values.get(v.op.name);
    return {
      name: v.name, shape: formatShapePy(v.shape), dtype: v.dtypeName, trainable: v.trainable,
      initialized: value !== undefined, stats: value ? statsOf(value) : undefined,
    };
  });
}

/** The value of a graph variable in the last session, for the tensor view. */
export function graphVariableValue(name: string): NDArray | undefined {
  const sess = lastSession;
  if (!sess) return undefined;
  const values = sess.isClosed ? sess.valuesAtClose : sess.variables;
  return values?.get(name.replace(/:0$/, ''));
}

function statsOf(a: NDArray): GraphVariableInfo['stats'] {
  const d = a.data as ArrayLike<number>;
  if (!d.length || typeof d[0] !== 'number') return undefined;
  let min = Infinity, max = -Infinity, sum = 0;
  for (let i = 0; i < d.length; i++) { const x = d[i]; sum += x; if (x < min) min = x; if (x > max) max = x; }
  const mean = sum / d.length;
  let sq = 0;
  for (let i = 0; i < d.length; i++) sq += (d[i] - mean) ** 2;
  return { mean, std: Math.sqrt(sq / d.length), min, max };
}
