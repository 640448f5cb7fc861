// tf.gradients and the gradient registry's lookups (ops register through ops/index.ts).
export { gradients, gradientsKeepingSlices, buildGradients, aggregateGradients } from './gradients';
export type { Gradient } from './gradients';
export { registerGradient, registerNotDifferentiable, getGradient, hasGradientEntry } from './registry';
