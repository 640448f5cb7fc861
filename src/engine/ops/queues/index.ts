// The queue and reader op groups, listed once in ops/index.ts; builders for the Python classes.
import type { OpGroup } from '../op_def';
import { QUEUE_OPS } from './queue_ops';
import { READER_OPS } from './reader_ops';

export { queueOps } from './queue_ops';
export { readerOps } from './reader_ops';
export const QUEUE_OP_GROUPS: readonly OpGroup[] = [QUEUE_OPS, READER_OPS];
