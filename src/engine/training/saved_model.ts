// tf.saved_model (TF 1.15's builder_impl, loader_impl, signature_def_utils, utils): a directory
// with `saved_model.pb` (one MetaGraphDef per tag set, with signatures) and a V2 checkpoint at
// `variables/variables`. The builder reuses the Saver's checkpoint and MetaGraphDef writers; the
// loader reuses import_meta_graph and Saver.restore, then runs the model's main/init op.
import type { Graph } from '../graph/graph';
import { Operation } from '../graph/operation';
import { Tensor } from '../graph/tensor';
import type { Session } from '../session/session';
import { NDArray } from '../ndarray';
import type { FileSystem } from '../io/file_system';
import { PyLikeError, typeError, valueError } from '../errors';
import { withDefaultGraph } from '../graph/default_graph';
import { dtypeToTf } from '../formats/checkpoint/dtype_codes';
import { shapeToProto } from '../formats/proto/shape';
import { joinPath } from '../formats/paths';
import { decodeProto, protoToObject } from '../formats/proto/root';
import { printTextFormat } from '../formats/proto/text_format';
import type { MetaGraphDefProto, SignatureDefProto, TensorInfoProto } from '../formats/graph/meta_graph';
import {
  ASSETS_DIRECTORY, ASSETS_KEY, encodeSavedModel, LEGACY_INIT_OP_KEY, MAIN_OP_KEY, readSavedModel, SAVED_MODEL_FILENAME_PB,
  SAVED_MODEL_FILENAME_PBTXT, SAVED_MODEL_SCHEMA_VERSION, savedModelFile, savedModelToText, VARIABLES_DIRECTORY, VARIABLES_FILENAME,
} from '../formats/graph/saved_model';
import type { SavedModelProto } from '../formats/graph/saved_model';
import { writeAtomically } from '../formats/checkpoint/bundle_writer';
import { Saver } from './saver';
import { importMetaGraph } from './meta_graph_io';

export const TAG_CONSTANTS = { SERVING: 'serve', TRAINING: 'train', GPU: 'gpu', TPU: 'tpu' } as const;
export const SIGNATURE_CONSTANTS = {
  DEFAULT_SERVING_SIGNATURE_DEF_KEY: 'serving_default',
  CLASSIFY_INPUTS: 'inputs', CLASSIFY_METHOD_NAME: 'tensorflow/serving/classify',
  CLASSIFY_OUTPUT_CLASSES: 'classes', CLASSIFY_OUTPUT_SCORES: 'scores',
  PREDICT_INPUTS: 'inputs', PREDICT_METHOD_NAME: 'tensorflow/serving/predict', PREDICT_OUTPUTS: 'outputs',
  REGRESS_INPUTS: 'inputs', REGRESS_METHOD_NAME: 'tensorflow/serving/regress', REGRESS_OUTPUTS: 'outputs',
} as const;
export const SAVED_MODEL_CONSTANTS = {
  ASSETS_DIRECTORY, ASSETS_KEY, LEGACY_INIT_OP_KEY, MAIN_OP_KEY, SAVED_MODEL_FILENAME_PB, SAVED_MODEL_FILENAME_PBTXT,
  SAVED_MODEL_SCHEMA_VERSION, VARIABLES_DIRECTORY, VARIABLES_FILENAME,
} as const;

/** utils.build_tensor_info: name, dtype and static shape of a dense tensor. */
export function buildTensorInfo(t: Tensor): TensorInfoProto {
  return { name: t.name, dtype: dtypeToTf(t.dtype) + (t.isRef ? 100 : 0), tensor_shape: shapeToProto(t.shape) };
}

/** signature_def_utils.build_signature_def. */
export function buildSignatureDef(inputs: Record<string, TensorInfoProto> | null, outputs: Record<string, TensorInfoProto> | null, methodName: string | null): SignatureDefProto {
  const sig: SignatureDefProto = {};
  if (inputs) sig.inputs = { ...inputs };
  if (outputs) sig.outputs = { ...outputs };
  if (methodName !== null) sig.method_name = methodName;
  return sig;
}

