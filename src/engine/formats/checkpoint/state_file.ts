// The `checkpoint` state file: a CheckpointState in protobuf text format, written atomically
// next to the checkpoints (checkpoint_management.py): update_checkpoint_state_internal,
// get_checkpoint_state, latest_checkpoint, checkpoint_exists.
import type { FileSystem } from '../../io/file_system';
import { runtimeError, valueError } from '../../errors';
import { fromUtf8, utf8 } from '../binary/bytes';
import { printTextFormat } from '../proto/text_format';
import { parseTextFormat, TextFormatError } from '../proto/text_parse';
import { isAbsolute, joinPath, relativePath } from '../paths';
import { writeAtomically } from './bundle_writer';
import { indexFileName } from './naming';

export interface CheckpointState {
  model_checkpoint_path: string;
  all_model_checkpoint_paths: string[];
  all_model_checkpoint_timestamps?: number[];
  last_preserved_timestamp?: number;
}

export interface UpdateStateOptions {
  allModelCheckpointPaths?: string[];
  latestFilename?: string | null;
  saveRelativePaths?: boolean;
  allModelCheckpointTimestamps?: number[];
  lastPreservedTimestamp?: number;
  tempSuffix?: () => string;
}

const stateFileName = (dir: string, latestFilename?: string | null) => joinPath(dir, latestFilename || 'checkpoint');

/** generate_checkpoint_state_proto: the newest path is appended if missing, relative paths kept relative to `saveDir`. */
export function checkpointStateProto(fs: FileSystem, saveDir: string, modelPath: string, opts: UpdateStateOptions = {}): CheckpointState {
  const all = (opts.allModelCheckpointPaths ?? []).slice();
  if (!all.length || all[all.length - 1] !== modelPath) all.push(modelPath);
  const stamps = opts.allModelCheckpointTimestamps;
  if (stamps && stamps.length && stamps.length !== all.length) {
    throw valueError(`Checkpoint timestamps, if provided, must match checkpoint paths (got paths ${JSON.stringify(all)} and timestamps ${JSON.stringify(stamps)})`);
  }
  const relTo = (p: string) => (isAbsolute(p) ? p : relativePath(fs.resolve(p), fs.resolve(saveDir)));
  const relative = !isAbsolute(saveDir);
  return {
    model_checkpoint_path: relative ? relTo(modelPath) : modelPath,
    all_model_checkpoint_paths: relative ? all.map(relTo) : all,
    all_model_checkpoint_timestamps: stamps ?? [],
    last_preserved_timestamp: opts.lastPreservedTimestamp,
  };
}

export function encodeCheckpointState(state: CheckpointState): string {
  return printTextFormat('CheckpointState', state);
}

/** update_checkpoint_state_internal: writes `<saveDir>/<latestFilename or "checkpoint">`. */
export function updateCheckpointState(fs: FileSystem, saveDir: string, modelPath: string, opts: UpdateStateOptions = {}): CheckpointState {
  let model = modelPath, all = opts.allModelCheckpointPaths;
  if (opts.saveRelativePaths) {
    const rel = (p: string) => (isAbsolute(p) ? relativePath(fs.resolve(p), fs.resolve(saveDir)) : p);
    model = rel(modelPath);
    all = all?.map(rel);
  }
  const state = checkpointStateProto(fs, saveDir, model, { ...opts, allModelCheckpointPaths: all });
  const file = stateFileName(saveDir, opts.latestFilename);
  if (fs.resolve(file) === fs.resolve(joinPath(saveDir, state.model_checkpoint_path))) {
    throw runtimeError(`Save path '${modelPath}' conflicts with path used for checkpoint state.  Please use a different save path.`);
  }
  const suffix = opts.tempSuffix ?? (() => Math.random().toString(16).slice(2).padEnd(32, '0'));
  writeAtomically(fs, file, utf8(encodeCheckpointState(state)), `.tmp${suffix()}`);
  return state;
}

/** get_checkpoint_state: null when the file is missing or unreadable; relative paths joined onto `dir`. */
export function getCheckpointState(fs: FileSystem, dir: string, latestFilename?: string | null): CheckpointState | null {
  const file = stateFileName(dir, latestFilename);
  if (!fs.exists(file)) return null;
  let parsed: Partial<CheckpointState>;
  try {
    parsed = parseTextFormat<Partial<CheckpointState>>('CheckpointState', fromUtf8(fs.readFile(file)));
  } catch (e) {
    if (e instanceof TextFormatError) return null;
    throw e;
  }
  if (!parsed.model_checkpoint_path) throw valueError(`Invalid checkpoint state loaded from ${dir}`);
  const join = (p: string) => (isAbsolute(p) ? p : joinPath(dir, p));
  return {
    model_checkpoint_path: join(parsed.model_checkpoint_path),
    all_model_checkpoint_paths: (parsed.all_model_checkpoint_paths ?? []).map(join),
    all_model_checkpoint_timestamps: parsed.all_model_checkpoint_timestamps ?? [],
    last_preserved_timestamp: parsed.last_preserved_timestamp,
  };
}

/** checkpoint_exists: a V2 checkpoint exists iff its index does (V1 files count too). */
export function checkpointExists(fs: FileSystem, prefix: string): boolean {
  return fs.exists(indexFileName(prefix)) || (fs.exists(prefix) && !fs.stat(prefix).isDirectory);
}

/** latest_checkpoint: the state file's newest path if its files exist, else null. */
export function latestCheckpoint(fs: FileSystem, dir: string, latestFilename?: string | null): string | null {
  const state = getCheckpointState(fs, dir, latestFilename);
  if (state && state.model_checkpoint_path && checkpointExists(fs, state.model_checkpoint_path)) return state.model_checkpoint_path;
  return null;
}
