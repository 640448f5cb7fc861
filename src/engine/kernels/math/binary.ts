// Binary elementwise ops with broadcasting: one table row each (tf1-semantics §3.2, §3.5).
// `int` is the expression for integer dtypes where it differs (C-style truncating division;
// int64 lives in a Float64Array, so truncation must be explicit).
import { registerKernel, ShapeError } from '../registry';
import { DType, isInteger } from '../../dtypes';
import type { NumericArray } from '../../dtypes';
import type { Tensor } from '../../graph/tensor';
import type { OutputSpec } from '../../graph/graph';
import { broadcastStatic } from '../../shape';
import { checkSameDType } from '../../ops/builder';
import { binaryLoop } from './codegen';
import { cachedBroadcastPlan } from './broadcast';
import { checkDType, DTypeClass } from './dtype_rules';

interface BinaryOp { type: string; expr: string; int?: string; dtypes: DTypeClass; bool?: boolean; args?: [string, string] }

export const BINARY_OPS: BinaryOp[] = [
  { type: 'Add', expr: 'x + y', dtypes: 'numeric' },
  { type: 'AddV2', expr: 'x + y', dtypes: 'numeric' },
  { type: 'Sub', expr: 'x - y', dtypes: 'numeric' },
  { type: 'Mul', expr: 'x * y', dtypes: 'numeric' },
  { type: 'RealDiv', expr: 'x / y', int: 'Math.trunc(x / y)', dtypes: 'numeric' },
  { type: 'Div', expr: 'x / y', int: 'Math.trunc(x / y)', dtypes: 'numeric' },
  { type: 'FloorDiv', expr: 'Math.floor(x / y)', dtypes: 'numeric' },
  { type: 'FloorMod', expr: 'floorMod(x, y)', dtypes: 'numeric' },
  { type: 'Pow', expr: 'Math.pow(x, y)', int: 'Math.trunc(Math.pow(x, y))', dtypes: 'numeric' },
  { type: 'Maximum', expr: 'x >= y ? x : y', dtypes: 'numeric' },
  { type: 'Minimum', expr: 'x <= y ? x : y', dtypes: 'numeric' },
  { type: 'SquaredDifference', expr: '(x - y) * (x - y)', dtypes: 'numeric' },
  { type: 'Equal', expr: 'x === y ? 1 : 0', dtypes: 'all', bool: true },
  { type: 'NotEqual', expr: 'x !== y ? 1 : 0', dtypes: 'all', bool: true },
  { type: 'Less', expr: 'x < y ? 1 : 0', dtypes: 'numeric', bool: true },
  { type: 'LessEqual', expr: 'x <= y ? 1 : 0', dtypes: 'numeric', bool: true },
  { type: 'Greater', expr: 'x > y ? 1 : 0', dtypes: 'numeric', bool: true },
  { type: 'GreaterEqual', expr: 'x >= y ? 1 : 0', dtypes: 'numeric', bool: true },
  { type: 'LogicalAnd', expr: 'x && y ? 1 : 0', dtypes: 'bool' },
  { type: 'LogicalOr', expr: 'x || y ? 1 : 0', dtypes: 'bool' },
];

/** Static rule shared by every broadcasting binary op: same dtype, broadcast shapes. */
export function inferBroadcast(type: string, inputs: Tensor[], outDType: DType | null, args: [string, string] = ['x', 'y']): OutputSpec[] {
  checkSameDType(type, inputs, args);
  const shape = broadcastStatic(inputs[0].shape, inputs[1].shape);
  if (shape !== null && !Array.isArray(shape)) throw new ShapeError(`Dimensions must be equal, but are ${shape.error[0]} and ${shape.error[1]}`);
  return [{ dtype: outDType ?? inputs[0].dtype, shape }];
}

for (const b of BINARY_OPS) {
  const floatLoop = binaryLoop(b.expr);
  const intLoop = binaryLoop(b.int ?? b.expr);
  registerKernel({
    type: b.type, family: 'math',
    infer: inputs => {
      checkDType(inputs[0], b.dtypes, (b.args ?? ['x'])[0]);
      return inferBroadcast(b.type, inputs, b.bool ? 'bool' : null, b.args);
    },
    compute: ([x, y], op, rt) => {
      const plan = cachedBroadcastPlan(rt, op, x.shape, y.shape);
      const out = rt.output(op, 0, b.bool ? 'bool' : x.dtype, plan.outShape);
      (isInteger(x.dtype) ? intLoop : floatLoop)(x.data as NumericArray, y.data as NumericArray, out.data as NumericArray, plan);
      return [out];
    },
  });
}