/** signature_def_utils.predict_signature_def: TensorInfos of the tensors, method tensorflow/serving/predict. */
export function predictSignatureDef(inputs: Record<string, Tensor> | null, outputs: Record<string, Tensor> | null): SignatureDefProto {
  if (!inputs || !Object.keys(inputs).length) throw valueError('Prediction inputs cannot be None or empty.');
  if (!outputs || !Object.keys(outputs).length) throw valueError('Prediction outputs cannot be None or empty.');
  const infos = (m: Record<string, Tensor>) => Object.fromEntries(Object.entries(m).map(([k, t]) => [k, buildTensorInfo(t)]));
  return buildSignatureDef(infos(inputs), infos(outputs), SIGNATURE_CONSTANTS.PREDICT_METHOD_NAME);
}

const STRING = 7, FLOAT = 1;

/** signature_def_utils.regression_signature_def: string examples in, float predictions out. */
export function regressionSignatureDef(examples: Tensor | null, predictions: Tensor | null): SignatureDefProto {
  if (examples === null) throw valueError('Regression examples cannot be None.');
  if (predictions === null) throw valueError('Regression predictions cannot be None.');
  const input = buildTensorInfo(examples);
  if (input.dtype !== STRING) throw valueError('Regression examples must be a string Tensor.');
  const output = buildTensorInfo(predictions);
  if (output.dtype !== FLOAT) throw valueError('Regression output must be a float Tensor.');
  return buildSignatureDef({ [SIGNATURE_CONSTANTS.REGRESS_INPUTS]: input }, { [SIGNATURE_CONSTANTS.REGRESS_OUTPUTS]: output }, SIGNATURE_CONSTANTS.REGRESS_METHOD_NAME);
}

/** signature_def_utils.classification_signature_def: string examples in, string classes and/or float scores out. */
export function classificationSignatureDef(examples: Tensor | null, classes: Tensor | null, scores: Tensor | null): SignatureDefProto {
  if (examples === null) throw valueError('Classification examples cannot be None.');
  if (classes === null && scores === null) throw valueError('Classification classes and scores cannot both be None.');
  const input = buildTensorInfo(examples);
  if (input.dtype !== STRING) throw valueError('Classification examples must be a string Tensor.');
  const outputs: Record<string, TensorInfoProto> = {};
  if (classes !== null) {
    const info = buildTensorInfo(classes);
    if (info.dtype !== STRING) throw valueError('Classification classes must be a string Tensor.');
    outputs[SIGNATURE_CONSTANTS.CLASSIFY_OUTPUT_CLASSES] = info;
  }
  if (scores !== null) {
    const info = buildTensorInfo(scores);
    if (info.dtype !== FLOAT) throw valueError('Classification scores must be a float Tensor.');
    outputs[SIGNATURE_CONSTANTS.CLASSIFY_OUTPUT_SCORES] = info;
  }
  return buildSignatureDef({ [SIGNATURE_CONSTANTS.CLASSIFY_INPUTS]: input }, outputs, SIGNATURE_CONSTANTS.CLASSIFY_METHOD_NAME);
}

/** utils.get_tensor_from_tensor_info: the dense tensor a TensorInfo names, in `graph` (under import_scope). */
export function tensorFromTensorInfo(info: TensorInfoProto, graph: Graph, importScope: string | null): Tensor {
  if (info.coo_sparse) throw new PyLikeError('NotImplementedError', 'get_tensor_from_tensor_info: coo_sparse TensorInfos (SparseTensors) are not supported by Gradbook');
  if (!info.name) throw valueError(`Invalid TensorInfo.encoding: ${info.composite_tensor ? 'composite_tensor' : 'None'}`);
  return graph.getTensorByName(importScope ? `${importScope}/${info.name}` : info.name);
}

const assertionError = (m: string) => new PyLikeError('AssertionError', m);

export interface AddMetaGraphOptions {
  signatureDefMap?: Record<string, SignatureDefProto> | null;
  /** main_op, or legacy_init_op (TF 1.15 treats them alike): run by the loader after restoring. */
  mainOp?: Operation | null;
  saver?: Saver | null;
}

/** builder.SavedModelBuilder: one export directory, variables saved once, any number of tag sets. */
export class SavedModelBuilder {
  private readonly savedModel: SavedModelProto = { saved_model_schema_version: SAVED_MODEL_SCHEMA_VERSION, meta_graphs: [] };
  private hasSavedVariables = false;

  constructor(private readonly fs: FileSystem, readonly exportDir: string) {
    if (fs.exists(exportDir)) {
      if (fs.listDir(exportDir).length) {
        throw assertionError(`Export directory already exists, and isn't empty. Please choose a different export directory, or delete all the contents of the specified directory: ${exportDir}`);
      }
    } else {
      fs.makeDirs(exportDir);
    }
  }

