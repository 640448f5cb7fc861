// Importing this module registers every kernel family.
import './control';
import './state';
import './random';
import './training';
export { registeredKernels, getKernel } from './registry';
