// ArgMax / ArgMin (tf1-semantics §3.3): the input shape minus `dimension`, output_type int64
// by default; ties go to the smallest index.
import { registerKernel, ShapeError } from '../registry';
import type { DType, NumericArray } from '../../dtypes';
import { invalidArgument } from '../../errors';
import { constantValues } from './axes';
import { checkDType } from './dtype_rules';

function argReduce(x: NumericArray, out: NumericArray, outer: number, n: number, inner: number, wantMax: boolean): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      let best = x[base], at = 0;
      for (let k = 1; k < n; k++) {
        const v = x[base + k * inner];
        if (wantMax ? v > best : v < best) { best = v; at = k; }
      }
      out[o * inner + i] = at;
    }
  }
}

for (const [type, wantMax] of [['ArgMax', true], ['ArgMin', false]] as const) {
  registerKernel({
    type, family: 'math',
    infer: ([x, dim], attrs) => {
      checkDType(x, 'numeric', 'input');
      checkDType(dim, 'int', 'dimension');
      const outType = (attrs.output_type as DType | undefined) ?? 'int64';
      const axis = constantValues(dim);
      if (x.shape === null) return [{ dtype: outType, shape: null }];
      const rank = x.shape.length;
      if (axis === null) return [{ dtype: outType, shape: rank === 0 ? [] : new Array(rank - 1).fill(null) }];
      const a = axis[0];
      if (a < -rank || a >= rank) throw new ShapeError(`Expected dimension in the range [${-rank}, ${rank}), but got ${a}`);
      const norm = a < 0 ? a + rank : a;
      return [{ dtype: outType, shape: x.shape.filter((_, i) => i !== norm) }];
    },
    compute: ([x, dim], op, rt) => {
      const rank = x.rank;
      const a = (dim.data as NumericArray)[0];
      if (a < -rank || a >= rank) throw invalidArgument(`Expected dimension in the range [${-rank}, ${rank}), but got ${a}`);
      const axis = a < 0 ? a + rank : a;
      const n = x.shape[axis];
      if (n === 0) throw invalidArgument(`Reduction axis ${axis} is empty in shape ${JSON.stringify(x.shape).replace(/,/g, ',')}`);
      const outer = x.shape.slice(0, axis).reduce((p, d) => p * d, 1);
      const inner = x.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
      const out = rt.output(op, 0, (op.attrs.output_type as DType | undefined) ?? 'int64', x.shape.filter((_, i) => i !== axis));
      argReduce(x.data as NumericArray, out.data as NumericArray, outer, n, inner, wantMax);
      return [out];
    },
  });
}
