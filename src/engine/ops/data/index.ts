// The tf.data op groups, listed once in ops/index.ts; builders for the Python Dataset classes.
import type { OpGroup } from '../op_def';
import { DATASET_OPS } from './dataset_ops';
import { ITERATOR_OPS } from './iterator_ops';

export { datasetOps } from './dataset_ops';
export { iteratorOps } from './iterator_ops';
export const DATA_OP_GROUPS: readonly OpGroup[] = [DATASET_OPS, ITERATOR_OPS];
