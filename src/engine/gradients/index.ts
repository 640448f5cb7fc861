// Importing this module registers every gradient family.
import './families/control';
import './families/math';
import './families/array';
import './families/nn';
import './families/random';
import './families/training';
export { gradients, gradientsKeepingSlices, buildGradients, aggregateGradients } from './gradients';
export type { Gradient } from './gradients';
export { registerGradient, registerNotDifferentiable, getGradient, hasGradientEntry } from './registry';
