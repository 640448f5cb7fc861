// Importing this module registers every kernel family.
import './math';
import './array';
import './nn';
import './random';
export { registeredKernels, getKernel } from './registry';
