// Writes fixtures/lstm_step_bits.json: the float32 bits (hex) of lstm_step_bits.test.ts's 4 losses
// and trained weights, as the engine computed them before the element-wise and packing
// optimisations of issue 15 (generated from codegen.ts of f26d8a4, the JS packing loops). Any
// later change that alters one bit of an LSTM training step fails that test; regenerate only for
// a change meant to alter the numbers, and say why in its commit.
// `node --require tsx/cjs test/engine/perf/gen_lstm_step_bits.ts`
import * as fs from 'fs';
import * as path from 'path';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { LSTM_STEP_PROGRAM } from './lstm_step_program';

let out = '';
const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => process.stderr.write(t), display: () => undefined });
const r = s.runCell(LSTM_STEP_PROGRAM + 'print(result)\n', 'gen_lstm_step_bits');
if (!r.ok) throw new Error(r.error.traceback);
const bits = new Uint32Array(new Float32Array(JSON.parse(out) as number[]).buffer);
fs.writeFileSync(path.join(__dirname, 'fixtures/lstm_step_bits.json'), JSON.stringify(Array.from(bits, b => b.toString(16).padStart(8, '0'))));
