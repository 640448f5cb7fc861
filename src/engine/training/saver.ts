// tf.train.Saver (tf1-semantics §7.5, tf1-formats §4–6): TensorFlow's own checkpoint files through
// a FileSystem — `<prefix>.index` + `<prefix>.data-00000-of-00001`, the `checkpoint` state file,
// `<prefix>.meta` — so real TF restores what Gradbook saves and the other way round. Keys are the
// variables' op names (or the dict keys of var_list). The Saver's graph nodes (save/SaveV2, ...)
// are written into exported MetaGraphDefs for real TF; here the values move directly between the
// session's variable storage and the files.
import { Variable } from '../variables/variable';
import type { Graph } from '../graph/graph';
import { getDefaultGraph } from '../graph/default_graph';
import { GraphKeys } from '../graph/graph_keys';
import type { Session } from '../session/session';
import type { NDArray } from '../ndarray';
import type { FileSystem } from '../io/file_system';
import { cppDTypeName } from '../dtypes';
import { formatShapeCpp } from '../shape';
import { OpError, valueError } from '../errors';
import {
  buildMetaGraphDef, CheckpointKeeper, CheckpointReader, checkpointExists, encodeMetaGraphDef, metaGraphDefToText, saveCheckpoint, saverDef,
} from '../formats';
import type { MetaGraphDefProto, SaverDefProto } from '../formats';
import { writeAtomically } from '../formats/checkpoint/bundle_writer';
import { globalStep as readGlobalStep } from './training_util';

export interface SaverOptions {
  /** Variables to save: a list (keys are op names) or a map key → variable. Default: all global variables. */
  varList?: Variable[] | Record<string, Variable> | null;
  /** Default 5. 0 or null deletes nothing and lists only the newest checkpoint in the state file. */
  maxToKeep?: number | null;
  keepCheckpointEveryNHours?: number;
  name?: string | null;
  allowEmpty?: boolean;
  padStepNumber?: boolean;
  saveRelativePaths?: boolean;
  /** The default save/restore path when none is given (TF's `filename`). */
  filename?: string | null;
  /** Seconds since the epoch, for tests of keep_checkpoint_every_n_hours. */
  now?: () => number;
}

export interface SaveOptions {
  globalStep?: number | Variable | import('../graph/tensor').Tensor | null;
  latestFilename?: string | null;
  metaGraphSuffix?: string;
  writeMetaGraph?: boolean;
  writeState?: boolean;
}

/** Saver keys → variables, with TF's duplicate check. */
function savedVariables(g: Graph, varList: SaverOptions['varList']): Map<string, Variable> {
  const list = varList ?? (g.getCollection(GraphKeys.GLOBAL_VARIABLES) as Variable[]);
  const out = new Map<string, Variable>();
  if (!Array.isArray(list)) {
    for (const [k, v] of Object.entries(list)) out.set(k, v);
    return out;
  }
  for (const v of list) {
    if (!(v instanceof Variable)) throw valueError(`Variable to save is not a Variable: ${String(v)}`);
    if (out.has(v.op.name)) throw valueError(`At least two variables have the same name: ${v.op.name}`);
    out.set(v.op.name, v);
  }
  return out;
}

export class Saver {
  readonly variables: Map<string, Variable>;
  readonly graph: Graph;
  readonly maxToKeep: number;
  readonly keepCheckpointEveryNHours: number;
  /** The name scope of the Saver's nodes in exported graphs (`save`, `save_1`, ...). */
  readonly scope: string;
  readonly keeper: CheckpointKeeper;
  private readonly opts: SaverOptions;

  constructor(opts: SaverOptions = {}) {
    this.opts = opts;
    this.graph = getDefaultGraph();
    this.variables = savedVariables(this.graph, opts.varList);
    if (this.variables.size === 0 && !opts.allowEmpty) throw valueError('No variables to save');
    this.maxToKeep = opts.maxToKeep === undefined ? 5 : opts.maxToKeep ?? 0;
    this.keepCheckpointEveryNHours = opts.keepCheckpointEveryNHours ?? 10000;
    // TF builds the Saver's ops in name_scope(name, "save"): reserve the scope so a second Saver is save_1.
    const ns = this.graph.enterNameScope(opts.name ?? null, 'save');
    this.scope = ns.scope.replace(/\/$/, '');
    ns.exit();
    this.keeper = new CheckpointKeeper({ maxToKeep: this.maxToKeep, keepCheckpointEveryNHours: this.keepCheckpointEveryNHours, now: this.now() });
  }

  private now(): number { return this.opts.now ? this.opts.now() : Date.now() / 1000; }
  get isEmpty(): boolean { return this.variables.size === 0; }

  get saverDef(): SaverDefProto {
    return saverDef({ scope: this.scope, maxToKeep: this.maxToKeep, keepCheckpointEveryNHours: this.keepCheckpointEveryNHours });
  }

  /** The values to write, read from the session (TF's SaveV2 fails on an uninitialized variable). */
  private values(sess: Session): Map<string, NDArray> {
    const out = new Map<string, NDArray>();
    for (const [key, v] of this.variables) {
      const value = sess.variables.get(v.op.name);
      if (!value) throw new OpError('FailedPreconditionError', `Attempting to use uninitialized value ${v.op.name}`, `${this.scope}/SaveV2`, 'SaveV2');
      out.set(key, value);
    }
    return out;
  }

