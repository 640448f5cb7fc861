// The LSTM training step (bench/lstm.ts's graph, smaller: batch 8, 6 steps of 5 inputs, 12 units)
// gives the same losses and weights bit for bit with the performance paths on and off (the
// WebAssembly transpose in the GEMM's packing, gemmTuning.wasmTranspose, only moves bits; a
// loop's captured weight copied into the kernel memory once, frozenOperandsTuning), and the
// same bits as before issue 15's kernel work (fixtures/lstm_step_bits.json, gen_lstm_step_bits.ts):
// element-wise loops, packing and GEMMs all take part in it.
import { strict as assert } from 'assert';
import { assertWasmSimd } from '../capabilities';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { gemmTuning } from '../../../src/engine/kernels/wasm/gemm';
import { frozenOperandsTuning } from '../../../src/engine/kernels/wasm/frozen_operands';
import { f32CallsWasmStats } from '../../../src/engine/kernels/wasm/f32_calls';
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
  before(() => assertWasmSimd());
  const paths = (on: boolean) => { gemmTuning.wasmTranspose = on; frozenOperandsTuning.enabled = on; };
  const minFloats = frozenOperandsTuning.minFloats;
  // This LSTM's kernel is [17,48]: freeze every captured float32 tensor so the kept copies take part.
  before(() => { frozenOperandsTuning.minFloats = 1; });
  after(() => { paths(true); frozenOperandsTuning.minFloats = minFloats; });

  it('losses and weights after 4 Adam steps: WebAssembly transpose and frozen loop weights = JS packing and per-call copies', () => {
    paths(true);
    const fast = trainedBits();
    paths(false);
    const plain = trainedBits();
    paths(true);
    // 4 losses + kernel [17,48] + bias [48] + dense kernel [12,10] + dense bias [10]
    assert.equal(fast.length, 4 + 17 * 48 + 48 + 12 * 10 + 10);
    assert.ok(new Set(fast.slice(0, 4)).size > 1, 'the losses change from step to step');
    assert.deepEqual(fast, plain);
  });

  it('losses and weights after 4 Adam steps: the stored bits from before the optimisations', () => {
    const gates = f32CallsWasmStats.calls;
    const bits = new Uint32Array(new Float32Array(trainedBits()).buffer);
    assert.deepEqual(Array.from(bits, b => b.toString(16).padStart(8, '0')), FIXTURE);
    // The gates' Sigmoid and Tanh ([8,12]) took the WebAssembly loops (kernels/wasm/f32_calls.ts, wave 16).
    assert.ok(f32CallsWasmStats.calls > gates, 'the WebAssembly Sigmoid/Tanh ran');
  });
});
