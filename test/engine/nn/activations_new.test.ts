// Selu (a new row of the activation table), crelu and swish: values against float64 loops
// written here, gradients by finite differences, and the second-order SeluGrad.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { assertThrowsText, run } from './helpers';

const SCALE = 1.0507009873554804934193349852946, ALPHA = 1.6732632423543772848170429916717;
const seluRef = (v: number) => (v > 0 ? SCALE * v : SCALE * ALPHA * (Math.exp(v) - 1));

describe('Selu, crelu, swish', () => {
  beforeEach(() => clearDefaultGraphState());

  it('selu matches scale * (x if x > 0 else alpha * (exp(x) - 1)) in float64', () => {
    const x = randomArray([4, 5], -3, 3);
    const y = run(tf.selu(tf.constant(x)));
    assert.equal(tf.selu(tf.constant(x)).op.type, 'Selu');
    for (let i = 0; i < x.size; i++) assert.ok(Math.abs(y.numeric[i] - seluRef(x.numeric[i])) < 1e-12, `element ${i}`);
  });
  it('Selu gradient (finite differences)', () => checkGradient(x => tf.selu(x), [randomArray([12], -2, 2)]));
  it('SeluGrad gradient (second order, both inputs)', () =>
    checkGradient((g, y) => tf.makeOp1('SeluGrad', [g, y]), [randomArray([8], -1, 1, 3), randomArray([8], -1.5, 2, 4)]));
  it('selu rejects integers with TF\'s TypeError', () => {
    assertThrowsText(() => tf.selu(tf.constant([1], 'int32')), 'TypeError',
      "Value passed to parameter 'features' has DataType int32 not in list of allowed values: float16, bfloat16, float32, float64");
  });

  it('crelu concatenates relu(x) and relu(-x) along the axis', () => {
    const x = randomArray([2, 3], -1, 1);
    const y = run(tf.crelu(tf.constant(x)));
    assert.deepEqual(y.shape, [2, 6]);
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 3; c++) {
        const v = x.numeric[r * 3 + c];
        assert.equal(y.numeric[r * 6 + c], Math.max(v, 0));
        assert.equal(y.numeric[r * 6 + 3 + c], Math.max(-v, 0));
      }
    }
    const on0 = run(tf.crelu(tf.constant(x), undefined, 0));
    assert.deepEqual(on0.shape, [4, 3]);
    assert.equal(tf.crelu(tf.constant(x)).name, 'CRelu_2/Relu:0');
  });
  it('crelu gradient', () => checkGradient(x => tf.crelu(x), [randomArray([2, 3], -1, 1, 9)]));

  it('swish is x * sigmoid(x) with its gradient', () => {
    const x = randomArray([7], -4, 4);
    const y = run(tf.swish(tf.constant(x)));
    for (let i = 0; i < 7; i++) { const v = x.numeric[i]; assert.ok(Math.abs(y.numeric[i] - v / (1 + Math.exp(-v))) < 1e-12); }
    checkGradient(t => tf.swish(t), [randomArray([6], -3, 3, 5)]);
  });
});
