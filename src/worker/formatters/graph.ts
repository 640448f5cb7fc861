// Rich display of TF graph objects: a Tensor, Operation, Variable or Graph shows the graph view
// (application/vnd.gradbook.graph+json) of its graph, focused on its op, with the graph's last
// session run (from the kernel's Inspection) highlighted. The Python wrappers expose their engine object through
// `engineValue()` (PyTensor, PyOperation, PyVariable) or `graph` (PyGraph).
import type { RichFormatter } from './context';
import { Mime } from '../../shared/mimes';
import { Graph } from '../../engine';
import { Operation } from '../../engine';
import { Tensor } from '../../engine';
import { Variable } from '../../engine';
import { buildGraphPayload } from '../../engine';

/** The graph and focused op a displayed value stands for, or undefined for other values. */
export function graphTarget(value: unknown): { graph: Graph; focus: Operation | null } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { engineValue?: () => unknown; graph?: unknown };
  const engine = typeof v.engineValue === 'function' ? v.engineValue() : v.graph;
  if (engine instanceof Tensor) return { graph: engine.graph, focus: engine.op };
  if (engine instanceof Operation) return { graph: engine.graph, focus: engine };
  if (engine instanceof Variable) return { graph: engine.graph, focus: engine.op };
  if (engine instanceof Graph) return { graph: engine, focus: null };
  return undefined;
}

export const graphFormatter: RichFormatter = (value, { inspection }) => {
  const target = graphTarget(value);
  if (!target || target.graph.operationCount === 0) return undefined;
  return { [Mime.graph]: buildGraphPayload(target.graph, { focus: target.focus, inspection }) };
};
