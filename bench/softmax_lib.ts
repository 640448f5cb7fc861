// The seed softmax step and the thread pool as a library, for bench/softmax_trees_ab.ts (two trees'
// bundles in one process; issue 15, wave 14).
export { softmaxStep } from './step_workloads';
export { installThreadPool } from '../src/worker/threadPool';
