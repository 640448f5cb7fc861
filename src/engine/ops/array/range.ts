// Range(start, limit, delta) and LinSpace(start, stop, num): evenly spaced numbers (not
// differentiable). Values are computed as TF's CPU kernels do, in the dtype's own precision:
// Range accumulates `val += delta`, LinSpace takes `start + step * i` with step = (stop -
// start) / (num - 1), so float32 results match TF's bit for bit.
import type { Tensor } from '../../graph/tensor';
import { DType, isInteger } from '../../dtypes';
import { invalidArgument, typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { constantValue } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { cast } from '../math/cast';

/** Arithmetic rounded to the dtype, as C++ computes in T. */
const roundTo = (dtype: DType) => (dtype === 'float32' ? Math.fround : (v: number) => v);

function rangeSize(start: number, limit: number, delta: number, dtype: DType, fail: (m: string) => Error): number {
  if (delta === 0) throw fail(`Requires delta != 0: ${delta}`);
  if (delta > 0 && start > limit) throw fail(`Requires start <= limit when delta > 0: ${start}/${limit}`);
  if (delta < 0 && start < limit) throw fail(`Requires start >= limit when delta < 0: ${start}/${limit}`);
  const r = roundTo(dtype);
  return isInteger(dtype) ? Math.ceil(Math.abs(limit - start) / Math.abs(delta)) : Math.ceil(Math.abs(r(r(limit - start) / delta)));
}

function requireScalar(t: Tensor): void {
  if (t.shape !== null && t.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${t.shape.length}`);
}

export const Range = defineOp({
  type: OpType.Range, family: 'array', inputs: ['start', 'limit', 'delta'], attrs: { Tidx: attr.type('int32') },
  infer: ([start, limit, delta]) => {
    for (const t of [start, limit, delta]) requireScalar(t);
    const vals = [start, limit, delta].map(constantValue);
    if (vals.some(v => v === null)) return [{ dtype: start.dtype, shape: [null] }];
    const [s, l, d] = vals.map(v => Number(v!.data[0]));
    return [{ dtype: start.dtype, shape: [rangeSize(s, l, d, start.dtype, m => new ShapeError(m))] }];
  },
  compute: ([startA, limitA, deltaA], node, rt) => {
    const start = Number(startA.data[0]), limit = Number(limitA.data[0]), delta = Number(deltaA.data[0]);
    const n = rangeSize(start, limit, delta, startA.dtype, invalidArgument);
    const out = rt.output(node, 0, startA.dtype, [n]);
    const d = out.numeric, r = roundTo(startA.dtype);
    let val = start;
    for (let i = 0; i < n; i++) { d[i] = val; val = r(val + delta); }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Range', 'start: Tidx, limit: Tidx, delta: Tidx', 'output: Tidx', 'Tidx: type = int32'),
});

export const LinSpace = defineOp({
  type: OpType.LinSpace, family: 'array', inputs: ['start', 'stop', 'num'], attrs: { Tidx: attr.type('int32') },
  infer: ([start, stop, num]) => {
    for (const [t, param] of [[start, 'start'], [stop, 'stop']] as const) {
      if (t.dtype !== 'float32' && t.dtype !== 'float64') throw typeError(`Value passed to parameter '${param}' has DataType ${t.dtype} not in list of allowed values: bfloat16, float32, float64`);
    }
    if (start.dtype !== stop.dtype) throw typeError(`Input 'stop' of 'LinSpace' Op has type ${stop.dtype} that does not match type ${start.dtype} of argument 'start'.`);
    for (const t of [start, stop, num]) requireScalar(t);
    const n = constantValue(num);
    if (n !== null && Number(n.data[0]) <= 0) throw new ShapeError(`Requires num > 0: ${Number(n.data[0])}`);
    return [{ dtype: start.dtype, shape: [n === null ? null : Number(n.data[0])] }];
  },
  compute: ([startA, stopA, numA], node, rt) => {
    const start = Number(startA.data[0]), stop = Number(stopA.data[0]), num = Number(numA.data[0]);
    if (num <= 0) throw invalidArgument(`Requires num > 0: ${num}`);
    const out = rt.output(node, 0, startA.dtype, [num]);
    const d = out.numeric, r = roundTo(startA.dtype);
    if (num === 1) d[0] = start;
    else {
      const step = r(r(stop - start) / (num - 1));
      for (let i = 0; i < num; i++) d[i] = r(start + r(step * i));
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('LinSpace', 'start: T, stop: T, num: Tidx', 'output: T', 'T: type; Tidx: type = int32'),
});

const RANGE_ORDER: DType[] = ['int32', 'int64', 'float32', 'float64'];

/** The dtype a plain argument converts to by itself: a JS number is an int32 when integral. */
function ownDType(v: TensorLike, name: string): Tensor {
  if (typeof v === 'number') return convertToTensor(v, Number.isInteger(v) ? 'int32' : 'float32', name);
  return convertToTensor(v, undefined, name);
}

/**
 * tf.range(start, limit, delta, dtype) as TF 1.15 builds it: one argument means range(0, start);
 * each argument is converted (to `dtype` when given), and without a dtype the widest of theirs
 * wins in the order int32 < int64 < float32 < float64, the others cast to it.
 */
export function range(start: TensorLike, limit?: TensorLike | null, delta: TensorLike = 1, dtype?: DType | null, name?: string): Tensor {
  if (limit === undefined || limit === null) { limit = start; start = 0; }
  const lim = limit;
  return inOpScope(name, 'range', opName => {
    let args = ([[start, 'start'], [lim, 'limit'], [delta, 'delta']] as const).map(([v, n]) => (dtype ? convertToTensor(v, dtype, n) : ownDType(v, n)));
    if (!dtype) {
      const bad = args.find(t => !RANGE_ORDER.includes(t.dtype));
      if (bad) throw typeError(`Value passed to parameter 'start' has DataType ${bad.dtype} not in list of allowed values: float32, float64, int32, int64`);
      const target = args.map(t => t.dtype).reduce((a, b) => (RANGE_ORDER.indexOf(b) > RANGE_ORDER.indexOf(a) ? b : a));
      args = args.map(t => cast(t, target));
    }
    return Range.make1(args, { Tidx: args[0].dtype }, opName);
  });
}

/** tf.lin_space / tf.linspace: `num` evenly spaced values from start to stop inclusive. */
export function linspace(start: TensorLike, stop: TensorLike, num: TensorLike, name?: string): Tensor {
  return inOpScope(name, 'LinSpace', opName => {
    const s = ownFloat(start, 'start');
    const e = ownFloat(stop, 'stop', s.dtype);
    const n = intTensor(num, 'num');
    return LinSpace.make1([s, e, n], { Tidx: n.dtype }, opName);
  });
}

/** start/stop convert as TF's op_def_library does: stop takes start's dtype. */
function ownFloat(v: TensorLike, name: string, like?: DType): Tensor {
  if (like) return convertToTensor(v, like, name);
  return typeof v === 'number' ? convertToTensor(v, 'float32', name) : convertToTensor(v, undefined, name);
}

export const RANGE: OpGroup = {
  ops: [Range, LinSpace],
  api: [
    defineApi({
      name: 'tf.range', doc: 'Creates a sequence of numbers from start up to (not including) limit by delta.',
      params: [
        { name: 'start', type: 'tensor' }, { name: 'limit', default: null, type: 'tensor' }, { name: 'delta', default: 1, type: 'tensor' },
        { name: 'dtype', default: null, type: 'dtype' }, { name: 'name', default: 'range', type: 'name' },
      ],
    }, a => range(a.start, a.limit, a.delta, a.dtype, a.name ?? undefined)),
    defineApi({
      name: 'tf.lin_space', doc: 'Generates num evenly spaced values from start to stop inclusive.',
      params: [{ name: 'start', type: 'tensor' }, { name: 'stop', type: 'tensor' }, { name: 'num', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => linspace(a.start, a.stop, a.num, a.name ?? undefined), ['tf.linspace']),
  ],
};
