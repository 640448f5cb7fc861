// tf.train.Saver, import_meta_graph and export_meta_graph, over real files through the session's FileSystem
// (the notebook's access policy): TF's checkpoint format, `checkpoint` state file and .meta, so
// checkpoints move between Gradbook, real TF and later notebook sessions (tf1-formats §4–6, §8).
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import { PyFloat } from '../../../objects/core';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { formats } from '../../../../engine';
import type { Signature } from '../../../../engine';
import { constructorOf, entry, method, MethodTable, TableEntry } from '../../../bind';
import { pyException, E, typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { sessionFileSystem } from '../../../io/session-files';
import { isEngineBacked } from '../convert';
import { PyMessage } from '../proto_object';
import { PySession } from './session';

const fs = () => sessionFileSystem();

function sessionOf(v: PyValue, fn: string): tf.Session {
  if (v instanceof PySession) return v.session;
  throw typeError(`${fn}(): 'sess' must be a tf.Session, not ${typeOf(v).name}`);
}

/** var_list: a list/tuple of Variables (keys: op names) or a dict key → Variable. */
function varListOf(v: PyValue): tf.Variable[] | Record<string, tf.Variable> {
  const variable = (x: PyValue): tf.Variable => {
    const e = isEngineBacked(x) ? x.engineValue() : null;
    if (!(e instanceof tf.Variable)) throw typeError(`Variable to save is not a Variable: ${typeOf(x).name}`);
    return e;
  };
  if (v instanceof PyDict) {
    const out: Record<string, tf.Variable> = {};
    for (const { k, v: x } of v.map.values()) {
      if (typeof k !== 'string') throw typeError(`names must be strings, got ${typeOf(k).name}`);
      out[k] = variable(x);
    }
    return out;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(variable);
  throw typeError(`var_list must be a list, tuple or dict of Variables, not ${typeOf(v).name}`);
}

/** A Python Saver; with defer_build the engine Saver (and its variable list) is made by build(). */
export class PySaver extends HostObject {
  private built: tf.train.Saver | null = null;
  constructor(private readonly options: tf.train.SaverOptions, deferBuild: boolean) {
    super();
    if (!deferBuild) this.build();
  }
  static of(saver: tf.train.Saver): PySaver { const s = new PySaver({}, true); s.built = saver; return s; }
  override get pyTypeName() { return 'Saver'; }
  override get type() { return hostClass('Saver', 'tensorflow.train'); }
  override repr(): string { return '<tensorflow.python.training.saver.Saver object>'; }
  build(): void { if (!this.built) this.built = new tf.train.Saver(this.options); }
  get saver(): tf.train.Saver {
    if (!this.built) throw pyException(E.RuntimeError, 'build() should be called before save if defer_build==True');
    return this.built;
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'last_checkpoints': return new PyList(this.saver.lastCheckpoints);
      case 'saver_def': return new PyMessage('SaverDef', this.saver.saverDef as unknown as Record<string, unknown>);
    }
    return SAVER_METHODS.get(this, name);
  }
}

const UNSUPPORTED_META = 'writing .meta files without default attrs';
const globalStepOf = (v: PyValue): number | tf.Variable | tf.Tensor | null => {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  const e = isEngineBacked(v) ? v.engineValue() : null;
  if (e instanceof tf.Variable || e instanceof tf.Tensor) return e;
  throw typeError(`global_step must be an int, a Variable or a Tensor, not ${typeOf(v).name}`);
};

export const SAVER_METHODS = new MethodTable<PySaver>([
  method({
    name: 'tf.train.Saver.save', doc: 'Saves variables: `<prefix>.index`, `.data-00000-of-00001`, the `checkpoint` file and `<prefix>.meta`; returns the prefix.',
    params: [
      { name: 'sess' }, { name: 'save_path', type: 'str' }, { name: 'global_step', default: null },
      { name: 'latest_filename', default: null, type: 'str' }, { name: 'meta_graph_suffix', default: 'meta', type: 'str' },
      { name: 'write_meta_graph', default: true, type: 'flag' }, { name: 'write_state', default: true, type: 'flag' },
      { name: 'strip_default_attrs', default: false, type: 'flag', unsupported: UNSUPPORTED_META },
      { name: 'save_debug_info', default: false, type: 'flag', unsupported: 'debug info files' },
    ],
  }, (self: PySaver, a) => self.saver.save(fs(), sessionOf(a.sess as PyValue, 'save'), a.save_path, {
    globalStep: globalStepOf(a.global_step as PyValue), latestFilename: a.latest_filename, metaGraphSuffix: a.meta_graph_suffix,
    writeMetaGraph: a.write_meta_graph, writeState: a.write_state,
  })),
  method({
    name: 'tf.train.Saver.restore', doc: 'Restores previously saved variables (any TF V2 checkpoint with matching keys).',
    params: [{ name: 'sess' }, { name: 'save_path' }],
  }, (self: PySaver, a) => {
    if (a.save_path !== null && typeof a.save_path !== 'string') throw typeError(`save_path must be a string, not ${typeOf(a.save_path as PyValue).name}`);
    self.saver.restore(fs(), sessionOf(a.sess as PyValue, 'restore'), a.save_path as string | null);
    return null;
  }),
  method({
    name: 'tf.train.Saver.export_meta_graph', doc: 'Writes the graph, the SaverDef and the collections as a MetaGraphDef; returns it.',
    params: [
      { name: 'filename', default: null, type: 'str' }, { name: 'collection_list', default: null }, { name: 'as_text', default: false, type: 'flag' },
      { name: 'export_scope', default: null, unsupported: 'export scopes' }, { name: 'clear_devices', default: false, type: 'flag', doc: 'no devices are recorded; nothing to clear' },
      { name: 'clear_extraneous_savers', default: false, type: 'flag', doc: 'only this Saver\'s nodes are written' },
      { name: 'strip_default_attrs', default: false, type: 'flag', unsupported: UNSUPPORTED_META },
      { name: 'save_debug_info', default: false, type: 'flag', unsupported: 'debug info files' },
    ],
  }, (self: PySaver, a) => {
    const meta = self.saver.exportMetaGraph(fs(), a.filename, { asText: a.as_text, collectionKeys: stringList(a.collection_list as PyValue) });
    return new PyMessage('MetaGraphDef', meta as unknown as Record<string, unknown>);
  }),
  method({ name: 'tf.train.Saver.as_saver_def', doc: 'The SaverDef proto.', params: [] },
    (self: PySaver) => new PyMessage('SaverDef', self.saver.saverDef as unknown as Record<string, unknown>)),
  method({ name: 'tf.train.Saver.build', doc: 'Builds the Saver (with defer_build=True, after the variables exist).', params: [] },
    (self: PySaver) => { self.build(); return null; }),
  method({ name: 'tf.train.Saver.set_last_checkpoints', doc: 'Deprecated: sets the list of kept checkpoints.', params: [{ name: 'last_checkpoints' }] },
    (self: PySaver, a) => { self.saver.setLastCheckpointsWithTime((stringList(a.last_checkpoints as PyValue) ?? []).map(p => [p, Date.now() / 1000])); return null; }),
  method({ name: 'tf.train.Saver.set_last_checkpoints_with_time', doc: 'Sets the kept checkpoints as (path, timestamp) pairs.', params: [{ name: 'last_checkpoints_with_time' }] },
    (self: PySaver, a) => {
      const pairs = pairList(a.last_checkpoints_with_time as PyValue);
      self.saver.setLastCheckpointsWithTime(pairs);
      return null;
    }),
  method({ name: 'tf.train.Saver.recover_last_checkpoints', doc: 'Recovers the kept checkpoints (and their times) from files.', params: [{ name: 'checkpoint_paths' }] },
    (self: PySaver, a) => {
      const paths = stringList(a.checkpoint_paths as PyValue) ?? [];
      const times = formats.checkpointMtimes(fs(), paths);
      self.saver.setLastCheckpointsWithTime(paths.map((p, i) => [p, times[i]]));
      return null;
    }),
]);

/** input_map: a dict of tensor names ("x:0" or "x") → Tensors, or None. */
export function inputMapOf(v: PyValue): Record<string, tf.Tensor> | undefined {
  if (v === null) return undefined;
  if (!(v instanceof PyDict)) throw typeError(`input_map must be a dict, not ${typeOf(v).name}`);
  const out: Record<string, tf.Tensor> = {};
  for (const { k, v: x } of v.map.values()) {
    if (typeof k !== 'string') throw typeError(`input_map keys must be tensor names, not ${typeOf(k).name}`);
    const e = isEngineBacked(x) ? x.engineValue() : null;
    const t = e instanceof tf.Variable ? e.ref : e;
    if (!(t instanceof tf.Tensor)) throw typeError(`input_map['${k}'] must be a Tensor, not ${typeOf(x).name}`);
    out[k] = t;
  }
  return out;
}

export function stringList(v: PyValue): string[] | null {
  if (v === null) return null;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(x => { if (typeof x !== 'string') throw typeError('expected a list of strings'); return x; });
  throw typeError(`expected a list of strings, not ${typeOf(v).name}`);
}
function pairList(v: PyValue): Array<[string, number]> {
  if (!(v instanceof PyList || v instanceof PyTuple)) throw typeError('expected a list of (path, timestamp) pairs');
  return v.items.map(p => {
    const items = (p as PyTuple).items;
    if (!items || items.length !== 2 || typeof items[0] !== 'string') throw typeError('expected a list of (path, timestamp) pairs');
    const t = items[1];
    return [items[0], t instanceof PyFloat ? t.v : Number(t)];
  });
}

export const SAVER_CONSTRUCTOR = constructorOf({
  name: 'tf.train.Saver', doc: 'Saves and restores variables as TensorFlow V2 checkpoints.',
  params: [
    { name: 'var_list', default: null }, { name: 'reshape', default: false, type: 'flag', unsupported: 'restoring into variables of another shape' },
    { name: 'sharded', default: false, type: 'flag', unsupported: 'sharded checkpoints (one data file per device)' },
    { name: 'max_to_keep', default: 5 }, { name: 'keep_checkpoint_every_n_hours', default: { float: 10000.0 }, type: 'float' },
    { name: 'name', default: null, type: 'name' }, { name: 'restore_sequentially', default: false, type: 'flag', doc: 'a memory hint for TF\'s runtime; accepted' },
    { name: 'saver_def', default: null, unsupported: 'building from a SaverDef (tf.train.import_meta_graph returns a Saver)' },
    { name: 'builder', default: null, unsupported: 'custom saver builders' }, { name: 'defer_build', default: false, type: 'flag' },
    { name: 'allow_empty', default: false, type: 'flag' }, { name: 'write_version', default: { expr: 'saver_pb2.SaverDef.V2' } },
    { name: 'pad_step_number', default: false, type: 'flag' }, { name: 'save_relative_paths', default: false, type: 'flag' },
    { name: 'filename', default: null, type: 'str' },
  ],
}, a => {
  if (a.write_version !== undefined && a.write_version !== 2) throw tf.unsupportedArgument('Saver.__init__', 'write_version', 'V1 checkpoints (only saver_pb2.SaverDef.V2)');
  const maxToKeep = a.max_to_keep === null ? null : Number(a.max_to_keep);
  return new PySaver({
    varList: a.var_list === null ? null : varListOf(a.var_list as PyValue), maxToKeep, keepCheckpointEveryNHours: a.keep_checkpoint_every_n_hours,
    name: a.name, allowEmpty: a.allow_empty, padStepNumber: a.pad_step_number, saveRelativePaths: a.save_relative_paths, filename: a.filename,
  }, a.defer_build);
});

export const SAVER_TABLE: readonly TableEntry[] = [
  entry({
    name: 'tf.train.import_meta_graph', doc: 'Recreates a graph saved in a MetaGraphDef (.meta); returns its Saver, or None without variables.',
    params: [{ name: 'meta_graph_or_file' }, { name: 'clear_devices', default: false, type: 'flag', doc: 'devices are not recorded; nothing to clear' },
      { name: 'import_scope', default: null, type: 'str' }],
    varkw: 'kwargs',
  }, a => {
    let inputMap: Record<string, tf.Tensor> | undefined;
    for (const [k, v] of a.kwargs) {
      if (k !== 'input_map') throw tf.unsupportedArgument('import_meta_graph', k, 'import_scoped_meta_graph options other than input_map');
      inputMap = inputMapOf(v as PyValue);
    }
    const src = a.meta_graph_or_file as PyValue;
    const meta = src instanceof PyMessage && src.typeName === 'MetaGraphDef' ? src.message as unknown as formats.MetaGraphDefProto
      : typeof src === 'string' ? tf.train.readMetaGraphFile(fs(), src) : null;
    if (!meta) throw typeError(`meta_graph_or_file must be a file name or a MetaGraphDef, not ${typeOf(src).name}`);
    const saver = tf.train.importMetaGraph(meta, { importScope: a.import_scope, inputMap });
    return saver ? PySaver.of(saver) : null;
  }),
  entry({
    name: 'tf.train.export_meta_graph', doc: 'Writes the default graph and its collections as a MetaGraphDef (binary or text); returns it.',
    params: [
      { name: 'filename', default: null, type: 'str' }, { name: 'meta_info_def', default: null, unsupported: 'custom MetaInfoDefs' },
      { name: 'graph_def', default: null, unsupported: 'a GraphDef other than the graph\'s' }, { name: 'saver_def', default: null, unsupported: 'a SaverDef (use Saver.export_meta_graph)' },
      { name: 'collection_list', default: null }, { name: 'as_text', default: false, type: 'flag' },
      { name: 'graph', default: null, unsupported: 'a graph other than the default (use `with g.as_default():`)' },
      { name: 'export_scope', default: null, unsupported: 'export scopes' }, { name: 'clear_devices', default: false, type: 'flag', doc: 'no devices are recorded' },
      { name: 'clear_extraneous_savers', default: false, type: 'flag', doc: 'no Saver nodes are written without a Saver' },
      { name: 'strip_default_attrs', default: false, type: 'flag', unsupported: UNSUPPORTED_META },
      { name: 'save_debug_info', default: false, type: 'flag', unsupported: 'debug info files' },
    ],
    varkw: 'kwargs',
  }, a => {
    if (a.kwargs.size) throw tf.unsupportedArgument('export_meta_graph', [...a.kwargs.keys()][0], 'export_scoped_meta_graph options');
    const meta = tf.train.exportMetaGraph(a.filename ? fs() : null, a.filename, { asText: a.as_text, collectionKeys: stringList(a.collection_list as PyValue) });
    return new PyMessage('MetaGraphDef', meta as unknown as Record<string, unknown>);
  }),
];

/** tf.train.Saver as a class of tf.train. */
export function installSaverClass(train: import('../../../objects/callables').PyModule): void {
  const cls = hostClass('Saver', 'tensorflow.train');
  cls.nativeNew = (_c, args, kw) => SAVER_CONSTRUCTOR.construct(args, kw);
  train.set('Saver', cls);
}

export const SAVER_SIGNATURES: readonly Signature[] = [
  SAVER_CONSTRUCTOR.signature, ...SAVER_METHODS.entries.map(e => e.signature),
];
