// tf.train.load_checkpoint / list_variables / load_variable / init_from_checkpoint
// (checkpoint_utils.py): reading checkpoints by directory or prefix, and initializing variables
// from one instead of their initializers.
import { Variable } from '../variables/variable';
import { variableStore } from '../variables/variable_scope';
import { getDefaultGraph } from '../graph/default_graph';
import type { FileSystem } from '../io/file_system';
import type { NDArray } from '../ndarray';
import { formatShapePy } from '../shape';
import { valueError } from '../errors';
import { CheckpointReader, latestCheckpoint } from '../formats';
import { constant } from '../ops/builder';
import { Assign } from '../ops/state/assign';

/** A checkpoint prefix from a directory (its latest checkpoint) or a prefix. */
export function checkpointFilename(fs: FileSystem, ckptDirOrFile: string): string | null {
  if (fs.exists(ckptDirOrFile) && fs.stat(ckptDirOrFile).isDirectory) return latestCheckpoint(fs, ckptDirOrFile);
  return ckptDirOrFile;
}

/** tf.train.load_checkpoint: a reader of the checkpoint. */
export function loadCheckpoint(fs: FileSystem, ckptDirOrFile: string): CheckpointReader {
  const file = checkpointFilename(fs, ckptDirOrFile);
  if (file === null) throw valueError(`Couldn't find 'checkpoint' file or checkpoints in given directory ${ckptDirOrFile}`);
  return CheckpointReader.open(fs, file);
}

/** tf.train.list_variables: (name, shape) pairs, sorted by name. */
export function listVariables(fs: FileSystem, ckptDirOrFile: string): Array<[string, number[]]> {
  const map = loadCheckpoint(fs, ckptDirOrFile).shapeMap();
  return [...map.keys()].sort().map(k => [k, map.get(k)!]);
}

/** tf.train.load_variable: one tensor's value. */
export function loadVariable(fs: FileSystem, ckptDirOrFile: string, name: string): NDArray {
  // TF accepts a variable name with its ":0".
  return loadCheckpoint(fs, ckptDirOrFile).read(name.endsWith(':0') ? name.slice(0, -2) : name);
}

export type AssignmentTarget = string | Variable | Variable[];

/**
 * tf.train.init_from_checkpoint: each mapped variable's initializer becomes an Assign of the
 * checkpoint's value (checked against the variable's shape), so the usual initializer op loads
 * the checkpoint. Keys ending in '/' map a checkpoint scope onto a variable scope ('/' is the root).
 */
export function initFromCheckpoint(fs: FileSystem, ckptDirOrFile: string, assignmentMap: Array<[string, AssignmentTarget]>): void {
  const reader = loadCheckpoint(fs, ckptDirOrFile);
  const shapes = reader.shapeMap();
  const store = variableStore(getDefaultGraph());
  const load = (vars: Variable[], tensorName: string) => {
    for (const v of vars) setCheckpointInitializer(v, reader.read(tensorName));
  };
  for (const [inCkpt, target] of assignmentMap.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const vars = target instanceof Variable ? [target] : Array.isArray(target) ? target : store.has(target) ? [store.get(target)!] : null;
    if (vars) {
      const shape = shapes.get(inCkpt);
      if (!shape) throw valueError(`Tensor ${inCkpt} is not found in ${ckptDirOrFile} checkpoint ${shapeMapRepr(shapes)}`);
      for (const v of vars) {
        if (v.shape !== null && (v.shape.length !== shape.length || v.shape.some((d, i) => d !== null && d !== shape[i]))) {
          throw valueError(`Shape of variable ${v.name} (${formatShapePy(v.shape)}) doesn't match with shape of tensor ${inCkpt} (${formatShapePy(shape)}) from checkpoint reader.`);
        }
      }
      load(vars, inCkpt);
      continue;
    }
    const current = target as string;
    const scopes = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) : '';
    if (!inCkpt.endsWith('/')) {
      throw valueError(`Assignment map with scope only name ${scopes} should map to scope only ${inCkpt}. Should be 'scope/': 'other_scope/'.`);
    }
    for (const varName of [...store.keys()].filter(n => !scopes || n.startsWith(`${scopes}/`)).sort()) {
      let full = varName.slice(scopes.length);
      if (current !== '/') full = full.slice(1);
      if (inCkpt !== '/') full = inCkpt + full;
      if (full.endsWith('/')) full = full.slice(0, -1);
      if (!shapes.has(full)) throw valueError(`Tensor ${full} (${varName.slice(scopes.length + 1)} in ${inCkpt}) is not found in ${ckptDirOrFile} checkpoint`);
      load([store.get(varName)!], full);
    }
  }
}

function setCheckpointInitializer(v: Variable, value: NDArray): void {
  const g = v.graph;
  g.withControlDependencies(null, () => {
    const restored = constant(value.dtype === v.dtype ? value : value.astype(v.dtype), v.dtype, 'checkpoint_initializer');
    v.initializer = Assign.make([v.ref, restored], { validate_shape: true, use_locking: true }, 'Assign');
    v.initialValue = restored;
  });
}

const shapeMapRepr = (m: Map<string, number[]>) => `{${[...m].map(([k, s]) => `'${k}': [${s.join(', ')}]`).join(', ')}}`;
