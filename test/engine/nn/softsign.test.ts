// Softsign (ops/nn/softsign.ts, the worked example of docs/ENGINE.md): values against the
// formula, the gradient against finite differences, TF's dtype error, and tf.nn.softsign from Python.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

describe('Softsign', () => {
  beforeEach(() => clearDefaultGraphState());

  it('computes x / (1 + |x|) in float64', () => {
    const x = randomArray([3, 4], -3, 3);
    const y = run(tf.softsign(tf.constant(x)));
    for (let i = 0; i < x.size; i++) assert.equal(y.numeric[i], x.numeric[i] / (1 + Math.abs(x.numeric[i])));
  });
  it('gradient (finite differences)', () => checkGradient(x => tf.softsign(x), [randomArray([3, 4], -2, 2)]));
  it('names the op Softsign and rejects integer features with TF\'s TypeError', () => {
    assert.equal(tf.softsign(tf.constant([1.5])).name, 'Softsign:0');
    assertThrowsText(() => tf.softsign(tf.constant([1], 'int32')), 'TypeError',
      "Value passed to parameter 'features' has DataType int32 not in list of allowed values: float16, bfloat16, float32, float64");
  });
  it('tf.nn.softsign from Python', () => {
    let out = '';
    const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
    const r = s.runCell('import tensorflow as tf\nprint(tf.Session().run(tf.nn.softsign([1., -3.], name="ss")), tf.nn.softsign([0.]).name)\n', '<cell 1>');
    assert.ok(r.ok);
    assert.equal(out, '[ 0.5  -0.75] Softsign:0\n');
  });
});
