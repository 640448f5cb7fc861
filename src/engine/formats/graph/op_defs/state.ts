// Random numbers and the Saver's ops (core/ops/{random,io}_ops.cc, TF 1.15). Variables, updates and
// control ops carry their rows in their definitions (ops/state, ops/training, ops/control).
import { op, OpSpec } from './op_spec';

const RANDOM_ATTRS = 'seed: int = 0; seed2: int = 0; dtype: type; T: type';

export const STATE_OPS: OpSpec[] = [
  op('RandomStandardNormal', 'shape: T', 'output: dtype', RANDOM_ATTRS, { stateful: true }),
  op('RandomUniform', 'shape: T', 'output: dtype', RANDOM_ATTRS, { stateful: true }),
  op('TruncatedNormal', 'shape: T', 'output: dtype', RANDOM_ATTRS, { stateful: true }),
  op('RandomUniformInt', 'shape: T, minval: Tout, maxval: Tout', 'output: Tout', 'seed: int = 0; seed2: int = 0; Tout: type; T: type', { stateful: true }),
  op('RandomShuffle', 'value: T', 'output: T', 'seed: int = 0; seed2: int = 0; T: type', { stateful: true }),
  // The Saver's graph (written into .meta files for real TF; Gradbook has no kernels for them yet).
  op('SaveV2', 'prefix: string, tensor_names: string, shape_and_slices: string, tensors: L:dtypes', '', 'dtypes: list(type) >= 1', { stateful: true }),
  op('RestoreV2', 'prefix: string, tensor_names: string, shape_and_slices: string', 'tensors: L:dtypes', 'dtypes: list(type) >= 1', { stateful: true }),
];
