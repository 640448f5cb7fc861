// importGraphDef: tf.import_graph_def. Nodes are created through the engine's op builder (so
// shapes are inferred and kernels found) under the name scope "import" by default, in
// dependency order whatever the GraphDef's order, with attrs decoded from TF's encodings and
// OpDef defaults filled in. An op type Gradbook lacks is a NotImplementedError naming it.
import type { Graph } from '../../graph/graph';
import type { Operation } from '../../graph/operation';
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph, withDefaultGraph } from '../../graph/default_graph';
import { makeOp } from '../../ops/builder';
import { getKernel } from '../../kernels/registry';
import { valueError } from '../../errors';
import { decodeProto, protoToObject } from '../proto/root';
import { notImplemented } from '../errors';
import { opSpec } from './op_defs';
import { AttrValueProto, decodeAttr, parseDefault } from './attr_values';
import type { GraphDefProto, NodeDefProto } from './graph_def_export';

export interface ImportGraphDefOptions {
  graph?: Graph;
  /** Name scope prefix: default "import" (made unique); "" imports names unchanged. */
  name?: string | null;
  /** Replace GraphDef tensors ("x:0" or "x") by existing tensors. */
  inputMap?: Record<string, Tensor>;
  /** Names ("x:0" → Tensor, "x" → Operation) to return, in order. */
  returnElements?: string[];
  /** Leave nodes out (their consumers must be left out too). */
  skipNode?: (node: NodeDefProto) => boolean;
}

export interface ImportGraphDefResult {
  /** GraphDef node name → the op created for it. */
  operations: Map<string, Operation>;
  returnElements: Array<Tensor | Operation>;
  /** The name scope the nodes were created in ("import/" or ""). */
  scope: string;
}

export function asGraphDef(graphDef: GraphDefProto | Uint8Array): GraphDefProto {
  if (!(graphDef instanceof Uint8Array)) return graphDef;
  return protoToObject<GraphDefProto>('GraphDef', decodeProto('GraphDef', graphDef));
}

export function importGraphDef(graphDefInput: GraphDefProto | Uint8Array, opts: ImportGraphDefOptions = {}): ImportGraphDefResult {
  const graphDef = asGraphDef(graphDefInput);
  const g = opts.graph ?? getDefaultGraph();
  const producer = graphDef.versions?.producer ?? 0;
  const nodes = (graphDef.node ?? []).filter(n => !opts.skipNode || !opts.skipNode(n));
  const inputMap = normalizeInputMap(opts.inputMap ?? {});
  const ordered = dependencyOrder(nodes, inputMap);
  const created = new Map<string, Operation>();
  // Ops without inputs are built in the default graph, so `g` is made the default meanwhile.
  const scope = withDefaultGraph(g, () => {
    const ctx = opts.name === '' ? g.enterNameScope('', null) : g.enterNameScope(opts.name ?? null, 'import');
    try {
      for (const node of ordered) created.set(node.name, createNode(g, node, ctx.scope, created, inputMap, producer));
    } finally {
      ctx.exit();
    }
    return ctx.scope;
  });
  const returnElements = (opts.returnElements ?? []).map(name => returnElement(name, created, inputMap));
  return { operations: created, returnElements, scope };
}

const parseInput = (s: string) => {
  const control = s.startsWith('^');
  const body = control ? s.slice(1) : s;
  const m = /^(.*):(\d+)$/.exec(body);
  return { control, node: m ? m[1] : body, index: m ? Number(m[2]) : 0 };
};

function normalizeInputMap(map: Record<string, Tensor>): Map<string, Tensor> {
  return new Map(Object.entries(map).map(([k, t]) => [k.includes(':') ? k : `${k}:0`, t]));
}

