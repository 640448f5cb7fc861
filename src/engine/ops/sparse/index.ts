// The sparse family's groups (SparseTensor ops and the Python functions composed from them).
import type { OpGroup } from '../op_def';
import { SPARSE_REDUCE } from './reduce';
import { SPARSE_DENSE_MATMUL } from './dense_matmul';
import { SPARSE_PLACEHOLDER } from './placeholder';
import { SAFE_EMBEDDING, SPARSE_EMBEDDING } from './embedding';
import { SPARSE_REORDER } from './reorder';
import { SPARSE_RESHAPE } from './reshape';
import { SPARSE_ADD } from './add';
import { SPARSE_CONCAT } from './concat';
import { SPARSE_SOFTMAX } from './softmax';
import { SPARSE_FILL_EMPTY_ROWS } from './fill_empty_rows';
import { SPARSE_SLICE } from './slice';
import { SPARSE_SPLIT } from './split';
import { SPARSE_CWISE } from './cwise';
import { SPARSE_RETAIN } from './retain';
import { SPARSE_TRANSPOSE } from './transpose';
import { SPARSE_MERGE } from './merge';
import { SPARSE_MAXIMUM } from './maximum';
import { SPARSE_EXPAND_EYE } from './expand_eye';
import { EDIT_DISTANCE } from './edit_distance';
import { SPARSE_CROSS } from './cross';

export const SPARSE_OP_GROUPS: readonly OpGroup[] = [
  SPARSE_REDUCE, SPARSE_DENSE_MATMUL, SPARSE_PLACEHOLDER, SPARSE_EMBEDDING, SAFE_EMBEDDING, SPARSE_REORDER, SPARSE_RESHAPE, SPARSE_ADD, SPARSE_CONCAT,
  SPARSE_SOFTMAX, SPARSE_FILL_EMPTY_ROWS, SPARSE_SLICE, SPARSE_SPLIT, SPARSE_CWISE, SPARSE_RETAIN, SPARSE_TRANSPOSE, SPARSE_MERGE, SPARSE_MAXIMUM, SPARSE_EXPAND_EYE, EDIT_DISTANCE,
  SPARSE_CROSS,
];
