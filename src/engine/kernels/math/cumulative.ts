// Cumsum / Cumprod (tf.cumsum, tf.cumprod): inputs (x, axis), attrs exclusive and reverse.
// The Prod gradient uses exclusive cumprods so zeros are handled without dividing.
import { registerKernel } from '../registry';
import type { NumericArray } from '../../dtypes';
import { invalidArgument } from '../../errors';
import { checkDType } from './dtype_rules';

function scan(x: NumericArray, out: NumericArray, outer: number, n: number, inner: number, product: boolean, exclusive: boolean, reverse: boolean): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      let acc = product ? 1 : 0;
      for (let s = 0; s < n; s++) {
        const at = base + (reverse ? n - 1 - s : s) * inner;
        const v = x[at];
        if (exclusive) { out[at] = acc; acc = product ? acc * v : acc + v; } else { acc = product ? acc * v : acc + v; out[at] = acc; }
      }
    }
  }
}

for (const [type, product] of [['Cumsum', false], ['Cumprod', true]] as const) {
  registerKernel({
    type, family: 'math',
    infer: ([x, axis]) => { checkDType(x, 'numeric'); checkDType(axis, 'int', 'axis'); return [{ dtype: x.dtype, shape: x.shape }]; },
    compute: ([x, axisArr], op, rt) => {
      const a = (axisArr.data as NumericArray)[0], rank = x.rank;
      if (a < -rank || a >= rank) throw invalidArgument(`Expected scan axis in the range [${-rank}, ${rank}), but got ${a}`);
      const axis = a < 0 ? a + rank : a;
      const outer = x.shape.slice(0, axis).reduce((p, d) => p * d, 1);
      const inner = x.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
      const out = rt.output(op, 0, x.dtype, x.shape);
      scan(x.data as NumericArray, out.data as NumericArray, outer, x.shape[axis], inner, product, op.attrs.exclusive === true, op.attrs.reverse === true);
      return [out];
    },
  });
}