  /** Saver.save: returns the checkpoint prefix (`save_path-<step>` with a global step), or null when empty. */
  save(fs: FileSystem, sess: Session, savePath: string | null, opts: SaveOptions = {}): string | null {
    const path = savePath ?? this.opts.filename ?? null;
    if (path === null) throw valueError("Can't save: save_path is None and the Saver has no default filename.");
    if (this.isEmpty) return null;
    const gs = opts.globalStep;
    const step = gs === undefined || gs === null ? null : typeof gs === 'number' ? gs : readGlobalStep(sess, gs);
    const writeMeta = opts.writeMetaGraph ?? true;
    return saveCheckpoint({
      fs, savePath: path, tensors: this.values(sess), keeper: this.keeper, globalStep: step, padStepNumber: this.opts.padStepNumber,
      latestFilename: opts.latestFilename, metaGraphSuffix: opts.metaGraphSuffix, writeState: opts.writeState,
      saveRelativePaths: this.opts.saveRelativePaths, now: this.now(),
      metaGraph: writeMeta ? () => encodeMetaGraphDef(this.metaGraphDef(sess.graph)) : null,
    });
  }

  /** Saver.restore: every variable from the checkpoint at `savePath`, with TF's errors. */
  restore(fs: FileSystem, sess: Session, savePath: string | null): void {
    if (this.isEmpty) return;
    const path = savePath ?? this.opts.filename ?? null;
    if (path === null) throw valueError("Can't load save_path when it is None.");
    if (!checkpointExists(fs, path)) throw valueError(`The passed save_path is not a valid checkpoint: ${path}`);
    const reader = CheckpointReader.open(fs, path);
    const restoreOp = `${this.scope}/RestoreV2`;
    const loaded = new Map<Variable, NDArray>();
    for (const [key, v] of this.variables) {
      if (!reader.has(key)) {
        throw restoreError('NotFoundError', 'a Variable name or other graph key that is missing', `Key ${key} not found in checkpoint`, restoreOp);
      }
      const info = reader.info(key);
      if (info.dtype !== v.dtype) {
        throw restoreError('InvalidArgumentError', 'a mismatch between the current graph and the graph',
          `tensor_name = ${key}; expected dtype ${cppDTypeName(v.dtype)} does not equal original dtype ${cppDTypeName(info.dtype)}`, restoreOp);
      }
      const shape = v.shape;
      if (shape !== null && (shape.length !== info.shape.length || shape.some((d, i) => d !== null && d !== info.shape[i]))) {
        throw restoreError('InvalidArgumentError', 'a mismatch between the current graph and the graph',
          `Assign requires shapes of both tensors to match. lhs shape= ${formatShapeCpp(shape)} rhs shape= ${formatShapeCpp(info.shape)}`, `${this.scope}/Assign`);
      }
      loaded.set(v, reader.read(key));
    }
    // All or nothing: values are set only once every key was found and matched.
    for (const [v, value] of loaded) sess.runtime.setVariable(v.op.name, value);
  }

  /** The MetaGraphDef `save` writes and export_meta_graph returns. */
  metaGraphDef(graph: Graph = this.graph, collectionKeys?: string[] | null): MetaGraphDefProto {
    return buildMetaGraphDef(graph, {
      saverDef: this.saverDef, saverScope: this.scope, collectionKeys: collectionKeys ?? undefined,
      saverVariables: [...this.variables].map(([key, v]) => ({ key, opName: v.op.name, dtype: v.dtype })),
    });
  }

  /** Saver.export_meta_graph: writes `filename` (binary, or text) when given; returns the proto. */
  exportMetaGraph(fs: FileSystem, filename: string | null, opts: { asText?: boolean; collectionKeys?: string[] | null } = {}): MetaGraphDefProto {
    const meta = this.metaGraphDef(this.graph, opts.collectionKeys);
    if (filename) writeMetaGraphFile(fs, filename, meta, opts.asText ?? false);
    return meta;
  }

  get lastCheckpoints(): string[] { return this.keeper.lastCheckpoints; }
  /** set_last_checkpoints_with_time / recover_last_checkpoints. */
  setLastCheckpointsWithTime(list: Array<[string, number]>): void { this.keeper.setLastCheckpointsWithTime(list); }
}

/** TF's _wrap_restore_error_with_msg around the op's own error. */
function restoreError(cls: 'NotFoundError' | 'InvalidArgumentError', cause: string, original: string, node: string): OpError {
  const message = `Restoring from checkpoint failed. This is most likely due to ${cause} from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:\n\n${original}\n\t [[node ${node}]]`;
  return new OpError(cls, message, null, cls === 'NotFoundError' ? 'RestoreV2' : 'Assign');
}

/** A MetaGraphDef file, written atomically (binary, or text with as_text). */
export function writeMetaGraphFile(fs: FileSystem, filename: string, meta: MetaGraphDefProto, asText: boolean): void {
  const slash = filename.lastIndexOf('/');
  if (slash > 0) fs.makeDirs(filename.slice(0, slash));
  const bytes = asText ? new TextEncoder().encode(metaGraphDefToText(meta)) : encodeMetaGraphDef(meta);
  writeAtomically(fs, filename, bytes, `.tmp${Math.random().toString(16).slice(2)}`);
}
