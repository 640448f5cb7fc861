// tf.saved_model (TF 1.15): SavedModelBuilder / simple_save write `saved_model.pb` and a
// `variables/variables` checkpoint; loader.load imports a tag set's graph into the session's graph,
// restores its variables and returns the MetaGraphDef, whose signature_def names the tensors to feed
// and fetch. Signature helpers build SignatureDef / TensorInfo protos (tf1-formats §6.4).
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PySet, PyTuple } from '../../../objects/containers';
import { PyModule } from '../../../objects/callables';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { formats } from '../../../../engine';
import type { Signature } from '../../../../engine';
import { constructorOf, entry, method, MethodTable, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { sessionFileSystem } from '../../../io/session-files';
import { PyBytes } from '../../../io/bytes';
import { isEngineBacked } from '../convert';
import { PyMessage } from '../proto_object';
import { graphArg, PySession } from './session';
import { wrap } from '../wrappers';
import { inputMapOf, PySaver, stringList } from './saver';

const fs = () => sessionFileSystem();
const sm = tf.train;

function sessionOf(v: PyValue, fn: string): tf.Session {
  if (v instanceof PySession) return v.session;
  throw typeError(`${fn}(): 'sess' must be a tf.Session, not ${typeOf(v).name}`);
}

const optionalTensor = (v: PyValue, what: string): tf.Tensor | null => (v === null ? null : tensorOf(v, what));

function tensorOf(v: PyValue, what: string): tf.Tensor {
  const e = isEngineBacked(v) ? v.engineValue() : null;
  if (e instanceof tf.Tensor) return e;
  if (e instanceof tf.Variable) return e.ref;
  throw typeError(`${what} must be a Tensor, not ${typeOf(v).name}`);
}

/** A dict str → Tensor (None stays null). */
function tensorDict(v: PyValue, what: string): Record<string, tf.Tensor> | null {
  if (v === null) return null;
  if (!(v instanceof PyDict)) throw typeError(`${what} must be a dict of name → Tensor, not ${typeOf(v).name}`);
  const out: Record<string, tf.Tensor> = {};
  for (const { k, v: x } of v.map.values()) {
    if (typeof k !== 'string') throw typeError(`${what} keys must be strings, not ${typeOf(k).name}`);
    out[k] = tensorOf(x, `${what}['${k}']`);
  }
  return out;
}

/** A dict str → proto message of `typeName` (None stays null). */
function messageDict<T>(v: PyValue, typeName: string, what: string): Record<string, T> | null {
  if (v === null) return null;
  if (!(v instanceof PyDict)) throw typeError(`${what} must be a dict, not ${typeOf(v).name}`);
  const out: Record<string, T> = {};
  for (const { k, v: x } of v.map.values()) {
    if (typeof k !== 'string') throw typeError(`${what} keys must be strings, not ${typeOf(k).name}`);
    if (!(x instanceof PyMessage) || x.typeName !== typeName) throw typeError(`${what}['${k}'] must be a ${typeName}, not ${typeOf(x).name}`);
    out[k] = x.message as T;
  }
  return out;
}

/** TF iterates `tags`: a list, tuple or set of strings (a bare string is its characters, as in TF). */
function tagsOf(v: PyValue): string[] {
  if (typeof v === 'string') return [...v];
  if (v instanceof PySet) return stringList(new PyList([...v.map.values()])) ?? [];
  return stringList(v) ?? [];
}

function operationOf(v: PyValue, what: string): tf.Operation | null {
  if (v === null) return null;
  const e = isEngineBacked(v) ? v.engineValue() : null;
  if (e instanceof tf.Operation) return e;
  throw typeError(`${what} needs to be an Operation: ${typeOf(v).name}`);
}

/** assets_collection: only an empty one (or None) is written; assets are not copied yet. */
function refuseAssets(v: PyValue, fn: string): void {
  const empty = v === null || ((v instanceof PyList || v instanceof PyTuple) && v.items.length === 0);
  if (!empty) throw tf.unsupportedArgument(fn, 'assets_collection', 'copying asset files into the SavedModel');
}

const message = (typeName: string, m: object) => new PyMessage(typeName, m as Record<string, unknown>);

export class PySavedModelBuilder extends HostObject {
  constructor(readonly builder: tf.train.SavedModelBuilder) { super(); }
  override get pyTypeName() { return 'SavedModelBuilder'; }
  override get type() { return hostClass('SavedModelBuilder', 'tensorflow.python.saved_model.builder_impl'); }
  override repr(): string { return '<tensorflow.python.saved_model.builder_impl.SavedModelBuilder object>'; }
  getattr(name: string): PyValue | undefined { return BUILDER_METHODS.get(this, name); }
}

const META_GRAPH_PARAMS = [
  { name: 'signature_def_map', default: null }, { name: 'assets_collection', default: null },
  { name: 'legacy_init_op', default: null }, { name: 'clear_devices', default: false, type: 'flag', doc: 'no devices are recorded; nothing to clear' },
  { name: 'main_op', default: null },
  { name: 'strip_default_attrs', default: false, type: 'flag', unsupported: 'writing MetaGraphDefs without default attrs' },
  { name: 'saver', default: null },
] as const;

function metaGraphOptions(a: Record<string, unknown>, fn: string): tf.train.AddMetaGraphOptions {
  refuseAssets(a.assets_collection as PyValue, fn);
  const saver = a.saver as PyValue;
  if (saver !== null && !(saver instanceof PySaver)) throw typeError(`saver must be a tf.train.Saver, not ${typeOf(saver).name}`);
  return {
    signatureDefMap: messageDict<formats.SignatureDefProto>(a.signature_def_map as PyValue, 'SignatureDef', 'signature_def_map'),
    // TF 1.15 treats legacy_init_op as main_op.
    mainOp: operationOf(a.main_op as PyValue, 'main_op') ?? operationOf(a.legacy_init_op as PyValue, 'legacy_init_op'),
    saver: saver instanceof PySaver ? saver.saver : null,
  };
}

const BUILDER_METHODS = new MethodTable<PySavedModelBuilder>([
  method({
    name: 'tf.saved_model.builder.SavedModelBuilder.add_meta_graph_and_variables',
    doc: 'Saves the session\'s variables to variables/variables and its graph as the MetaGraphDef of `tags`.',
    params: [{ name: 'sess' }, { name: 'tags' }, ...META_GRAPH_PARAMS],
  }, (self: PySavedModelBuilder, a) => {
    const sess = sessionOf(a.sess as PyValue, 'add_meta_graph_and_variables');
    self.builder.addMetaGraphAndVariables(sess, tagsOf(a.tags as PyValue), metaGraphOptions(a, 'add_meta_graph_and_variables'));
    return null;
  }),
  method({
    name: 'tf.saved_model.builder.SavedModelBuilder.add_meta_graph',
    doc: 'Adds the default graph as the MetaGraphDef of another tag set (variables were saved already).',
    params: [{ name: 'tags' }, ...META_GRAPH_PARAMS],
  }, (self: PySavedModelBuilder, a) => {
    self.builder.addMetaGraph(tf.getDefaultGraph(), tagsOf(a.tags as PyValue), metaGraphOptions(a, 'add_meta_graph'));
    return null;
  }),
  method({
    name: 'tf.saved_model.builder.SavedModelBuilder.save', doc: 'Writes saved_model.pb (saved_model.pbtxt with as_text); returns its path as bytes.',
    params: [{ name: 'as_text', default: false, type: 'flag' }],
  }, (self: PySavedModelBuilder, a) => new PyBytes(new TextEncoder().encode(self.builder.save(a.as_text)))),
]);

export const BUILDER_CONSTRUCTOR = constructorOf({
  name: 'tf.saved_model.builder.SavedModelBuilder', doc: 'Builds a SavedModel in export_dir (which must not exist or be empty).',
  params: [{ name: 'export_dir', type: 'str' }],
}, a => new PySavedModelBuilder(new sm.SavedModelBuilder(fs(), a.export_dir)));

export const SAVED_MODEL_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.saved_model.simple_save', doc: 'Saves the session\'s graph and variables as a SavedModel with one predict signature (tag serve).',
    params: [{ name: 'session' }, { name: 'export_dir', type: 'str' }, { name: 'inputs' }, { name: 'outputs' }, { name: 'legacy_init_op', default: null }],
  }, a => {
    const inputs = tensorDict(a.inputs as PyValue, 'inputs'), outputs = tensorDict(a.outputs as PyValue, 'outputs');
    sm.simpleSave(fs(), sessionOf(a.session as PyValue, 'simple_save'), a.export_dir, inputs ?? {}, outputs ?? {}, operationOf(a.legacy_init_op as PyValue, 'legacy_init_op'));
    return null;
  }),
  entry({
    name: 'tf.saved_model.loader.load',
    doc: 'Loads the MetaGraphDef of `tags` into sess.graph, restores its variables, runs its main op; returns the MetaGraphDef.',
    params: [{ name: 'sess' }, { name: 'tags' }, { name: 'export_dir', type: 'str' }, { name: 'import_scope', default: null, type: 'str' }],
    varkw: 'saver_kwargs',
  }, a => {
    let inputMap: Record<string, tf.Tensor> | undefined;
    for (const [k, v] of a.saver_kwargs) {
      if (k !== 'input_map') throw tf.unsupportedArgument('load', k, 'import_meta_graph options other than input_map');
      inputMap = inputMapOf(v as PyValue);
    }
    const sess = sessionOf(a.sess as PyValue, 'load');
    const meta = sm.loadSavedModel(fs(), sess, tagsOf(a.tags as PyValue), a.export_dir, { importScope: a.import_scope, inputMap });
    return message('MetaGraphDef', meta);
  }, { aliases: ['tf.saved_model.load'] }),
  entry({
    name: 'tf.saved_model.loader.maybe_saved_model_directory', doc: 'Whether export_dir holds saved_model.pb or saved_model.pbtxt.',
    params: [{ name: 'export_dir', type: 'str' }],
  }, a => sm.maybeSavedModelDirectory(fs(), a.export_dir), { aliases: ['tf.saved_model.maybe_saved_model_directory', 'tf.saved_model.contains_saved_model'] }),
  entry({
    name: 'tf.saved_model.utils.build_tensor_info', doc: 'The TensorInfo (name, dtype, shape) of a tensor.',
    params: [{ name: 'tensor' }],
  }, a => message('TensorInfo', sm.buildTensorInfo(tensorOf(a.tensor as PyValue, 'tensor'))), { aliases: ['tf.saved_model.build_tensor_info'] }),
  entry({
    name: 'tf.saved_model.signature_def_utils.build_signature_def', doc: 'A SignatureDef from dicts of TensorInfos and a method name.',
    params: [{ name: 'inputs', default: null }, { name: 'outputs', default: null }, { name: 'method_name', default: null, type: 'str' }],
  }, a => message('SignatureDef', sm.buildSignatureDef(
    messageDict<formats.TensorInfoProto>(a.inputs as PyValue, 'TensorInfo', 'inputs'),
    messageDict<formats.TensorInfoProto>(a.outputs as PyValue, 'TensorInfo', 'outputs'), a.method_name)),
  { aliases: ['tf.saved_model.build_signature_def'] }),
  entry({
    name: 'tf.saved_model.signature_def_utils.regression_signature_def', doc: 'A regress SignatureDef: string examples in, float predictions out.',
    params: [{ name: 'examples' }, { name: 'predictions' }],
  }, a => message('SignatureDef', sm.regressionSignatureDef(optionalTensor(a.examples as PyValue, 'examples'), optionalTensor(a.predictions as PyValue, 'predictions'))),
  { aliases: ['tf.saved_model.regression_signature_def'] }),
  entry({
    name: 'tf.saved_model.signature_def_utils.classification_signature_def', doc: 'A classify SignatureDef: string examples in, string classes and/or float scores out.',
    params: [{ name: 'examples' }, { name: 'classes' }, { name: 'scores' }],
  }, a => message('SignatureDef', sm.classificationSignatureDef(optionalTensor(a.examples as PyValue, 'examples'),
    optionalTensor(a.classes as PyValue, 'classes'), optionalTensor(a.scores as PyValue, 'scores'))),
  { aliases: ['tf.saved_model.classification_signature_def'] }),
  entry({
    name: 'tf.saved_model.utils.get_tensor_from_tensor_info', doc: 'The tensor a TensorInfo names, in graph (default: the default graph) under import_scope.',
    params: [{ name: 'tensor_info' }, { name: 'graph', default: null }, { name: 'import_scope', default: null, type: 'str' }],
  }, a => {
    const info = a.tensor_info as PyValue;
    if (!(info instanceof PyMessage) || info.typeName !== 'TensorInfo') throw typeError(`tensor_info must be a TensorInfo, not ${typeOf(info).name}`);
    const graph = a.graph === null ? tf.getDefaultGraph() : graphArg(a.graph as PyValue);
    if (!graph) throw typeError(`graph must be a tf.Graph, not ${typeOf(a.graph as PyValue).name}`);
    return wrap(sm.tensorFromTensorInfo(info.message as formats.TensorInfoProto, graph, a.import_scope));
  }, { aliases: ['tf.saved_model.get_tensor_from_tensor_info'] }),
  entry({
    name: 'tf.saved_model.signature_def_utils.predict_signature_def', doc: 'A predict SignatureDef from dicts of input and output tensors.',
    params: [{ name: 'inputs' }, { name: 'outputs' }],
  }, a => message('SignatureDef', sm.predictSignatureDef(tensorDict(a.inputs as PyValue, 'inputs'), tensorDict(a.outputs as PyValue, 'outputs'))),
  { aliases: ['tf.saved_model.predict_signature_def'] }),
];

