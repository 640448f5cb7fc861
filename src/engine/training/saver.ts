// tf.train.Saver (tf1-semantics §7.5). Notebooks are sandboxed (no file writes), so checkpoints
// live in an in-memory store for the kernel's lifetime: save/restore/latest_checkpoint behave as
// in TF1 within a notebook, keyed by the variables' op names (`hidden1/weights`).
import { Variable } from '../variables/variable';
import { getDefaultGraph } from '../graph/default_graph';
import { GraphKeys } from '../graph/graph_keys';
import type { Session } from '../session/session';
import type { NDArray } from '../ndarray';
import { valueError, typeError } from '../errors';
import { OpError } from '../errors';

type Checkpoint = Map<string, NDArray>;
const checkpoints = new Map<string, Checkpoint>();
/** directory → checkpoint paths, oldest first (the `checkpoint` state file). */
const checkpointState = new Map<string, string[]>();

const dirname = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');

export class Saver {
  private readonly vars: Map<string, Variable>;
  readonly maxToKeep: number;
  private kept: string[] = [];

  constructor(varList?: Variable[] | Record<string, Variable> | null, opts: { maxToKeep?: number } = {}) {
    const list = varList ?? (getDefaultGraph().getCollection(GraphKeys.GLOBAL_VARIABLES) as Variable[]);
    this.vars = new Map(Array.isArray(list) ? list.map(v => [v.op.name, v]) : Object.entries(list));
    if (this.vars.size === 0) throw valueError('No variables to save');
    this.maxToKeep = opts.maxToKeep ?? 5;
  }

  /** Saves every variable's value; returns the checkpoint path (`path-step` with a global step). */
  save(sess: Session, savePath: string, globalStep?: number | null): string {
    const path = globalStep === undefined || globalStep === null ? savePath : `${savePath}-${globalStep}`;
    const values: Checkpoint = new Map();
    for (const [key, v] of this.vars) {
      const value = sess.variables.get(v.op.name);
      if (!value) throw new OpError('FailedPreconditionError', `Attempting to use uninitialized value ${v.op.name}`, `save/SaveV2`, 'SaveV2');
      values.set(key, value.clone());
    }
    checkpoints.set(path, values);
    this.kept = this.kept.filter(p => p !== path).concat(path);
    while (this.maxToKeep > 0 && this.kept.length > this.maxToKeep) checkpoints.delete(this.kept.shift()!);
    const dir = dirname(savePath);
    checkpointState.set(dir, (checkpointState.get(dir) ?? []).filter(p => p !== path && checkpoints.has(p)).concat(path));
    return path;
  }

  restore(sess: Session, savePath: string | null): void {
    if (savePath === null) throw valueError("Can't load save_path when it is None.");
    const values = checkpoints.get(savePath);
    if (!values) throw valueError(`The passed save_path is not a valid checkpoint: ${savePath}`);
    for (const [key, v] of this.vars) {
      const value = values.get(key);
      if (!value) throw new OpError('NotFoundError', `Key ${key} not found in checkpoint`, 'save/RestoreV2', 'RestoreV2');
      sess.runtime.setVariable(v.op.name, value);
    }
  }

  get lastCheckpoints(): string[] { return this.kept.slice(); }
}

/** tf.train.latest_checkpoint(dir): the newest checkpoint saved into `dir`, or null. */
export function latestCheckpoint(dir: string): string | null {
  const list = checkpointState.get(dir.replace(/\/+$/, '') || '.');
  return list && list.length ? list[list.length - 1] : null;
}

export function clearCheckpoints(): void { checkpoints.clear(); checkpointState.clear(); }
void typeError;
