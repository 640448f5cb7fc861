// Importing this module registers every kernel family.
import './math';
import './array';
import './nn';
import './random';
import './training';
export { registeredKernels, getKernel } from './registry';
