// gemm.wat's SIMD transpose (4×4 tiles plus ragged edges) and the GEMM packing that uses it: the
// transpose only moves bits (NaN payloads and -0 included), and every path that packs through it
// gives the same bits as the JS packing loop it replaced (gemmTuning.wasmTranspose = false).
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { gemmTuning, wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { filled, rng } from './operands';

const bits = (a: Float32Array) => new Uint32Array(a.buffer, a.byteOffset, a.length);

function withJsPacking<T>(f: () => T): T {
  gemmTuning.wasmTranspose = false;
  try { return f(); } finally { gemmTuning.wasmTranspose = true; }
}

describe('wasm SIMD transpose', function () {
  before(() => assertWasmSimd());

  it('writes srcᵀ bit for bit for whole tiles, ragged edges, and single rows or columns', () => {
    const k = wasmKernels()!, next = rng(3);
    for (const [rows, cols] of [[1, 1], [1, 7], [7, 1], [4, 4], [3, 5], [5, 3], [8, 12], [7, 9], [32, 512], [156, 32], [13, 17]]) {
      const src = filled(rows * cols, next, true), dst = filled(rows * cols + 4, next, true);
      const srcBits = bits(src);
      srcBits[0] = 0x7fc01234;                  // a NaN with a payload
      if (src.length > 1) srcBits[1] = 0x80000000; // -0
      if (src.length > 2) srcBits[src.length - 1] = 0xff800001; // a signalling-pattern NaN
      const guard = Array.from(bits(dst).subarray(rows * cols));
      k.exports.transpose(src.byteOffset, rows, cols, dst.byteOffset);
      const d = bits(dst);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (d[c * rows + r] !== srcBits[r * cols + c]) assert.fail(`[${rows},${cols}] at (${r},${c}): ${d[c * rows + r].toString(16)} != ${srcBits[r * cols + c].toString(16)}`);
        }
      }
      assert.deepEqual(Array.from(d.subarray(rows * cols)), guard, `[${rows},${cols}] wrote past the end`);
    }
  });

  it('NT products (swapped Cᵀ = B·Aᵀ and packed Bᵀ) give the JS packing\'s bits, operands inside or outside the memory, at offsets', () => {
    const next = rng(9);
    // [32,512]·[156,512]ᵀ is LSTM's g·Wᵀ (swapped form); M=2 and N≥4 takes the packed-Bᵀ outer form.
    const shapes: [number, number, number][] = [[32, 156, 512], [7, 129, 50], [2, 33, 21], [50, 9, 13]];
    for (const [M, N, K] of shapes) {
      for (const ta of [false, true]) {
        for (const inMem of [false, true]) {
          const off = 3;
          const A = filled(M * K + off, next, inMem), B = filled(N * K + off, next, inMem);
          const C1 = filled(M * N + off, () => NaN, inMem), C2 = new Float32Array(M * N + off).fill(NaN);
          assert.equal(wasmGemmF32(A, off, B, off, C1, off, M, N, K, ta, true), true);
          assert.equal(withJsPacking(() => wasmGemmF32(A, off, B, off, C2, off, M, N, K, ta, true)), true);
          assert.deepEqual(Array.from(bits(C1)), Array.from(bits(C2)), `[${M},${N},${K}] ta=${ta} inMemory=${inMem}`);
        }
      }
    }
  });
});
