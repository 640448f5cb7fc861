// Importing this module registers every gradient family.
export { gradients } from './gradients';
export { registerGradient, registerNotDifferentiable, getGradient, hasGradientEntry } from './registry';
