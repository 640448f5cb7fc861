// Elementwise loops compiled once per expression. Each op gets its own loop function with the
// expression inlined, so the JIT sees monomorphic code and no per-element call: the same loop
// skeleton (written here once) serves every unary and binary elementwise op.
// Expressions read `x` (and `y`) and may call the helpers below.
import type { NumericArray } from '../../dtypes';
import { erf, erfc } from './erf';
import { FLOAT32_FORMS, sigmoidF32, tanhF32 } from './float32_calls';
import { wasmF32Call, type F32Call } from '../wasm/f32_calls';
import { SAME, SCALAR_A, SCALAR_B, ROW_B, ROW_A, BroadcastPlan } from './broadcast';

export type UnaryLoop = (x: NumericArray, out: NumericArray, n: number) => void;
export type BinaryLoop = (a: NumericArray, b: NumericArray, out: NumericArray, plan: BroadcastPlan) => void;

/** TF's Round: half to even (banker's rounding). */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Python/TF floor modulo: the result takes the sign of the divisor. */
function floorMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
}
function sign(v: number): number { return v > 0 ? 1 : v < 0 ? -1 : v; }
function sigmoid(v: number): number { return 1 / (1 + Math.exp(-v)); }

const helpers: Record<string, unknown> = { roundHalfEven, floorMod, sign, sigmoid, erf, erfc, sigmoidF32, tanhF32 };
const helperNames = Object.keys(helpers);
const helperValues = helperNames.map(k => helpers[k]);

function compile<T>(source: string): T {
  // eslint-disable-next-line no-new-func
  return new Function(...helperNames, `"use strict"; return ${source};`)(...helperValues) as T;
}

/**
 * Each loop is compiled three times: one copy only ever sees float32 arrays, one float64, and one
 * everything else. V8's element loads are specialised to the array types a loop has met: after
 * float64 (NumPy), int32 (shapes) and bool arrays had gone through a shared `x * y` loop, it ran
 * a float32 [32,128] multiply in 180 µs instead of 2.5 (megamorphic loads). `byType` off sends
 * every call to the shared copy, as before (benches compare the two).
 */
export const elementwiseTuning = {
  byType: true,
  /**
   * Float32 copies of the Sigmoid and Tanh loops use float32_calls.ts (the same bits without a C
   * call per element; env GRADBOOK_EXACT_F32_CALLS=1 turns it off). Read at every call.
   */
  float32Calls: !process.env.GRADBOOK_EXACT_F32_CALLS,
};

const unaryCache = new Map<string, UnaryLoop>();
export function unaryLoop(expr: string): UnaryLoop {
  let fn = unaryCache.get(expr);
  if (!fn) {
    const loopOf = (e: string) => `function unary(a, out, n) { for (let i = 0; i < n; i++) { const x = a[i]; out[i] = ${e}; } }`;
    const source = loopOf(expr);
    // A float32 x and a float32 store: the expression's float32 form when it has one.
    const f32Form = FLOAT32_FORMS.get(expr);
    const f32Source = f32Form ? loopOf(f32Form) : undefined;
    // The same float32 forms in WebAssembly SIMD when the kernel module runs (kernels/wasm/f32_calls.ts).
    const wasmForm: F32Call | undefined = expr === 'sigmoid(x)' ? 'sigmoid' : expr === 'Math.tanh(x)' ? 'tanh' : undefined;
    // Each copy is compiled at its first call: kernels ask for their loops when they register,
    // and most loops (or dtype copies) never run in a given program.
    let f32: UnaryLoop | undefined, f32Fast: UnaryLoop | undefined, f64: UnaryLoop | undefined, other: UnaryLoop | undefined;
    const tuning = elementwiseTuning;
    fn = (a, out, n) => {
      if (tuning.byType) {
        if (a instanceof Float32Array && out instanceof Float32Array) {
          if (f32Source && tuning.float32Calls) {
            if (wasmForm !== undefined && wasmF32Call(wasmForm, a, out, n)) return;
            (f32Fast ??= compile<UnaryLoop>(f32Source))(a, out, n);
          } else (f32 ??= compile<UnaryLoop>(source))(a, out, n);
          return;
        }
        if (a instanceof Float64Array && out instanceof Float64Array) { (f64 ??= compile<UnaryLoop>(source))(a, out, n); return; }
      }
      (other ??= compile<UnaryLoop>(source))(a, out, n);
    };
    unaryCache.set(expr, fn);
  }
  return fn;
}