  /** The graph's variables into variables/variables, and its MetaGraphDef under `tags`. */
  addMetaGraphAndVariables(sess: Session, tags: string[], opts: AddMetaGraphOptions = {}): void {
    if (this.hasSavedVariables) {
      throw assertionError('Graph state including variables and assets has already been saved. Please invoke `add_meta_graph()` instead.');
    }
    validateSignatureDefMap(opts.signatureDefMap ?? null);
    const saver = opts.saver ?? this.defaultSaver(sess.graph);
    const variablesDir = joinPath(this.exportDir, VARIABLES_DIRECTORY);
    this.fs.makeDirs(variablesDir);
    saver.save(this.fs, sess, joinPath(variablesDir, VARIABLES_FILENAME), { writeMetaGraph: false, writeState: false });
    this.tagAndAdd(saver.metaGraphDef(sess.graph), tags, opts);
    this.hasSavedVariables = true;
  }

  /** Another tag set over the variables already saved (the default graph's current state). */
  addMetaGraph(graph: Graph, tags: string[], opts: AddMetaGraphOptions = {}): void {
    if (!this.hasSavedVariables) {
      throw assertionError('Graph state including variables and assets has not been saved yet. Please invoke `add_meta_graph_and_variables()` first.');
    }
    validateSignatureDefMap(opts.signatureDefMap ?? null);
    const saver = opts.saver ?? this.defaultSaver(graph);
    this.tagAndAdd(saver.metaGraphDef(graph), tags, opts);
  }

  /** Writes saved_model.pb (or .pbtxt); returns its path. */
  save(asText = false): string {
    const path = joinPath(this.exportDir, asText ? SAVED_MODEL_FILENAME_PBTXT : SAVED_MODEL_FILENAME_PB);
    const bytes = asText ? new TextEncoder().encode(savedModelToText(this.savedModel)) : encodeSavedModel(this.savedModel);
    writeAtomically(this.fs, path, bytes, `.tmp${Math.random().toString(16).slice(2)}`);
    return path;
  }

  get metaGraphs(): readonly MetaGraphDefProto[] { return this.savedModel.meta_graphs!; }

  /** TF: Saver(all saveable objects, sharded=True, allow_empty=True), built in the session's graph. */
  private defaultSaver(graph: Graph): Saver {
    return withDefaultGraph(graph, () => new Saver({ allowEmpty: true }));
  }

