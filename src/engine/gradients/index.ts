// Importing this module registers every gradient family.
import './families/math';
import './families/array';
import './families/nn';
import './families/random';
export { gradients } from './gradients';
export { registerGradient, registerNotDifferentiable, getGradient, hasGradientEntry } from './registry';
