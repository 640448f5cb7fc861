// Every op definition, by group: the one list that registers ops (registerOps, called once by
// src/engine/index.ts). Adding an op = its definition file, one line here, its test.
// Families not yet migrated still register through kernels/<family> and gradients/families
// (see docs/ENGINE.md, "Migrating a family").
import type { OpGroup } from './op_def';
import { MATMUL } from './math/matmul';
import { UNARY_MATH } from './math/unary';
import { UNARY_GRAD_HELPERS } from './math/unary_grads';
import { CONV2D } from './nn/conv2d';
import { SOFTSIGN } from './nn/softsign';
import { CONTROL_FLOW_FRAMES } from './control_flow/frames';
import { TENSOR_ARRAY_OPS } from './control_flow/tensor_array';
import { RECORDED_OPS } from './control_flow/recorded';
import { REVERSE_OPS } from './rnn/reverse';
import { SCATTER_OPS } from './sparse/scatter';
import { EMBEDDING_API } from './rnn/embedding';
import { CANDIDATE_SAMPLERS } from './rnn/candidate_sampler';
import { SAMPLED_LOSSES } from './rnn/sampled_losses';

export const OP_GROUPS: readonly OpGroup[] = [
  MATMUL,
  UNARY_MATH,
  UNARY_GRAD_HELPERS,
  CONV2D,
  SOFTSIGN,
  CONTROL_FLOW_FRAMES,
  TENSOR_ARRAY_OPS,
  RECORDED_OPS,
  REVERSE_OPS,
  SCATTER_OPS,
  EMBEDDING_API,
  CANDIDATE_SAMPLERS,
  SAMPLED_LOSSES,
];
