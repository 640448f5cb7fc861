// MetaGraphDef: what Saver.save writes to `<prefix>.meta` and FileWriter(graph=...) puts in its
// second record. The graph (with _output_shapes), meta_info_def (stripped_op_list, TF 1.15's
// version strings), the SaverDef, and the graph's collections: variables as VariableDef bytes,
// ops and tensors as node names, strings and numbers as lists.
import type { Graph } from '../../graph/graph';
import { Operation } from '../../graph/operation';
import { Tensor } from '../../graph/tensor';
import { decodeProto, encodeProto, protoToObject } from '../proto/root';
import { fromUtf8 } from '../binary/bytes';
import type { ShapeProto } from '../proto/shape';
import { parseTextFormat } from '../proto/text_parse';
import { printTextFormat } from '../proto/text_format';
import { graphToGraphDef, GraphDefProto } from './graph_def_export';
import { strippedOpList, OpListProto } from './op_list';
import { saverNodeDefs, SaverDefProto, SaverVariable } from './saver_graph';

export const TF_VERSION = '1.15.0';
export const TF_GIT_VERSION = 'v1.15.0-rc3-22-g590d6ee';

export interface CollectionDefProto {
  node_list?: { value: string[] }; bytes_list?: { value: Uint8Array[] };
  int64_list?: { value: number[] }; float_list?: { value: number[] };
  any_list?: { value: Array<{ type_url?: string; value?: Uint8Array }> };
}
export interface MetaGraphDefProto {
  meta_info_def?: { stripped_op_list?: OpListProto; tensorflow_version?: string; tensorflow_git_version?: string; tags?: string[]; stripped_default_attrs?: boolean };
  graph_def?: GraphDefProto;
  saver_def?: SaverDefProto;
  collection_def?: Record<string, CollectionDefProto>;
  /** SavedModel only: signature key → SignatureDef. */
  signature_def?: Record<string, SignatureDefProto>;
  asset_file_def?: Array<{ tensor_info?: TensorInfoProto; filename?: string }>;
}

export interface TensorInfoProto {
  name?: string; dtype?: number; tensor_shape?: ShapeProto;
  coo_sparse?: { values_tensor_name?: string; indices_tensor_name?: string; dense_shape_tensor_name?: string };
  composite_tensor?: Uint8Array;
}
export interface SignatureDefProto { inputs?: Record<string, TensorInfoProto>; outputs?: Record<string, TensorInfoProto>; method_name?: string }

export interface VariableDefProto {
  variable_name?: string; initial_value_name?: string; initializer_name?: string; snapshot_name?: string;
  is_resource?: boolean; trainable?: boolean;
}

export interface MetaGraphOptions {
  saverDef?: SaverDefProto | null;
  /** Variables the Saver saves: their save/* nodes are added to the graph for real TF. */
  saverVariables?: SaverVariable[] | null;
  saverScope?: string;
  /** Collections to export (default: all of the graph's). */
  collectionKeys?: string[];
}

/** Duck type of the engine's Variable (variables/variable.ts), kept loose to avoid a cycle. */
interface VariableLike { op: Operation; ref: Tensor; initializer: Operation; initialValue: Tensor; snapshot: Tensor; trainable: boolean }
const isVariable = (v: unknown): v is VariableLike =>
  typeof v === 'object' && v !== null && (v as VariableLike).op instanceof Operation && (v as VariableLike).op.type === 'VariableV2'
  && (v as VariableLike).initializer instanceof Operation && (v as VariableLike).snapshot instanceof Tensor;
const isSaverDef = (v: unknown): v is SaverDefProto => typeof v === 'object' && v !== null && 'restore_op_name' in v;

export function variableDef(v: VariableLike): VariableDefProto {
  return {
    variable_name: v.ref.name, initial_value_name: v.initialValue.name, initializer_name: v.initializer.name,
    snapshot_name: v.snapshot.name, trainable: v.trainable,
  };
}

/** to_proto of one collection, or null when TF would drop it (empty or unconvertible). */
export function collectionToProto(items: unknown[]): CollectionDefProto | null {
  if (!items.length) return null;
  if (items.every(isVariable)) return { bytes_list: { value: items.map(v => encodeProto('VariableDef', variableDef(v))) } };
  if (items.every(isSaverDef)) return { bytes_list: { value: items.map(s => encodeProto('SaverDef', s)) } };
  if (items.every(i => i instanceof Tensor || i instanceof Operation)) return { node_list: { value: items.map(i => (i as Tensor | Operation).name) } };
  if (items.every(i => typeof i === 'string' || i instanceof Uint8Array)) {
    return { bytes_list: { value: items.map(i => (typeof i === 'string' ? new TextEncoder().encode(i) : i as Uint8Array)) } };
  }
  if (items.every(i => typeof i === 'number')) {
    const nums = items as number[];
    return nums.every(Number.isInteger) ? { int64_list: { value: nums } } : { float_list: { value: nums } };
  }
  return null;
}

export function buildMetaGraphDef(graph: Graph, opts: MetaGraphOptions = {}): MetaGraphDefProto {
  const graphDef = graphToGraphDef(graph, { addShapes: true });
  if (opts.saverVariables && opts.saverVariables.length) graphDef.node.push(...saverNodeDefs(opts.saverVariables, opts.saverScope));
  const collections: Record<string, CollectionDefProto> = {};
  for (const key of (opts.collectionKeys ?? graph.getAllCollectionKeys()).slice().sort()) {
    const proto = collectionToProto(graph.getCollection(key));
    if (proto) collections[key] = proto;
  }
  const meta: MetaGraphDefProto = {
    meta_info_def: { stripped_op_list: strippedOpList(graphDef), tensorflow_version: TF_VERSION, tensorflow_git_version: TF_GIT_VERSION },
    graph_def: graphDef,
  };
  if (opts.saverDef) meta.saver_def = opts.saverDef;
  if (Object.keys(collections).length) meta.collection_def = collections;
  return meta;
}

export const encodeMetaGraphDef = (m: MetaGraphDefProto) => encodeProto('MetaGraphDef', m);
export const metaGraphDefToText = (m: MetaGraphDefProto) => printTextFormat('MetaGraphDef', m, { floatFormat: 'widened' });

/** A .meta file's MetaGraphDef, binary or text (export_meta_graph(as_text=True)). */
export function readMetaGraphDef(bytes: Uint8Array, asText = false): MetaGraphDefProto {
  if (asText) return parseTextFormat<MetaGraphDefProto>('MetaGraphDef', fromUtf8(bytes));
  return protoToObject<MetaGraphDefProto>('MetaGraphDef', decodeProto('MetaGraphDef', bytes, 'MetaGraphDef'));
}
