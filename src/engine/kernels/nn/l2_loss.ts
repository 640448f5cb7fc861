// L2Loss: sum(t²) / 2, a scalar (weight decay and tf.global_norm use it).
import { registerKernel } from '../registry';
import { requireFloat } from './util';

registerKernel({
  type: 'L2Loss', family: 'nn',
  infer: ([t]) => { requireFloat('L2Loss', 't', t); return [{ dtype: t.dtype, shape: [] }]; },
  compute: ([t], op, rt) => {
    const x = t.numeric;
    let s = 0;
    for (let i = 0; i < x.length; i++) s += x[i] * x[i];
    const out = rt.output(op, 0, t.dtype, []);
    out.numeric[0] = s / 2;
    return [out];
  },
});
