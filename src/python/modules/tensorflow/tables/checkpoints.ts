// Checkpoint functions over the session's FileSystem: the `checkpoint` state file
// (latest_checkpoint, get_checkpoint_state, ...), readers (NewCheckpointReader, load_checkpoint,
// list_variables, load_variable) and init_from_checkpoint (checkpoint_management.py,
// checkpoint_utils.py).
import type { PyValue } from '../../../objects/core';
import { PyDict, PyList, PyTuple } from '../../../objects/containers';
import { PyFloat } from '../../../objects/core';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import { formats } from '../../../../engine';
import type { Signature } from '../../../../engine';
import { entry, method, MethodTable, TableEntry } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { sessionFileSystem } from '../../../io/session-files';
import { isEngineBacked } from '../convert';
import { wrapArray } from '../../numpy/ndarray_object';
import { PyMessage } from '../proto_object';
import { PyDType } from '../dtype_object';
import { stringList } from './saver';

const fs = () => sessionFileSystem();

/** NewCheckpointReader's object: names, shapes, dtypes and values of a checkpoint's tensors. */
export class PyCheckpointReader extends HostObject {
  constructor(readonly reader: formats.CheckpointReader) { super(); }
  override get pyTypeName() { return 'CheckpointReader'; }
  override get type() { return hostClass('CheckpointReader', 'tensorflow.python.pywrap_tensorflow'); }
  getattr(name: string): PyValue | undefined { return READER_METHODS.get(this, name); }
}

export const READER_METHODS = new MethodTable<PyCheckpointReader>([
  method({ name: 'tf.train.CheckpointReader.get_variable_to_shape_map', doc: 'Tensor name → shape (a list of ints).', params: [] },
    (self: PyCheckpointReader) => {
      const d = new PyDict();
      for (const [k, s] of self.reader.shapeMap()) d.set(k, new PyList(s));
      return d;
    }),
  method({ name: 'tf.train.CheckpointReader.get_variable_to_dtype_map', doc: 'Tensor name → tf.DType.', params: [] },
    (self: PyCheckpointReader) => {
      const d = new PyDict();
      for (const k of self.reader.names()) d.set(k, PyDType.of(self.reader.info(k).dtype));
      return d;
    }),
  method({ name: 'tf.train.CheckpointReader.has_tensor', doc: 'Whether the checkpoint has a tensor of this name.', params: [{ name: 'tensor_str', type: 'str' }] },
    (self: PyCheckpointReader, a) => self.reader.has(a.tensor_str)),
  method({ name: 'tf.train.CheckpointReader.get_tensor', doc: 'A tensor\'s value as a numpy array.', params: [{ name: 'tensor_str', type: 'str' }] },
    (self: PyCheckpointReader, a) => wrapArray(self.reader.read(a.tensor_str))),
  method({ name: 'tf.train.CheckpointReader.debug_string', doc: 'One line per tensor: name, dtype and shape.', params: [] },
    (self: PyCheckpointReader) => self.reader.names().map(n => {
      const i = self.reader.info(n);
      return `${n} (DT_${i.dtype === 'float32' ? 'FLOAT' : i.dtype === 'float64' ? 'DOUBLE' : i.dtype.toUpperCase()}) [${i.shape.join(',')}]\n`;
    }).join('')),
]);

const CKPT = { name: 'ckpt_dir_or_file', type: 'str' } as const;

/** init_from_checkpoint's assignment_map: checkpoint name/scope → variable, variables, or name/scope. */
function assignmentMapOf(v: PyValue): Array<[string, tf.train.AssignmentTarget]> {
  if (!(v instanceof PyDict)) throw typeError('assignment_map must be a dict');
  const out: Array<[string, tf.train.AssignmentTarget]> = [];
  for (const { k, v: target } of v.map.values()) {
    if (typeof k !== 'string') throw typeError('assignment_map keys must be strings');
    if (typeof target === 'string') { out.push([k, target]); continue; }
    const one = (x: PyValue) => { const e = isEngineBacked(x) ? x.engineValue() : null; if (!(e instanceof tf.Variable)) throw typeError(`assignment_map values must be variables or names, not ${typeOf(x).name}`); return e; };
    out.push([k, target instanceof PyList || target instanceof PyTuple ? target.items.map(one) : one(target)]);
  }
  return out;
}

