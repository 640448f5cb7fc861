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
import { ACTIVATIONS } from './nn/activations';
import { SOFTMAX } from './nn/softmax';
import { XENT } from './nn/xent';
import { BIAS_ADD } from './nn/bias_add';
import { L2_LOSS } from './nn/l2_loss';
import { IN_TOP_K } from './nn/in_top_k';
import { POOLING } from './nn/pooling_api';
import { NN_MISC } from './nn/misc';
import { LOSSES } from './nn/losses';
import { TOP_K } from './nn/top_k';
import { NORMALIZATION } from './nn/normalization';
import { LRN_GROUP } from './nn/lrn';
import { DEPTHWISE } from './nn/depthwise_api';

export const OP_GROUPS: readonly OpGroup[] = [
  MATMUL,
  UNARY_MATH,
  UNARY_GRAD_HELPERS,
  CONV2D,
  SOFTSIGN,
  ACTIVATIONS,
  SOFTMAX,
  XENT,
  BIAS_ADD,
  L2_LOSS,
  IN_TOP_K,
  POOLING,
  NN_MISC,
  LOSSES,
  TOP_K,
  NORMALIZATION,
  LRN_GROUP,
  DEPTHWISE,
];
