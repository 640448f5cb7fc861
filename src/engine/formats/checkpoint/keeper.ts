// The Saver's bookkeeping of which checkpoints to keep (saver.py _RecordLastCheckpoint and
// _MaybeDeleteOldCheckpoints): the newest `maxToKeep` are listed in the state file; an older one
// is deleted unless it is the first past the keep_checkpoint_every_n_hours mark.
import type { FileSystem } from '../../io/file_system';
import { basename, dirname, joinPath } from '../paths';
import { indexFileName, isDataFileOf, metaGraphFileName } from './naming';

export interface KeeperOptions {
  maxToKeep?: number | null;
  keepCheckpointEveryNHours?: number;
  /** Seconds since the epoch when the Saver was made. */
  now?: number;
}

export class CheckpointKeeper {
  private last: Array<[string, number]> = [];
  private toDelete: Array<[string, number]> = [];
  private nextKeepTime: number;
  readonly maxToKeep: number;
  readonly keepEveryHours: number;

  constructor(opts: KeeperOptions = {}) {
    this.maxToKeep = opts.maxToKeep ?? 0;
    this.keepEveryHours = opts.keepCheckpointEveryNHours ?? 10000;
    this.nextKeepTime = (opts.now ?? Date.now() / 1000) + this.keepEveryHours * 3600;
  }

  /** Saver.last_checkpoints: oldest first. */
  get lastCheckpoints(): string[] { return this.last.map(p => p[0]); }

  /** _RecordLastCheckpoint, called after each save with the prefix just written. */
  record(prefix: string, time: number): void {
    if (!this.maxToKeep) return;
    this.last = this.last.filter(p => p[0] !== prefix);
    this.last.push([prefix, time]);
    if (this.last.length > this.maxToKeep) this.toDelete.push(this.last.shift()!);
  }

  /** _MaybeDeleteOldCheckpoints: the prefix whose files should now be removed, if any. */
  takeExpired(): string | null {
    const p = this.toDelete.shift();
    if (!p) return null;
    if (p[1] > this.nextKeepTime) {
      this.nextKeepTime += this.keepEveryHours * 3600;
      return null;
    }
    return p[0];
  }

  /** set_last_checkpoints_with_time / recover_last_checkpoints. */
  setLastCheckpointsWithTime(list: Array<[string, number]>): void { this.last = list.slice(); }
}

/** remove_checkpoint: `<prefix>.index`, every `<prefix>.data-*-of-*` and the meta graph file. */
export function removeCheckpoint(fs: FileSystem, prefix: string, metaGraphSuffix = 'meta'): string[] {
  const removed: string[] = [];
  const tryRemove = (p: string) => { if (fs.exists(p)) { fs.remove(p); removed.push(p); } };
  tryRemove(indexFileName(prefix));
  const dir = dirname(prefix), base = basename(prefix);
  if (fs.exists(dir || '.')) {
    for (const name of fs.listDir(dir || '.')) if (isDataFileOf(base, name)) tryRemove(joinPath(dir, name));
  }
  tryRemove(metaGraphFileName(prefix, metaGraphSuffix));
  return removed;
}

/** get_checkpoint_mtimes: the index files' modification times in seconds. */
export function checkpointMtimes(fs: FileSystem, prefixes: string[]): number[] {
  return prefixes.filter(p => fs.exists(indexFileName(p))).map(p => fs.stat(indexFileName(p)).mtimeMs / 1000);
}
