// Frozen GEMM operands (kernels/wasm/frozen_operands.ts): inside a scope, a frozen B is copied
// into the kernel memory once and read from there; the products equal unfrozen ones bit for bit;
// nested scopes leave the outer scope's arrays alone; ending a scope frees its copies.
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { wasmGemmF32 } from '../../../src/engine/kernels/wasm/gemm';
import { freezeOperands, frozenBlock } from '../../../src/engine/kernels/wasm/frozen_operands';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';

function filled(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) { s = (s * 1664525 + 1013904223) >>> 0; a[i] = s / 2 ** 32 - 0.5; }
  return a;
}

const bits = (a: Float32Array) => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

describe('frozen GEMM operands', function () {
  before(() => assertWasmSimd());

  it('NN (padded copy), NT swapped and NT packed read the kept copy and give the unfrozen bits', () => {
    const k = wasmKernels()!;
    // [32,156]x[156,512] (LSTM's x·W, B rows 2 KB: padded), [32,512]x[156,512]ᵀ (swapped), [2,21]x[33,21]ᵀ (packed Bᵀ)
    const cases: [number, number, number, boolean][] = [[32, 512, 156, false], [32, 156, 512, true], [2, 33, 21, true]];
    for (const [M, N, K, tb] of cases) {
      const A = filled(M * K, 1), B = filled(K * N, 2);
      const want = new Float32Array(M * N);
      assert.ok(wasmGemmF32(A, 0, B, 0, want, 0, M, N, K, false, tb));
      const thaw = freezeOperands([B]);
      try {
        for (let round = 0; round < 3; round++) {
          const C = new Float32Array(M * N).fill(NaN);
          assert.ok(wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, false, tb));
          assert.deepEqual(bits(C), bits(want), `[${M},${N},${K}] tb=${tb} round ${round}`);
        }
        // The kept copy is what the GEMM reads: spoil it and the product changes.
        const kept = [...['C0:156x512:2112', 'C0:156x512:2048', 'T0:33x21']].map(key => frozenBlock(k, B, key, 0)).find(b => b?.filled);
        assert.ok(kept, `[${M},${N},${K}]: a filled kept copy`);
        new Float32Array(k.exports.memory.buffer, kept!.ptr, 1)[0] += 1;
        const C = new Float32Array(M * N);
        wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, false, tb);
        assert.notDeepEqual(bits(C), bits(want));
      } finally {
        thaw();
      }
      const C = new Float32Array(M * N);
      wasmGemmF32(A, 0, B, 0, C, 0, M, N, K, false, tb);
      assert.deepEqual(bits(C), bits(want), 'after the scope ends, B is copied afresh');
    }
  });

  it('a nested scope leaves the outer scope\'s arrays frozen; ending scopes frees their blocks', () => {
    const k = wasmKernels()!;
    const B = filled(4096, 3), inner = filled(4096, 4);
    const free0 = k.arena.freeBytes();
    const thawOuter = freezeOperands([B]);
    assert.ok(frozenBlock(k, B, 'x', 4096 * 4));
    const thawInner = freezeOperands([B, inner]);
    assert.ok(frozenBlock(k, inner, 'x', 4096 * 4));
    thawInner();
    assert.equal(frozenBlock(k, inner, 'x', 4096 * 4), null, 'the inner scope\'s array is thawed');
    assert.ok(frozenBlock(k, B, 'x', 4096 * 4), 'the outer scope\'s array is still frozen');
    thawOuter();
    assert.equal(frozenBlock(k, B, 'x', 4096 * 4), null);
    assert.equal(k.arena.freeBytes(), free0, 'every kept block was released');
  });
});
