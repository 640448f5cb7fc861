// Importing this module registers every gradient family.
import './families/math';
import './families/array';
import './families/nn';
export { gradients } from './gradients';
export { registerGradient, registerNotDifferentiable, getGradient, hasGradientEntry } from './registry';
