// Constants and placeholders (core/ops/array_ops.cc, TF 1.15); the array and math ops carry
// their rows in their definitions (src/engine/ops/).
import { op, OpSpec } from './op_spec';

export const ARRAY_OPS: OpSpec[] = [
  op('Const', '', 'output: dtype', 'value: tensor; dtype: type'),
  op('Placeholder', '', 'output: dtype', 'dtype: type; shape: shape = ?'),
  op('PlaceholderWithDefault', 'input: dtype', 'output: dtype', 'dtype: type; shape: shape'),
];
