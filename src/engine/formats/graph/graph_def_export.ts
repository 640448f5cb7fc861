// graphToGraphDef: Graph.as_graph_def() for the engine's graph. Nodes in creation order, data
// inputs as "op" / "op:k", then control inputs "^op" sorted by name (TF 1.15's ToGraphDef),
// attrs from TF's OpDefs (attr map entries sorted by key, so output is deterministic), and
// versions { producer: 134 } as TF 1.15 writes. add_shapes adds `_output_shapes`.
import type { Graph } from '../../graph/graph';
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { shapeToProto } from '../proto/shape';
import { encodeProto } from '../proto/root';
import { findOpSpec } from './op_defs';
import { encodeUntyped, AttrValueProto } from './attr_values';
import { nodeAttrs } from './node_attrs';
import { valueError } from '../../errors';
import { expandOp } from './expansions';

export const TF_GRAPH_DEF_VERSION = 134;

export interface NodeDefProto { name: string; op: string; input?: string[]; device?: string; attr?: Record<string, AttrValueProto> }
export interface GraphDefProto { node: NodeDefProto[]; versions?: { producer?: number; min_consumer?: number }; library?: Uint8Array }

export interface GraphDefOptions {
  /** `as_graph_def(add_shapes=True)`: FileWriter and export_meta_graph set it. */
  addShapes?: boolean;
  /** Only ops for which this returns true (e.g. ops created before a point). */
  filter?: (op: Operation) => boolean;
  /** Write Gradbook-only ops as the TF ops that compute the same (default true). */
  expandGradbookOps?: boolean;
}

export const tensorInputName = (t: Tensor) => (t.valueIndex === 0 ? t.op.name : `${t.op.name}:${t.valueIndex}`);

/** Data inputs in order, then control inputs sorted by name (TF 1.15's ToGraphDef). */
export function nodeInputs(op: Operation): string[] {
  return [...op.inputs.map(tensorInputName), ...op.controlInputs.map(c => `^${c.name}`).sort()];
}

export function operationToNodeDef(op: Operation, opts: GraphDefOptions = {}): NodeDefProto {
  const spec = findOpSpec(op.type);
  const attr = spec ? nodeAttrs(op, spec) : untypedAttrs(op);
  if (opts.addShapes && op.outputs.length) attr._output_shapes = { list: { shape: op.outputs.map(t => shapeToProto(t.shape)) } };
  const node: NodeDefProto = { name: op.name, op: op.type, input: nodeInputs(op) };
  node.attr = sortKeys(attr);
  return node;
}

/** `op.get_attr(name)`: the attr as the exported NodeDef holds it (type attrs read off the
 *  tensors, OpDef defaults filled in), or TF's ValueError when the NodeDef has none. */
export function nodeDefAttr(op: Operation, name: string): AttrValueProto {
  const attr = operationToNodeDef(op).attr ?? {};
  if (!Object.prototype.hasOwnProperty.call(attr, name)) throw valueError(`No attr named '${name}' in NodeDef: ${op.name}`);
  return attr[name];
}

export function graphToGraphDef(graph: Graph, opts: GraphDefOptions = {}): GraphDefProto {
  const ops = graph.getOperations().filter(o => !opts.filter || opts.filter(o));
  const nodes: NodeDefProto[] = [];
  for (const op of ops) {
    const expanded = opts.expandGradbookOps === false ? null : expandOp(op, nodeInputs(op), !!opts.addShapes);
    if (expanded) nodes.push(...expanded); else nodes.push(operationToNodeDef(op, opts));
  }
  return { node: nodes, versions: { producer: TF_GRAPH_DEF_VERSION } };
}

export const encodeGraphDef = (g: GraphDefProto) => encodeProto('GraphDef', g);

/** Op types the table does not know (ops added since): attrs encoded from their JS values. */
function untypedAttrs(op: Operation): Record<string, AttrValueProto> {
  const out: Record<string, AttrValueProto> = {};
  for (const [k, v] of Object.entries(op.attrs)) {
    const enc = encodeUntyped(v);
    if (enc) out[k] = enc;
  }
  if (!('T' in out) && op.inputs.length) out.T = encodeUntyped(op.inputs[0].dtype)!;
  return out;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}
