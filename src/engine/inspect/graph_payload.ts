// Builds the graph view's payload (src/shared/payloads/graph.ts) from an engine graph: every op
// with its kind, tensors and attrs, the data and control edges, the name scopes with the ones to
// show collapsed, and the last session run: the backward search from its fetches and the forward
// execution order, the two halves of "sess.run(train)" the seed describes.
import type { Graph } from '../graph/graph';
import type { Operation } from '../graph/operation';
import type { Tensor } from '../graph/tensor';
import { NDArray } from '../ndarray';
import { getDefaultSession, type Session } from '../session/session';
import {
  GRAPH_PAYLOAD_VERSION, formatShape,
  type GraphEdgeJson, type GraphNodeJson, type GraphPayload, type GraphRunJson, type GraphScopeJson, type OpKind, type TensorJson, type ValueSummaryJson,
} from '../../shared/payloads/graph';
import { kindRules, isGradientRoot } from './op_kinds';
import type { Inspection } from './inspection';
import type { RecordedRun } from './run_history';
import { scopePaths, viewScopeOf } from './scopes';
import { describeArray, summarizeValue } from './value_summary';
import { lastIterations } from '../control/iterations';
import { OpType } from '../ops/op_types';
import { GraphKeys } from '../graph/graph_keys';

export interface GraphPayloadOptions {
  /** The op the output is about (a displayed Tensor's or Variable's op). */
  focus?: Operation | null;
  /** Use this session's last run instead of the recorded history. */
  session?: Session | null;
  /** The kernel's record of recent runs; without it, the default session's last run. */
  inspection?: Inspection;
}

export function buildGraphPayload(graph: Graph, options: GraphPayloadOptions = {}): GraphPayload {
  const ops = graph.getOperations();
  const idOf = new Map<Operation, number>();
  ops.forEach((op, i) => idOf.set(op, i));
  const rules = kindRules(graph);
  const paths = scopePaths(ops);
  const run = chooseRun(graph, options);
  const values = run ? valueReader(run) : null;

  const nodes: GraphNodeJson[] = ops.map((op, id) => {
    const node: GraphNodeJson = {
      id, name: op.name, type: op.type, kind: rules.kindOf(op), scope: viewScopeOf(op, paths),
      inputs: op.inputs.map(tensorJson), controlInputs: op.controlInputs.map((c) => c.name),
      outputs: op.outputs.map(tensorJson), attrs: attrStrings(op),
    };
    const summaries = values ? op.outputs.map(values) : null;
    if (summaries && summaries.some((s) => s !== null)) node.values = summaries;
    return node;
  });

  const edges: GraphEdgeJson[] = [];
  for (const op of ops) {
    const to = idOf.get(op)!;
    for (const t of op.inputs) edges.push({ from: idOf.get(t.op)!, to, output: t.valueIndex, label: formatShape(t.shape) });
    for (const c of op.controlInputs) edges.push({ from: idOf.get(c)!, to, output: -1, label: '' });
  }

  return {
    version: GRAPH_PAYLOAD_VERSION,
    nodes, edges,
    scopes: markFrames(scopeList(paths, nodes, rules.optimizerRoots), ops),
    focus: options.focus ? idOf.get(options.focus) ?? null : null,
    lastRun: run ? runJson(run, idOf) : null,
    trainableVariables: trainableOpNames(graph),
  };
}

function trainableOpNames(graph: Graph): string[] {
  const items = graph.getCollection(GraphKeys.TRAINABLE_VARIABLES) as { op?: Operation }[];
  return items.flatMap((v) => (v?.op ? [v.op.name] : []));
}

type RunSource = Pick<RecordedRun, 'plan' | 'fetches' | 'feeds' | 'step'> & { valueOf: RecordedRun['valueOf']; session: Session };

function chooseRun(graph: Graph, options: GraphPayloadOptions): RunSource | null {
  const own = (s: Session | null | undefined): RunSource | null =>
    s && s.graph === graph && s.lastRun ? { ...s.lastRun, valueOf: null, session: s } : null;
  if (options.session) return own(options.session);
  return options.inspection?.lastRunOf(graph, options.focus) ?? own(getDefaultSession());
}