const binaryCache = new Map<string, BinaryLoop>();
export function binaryLoop(expr: string): BinaryLoop {
  let fn = binaryCache.get(expr);
  if (!fn) {
    const source = binarySource(expr);
    let f32: BinaryLoop | undefined, f64: BinaryLoop | undefined, other: BinaryLoop | undefined;
    const tuning = elementwiseTuning;
    fn = (a, b, out, p) => {
      if (tuning.byType) {
        if (a instanceof Float32Array && b instanceof Float32Array && out instanceof Float32Array) { (f32 ??= compile<BinaryLoop>(source))(a, b, out, p); return; }
        if (a instanceof Float64Array && b instanceof Float64Array && out instanceof Float64Array) { (f64 ??= compile<BinaryLoop>(source))(a, b, out, p); return; }
      }
      (other ??= compile<BinaryLoop>(source))(a, b, out, p);
    };
    binaryCache.set(expr, fn);
  }
  return fn;
}

/**
 * One small function per broadcast form, and a dispatcher: with all five loops in one function,
 * V8 compiled the plain same-shape loop 2.5x slower (6.4 vs 2.5 µs for a [32,128] multiply, a
 * quarter of LSTM's element-wise time); each loop in its own function is optimized on its own.
 */
function binarySource(e: string): string {
  return `(() => {
  function same(a, b, out, n) { for (let i = 0; i < n; i++) { const x = a[i], y = b[i]; out[i] = ${e}; } }
  function scalarA(a, b, out, n) { const x = a[0]; for (let i = 0; i < n; i++) { const y = b[i]; out[i] = ${e}; } }
  function scalarB(a, b, out, n) { const y = b[0]; for (let i = 0; i < n; i++) { const x = a[i]; out[i] = ${e}; } }
  function rowB(a, b, out, n, k) { for (let o = 0; o < n; o += k) for (let j = 0; j < k; j++) { const x = a[o + j], y = b[j]; out[o + j] = ${e}; } }
  function rowA(a, b, out, n, k) { for (let o = 0; o < n; o += k) for (let j = 0; j < k; j++) { const x = a[j], y = b[o + j]; out[o + j] = ${e}; } }
  function general(a, b, out, p) {
    const n = p.size;
    const dims = p.dims, sA = p.stridesA, sB = p.stridesB, idx = p.counter;
    const last = dims.length - 1, len = dims[last], da = sA[last], db = sB[last];
    idx.fill(0);
    let offA = 0, offB = 0;
    for (let o = 0; o < n;) {
      let ia = offA, ib = offB;
      for (let j = 0; j < len; j++, o++, ia += da, ib += db) { const x = a[ia], y = b[ib]; out[o] = ${e}; }
      for (let d = last - 1; d >= 0; d--) {
        offA += sA[d]; offB += sB[d];
        if (++idx[d] < dims[d]) break;
        offA -= sA[d] * dims[d]; offB -= sB[d] * dims[d]; idx[d] = 0;
      }
    }
  }
  return function binary(a, b, out, p) {
    switch (p.kind) {
      case ${SAME}: same(a, b, out, p.size); return;
      case ${SCALAR_A}: scalarA(a, b, out, p.size); return;
      case ${SCALAR_B}: scalarB(a, b, out, p.size); return;
      case ${ROW_B}: rowB(a, b, out, p.size, p.inner); return;
      case ${ROW_A}: rowA(a, b, out, p.size, p.inner); return;
    }
    general(a, b, out, p);
  };
})()`;
}

/**
 * The float expression of each element-wise op type (unary: `x`; binary: `x`, `y`), as its
 * kernel's loop evaluates it for float dtypes. Loop-body fusion (control/elementwise_fusion.ts)
 * chains them in one loop, rounding each to float32 where the kernel's store would.
 */
const fusable = new Map<string, { expr: string; arity: 1 | 2 }>();
export function registerFusable(type: string, expr: string, arity: 1 | 2): void { fusable.set(type, { expr, arity }); }
export function fusableExpression(type: string): { expr: string; arity: 1 | 2 } | undefined { return fusable.get(type); }

const fusedCache = new Map<string, (ins: NumericArray[], outs: NumericArray[], n: number, k: number) => void>();
/** A fused loop from its source (codegen helpers in scope), compiled once per source. */
export function fusedLoop(source: string): (ins: NumericArray[], outs: NumericArray[], n: number, k: number) => void {
  let fn = fusedCache.get(source);
  if (!fn) { fn = compile(source); fusedCache.set(source, fn!); }
  return fn!;
}
