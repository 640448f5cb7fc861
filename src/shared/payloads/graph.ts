// The payload of `application/vnd.gradbook.graph+json`: a graph's ops and edges, its name scopes,
// the op the output is about, and the last session run that touched it. The worker builds it from
// the engine (src/engine/inspect/graph_payload.ts); the graph renderer and panel draw it.
// Plain JSON, no classes: it is stored in .tfnb outputs and must stay readable across versions.

export const GRAPH_PAYLOAD_VERSION = 1;

/** forward: the model and the loss; gradient: ops `tf.gradients` built; update: the optimizer's ops. */
export type OpKind = 'forward' | 'gradient' | 'update';

/** A static shape: a dimension is a number or null (unknown); the whole shape null when the rank is unknown. */
export type StaticShapeJson = (number | null)[] | null;

export interface TensorJson {
  /** `MatMul:0` */
  name: string;
  /** `float32`, or `float32_ref` for a variable's ref output */
  dtype: string;
  shape: StaticShapeJson;
}

/** A few numbers describing a value the last run computed (the whole array is not sent). */
export interface ValueSummaryJson {
  dtype: string;
  shape: number[];
  size: number;
  min?: number;
  max?: number;
  mean?: number;
  /** The first values, row-major. */
  head: number[];
}

export interface GraphNodeJson {
  /** Index in `nodes` (creation order, so a topological order too). */
  id: number;
  name: string;
  type: string;
  kind: OpKind;
  /** The name scope holding this op in the view: `gradients/MatMul_grad`; '' at the top. */
  scope: string;
  inputs: TensorJson[];
  controlInputs: string[];
  outputs: TensorJson[];
  /** attrs as display strings (`transpose_b: true`, `value: int32 [2] = [784, 10]`). */
  attrs: Record<string, string>;
  /** Summaries of the outputs' values in the last run (by output index), when known. */
  values?: (ValueSummaryJson | null)[];
}

export interface GraphEdgeJson {
  from: number;
  to: number;
  /** Output index of `from` (the tensor `from:output`); -1 for a control dependency. */
  output: number;
  /** `[?,784]`, `[]`, `?`; empty for control edges. */
  label: string;
}

export interface GraphScopeJson {
  /** Full path: `gradients/Mean_grad`. */
  path: string;
  /** Most common kind of its ops, for the collapsed node's color. */
  kind: OpKind;
  /** Ops anywhere under it. */
  opCount: number;
  /** Shown collapsed until the user expands it (gradient and optimizer scopes, loops, conds). */
  collapsed: boolean;
  /** The scope is a while loop's or a cond's frame (its ops run inside one While / If op). */
  frame?: 'while' | 'cond';
}

export interface GraphRunJson {
  /** Names of the fetched tensors and target ops (`GradientDescent`, `Mean:0`). */
  fetches: string[];
  /** Names of the fed tensors. */
  feeds: string[];
  /** Node ids in the order the session's backward search reached them from the fetches. */
  searched: number[];
  /** Node ids in execution order. */
  executed: number[];
  /** How many runs the session had made before this one (0-based index of this run). */
  step: number;
  /** For each While op that ran (node id as the key): how many iterations its loop made. */
  iterations?: Record<string, number>;
}

export interface GraphPayload {
  version: number;
  nodes: GraphNodeJson[];
  edges: GraphEdgeJson[];
  scopes: GraphScopeJson[];
  /** Id of the op the output is about (the displayed tensor's op), if any. */
  focus: number | null;
  /** The last run of this graph by a session (the one that executed `focus`, when there is one). */
  lastRun: GraphRunJson | null;
  /** Op names of the graph's TRAINABLE_VARIABLES (what Check gradients offers); absent in older outputs. */
  trainableVariables?: string[];
}

export function isGraphPayload(x: unknown): x is GraphPayload {
  const p = x as GraphPayload | null;
  return !!p && typeof p === 'object' && Array.isArray(p.nodes) && Array.isArray(p.edges) && Array.isArray(p.scopes);
}

/** `[?,784]` — the C++ spelling TF uses in graph views and errors. */
export function formatShape(shape: StaticShapeJson): string {
  if (shape === null) return '?';
  return `[${shape.map((d) => (d === null ? '?' : String(d))).join(',')}]`;
}