function dependencyOrder(nodes: NodeDefProto[], inputMap: Map<string, Tensor>): NodeDefProto[] {
  const byName = new Map(nodes.map(n => [n.name, n]));
  const state = new Map<string, 'visiting' | 'done'>();
  const out: NodeDefProto[] = [];
  const visit = (n: NodeDefProto) => {
    const s = state.get(n.name);
    if (s === 'done') return;
    if (s === 'visiting') throw valueError(`graph_def is invalid at node '${n.name}': the graph has a cycle (while loops are not supported).`);
    state.set(n.name, 'visiting');
    for (const input of n.input ?? []) {
      const p = parseInput(input);
      if (!p.control && inputMap.has(`${p.node}:${p.index}`)) continue;
      const dep = byName.get(p.node);
      if (!dep) throw valueError(`graph_def is invalid at node '${n.name}': Input tensor '${p.node}:${p.index}' not found in graph_def.`);
      visit(dep);
    }
    state.set(n.name, 'done');
    out.push(n);
  };
  for (const n of nodes) visit(n);
  return out;
}

/**
 * Whether Gradbook can run this NodeDef. A Gradbook-only op that shares its TF namesake's type
 * but not its signature (ParseExample takes its keys as attrs here, as inputs in TF) cannot run
 * TF's node: TF's form lacks an attr ours requires, so it counts as unsupported, not as invalid.
 */
export function importableNode(node: NodeDefProto): boolean {
  if (!getKernel(node.op)) return false;
  const spec = opSpec(node.op, `import_graph_def: node '${node.name}'`);
  if (!spec.gradbookOnly) return true;
  const given = node.attr ?? {};
  return spec.attrs.every(a => a.name in given || a.defaultText !== undefined);
}

function createNode(g: Graph, node: NodeDefProto, scope: string, created: Map<string, Operation>, inputMap: Map<string, Tensor>, producer: number): Operation {
  const where = `import_graph_def: node '${node.name}'`;
  const spec = opSpec(node.op, where);
  if (!importableNode(node)) throw notImplemented(`${where}: op type '${node.op}' is not supported by Gradbook`);
  const attrs = decodeNodeAttrs(node, spec, where);
  if (node.op === 'Placeholder' && producer < 22 && Array.isArray(attrs.shape) && attrs.shape.length === 0) attrs.shape = null;
  const inputs: Tensor[] = [], controls: Operation[] = [];
  for (const input of node.input ?? []) {
    const p = parseInput(input);
    if (p.control) { controls.push(created.get(p.node)!); continue; }
    const mapped = inputMap.get(`${p.node}:${p.index}`);
    const source = mapped ?? created.get(p.node)!.outputs[p.index];
    if (!source) throw valueError(`${where}: input '${input}' does not exist (the op has fewer outputs).`);
    inputs.push(source);
  }
  const fullName = `${scope}${node.name}`;
  if (g.hasOperation(fullName) || g.uniqueName(node.name) !== fullName) {
    throw valueError(`import_graph_def: the name '${fullName}' is already used in the graph.`);
  }
  return makeOp(node.op, inputs, attrs, `${fullName}/`, controls);
}

function decodeNodeAttrs(node: NodeDefProto, spec: ReturnType<typeof opSpec>, where: string): Record<string, unknown> {
  const given: Record<string, AttrValueProto> = node.attr ?? {};
  const attrs: Record<string, unknown> = {};
  for (const a of spec.attrs) {
    if (a.name in given) attrs[a.name] = decodeAttr(a.type, given[a.name], `${where} attr '${a.name}'`);
    else if (a.defaultText !== undefined) attrs[a.name] = parseDefault(a.type, a.defaultText);
    else throw valueError(`${where}: NodeDef missing attr '${a.name}' from Op<name=${spec.name}>`);
  }
  return attrs;
}

function returnElement(name: string, created: Map<string, Operation>, inputMap: Map<string, Tensor>): Tensor | Operation {
  const p = parseInput(name);
  const hasIndex = name.includes(':');
  if (hasIndex && inputMap.has(`${p.node}:${p.index}`)) return inputMap.get(`${p.node}:${p.index}`)!;
  const op = created.get(p.node);
  if (!op) throw valueError(`Requested return_element '${name}' not found in graph_def.`);
  if (!hasIndex) return op;
  if (p.index >= op.outputs.length) throw valueError(`Requested return_element '${name}' not found in graph_def.`);
  return op.outputs[p.index];
}
