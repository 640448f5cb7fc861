// Math ops (core/ops/math_ops.cc, TF 1.15).
import { op, OpSpec } from './op_spec';

const unary = (names: string[]) => names.map(n => op(n, 'x: T', 'y: T', 'T: type'));
const unaryGrad = (names: string[]) => names.map(n => op(n, 'y: T, dy: T', 'z: T', 'T: type'));
const binary = (names: string[], commutative = false) => names.map(n => op(n, 'x: T, y: T', 'z: T', 'T: type', { commutative }));
const compare = (names: string[]) => names.map(n => op(n, 'x: T, y: T', 'z: bool', 'T: type'));
const reduction = (names: string[]) =>
  names.map(n => op(n, 'input: T, reduction_indices: Tidx', 'output: T', 'keep_dims: bool = false; T: type; Tidx: type = int32'));

export const MATH_OPS: OpSpec[] = [
  ...unary(['Abs', 'Ceil', 'Cos', 'Exp', 'Floor', 'Log', 'Log1p', 'Neg', 'Reciprocal', 'Round', 'Rsqrt', 'Sigmoid', 'Sign', 'Sin', 'Sqrt', 'Square', 'Tanh']),
  ...unaryGrad(['SqrtGrad', 'RsqrtGrad', 'TanhGrad', 'SigmoidGrad', 'ReciprocalGrad']),
  ...binary(['Add', 'AddV2', 'Mul', 'SquaredDifference', 'Maximum', 'Minimum'], true),
  ...binary(['Sub', 'Div', 'RealDiv', 'FloorDiv', 'FloorMod', 'Pow']),
  ...compare(['Greater', 'GreaterEqual', 'Less', 'LessEqual']),
  ...['Equal', 'NotEqual'].map(n => op(n, 'x: T, y: T', 'z: bool', 'T: type; incompatible_shape_error: bool = true', { commutative: true })),
  op('LogicalNot', 'x: bool', 'y: bool'),
  op('LogicalAnd', 'x: bool, y: bool', 'z: bool', '', { commutative: true }),
  op('LogicalOr', 'x: bool, y: bool', 'z: bool', '', { commutative: true }),
  op('AddN', 'inputs: N * T', 'sum: T', 'N: int >= 1; T: type', { commutative: true }),
  op('MatMul', 'a: T, b: T', 'product: T', 'transpose_a: bool = false; transpose_b: bool = false; T: type'),
  op('BatchMatMul', 'x: T, y: T', 'output: T', 'T: type; adj_x: bool = false; adj_y: bool = false'),
  ...reduction(['Sum', 'Mean', 'Prod', 'Min', 'Max']),
  ...['ArgMax', 'ArgMin'].map(n => op(n, 'input: T, dimension: Tidx', 'output: output_type', 'T: type; Tidx: type = int32; output_type: type = int64')),
  op('Cast', 'x: SrcT', 'y: DstT', 'SrcT: type; DstT: type; Truncate: bool = false'),
  op('Select', 'condition: bool, t: T, e: T', 'output: T', 'T: type'),
  ...['Cumsum', 'Cumprod'].map(n => op(n, 'x: T, axis: Tidx', 'out: T', 'exclusive: bool = false; reverse: bool = false; T: type; Tidx: type = int32')),
  op('Range', 'start: Tidx, limit: Tidx, delta: Tidx', 'output: Tidx', 'Tidx: type = int32'),
  op('UnsortedSegmentSum', 'data: T, segment_ids: Tindices, num_segments: Tnumsegments', 'output: T', 'T: type; Tindices: type; Tnumsegments: type = int32'),
  // TF computes math_ops.reduced_shape from several ops; Gradbook folds it into one.
  op('ReducedShape', 'input_shape: T, axes: Taxes', 'output: T', 'T: type; Taxes: type', { gradbookOnly: true }),
];
