// The training family: the Apply* ops optimizers build (tf1-semantics §5.2), by optimizer.
import type { OpGroup } from '../op_def';
import { GRADIENT_DESCENT_OPS } from './gradient_descent';
import { MOMENTUM_OPS } from './momentum';
import { ADAM_OPS } from './adam';
import { ADAGRAD_OPS } from './adagrad';
import { RMSPROP_OPS } from './rmsprop';
import { ADADELTA_OPS } from './adadelta';
import { FTRL_OPS } from './ftrl';

export const TRAINING_OP_GROUPS: readonly OpGroup[] = [GRADIENT_DESCENT_OPS, MOMENTUM_OPS, ADAM_OPS, ADAGRAD_OPS, RMSPROP_OPS, ADADELTA_OPS, FTRL_OPS];

/** Op types of every update op (each is marked not differentiable). */
export const APPLY_OP_TYPES = TRAINING_OP_GROUPS.flatMap(g => g.ops.map(d => d.type));
