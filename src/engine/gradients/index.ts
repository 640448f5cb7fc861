// Importing this module registers every gradient family.
export { gradients, gradientsKeepingSlices, buildGradients, aggregateGradients } from './gradients';
export type { Gradient } from './gradients';
export { registerGradient, registerNotDifferentiable, getGradient, hasGradientEntry } from './registry';
