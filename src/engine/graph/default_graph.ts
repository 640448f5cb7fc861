// The default-graph stack (tf.get_default_graph, Graph.as_default, tf.reset_default_graph).
// Module-level state is fine: one Python session runs per worker thread.
import { Graph } from './graph';
import { PyLikeError } from '../errors';

let globalDefault: Graph | null = null;
const stack: Graph[] = [];
/** Counts open contexts that forbid reset_default_graph (Session `with` blocks, InteractiveSession). */
let blockingContexts = 0;

export function getDefaultGraph(): Graph {
  if (stack.length) return stack[stack.length - 1];
  if (!globalDefault) globalDefault = new Graph();
  return globalDefault;
}

export function pushDefaultGraph(g: Graph): { exit: () => void } {
  stack.push(g);
  let exited = false;
  return {
    exit: () => {
      if (exited) return;
      exited = true;
      if (stack[stack.length - 1] !== g) throw new PyLikeError('AssertionError', 'Nesting violated for default stack of <class \'tensorflow.python.framework.ops.Graph\'> objects');
      stack.pop();
    },
  };
}

export function withDefaultGraph<T>(g: Graph, fn: () => T): T {
  const ctx = pushDefaultGraph(g);
  try { return fn(); } finally { ctx.exit(); }
}

export function resetDefaultGraph(): void {
  if (stack.length || blockingContexts > 0) {
    throw new PyLikeError('AssertionError', 'Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, exit the nesting and create a new graph.');
  }
  globalDefault = new Graph();
}

export function addResetBlocker(delta: number): void { blockingContexts += delta; }

/** Drop every default (used when a kernel restarts inside the same thread, and by tests). */
export function clearDefaultGraphState(): void { stack.length = 0; blockingContexts = 0; globalDefault = new Graph(); }
