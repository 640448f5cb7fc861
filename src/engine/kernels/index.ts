// Importing this module registers every kernel family.
import './math';
import './array';
import './nn';
export { registeredKernels, getKernel } from './registry';
