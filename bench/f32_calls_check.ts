// The exhaustive proof behind kernels/math/float32_calls.ts: for every one of the 2^32 float32
// bit patterns x, sigmoidF32(x) and tanhF32(x) stored into a Float32Array must have the same bits
// as the float32 kernels' reference loops stored, `1 / (1 + Math.exp(-x))` and `Math.tanh(x)`
// (NaN payloads, -0 and subnormals included). Also counts how often the fast path fell back.
// `node --require tsx/cjs bench/f32_calls_check.ts [sigmoid|tanh] [first-chunk] [chunks]`
// (a chunk is 2^24 patterns; 256 chunks cover everything; a few minutes per function per core).
import { sigmoidF32, tanhF32 } from '../src/engine/kernels/math/float32_calls';

const which = process.argv[2] ?? 'both';
const first = Number(process.argv[3] ?? 0), count = Number(process.argv[4] ?? 256 - first);
const CHUNK = 1 << 24;
const bits = new Uint32Array(CHUNK), xs = new Float32Array(bits.buffer);
const ref = new Float32Array(CHUNK), got = new Float32Array(CHUNK);
const refBits = new Uint32Array(ref.buffer), gotBits = new Uint32Array(got.buffer);

function refSigmoid(a: Float32Array, o: Float32Array, n: number): void { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = 1 / (1 + Math.exp(-x)); } }
function newSigmoid(a: Float32Array, o: Float32Array, n: number): void { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = sigmoidF32(x); } }
function refTanh(a: Float32Array, o: Float32Array, n: number): void { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = Math.tanh(x); } }
function newTanh(a: Float32Array, o: Float32Array, n: number): void { for (let i = 0; i < n; i++) { const x = a[i]; o[i] = tanhF32(x); } }

const pairs: [string, typeof refSigmoid, typeof refSigmoid][] = [];
if (which !== 'tanh') pairs.push(['sigmoid', refSigmoid, newSigmoid]);
if (which !== 'sigmoid') pairs.push(['tanh', refTanh, newTanh]);
const t0 = Date.now();
for (const [name, r, f] of pairs) {
  let mismatches = 0, checked = 0;
  for (let c = first; c < first + count; c++) {
    const base = c * CHUNK;
    for (let i = 0; i < CHUNK; i++) bits[i] = (base + i) >>> 0;
    r(xs, ref, CHUNK);
    f(xs, got, CHUNK);
    for (let i = 0; i < CHUNK; i++) {
      if (refBits[i] !== gotBits[i]) {
        if (mismatches++ < 20) console.log(`${name} mismatch at 0x${bits[i].toString(16)} (${xs[i]}): ${ref[i]} vs ${got[i]}`);
      }
    }
    checked += CHUNK;
  }
  console.log(`${name}: ${checked} patterns from 0x${(first * CHUNK).toString(16)}, ${mismatches} mismatches (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  if (mismatches) process.exitCode = 1;
}
