// ApplyAdam's float32 loop with m and v kept in locals (adamTuning.locals, ops/training/adam.ts)
// against the loop that reads them back after storing them: the same bits for var, m and v after
// several steps whose values include ±0, subnormals, huge values, ±Infinity and NaN, an element
// count that is not a multiple of 4, and float64 variables left to the general loop.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { ApplyAdam, adamStats, adamTuning } from '../../../src/engine/ops/training/adam';
import { setWasmKernelsEnabled } from '../../../src/engine/kernels/wasm/module';

const N = 4099;

function values(seed: number, n: number, positive = false): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  const rnd = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const special = [0, -0, 1e-45, -1e-45, 1.2e-38, 5e-39, 3.4e38, -3.4e38, 1e30, 1e-30, Infinity, -Infinity, NaN, 1, -1];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    let x: number;
    if (r < 0.08) x = special[Math.floor(rnd() * special.length)];
    else if (r < 0.2) x = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 260 - 140);
    else x = (rnd() - 0.5) * 0.2;
    out[i] = positive ? Math.abs(x) : x;
  }
  return out;
}

function train(dtype: 'float32' | 'float64', nesterov = false): Uint32Array[] {
  clearDefaultGraphState();
  const mk = (name: string, init: Float32Array) => new tf.Variable(tf.constant(new tf.NDArray(dtype, [N], dtype === 'float32' ? init : Float64Array.from(init))), { name });
  const w = mk('w', values(1, N)), m = mk('m', values(2, N)), v = mk('v', values(3, N, true));
  const scalar = (name: string) => tf.placeholder(dtype, [], name);
  const [b1p, b2p, lr, b1, b2, eps] = ['b1p', 'b2p', 'lr', 'b1', 'b2', 'eps'].map(scalar);
  const g = tf.placeholder(dtype, [N], 'g');
  const step = ApplyAdam.make([w.ref, m.ref, v.ref, b1p, b2p, lr, b1, b2, eps, g], { use_nesterov: nesterov });
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  const hyper = [[0.9, 0.999, 1e-3, 0.9, 0.999, 1e-8], [0.81, 0.998001, 0.1, 0.9, 0.999, 1e-8], [0.5, 0.25, 3.7, 0.5, 0.75, 1e-3]];
  hyper.forEach((h, i) => {
    const feeds: [tf.Tensor, tf.NDArray][] = [b1p, b2p, lr, b1, b2, eps].map((t, j) => [t, tf.NDArray.scalar(h[j], dtype)]);
    const gv = values(10 + i, N);
    feeds.push([g, new tf.NDArray(dtype, [N], dtype === 'float32' ? gv : Float64Array.from(gv))]);
    sess.run(step, feeds);
  });
  return [w, m, v].map(x => {
    const d = sess.runtime.variables.get(x.op.name)!.data as Float32Array | Float64Array;
    return new Uint32Array((d instanceof Float32Array ? Float32Array.from(d) : Float64Array.from(d)).buffer);
  });
}

const isNaN32 = (b: number) => (b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0;

describe('ApplyAdam with m and v in locals', () => {
  const saved = { ...adamTuning };
  // The WebAssembly update takes float32 variables in the shared memory only; keep the JS loops here.
  before(() => setWasmKernelsEnabled(false));
  after(() => { setWasmKernelsEnabled(true); Object.assign(adamTuning, saved); });

  it('gives the bits of the loop that reads m and v back', () => {
    adamTuning.locals = false;
    const before = adamStats.localLoops;
    const ref = train('float32');
    assert.equal(adamStats.localLoops, before, 'the reference ran the locals loop');
    adamTuning.locals = true;
    const got = train('float32');
    assert.equal(adamStats.localLoops, before + 3, 'every step ran the locals loop');
    const specials = Array.from(new Float32Array(ref[0].buffer)).filter(x => !Number.isFinite(x)).length;
    assert.ok(specials > 0, 'the data reach NaN/Infinity');
    ['w', 'm', 'v'].forEach((name, k) => {
      let diff = -1;
      // NaN for NaN: V8's NaN bits from one JS loop depend on the tier running it (adam_wasm.test.ts).
      for (let i = 0; i < N && diff < 0; i++) if (ref[k][i] !== got[k][i] && !(isNaN32(ref[k][i]) && isNaN32(got[k][i]))) diff = i;
      assert.equal(diff, -1, `${name}[${diff}]: 0x${got[k][diff]?.toString(16)} against 0x${ref[k][diff]?.toString(16)}`);
    });
  });

  it('leaves float64 variables and Nesterov to the general loop', () => {
    adamTuning.locals = true;
    const before = adamStats.localLoops;
    train('float64');
    train('float32', true);
    assert.equal(adamStats.localLoops, before);
  });
});
