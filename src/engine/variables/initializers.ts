// Initialization helpers (tf1-semantics §1.9).
import { getDefaultGraph } from '../graph/default_graph';
import { GraphKeys } from '../graph/graph_keys';
import type { Operation } from '../graph/operation';
import { group, noOp } from '../ops/control';
import { Variable } from './variable';

export function variablesInitializer(varList: Variable[], name = 'init'): Operation {
  if (varList.length) return group(varList.map(v => v.initializer), name);
  return noOp(name);
}
export function globalVariables(scope?: string | null): Variable[] {
  return getDefaultGraph().getCollection(GraphKeys.GLOBAL_VARIABLES, scope) as Variable[];
}
export function trainableVariables(scope?: string | null): Variable[] {
  return getDefaultGraph().getCollection(GraphKeys.TRAINABLE_VARIABLES, scope) as Variable[];
}
export function localVariables(scope?: string | null): Variable[] {
  return getDefaultGraph().getCollection(GraphKeys.LOCAL_VARIABLES, scope) as Variable[];
}
export function globalVariablesInitializer(): Operation { return variablesInitializer(globalVariables()); }
export function localVariablesInitializer(): Operation { return variablesInitializer(localVariables()); }
