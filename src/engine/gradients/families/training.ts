// Training updates have no gradient: they are effects on variables, never part of a loss.
import { registerNotDifferentiable } from '../registry';
import { APPLY_OP_TYPES } from '../../kernels/training';

registerNotDifferentiable(...APPLY_OP_TYPES);
