// Kernels of the training family: the Apply* ops optimizers build (tf1-semantics §5.2).
import './gradient_descent';
import './momentum';
import './adam';
import './adagrad';
import './rmsprop';
import './adadelta';
import './ftrl';

/** Op types of every update kernel (the gradient family marks them not differentiable). */
export const APPLY_OP_TYPES = [
  'ApplyGradientDescent', 'ApplyProximalGradientDescent', 'ApplyMomentum', 'ApplyAdam',
  'ApplyAdagrad', 'ApplyProximalAdagrad', 'ApplyRMSProp', 'ApplyCenteredRMSProp',
  'ApplyAdadelta', 'ApplyFtrl', 'ApplyFtrlV2',
] as const;
