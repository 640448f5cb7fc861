// The exhaustive check behind kernels/wasm/f32_calls.ts: for every one of the 2^32 float32 bit
// patterns x, the WebAssembly Sigmoid/Tanh path (with its JS fallbacks) must store the same bits
// as the JS loops over sigmoidF32 / tanhF32, which bench/f32_calls_check.ts proved equal to the
// reference loops (`1 / (1 + Math.exp(-x))`, `Math.tanh(x)`) over the same 2^32 patterns. Also
// counts the fallbacks.
// `node --require tsx/cjs bench/f32_calls_wasm_check.ts [sigmoid|tanh] [first-chunk] [chunks]`
// (a chunk is 2^24 patterns, 256 chunks cover everything).
import { sigmoidF32, tanhF32 } from '../src/engine/kernels/math/float32_calls';
import { f32CallsWasmStats, wasmF32Call, type F32Call } from '../src/engine/kernels/wasm/f32_calls';

const which = process.argv[2] ?? 'both';
const first = Number(process.argv[3] ?? 0), count = Number(process.argv[4] ?? 256 - first);
const CHUNK = 1 << 24, PIECE = 1 << 16;
const bits = new Uint32Array(CHUNK), xs = new Float32Array(bits.buffer);
const ref = new Float32Array(CHUNK), got = new Float32Array(CHUNK);
const refBits = new Uint32Array(ref.buffer), gotBits = new Uint32Array(got.buffer);

function jsLoop(f: (x: number) => number, a: Float32Array, o: Float32Array, n: number): void { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = f(x); } }

const t0 = Date.now();
for (const name of (which === 'both' ? ['sigmoid', 'tanh'] : [which]) as F32Call[]) {
  const f = name === 'tanh' ? tanhF32 : sigmoidF32;
  let mismatches = 0, checked = 0;
  const fb0 = f32CallsWasmStats.fallbacks;
  for (let c = first; c < first + count; c++) {
    const base = c * CHUNK;
    for (let i = 0; i < CHUNK; i++) bits[i] = (base + i) >>> 0;
    jsLoop(f, xs, ref, CHUNK);
    for (let p = 0; p < CHUNK; p += PIECE) {
      if (!wasmF32Call(name, xs.subarray(p, p + PIECE), got.subarray(p, p + PIECE), PIECE)) throw new Error('the wasm path did not run');
    }
    for (let i = 0; i < CHUNK; i++) {
      if (refBits[i] !== gotBits[i]) {
        if (mismatches++ < 20) console.log(`${name} mismatch at 0x${bits[i].toString(16)} (${xs[i]}): ${ref[i]} vs ${got[i]}`);
      }
    }
    checked += CHUNK;
    if ((c + 1) % 16 === 0) console.log(`  ${name}: chunks ${first}..${c} done, ${mismatches} mismatches so far (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  console.log(`${name}: ${checked} patterns from 0x${(first * CHUNK).toString(16)}, ${mismatches} mismatches, ${f32CallsWasmStats.fallbacks - fb0} left to JS (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  if (mismatches) process.exitCode = 1;
}
