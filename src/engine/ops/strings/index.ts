// The string op groups, listed once in ops/index.ts.
import type { OpGroup } from '../op_def';
import { STRING_OPS } from './string_ops';
import { DECODE_CSV } from './decode_csv';
import { STRING_SPLIT } from './split';
import { DECODE_RAW } from './decode_raw';
import { PARSE_EXAMPLE } from './parse_example';
import { STRING_HASH_BUCKET } from './hash_bucket';

export const STRING_OP_GROUPS: readonly OpGroup[] = [STRING_OPS, DECODE_CSV, STRING_SPLIT, DECODE_RAW, PARSE_EXAMPLE, STRING_HASH_BUCKET];
