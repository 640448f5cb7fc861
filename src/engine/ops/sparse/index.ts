// The sparse family's groups (SparseTensor ops and the Python functions composed from them).
import type { OpGroup } from '../op_def';
import { SPARSE_REDUCE } from './reduce';
import { SPARSE_DENSE_MATMUL } from './dense_matmul';
import { SPARSE_PLACEHOLDER } from './placeholder';
import { SPARSE_EMBEDDING } from './embedding';

export const SPARSE_OP_GROUPS: readonly OpGroup[] = [SPARSE_REDUCE, SPARSE_DENSE_MATMUL, SPARSE_PLACEHOLDER, SPARSE_EMBEDDING];
