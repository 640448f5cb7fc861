// tf.train.import_meta_graph and tf.train.export_meta_graph over a FileSystem. Import recreates the
// graph, its collections (variables wrapped as tf.Variable objects) and, when the file has one, a
// Saver with the original checkpoint keys (read from its save/SaveV2 node), so
// `saver = import_meta_graph(p + '.meta'); saver.restore(sess, p)` works on TF-written files.
import { Variable } from '../variables/variable';
import type { Graph } from '../graph/graph';
import { getDefaultGraph } from '../graph/default_graph';
import { Operation } from '../graph/operation';
import { Tensor } from '../graph/tensor';
import { GraphKeys } from '../graph/graph_keys';
import type { FileSystem } from '../io/file_system';
import { buildMetaGraphDef, importMetaGraph as importMeta, readMetaGraphDef, tensorFromProto, VARIABLE_COLLECTIONS } from '../formats';
import type { ImportedVariable, MetaGraphDefProto } from '../formats';
import { Saver, writeMetaGraphFile } from './saver';

export interface ImportMetaGraphOptions { importScope?: string | null; clearDevices?: boolean; inputMap?: Record<string, Tensor> }

/** A .meta file's proto: binary, else text (TF's read_meta_graph_file tries both). */
export function readMetaGraphFile(fs: FileSystem, filename: string): MetaGraphDefProto {
  const bytes = fs.readFile(filename);
  try {
    return readMetaGraphDef(bytes, false);
  } catch (binaryError) {
    try { return readMetaGraphDef(bytes, true); } catch { throw binaryError; }
  }
}

/** Checkpoint key → variable op name, from the Saver's SaveV2 node of the exported graph. */
function saverKeys(meta: MetaGraphDefProto, scope: string): Array<[string, string]> | null {
  const restore = meta.saver_def?.restore_op_name;
  if (!restore) return null;
  const saverScope = restore.slice(0, restore.lastIndexOf('/'));
  const nodes = meta.graph_def?.node ?? [];
  const save = nodes.find(n => n.name === `${saverScope}/SaveV2`);
  const namesNode = nodes.find(n => n.name === `${saverScope}/SaveV2/tensor_names`);
  const proto = namesNode?.attr?.value?.tensor;
  if (!save || !proto) return null;
  const keys = tensorFromProto(proto as never, 'save/SaveV2/tensor_names').data as string[];
  const vars = (save.input ?? []).slice(3).filter(i => !i.startsWith('^'));
  if (vars.length !== keys.length) return null;
  return keys.map((k, i) => [k, `${scope}${vars[i].split(':')[0]}`]);
}

/** Collections resolved by the format layer, added to the graph; variables wrapped once each. */
function addCollections(g: Graph, collections: Map<string, unknown[]>): Map<Operation, Variable> {
  const wrapped = new Map<Operation, Variable>();
  const variableOf = (iv: ImportedVariable): Variable | null => {
    if (!iv.initializer) return null;
    let v = wrapped.get(iv.variableOp);
    if (!v) { v = Variable.adopt({ ...iv, initializer: iv.initializer }); wrapped.set(iv.variableOp, v); }
    return v;
  };
  for (const [key, items] of collections) {
    if (key === 'savers') continue;
    for (const item of items) {
      if (VARIABLE_COLLECTIONS.has(key)) { const v = variableOf(item as ImportedVariable); if (v) g.addToCollection(key, v); }
      else if (item instanceof Operation || item instanceof Tensor || typeof item === 'number' || typeof item === 'string') g.addToCollection(key, item);
      else if (item instanceof Uint8Array) g.addToCollection(key, new TextDecoder().decode(item));
    }
  }
  return wrapped;
}

/** tf.train.import_meta_graph: the imported graph's Saver (null when it has no variables). */
export function importMetaGraph(meta: MetaGraphDefProto, opts: ImportMetaGraphOptions = {}): Saver | null {
  const g = getDefaultGraph();
  const result = importMeta(meta, { graph: g, importScope: opts.importScope ?? null, inputMap: opts.inputMap });
  const wrapped = addCollections(g, result.collections);
  const keys = saverKeys(meta, result.scope);
  if (meta.saver_def && keys) {
    const byOp = new Map([...wrapped.values()].map(v => [v.op.name, v]));
    const varList: Record<string, Variable> = {};
    for (const [key, opName] of keys) {
      const v = byOp.get(opName);
      if (v) varList[key] = v;
    }
    if (Object.keys(varList).length) {
      return new Saver({ varList, maxToKeep: meta.saver_def.max_to_keep ?? 5, keepCheckpointEveryNHours: meta.saver_def.keep_checkpoint_every_n_hours ?? 10000 });
    }
  }
  const all = g.getCollection(GraphKeys.GLOBAL_VARIABLES, opts.importScope ?? null) as Variable[];
  return all.length ? new Saver({ varList: all }) : null;
}

export interface ExportMetaGraphOptions { asText?: boolean; collectionKeys?: string[] | null; saver?: Saver | null }

/** tf.train.export_meta_graph: the default graph as a MetaGraphDef, written to `filename` when given. */
export function exportMetaGraph(fs: FileSystem | null, filename: string | null, opts: ExportMetaGraphOptions = {}): MetaGraphDefProto {
  const g = getDefaultGraph();
  const meta = opts.saver ? opts.saver.metaGraphDef(g, opts.collectionKeys) : buildMetaGraphDef(g, { collectionKeys: opts.collectionKeys ?? undefined });
  if (filename && fs) writeMetaGraphFile(fs, filename, meta, opts.asText ?? false);
  return meta;
}