function submodule(parent: PyModule, name: string): PyModule {
  const found = parent.dict.get(name);
  if (found instanceof PyModule) return found;
  const m = new PyModule(`${parent.name}.${name}`);
  parent.set(name, m);
  return m;
}

/** The builder class (also tf.saved_model.Builder) and the constants modules, as TF 1.15 exports them. */
export function installSavedModel(tf_: PyModule): void {
  const savedModel = submodule(tf_, 'saved_model');
  const cls = hostClass('SavedModelBuilder', 'tensorflow.python.saved_model.builder_impl');
  cls.nativeNew = (_c, args, kw) => BUILDER_CONSTRUCTOR.construct(args, kw);
  submodule(savedModel, 'builder').set('SavedModelBuilder', cls);
  savedModel.set('Builder', cls);
  const constants: Array<[string, Record<string, string | number>]> = [
    ['tag_constants', sm.TAG_CONSTANTS], ['signature_constants', sm.SIGNATURE_CONSTANTS], ['constants', sm.SAVED_MODEL_CONSTANTS],
  ];
  for (const [name, values] of constants) {
    const mod = submodule(savedModel, name);
    for (const [k, v] of Object.entries(values)) { mod.set(k, v); savedModel.set(k, v); }
  }
}

export const SAVED_MODEL_SIGNATURES: readonly Signature[] = [BUILDER_CONSTRUCTOR.signature, ...BUILDER_METHODS.entries.map(e => e.signature)];
