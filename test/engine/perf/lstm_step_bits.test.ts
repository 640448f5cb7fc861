// The LSTM training step (bench/lstm.ts's graph, smaller: batch 8, 6 steps of 5 inputs, 12 units)
// gives the same losses and weights bit for bit with the performance paths on and off (the
// WebAssembly transpose in the GEMM's packing, gemmTuning.wasmTranspose, only moves bits), and the
// same bits as before issue 15's kernel work (fixtures/lstm_step_bits.json, gen_lstm_step_bits.ts):
// element-wise loops, packing and GEMMs all take part in it.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { gemmTuning } from '../../../src/engine/kernels/wasm/gemm';
import { wasmSimdSupported } from '../../../src/engine/kernels/wasm/module';
import { LSTM_STEP_PROGRAM as PROGRAM } from './lstm_step_program';
import FIXTURE from './fixtures/lstm_step_bits.json';


function trainedBits(): number[] {
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: () => undefined, display: () => undefined });
  const r = s.runCell(PROGRAM + 'print(result)\n', 'lstm_step_bits');
  if (!r.ok) throw new Error(r.error.traceback);
  // float32 values widened to float64 print exactly (repr round-trips), so equal lists are equal bits.
  return JSON.parse(out.replace(/\bnan\b/g, "null")) as number[];
}

describe('LSTM training step, performance paths bit for bit', function () {
  this.timeout(60000);
  before(function () { if (!wasmSimdSupported()) this.skip(); });
  after(() => { gemmTuning.wasmTranspose = true; });

  it('losses and weights after 4 Adam steps: WebAssembly transpose = JS packing', () => {
    gemmTuning.wasmTranspose = true;
    const fast = trainedBits();
    gemmTuning.wasmTranspose = false;
    const plain = trainedBits();
    gemmTuning.wasmTranspose = true;
    // 4 losses + kernel [17,48] + bias [48] + dense kernel [12,10] + dense bias [10]
    assert.equal(fast.length, 4 + 17 * 48 + 48 + 12 * 10 + 10);
    assert.ok(new Set(fast.slice(0, 4)).size > 1, 'the losses change from step to step');
    assert.deepEqual(fast, plain);
  });

  it('losses and weights after 4 Adam steps: the stored bits from before the optimisations', () => {
    const bits = new Uint32Array(new Float32Array(trainedBits()).buffer);
    assert.deepEqual(Array.from(bits, b => b.toString(16).padStart(8, '0')), FIXTURE);
  });
});
