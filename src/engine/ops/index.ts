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
import { CONST } from './control/const';
import { PLACEHOLDER } from './control/placeholder';
import { IDENTITY } from './control/identity';
import { GROUP } from './control/group';
import { COND } from './control/cond';
import { VARIABLE_V2 } from './state/variable_v2';
import { ASSIGN } from './state/assign';
import { SCATTER } from './state/scatter';
import { IS_VARIABLE_INITIALIZED } from './state/is_initialized';
import { TRAINING_OP_GROUPS } from './training/index';
import { SEED } from './random/seed';
import { SAMPLERS } from './random/samplers';
import { UNIFORM_INT } from './random/uniform_int';
import { SHUFFLE } from './random/shuffle';
import { MULTINOMIAL } from './random/multinomial';
import { GAMMA } from './random/gamma';

export const OP_GROUPS: readonly OpGroup[] = [
  MATMUL,
  UNARY_MATH,
  UNARY_GRAD_HELPERS,
  CONV2D,
  SOFTSIGN,
  CONST,
  PLACEHOLDER,
  IDENTITY,
  GROUP,
  COND,
  VARIABLE_V2,
  ASSIGN,
  SCATTER,
  IS_VARIABLE_INITIALIZED,
  ...TRAINING_OP_GROUPS,
  SEED,
  SAMPLERS,
  UNIFORM_INT,
  SHUFFLE,
  MULTINOMIAL,
  GAMMA,
];
