// Shared helpers for the training tests: run an optimizer on variables with constant
// gradients (how TF's own optimizer tests work) and compare to ~1e-5 relative.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';

export interface Case { init: number[]; grad: number[] }

/** Build vars and one apply op; run `steps` times; return the values after each step. */
export function runConstantGradients(opt: tf.train.Optimizer, cases: Case[], steps: number, dtype: tf.DType = 'float32') {
  const vars = cases.map(c => new tf.Variable(tf.constant(c.init, dtype)));
  const train = opt.applyGradients(cases.map((c, i) => [tf.constant(c.grad, dtype), vars[i]] as [tf.Tensor, tf.Variable]));
  const sess = new tf.Session();
  sess.run(tf.globalVariablesInitializer());
  const history: number[][][] = [];
  for (let s = 0; s < steps; s++) {
    sess.run(train);
    history.push(vars.map(v => (sess.run(v) as tf.NDArray).toArray()));
  }
  return { vars, train, sess, history };
}

export function assertClose(actual: number[], expected: number[], rtol = 1e-5, atol = 1e-6, what = ''): void {
  assert.equal(actual.length, expected.length, `${what} length`);
  actual.forEach((a, i) => {
    const e = expected[i];
    assert.ok(Math.abs(a - e) <= atol + rtol * Math.abs(e), `${what}[${i}]: got ${a}, expected ${e} (all: [${actual}] vs [${expected}])`);
  });
}

export function value(sess: tf.Session, t: tf.Tensor | tf.Variable): number[] {
  return (sess.run(t) as tf.NDArray).toArray();
}