export const CHECKPOINT_TABLE: readonly TableEntry[] = [
  entry({ name: 'tf.train.latest_checkpoint', doc: 'The newest checkpoint prefix listed in `checkpoint_dir`\'s state file, or None.',
    params: [{ name: 'checkpoint_dir', type: 'str' }, { name: 'latest_filename', default: null, type: 'str' }] },
  a => formats.latestCheckpoint(fs(), a.checkpoint_dir, a.latest_filename)),
  entry({ name: 'tf.train.get_checkpoint_state', doc: 'The CheckpointState proto of `checkpoint_dir` (paths joined onto the directory), or None.',
    params: [{ name: 'checkpoint_dir', type: 'str' }, { name: 'latest_filename', default: null, type: 'str' }] },
  a => {
    const state = formats.getCheckpointState(fs(), a.checkpoint_dir, a.latest_filename);
    return state ? new PyMessage('CheckpointState', state as unknown as Record<string, unknown>) : null;
  }),
  entry({ name: 'tf.train.checkpoint_exists', doc: 'Whether a checkpoint with this prefix exists (its .index file).', params: [{ name: 'checkpoint_prefix', type: 'str' }] },
    a => formats.checkpointExists(fs(), a.checkpoint_prefix)),
  entry({ name: 'tf.train.get_checkpoint_mtimes', doc: 'The modification times of the checkpoints, in seconds.', params: [{ name: 'checkpoint_prefixes' }] },
    a => new PyList(formats.checkpointMtimes(fs(), stringList(a.checkpoint_prefixes as PyValue) ?? []).map(t => new PyFloat(t)))),
  entry({
    name: 'tf.train.update_checkpoint_state', doc: 'Writes the `checkpoint` state file of `save_dir`.',
    params: [{ name: 'save_dir', type: 'str' }, { name: 'model_checkpoint_path', type: 'str' }, { name: 'all_model_checkpoint_paths', default: null },
      { name: 'latest_filename', default: null, type: 'str' }, { name: 'all_model_checkpoint_timestamps', default: null, unsupported: 'timestamps (CheckpointManager)' },
      { name: 'last_preserved_timestamp', default: null, unsupported: 'timestamps (CheckpointManager)' }],
  }, a => {
    formats.updateCheckpointState(fs(), a.save_dir, a.model_checkpoint_path, {
      allModelCheckpointPaths: stringList(a.all_model_checkpoint_paths as PyValue) ?? undefined, latestFilename: a.latest_filename,
    });
    return null;
  }),
  entry({ name: 'tf.train.NewCheckpointReader', doc: 'A reader of the checkpoint with this prefix.', params: [{ name: 'filepattern', type: 'str' }] },
    a => new PyCheckpointReader(formats.CheckpointReader.open(fs(), a.filepattern))),
  entry({ name: 'tf.train.load_checkpoint', doc: 'A reader of a checkpoint (a prefix, or a directory\'s latest).', params: [CKPT] },
    a => new PyCheckpointReader(tf.train.loadCheckpoint(fs(), a.ckpt_dir_or_file))),
  entry({ name: 'tf.train.list_variables', doc: 'The (name, shape) of every tensor in a checkpoint, sorted by name.', params: [CKPT] },
    a => new PyList(tf.train.listVariables(fs(), a.ckpt_dir_or_file).map(([n, s]) => new PyTuple([n, new PyList(s)])))),
  entry({ name: 'tf.train.load_variable', doc: 'One tensor of a checkpoint as a numpy array.', params: [CKPT, { name: 'name', type: 'str' }] },
    a => wrapArray(tf.train.loadVariable(fs(), a.ckpt_dir_or_file, a.name))),
  entry({ name: 'tf.train.init_from_checkpoint', doc: 'Makes the mapped variables\' initializers load their values from a checkpoint.',
    params: [CKPT, { name: 'assignment_map' }] },
  a => { tf.train.initFromCheckpoint(fs(), a.ckpt_dir_or_file, assignmentMapOf(a.assignment_map as PyValue)); return null; }),
];

export const CHECKPOINT_SIGNATURES: readonly Signature[] = READER_METHODS.entries.map(e => e.signature);
