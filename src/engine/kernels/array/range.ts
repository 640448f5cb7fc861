// Range(start, limit, delta): numbers from start up to (not including) limit.
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { isInteger } from '../../dtypes';
import { constantValue } from './static';

function rangeSize(start: number, limit: number, delta: number, integral: boolean, fail: (m: string) => Error): number {
  if (delta === 0) throw fail(`Requires delta != 0: ${delta}`);
  if (delta > 0 && start > limit) throw fail(`Requires start <= limit when delta > 0: ${start}/${limit}`);
  if (delta < 0 && start < limit) throw fail(`Requires start >= limit when delta < 0: ${start}/${limit}`);
  return integral ? Math.ceil(Math.abs(limit - start) / Math.abs(delta)) : Math.ceil(Math.abs((limit - start) / delta));
}

registerKernel({
  type: 'Range', family: 'array',
  infer: ([start, limit, delta]) => {
    for (const t of [start, limit, delta]) if (t.shape !== null && t.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${t.shape.length}`);
    const vals = [start, limit, delta].map(constantValue);
    if (vals.some(v => v === null)) return [{ dtype: start.dtype, shape: [null] }];
    const [s, l, d] = vals.map(v => Number(v!.data[0]));
    return [{ dtype: start.dtype, shape: [rangeSize(s, l, d, isInteger(start.dtype), m => new ShapeError(m))] }];
  },
  compute: ([startA, limitA, deltaA], op, rt) => {
    const start = Number(startA.data[0]), limit = Number(limitA.data[0]), delta = Number(deltaA.data[0]);
    const n = rangeSize(start, limit, delta, isInteger(startA.dtype), invalidArgument);
    const out = rt.output(op, 0, startA.dtype, [n]);
    const d = out.numeric;
    for (let i = 0; i < n; i++) d[i] = start + i * delta;
    return [out];
  },
});