  private tagAndAdd(meta: MetaGraphDefProto, tags: string[], opts: AddMetaGraphOptions): void {
    if (opts.mainOp) {
      if (!(opts.mainOp instanceof Operation)) throw typeError(`main_op needs to be an Operation: ${String(opts.mainOp)}`);
      meta.collection_def = { ...meta.collection_def, [MAIN_OP_KEY]: { node_list: { value: [opts.mainOp.name] } } };
      meta.collection_def = Object.fromEntries(Object.entries(meta.collection_def).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    meta.meta_info_def = { ...meta.meta_info_def, tags: tags.slice() };
    if (opts.signatureDefMap) meta.signature_def = { ...opts.signatureDefMap };
    this.savedModel.meta_graphs!.push(meta);
  }
}

/** builder_impl._validate_tensor_info over every input and output, with TF's texts. */
function validateSignatureDefMap(map: Record<string, SignatureDefProto> | null): void {
  for (const sig of Object.values(map ?? {})) {
    for (const info of [...Object.values(sig.inputs ?? {}), ...Object.values(sig.outputs ?? {})]) {
      const text = printTextFormat('TensorInfo', info);
      if (!info.name && !info.coo_sparse && !info.composite_tensor) {
        throw assertionError(`All TensorInfo protos used in the SignatureDefs must have one of the 'encoding' fields (e.g., name or coo_sparse) set: ${text}`);
      }
      if (!info.dtype) throw assertionError(`All TensorInfo protos used in the SignatureDefs must have the dtype field set: ${text}`);
    }
  }
}

/** simple_save: the session's graph and variables under tag `serve`, with one predict signature. */
export function simpleSave(fs: FileSystem, sess: Session, exportDir: string, inputs: Record<string, Tensor>, outputs: Record<string, Tensor>, legacyInitOp: Operation | null = null): void {
  // TF passes the graph's asset_filepaths collection as assets_collection; copying assets is not done here.
  if (sess.graph.getCollection('asset_filepaths').length) {
    throw new PyLikeError('NotImplementedError', "simple_save(): the graph's asset_filepaths collection is not empty; copying asset files into the SavedModel is not supported by Gradbook");
  }
  const signatureDefMap = { [SIGNATURE_CONSTANTS.DEFAULT_SERVING_SIGNATURE_DEF_KEY]: predictSignatureDef(inputs, outputs) };
  const b = new SavedModelBuilder(fs, exportDir);
  b.addMetaGraphAndVariables(sess, [TAG_CONSTANTS.SERVING], { signatureDefMap, mainOp: legacyInitOp });
  b.save();
}

/** loader.maybe_saved_model_directory. */
export function maybeSavedModelDirectory(fs: FileSystem, exportDir: string): boolean {
  return savedModelFile(fs, exportDir) !== null;
}

/** The MetaGraphDef whose tag set equals `tags`, with TF's error naming the tag sets present. */
export function metaGraphForTags(saved: SavedModelProto, tags: string[]): MetaGraphDefProto {
  const want = new Set(tags);
  const found = (saved.meta_graphs ?? []).find(m => {
    const have = new Set(m.meta_info_def?.tags ?? []);
    return have.size === want.size && [...want].every(t => have.has(t));
  });
  if (found) return found;
  const available = (saved.meta_graphs ?? []).map(m => `[${(m.meta_info_def?.tags ?? []).map(t => `'${t}'`).join(', ')}]`);
  throw new PyLikeError('RuntimeError', `MetaGraphDef associated with tags ${tags.map(t => `'${t}'`).join(', ')} could not be found in SavedModel. To inspect available tag-sets in the SavedModel, please use the SavedModel CLI: \`saved_model_cli\`\navailable_tags: [${available.join(', ')}]`);
}

export interface LoadOptions { importScope?: string | null; inputMap?: Record<string, Tensor> }

/** loader.load: imports the tag set's graph into sess.graph, restores variables, runs the main op. */
export function loadSavedModel(fs: FileSystem, sess: Session, tags: string[], exportDir: string, opts: LoadOptions = {}): MetaGraphDefProto {
  const saved = readSavedModel(fs, exportDir);
  const meta = metaGraphForTags(saved, tags);
  const saver = withDefaultGraph(sess.graph, () => importMetaGraph(meta, { importScope: opts.importScope ?? null, inputMap: opts.inputMap }));
  if (saver) saver.restore(fs, sess, joinPath(exportDir, VARIABLES_DIRECTORY, VARIABLES_FILENAME));
  const initOp = mainOpOf(meta, sess.graph, opts.importScope ?? null);
  if (initOp) sess.run(initOp, assetFeeds(meta, sess.graph, exportDir, opts.importScope ?? null));
  return meta;
}

const scoped = (scope: string | null, name: string) => (scope ? `${scope}/${name}` : name);

function mainOpOf(meta: MetaGraphDefProto, g: Graph, scope: string | null): Operation | null {
  for (const key of [MAIN_OP_KEY, LEGACY_INIT_OP_KEY]) {
    const names = meta.collection_def?.[key]?.node_list?.value;
    if (!names) continue;
    if (names.length !== 1) throw new PyLikeError('RuntimeError', `Expected exactly one SavedModel ${key === MAIN_OP_KEY ? 'main' : 'legacy init'} op. Found: [${names.join(', ')}]`);
    return g.asGraphElement(scoped(scope, names[0]), false, true) as Operation;
  }
  return null;
}

/** The asset tensors, fed with the assets' paths in this export directory. */
function assetFeeds(meta: MetaGraphDefProto, g: Graph, exportDir: string, scope: string | null): Array<[Tensor, NDArray]> {
  const defs = (meta.collection_def?.[ASSETS_KEY]?.any_list?.value ?? [])
    .map(a => protoToObject<{ tensor_info?: TensorInfoProto; filename?: string }>('AssetFileDef', decodeProto('AssetFileDef', a.value ?? new Uint8Array())));
  const out: Array<[Tensor, NDArray]> = [];
  for (const d of [...defs, ...(meta.asset_file_def ?? [])]) {
    if (!d.tensor_info?.name) continue;
    out.push([g.getTensorByName(scoped(scope, d.tensor_info.name)), NDArray.scalar(joinPath(exportDir, ASSETS_DIRECTORY, d.filename ?? ''), 'string')]);
  }
  return out;
}
