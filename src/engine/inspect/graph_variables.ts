// The default graph's variables as the Variables view lists them, with their values in the
// session that ran last (a closed session's values as they were when it closed).
import type { Session } from '../session/session';
import { getDefaultGraph } from '../graph/default_graph';
import { GraphKeys } from '../graph/graph_keys';
import type { Variable } from '../variables/variable';
import type { NDArray } from '../ndarray';
import { formatShapePy } from '../shape';
import type { GraphVariableInfo } from '../../shared/protocol';
import { arrayStatistics } from './array_stats';

function valuesOf(session: Session | null): Map<string, NDArray> | undefined {
  if (!session) return undefined;
  return session.isClosed ? session.valuesAtClose ?? undefined : session.variables;
}

export function graphVariables(lastSession: Session | null): GraphVariableInfo[] {
  const graph = getDefaultGraph();
  const vars = graph.getCollection(GraphKeys.GLOBAL_VARIABLES) as Variable[];
  const values = valuesOf(lastSession && lastSession.graph === graph ? lastSession : null);
  return vars.map((v) => {
    const value = values?.get(v.op.name);
    return {
      name: v.name, shape: formatShapePy(v.shape), dtype: v.dtypeName, trainable: v.trainable,
      initialized: value !== undefined, stats: value ? statsOf(value) : undefined,
    };
  });
}

/** The value of a graph variable (`Variable:0` or `Variable`) in the last session, for the tensor view. */
export function graphVariableValue(lastSession: Session | null, name: string): NDArray | undefined {
  return valuesOf(lastSession)?.get(name.replace(/:0$/, ''));
}

function statsOf(a: NDArray): GraphVariableInfo['stats'] {
  if (a.dtype === 'string' || a.size === 0) return undefined;
  const s = arrayStatistics(a.data as ArrayLike<number>);
  return s.count ? { mean: s.mean, std: s.std, min: s.min, max: s.max } : undefined;
}
