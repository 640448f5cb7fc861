// The kernel registry's lookups (ops register through ops/index.ts, not by importing this).
export { registeredKernels, getKernel } from './registry';
