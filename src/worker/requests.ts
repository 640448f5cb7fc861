// Answers the views' requests between cells: the graph view of a global (or the whole default
// graph), the gradient view of the last optimizer step, and the tensor view of a value the
// Variables view names. Each answer is the payload the matching notebook renderer draws.
import { getDefaultGraph } from '../engine';
import type { Graph } from '../engine';
import type { Operation } from '../engine';
import { buildGraphPayload } from '../engine';
import { tensorPayload } from '../engine';
import { NDArray } from '../engine';
import { Variable } from '../engine';
import { pyRepr, type PythonSession } from '../python/index';
import type { GradientsEvent, GraphEvent, GraphRequest, TensorEvent, TensorRequest } from '../shared/protocol';
import type { Display } from './display';
import { engineValueOf } from './formatters/context';
import { latestGradientsPayload } from './formatters/gradients';
import { graphTarget } from './formatters/graph';

export function answerGraph(msg: GraphRequest, session: PythonSession, display: Display): GraphEvent {
  const value = msg.name ? session.globals.get(msg.name) : undefined;
  const target = graphTarget(value);
  const graph = target?.graph ?? getDefaultGraph();
  // A graph variable of the Variables view is named by its op (`Variable:0`), not by a global.
  const focus = target?.focus ?? (msg.name ? opNamed(graph, msg.name) : null);
  const payload = graph.operationCount ? buildGraphPayload(graph, { focus, inspection: display.inspection }) : null;
  return { type: 'graph', id: msg.id, payload };
}

function opNamed(graph: Graph, name: string): Operation | null {
  return graph.getOperations().find((op) => op.name === name.replace(/:\d+$/, '')) ?? null;
}

export function answerGradients(id: number, display: Display): GradientsEvent {
  return { type: 'gradients', id, payload: latestGradientsPayload(display) };
}

export function answerTensor(msg: TensorRequest, session: PythonSession, display: Display): TensorEvent {
  const { inspection } = display;
  if (msg.source === 'graphVariable') {
    const value = inspection.graphVariableValue(msg.name);
    const name = msg.name.replace(/:0$/, '');
    return value
      ? { type: 'tensor', id: msg.id, payload: tensorPayload(value, { name }), text: '' }
      : { type: 'tensor', id: msg.id, payload: null, text: `${msg.name} has no value yet: run its initializer in a session.` };
  }
  const value = session.globals.get(msg.name);
  const array = arrayOf(value, display);
  if (array) return { type: 'tensor', id: msg.id, payload: tensorPayload(array, { name: msg.name }), text: '' };
  return { type: 'tensor', id: msg.id, payload: null, text: value === undefined ? '' : pyRepr(value) };
}

/** A numpy array's data, or a tf.Variable's value in the last session; scalars stay text. */
function arrayOf(value: unknown, display: Display): NDArray | undefined {
  const numpy = value as { array?: unknown; isScalar?: boolean } | null;
  if (numpy?.array instanceof NDArray) return numpy.isScalar || numpy.array.rank === 0 ? undefined : numpy.array;
  const engine = engineValueOf(value);
  if (engine instanceof Variable) return display.inspection.graphVariableValue(engine.op.name);
  return undefined;
}
