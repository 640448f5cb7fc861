// What tf.train.Saver.save does with files, as one call the binding makes after it has the
// variables' values: write the bundle, update the `checkpoint` state file, delete checkpoints
// that fell out of max_to_keep, write the .meta file. Returns the checkpoint prefix.
import type { FileSystem } from '../../io/file_system';
import { valueError } from '../../errors';
import { dirname } from '../paths';
import { CheckpointTensors, writeAtomically, writeCheckpoint } from './bundle_writer';
import { CheckpointKeeper, removeCheckpoint } from './keeper';
import { checkpointPrefix, metaGraphFileName } from './naming';
import { updateCheckpointState } from './state_file';

export interface SaveCheckpointRequest {
  fs: FileSystem;
  savePath: string;
  tensors: CheckpointTensors;
  keeper: CheckpointKeeper;
  globalStep?: number | null;
  padStepNumber?: boolean;
  latestFilename?: string | null;
  metaGraphSuffix?: string;
  /** The serialized MetaGraphDef for `<prefix>.meta` (write_meta_graph=True), built lazily. */
  metaGraph?: (() => Uint8Array) | null;
  writeState?: boolean;
  saveRelativePaths?: boolean;
  /** Seconds since the epoch. */
  now?: number;
}

export function saveCheckpoint(req: SaveCheckpointRequest): string {
  const { fs, savePath, keeper } = req;
  if (req.latestFilename && req.latestFilename.includes('/')) throw valueError("'latest_filename' must not contain path components");
  const prefix = checkpointPrefix(savePath, req.globalStep, req.padStepNumber);
  writeCheckpoint(fs, prefix, req.tensors);
  const suffix = req.metaGraphSuffix ?? 'meta';
  if (req.writeState ?? true) {
    keeper.record(prefix, req.now ?? Date.now() / 1000);
    updateCheckpointState(fs, dirname(savePath), prefix, {
      allModelCheckpointPaths: keeper.lastCheckpoints, latestFilename: req.latestFilename,
      saveRelativePaths: req.saveRelativePaths,
    });
    const expired = keeper.takeExpired();
    if (expired) removeCheckpoint(fs, expired, suffix);
  }
  if (req.metaGraph) writeAtomically(fs, metaGraphFileName(prefix, suffix), req.metaGraph(), `.tmp${Date.now()}`);
  return prefix;
}
