// import_meta_graph: the GraphDef is imported (names unchanged unless an import scope is
// given), collections are resolved to the new ops and tensors, VariableDefs to the variable's
// ops (the binding wraps them as tf.Variable), and the SaverDef is returned for a Saver. The
// Saver's own save/* subgraph is left out while Gradbook has no SaveV2/RestoreV2 kernels.
import type { Graph } from '../../graph/graph';
import { getDefaultGraph } from '../../graph/default_graph';
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { decodeProto, protoToObject } from '../proto/root';
import { importableNode, importGraphDef, ImportGraphDefResult } from './graph_def_import';
import type { MetaGraphDefProto, VariableDefProto } from './meta_graph';
import type { NodeDefProto } from './graph_def_export';
import type { SaverDefProto } from './saver_graph';

export const VARIABLE_COLLECTIONS = new Set([
  'variables', 'trainable_variables', 'local_variables', 'model_variables', 'moving_average_variables', 'metric_variables', 'global_step',
]);

export interface ImportedVariable {
  def: VariableDefProto;
  variableOp: Operation;
  initializer: Operation | null;
  snapshot: Tensor | null;
  initialValue: Tensor | null;
  trainable: boolean;
}

export interface ImportMetaGraphResult extends ImportGraphDefResult {
  saverDef: SaverDefProto | null;
  /** Collection key → items: Operations/Tensors (node_list), ImportedVariables, SaverDefs, bytes, numbers. */
  collections: Map<string, unknown[]>;
  /** Nodes of the Saver's scope that were left out. */
  skippedSaverNodes: string[];
  /** Nodes of op types Gradbook lacks that nothing imported needed, left out. */
  skippedUnsupportedNodes: string[];
}

export interface ImportMetaGraphOptions { graph?: Graph; importScope?: string | null; inputMap?: Record<string, Tensor> }

export function importMetaGraph(meta: MetaGraphDefProto, opts: ImportMetaGraphOptions = {}): ImportMetaGraphResult {
  const g = opts.graph ?? getDefaultGraph();
  const saverDef = meta.saver_def ?? null;
  const saverScope = saverDef?.restore_op_name ? `${saverDef.restore_op_name.split('/')[0]}/` : null;
  const nodes = meta.graph_def?.node ?? [];
  const saverNodes = saverScope ? nodes.filter(n => n.name.startsWith(saverScope)) : [];
  const skipSaver = saverNodes.some(n => !importableNode(n));
  const unused = unusedUnsupported(nodes, new Set(Object.keys(opts.inputMap ?? {}).map(k => (k.includes(':') ? k : `${k}:0`))),
    skipSaver ? n => n.name.startsWith(saverScope!) : () => false);
  const result = importGraphDef(meta.graph_def ?? { node: [] }, {
    graph: g, name: opts.importScope ?? '', inputMap: opts.inputMap,
    skipNode: n => (skipSaver && n.name.startsWith(saverScope!)) || unused.has(n.name),
  });
  const find = (name: string): Operation | Tensor | null => {
    const full = `${result.scope}${name}`;
    try { return g.asGraphElement(full); } catch { return null; }
  };
  const collections = new Map<string, unknown[]>();
  for (const [key, def] of Object.entries(meta.collection_def ?? {})) {
    collections.set(key, resolveCollection(key, def, find));
  }
  return { ...result, saverDef, collections, skippedSaverNodes: skipSaver ? saverNodes.map(n => n.name) : [], skippedUnsupportedNodes: [...unused] };
}

/**
 * Nodes whose op type Gradbook lacks and that no imported node needs (their consumers were
 * replaced through input_map, or are left out too): a SavedModel's tf.Example parsing in front of
 * the tensors one feeds. A needed one still fails the import, naming the op type.
 */
function unusedUnsupported(nodes: NodeDefProto[], mapped: Set<string>, skipped: (n: NodeDefProto) => boolean): Set<string> {
  const out = new Set(nodes.filter(n => !skipped(n) && !importableNode(n)).map(n => n.name));
  for (let changed = out.size > 0; changed;) {
    changed = false;
    for (const n of nodes) {
      if (out.has(n.name) || skipped(n)) continue;
      for (const input of n.input ?? []) {
        const control = input.startsWith('^');
        const body = control ? input.slice(1) : input;
        const node = body.replace(/:\d+$/, '');
        if (out.has(node) && (control || !mapped.has(body.includes(':') ? body : `${body}:0`))) { out.delete(node); changed = true; }
      }
    }
  }
  return out;
}

function resolveCollection(key: string, def: NonNullable<MetaGraphDefProto['collection_def']>[string], find: (n: string) => Operation | Tensor | null): unknown[] {
  if (def.node_list) return def.node_list.value.map(find).filter(x => x !== null);
  if (def.int64_list) return def.int64_list.value.map(Number);
  if (def.float_list) return def.float_list.value.slice();
  const bytes = def.bytes_list?.value ?? [];
  if (VARIABLE_COLLECTIONS.has(key)) return bytes.map(b => importedVariable(b, find)).filter(v => v !== null);
  if (key === 'savers') return bytes.map(b => protoToObject('SaverDef', decodeProto('SaverDef', b)));
  return bytes;
}

function importedVariable(bytes: Uint8Array, find: (n: string) => Operation | Tensor | null): ImportedVariable | null {
  const def = protoToObject<VariableDefProto>('VariableDef', decodeProto('VariableDef', bytes, 'VariableDef'));
  const ref = find(def.variable_name ?? '') as Tensor | null;
  if (!ref) return null;
  const asTensor = (n?: string) => (n ? (find(n) as Tensor | null) : null);
  return {
    def, variableOp: ref.op, initializer: def.initializer_name ? (find(def.initializer_name) as Operation | null) : null,
    snapshot: asTensor(def.snapshot_name), initialValue: asTensor(def.initial_value_name), trainable: def.trainable ?? false,
  };
}
