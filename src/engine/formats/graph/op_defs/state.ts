// Variables, optimizer updates, random numbers and control ops (core/ops/{state,training,
// random,no_op,io}_ops.cc, TF 1.15).
import { op, OpSpec } from './op_spec';

const apply = (name: string, refs: string[], values: string[], extra = '') =>
  op(name, [...refs.map(r => `${r}: Ref(T)`), ...values.map(v => `${v}: T`)].join(', '), 'out: Ref(T)',
    `T: type; use_locking: bool = false${extra}`);
const RANDOM_ATTRS = 'seed: int = 0; seed2: int = 0; dtype: type; T: type';

export const STATE_OPS: OpSpec[] = [
  apply('ApplyGradientDescent', ['var'], ['alpha', 'delta']),
  apply('ApplyProximalGradientDescent', ['var'], ['alpha', 'l1', 'l2', 'delta']),
  apply('ApplyMomentum', ['var', 'accum'], ['lr', 'grad', 'momentum'], '; use_nesterov: bool = false'),
  apply('ApplyAdam', ['var', 'm', 'v'], ['beta1_power', 'beta2_power', 'lr', 'beta1', 'beta2', 'epsilon', 'grad'], '; use_nesterov: bool = false'),
  apply('ApplyAdagrad', ['var', 'accum'], ['lr', 'grad'], '; update_slots: bool = true'),
  apply('ApplyProximalAdagrad', ['var', 'accum'], ['lr', 'l1', 'l2', 'grad']),
  apply('ApplyAdadelta', ['var', 'accum', 'accum_update'], ['lr', 'rho', 'epsilon', 'grad']),
  apply('ApplyRMSProp', ['var', 'ms', 'mom'], ['lr', 'rho', 'momentum', 'epsilon', 'grad']),
  apply('ApplyCenteredRMSProp', ['var', 'mg', 'ms', 'mom'], ['lr', 'rho', 'momentum', 'epsilon', 'grad']),
  apply('ApplyFtrl', ['var', 'accum', 'linear'], ['grad', 'lr', 'l1', 'l2', 'lr_power']),
  apply('ApplyFtrlV2', ['var', 'accum', 'linear'], ['grad', 'lr', 'l1', 'l2', 'l2_shrinkage', 'lr_power']),
  op('RandomStandardNormal', 'shape: T', 'output: dtype', RANDOM_ATTRS, { stateful: true }),
  op('RandomUniform', 'shape: T', 'output: dtype', RANDOM_ATTRS, { stateful: true }),
  op('TruncatedNormal', 'shape: T', 'output: dtype', RANDOM_ATTRS, { stateful: true }),
  op('RandomUniformInt', 'shape: T, minval: Tout, maxval: Tout', 'output: Tout', 'seed: int = 0; seed2: int = 0; Tout: type; T: type', { stateful: true }),
  op('RandomShuffle', 'value: T', 'output: T', 'seed: int = 0; seed2: int = 0; T: type', { stateful: true }),
  // The Saver's graph (written into .meta files for real TF; Gradbook has no kernels for them yet).
  op('SaveV2', 'prefix: string, tensor_names: string, shape_and_slices: string, tensors: L:dtypes', '', 'dtypes: list(type) >= 1', { stateful: true }),
  op('RestoreV2', 'prefix: string, tensor_names: string, shape_and_slices: string', 'tensors: L:dtypes', 'dtypes: list(type) >= 1', { stateful: true }),
];
