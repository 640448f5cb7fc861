// Importing this module registers every kernel family.
export { registeredKernels, getKernel } from './registry';