function valueReader(run: RunSource): (t: Tensor) => ValueSummaryJson | null {
  const variables = run.session.variables;
  return (t) => {
    let v: NDArray | undefined = run.valueOf?.(t);
    // A variable's value lives in the session (updated in place by the optimizer).
    if (!(v instanceof NDArray) || v.size === 0) v = t.op.type === 'VariableV2' ? variables.get(t.op.name) : v;
    return v instanceof NDArray && (v.size > 0 || v.shape.length > 0) ? summarizeValue(v) : null;
  };
}

function runJson(run: RunSource, idOf: Map<Operation, number>): GraphRunJson {
  const executed = run.plan.executed.map((op) => idOf.get(op)!).filter((id) => id !== undefined);
  const json: GraphRunJson = {
    fetches: run.fetches.map((f) => f.name),
    feeds: run.feeds.map((t) => t.name),
    searched: backwardSearch(run, idOf),
    executed,
    step: run.step,
  };
  const iterations: Record<string, number> = {};
  for (const op of run.plan.executed) {
    const n = op.type === OpType.While ? lastIterations(run.session.runtime, op) : undefined;
    if (n !== undefined) iterations[String(idOf.get(op))] = n;
  }
  if (Object.keys(iterations).length) json.iterations = iterations;
  return json;
}

/**
 * A while loop's or cond's ops live in its name scope (`rnn/while/`, `cond/`) with the While /
 * If op that runs them: the view draws that scope as one frame, collapsed at first.
 */
function markFrames(scopes: GraphScopeJson[], ops: Operation[]): GraphScopeJson[] {
  const frames = new Map<string, 'while' | 'cond'>();
  for (const op of ops) {
    if (op.type === OpType.While && op.scope) frames.set(op.scope, 'while');
    else if (op.type === OpType.If && op.scope) frames.set(op.scope, 'cond');
  }
  return scopes.map((s) => {
    const frame = frames.get(s.path);
    return frame ? { ...s, frame, collapsed: s.opCount > 1 } : s;
  });
}

/** Breadth-first from the fetches through inputs and control inputs, stopping at fed tensors. */
function backwardSearch(run: RunSource, idOf: Map<Operation, number>): number[] {
  const fed = new Set(run.feeds);
  const seen = new Set<Operation>();
  const queue: Operation[] = [];
  const visit = (op: Operation) => { if (!seen.has(op)) { seen.add(op); queue.push(op); } };
  for (const f of run.fetches) {
    if ('valueIndex' in f) { if (!fed.has(f)) visit(f.op); } else visit(f);
  }
  for (let i = 0; i < queue.length; i++) {
    const op = queue[i];
    for (const t of op.inputs) if (!fed.has(t)) visit(t.op);
    for (const c of op.controlInputs) visit(c);
  }
  return queue.map((op) => idOf.get(op)!).filter((id) => id !== undefined);
}

function tensorJson(t: Tensor): TensorJson {
  return { name: t.name, dtype: t.dtypeName, shape: t.shape === null ? null : t.shape.slice() };
}

function attrStrings(op: Operation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(op.attrs)) out[key] = attrString(value);
  return out;
}

function attrString(value: unknown): string {
  if (value instanceof NDArray) return describeArray(value);
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'object') {
    try { return JSON.stringify(value); } catch { return String(value); }
  }
  return String(value);
}

const COLLAPSE_KINDS: ReadonlySet<OpKind> = new Set(['gradient', 'update']);

function scopeList(paths: Set<string>, nodes: GraphNodeJson[], optimizerRoots: Set<string>): GraphScopeJson[] {
  const counts = new Map<string, Record<OpKind, number>>();
  for (const node of nodes) {
    const segments = node.scope ? node.scope.split('/') : [];
    for (let i = 1; i <= segments.length; i++) {
      const path = segments.slice(0, i).join('/');
      let c = counts.get(path);
      if (!c) { c = { forward: 0, gradient: 0, update: 0 }; counts.set(path, c); }
      c[node.kind]++;
    }
  }
  return [...paths].sort().map((path) => {
    const c = counts.get(path) ?? { forward: 0, gradient: 0, update: 0 };
    const opCount = c.forward + c.gradient + c.update;
    const kind = (Object.keys(c) as OpKind[]).reduce((a, b) => (c[b] > c[a] ? b : a), 'forward');
    const root = path.split('/')[0];
    // Gradient and optimizer scopes start collapsed (the seed's story is told from outside them);
    // a scope of one op gains nothing from collapsing.
    const collapsed = opCount > 1 && (isGradientRoot(root) || optimizerRoots.has(root) || COLLAPSE_KINDS.has(kind));
    return { path, kind, opCount, collapsed };
  });
}
