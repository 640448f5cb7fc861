// The optimizer test vectors of tf1-semantics §8 (TF's own tests, and [computed] rows from the
// §5.2 equations), through apply_gradients with constant gradients as TF's tests do.
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { runConstantGradients, assertClose, value } from './helpers';

const pairCases = [{ init: [1, 2], grad: [0.1, 0.1] }, { init: [3, 4], grad: [0.01, 0.01] }];
const zeroCases = [{ init: [0, 0], grad: [0.1, 0.2] }, { init: [0, 0], grad: [0.01, 0.02] }];

describe('optimizers: §8 test vectors', () => {
  beforeEach(() => clearDefaultGraphState());

  it('Momentum: lr 2.0, momentum 0.9, two steps', () => {
    const opt = new tf.train.MomentumOptimizer({ learningRate: 2.0, momentum: 0.9 });
    const { history, vars, sess } = runConstantGradients(opt, pairCases, 2);
    assertClose(history[0][0], [0.8, 1.8]);
    assertClose(history[0][1], [2.98, 3.98]);
    assertClose(value(sess, opt.getSlot(vars[0], 'momentum')!), [0.19, 0.19]);
    assertClose(value(sess, opt.getSlot(vars[1], 'momentum')!), [0.019, 0.019]);
    assertClose(history[1][0], [0.42, 1.42]);
    assertClose(history[1][1], [2.942, 3.942]);
  });

  it('Momentum with Nesterov', () => {
    const opt = new tf.train.MomentumOptimizer({ learningRate: 2.0, momentum: 0.9, useNesterov: true });
    const { history } = runConstantGradients(opt, pairCases, 2);
    assertClose(history[1][0], [0.078, 1.078]);
    assertClose(history[1][1], [2.9078, 3.9078]);
  });

  it('Adagrad: lr 3.0, initial accumulator 0.1, three steps', () => {
    const { history } = runConstantGradients(new tf.train.AdagradOptimizer({ learningRate: 3.0, initialAccumulatorValue: 0.1 }), pairCases, 3);
    assertClose(history[2][0], [-1.6026098728179932, -0.6026098728179932]);
    assertClose(history[2][1], [2.715679168701172, 3.715679168701172]);
  });

  it('Ftrl: lr 3.0, l1 = l2 = 0, three steps', () => {
    const { history } = runConstantGradients(new tf.train.FtrlOptimizer({ learningRate: 3.0, initialAccumulatorValue: 0.1 }), zeroCases, 3);
    assertClose(history[2][0], [-2.60260963, -4.29698515]);
    assertClose(history[2][1], [-0.28432083, -0.56694895]);
  });

  it('Ftrl with l2 shrinkage builds ApplyFtrlV2', () => {
    const { train } = runConstantGradients(new tf.train.FtrlOptimizer({ learningRate: 3.0, l2ShrinkageRegularizationStrength: 0.1 }), zeroCases, 1);
    const types = tf.getDefaultGraph().getOperations().map(o => o.type);
    if (!types.includes('ApplyFtrlV2') || train.type !== 'NoOp') throw new Error(`expected ApplyFtrlV2, got ${types}`);
  });

  it('ProximalAdagrad: same numbers as Ftrl', () => {
    const { history } = runConstantGradients(new tf.train.ProximalAdagradOptimizer({ learningRate: 3.0, initialAccumulatorValue: 0.1 }), zeroCases, 3);
    assertClose(history[2][0], [-2.60260963, -4.29698515]);
    assertClose(history[2][1], [-0.28432083, -0.56694895]);
  });

  it('ProximalGradientDescent without regularization', () => {
    const { history } = runConstantGradients(new tf.train.ProximalGradientDescentOptimizer(3.0), zeroCases, 3);
    assertClose(history[2][0], [-0.9, -1.8]);
    assertClose(history[2][1], [-0.09, -0.18]);
  });

  it('ProximalGradientDescent with l1 0.001, l2 2.0, ten steps', () => {
    const opt = new tf.train.ProximalGradientDescentOptimizer({ learningRate: 3.0, l1RegularizationStrength: 0.001, l2RegularizationStrength: 2.0 });
    const { history } = runConstantGradients(opt, [{ init: [1, 2], grad: [0.1, 0.2] }, { init: [4, 3], grad: [0.01, 0.02] }], 10);
    assertClose(history[9][0], [-0.0495, -0.0995], 1e-4);
    assertClose(history[9][1], [-0.0045, -0.0095], 1e-4);
  });

  it('Adam with defaults: about lr·sign(g) per step', () => {
    const { history } = runConstantGradients(new tf.train.AdamOptimizer(), [{ init: [1, 2], grad: [0.1, 0.1] }], 3);
    assertClose(history[0][0], [0.999, 1.999]);
    assertClose(history[1][0], [0.998, 1.998]);
    assertClose(history[2][0], [0.997, 1.997]);
  });

  it('Adam advances beta1_power and beta2_power once per step', () => {
    const opt = new tf.train.AdamOptimizer();
    const { sess } = runConstantGradients(opt, pairCases, 2);
    const names = opt.variables().map(v => v.op.name);
    const b1 = opt.variables().find(v => v.op.name === 'beta1_power')!;
    const b2 = opt.variables().find(v => v.op.name === 'beta2_power')!;
    assertClose(value(sess, b1), [0.9 ** 3], 1e-6, 0, `beta1_power of ${names}`);
    assertClose(value(sess, b2), [0.999 ** 3], 1e-6, 0);
  });

  it('RMSProp: lr 0.01, decay 0.9, two steps', () => {
    const { history } = runConstantGradients(new tf.train.RMSPropOptimizer({ learningRate: 0.01, decay: 0.9, momentum: 0, epsilon: 1e-10 }), [{ init: [1, 2], grad: [0.1, 0.2] }], 2);
    assertClose(history[0][0], [0.99894649, 1.99789648]);
    assertClose(history[1][0], [0.99783668, 1.99568461]);
  });

  it('RMSProp centered', () => {
    const { history } = runConstantGradients(new tf.train.RMSPropOptimizer({ learningRate: 0.01, decay: 0.9, epsilon: 1e-10, centered: true }), [{ init: [1, 2], grad: [0.1, 0.2] }], 2);
    assertClose(history[0][0], [0.99894643, 1.99789602]);
    assertClose(history[1][0], [0.99783638, 1.99568219]);
  });

  it('RMSProp with momentum 0.9', () => {
    const { history } = runConstantGradients(new tf.train.RMSPropOptimizer({ learningRate: 0.01, decay: 0.9, momentum: 0.9, epsilon: 1e-10 }), [{ init: [1, 2], grad: [0.1, 0.2] }], 2);
    assertClose(history[1][0], [0.99688853, 1.99379145]);
  });

  it('Adadelta: lr 1.0, rho 0.95, eps 1e-8, two steps', () => {
    const { history } = runConstantGradients(new tf.train.AdadeltaOptimizer({ learningRate: 1.0, rho: 0.95, epsilon: 1e-8 }), [{ init: [1, 2], grad: [0.1, 0.1] }], 2);
    assertClose(history[0][0], [0.99955279, 1.99955279]);
    assertClose(history[1][0], [0.99909988, 1.99909988]);
  });

  it('GradientDescent on float64 variables keeps float64 precision', () => {
    const { history } = runConstantGradients(new tf.train.GradientDescentOptimizer(3.0), [{ init: [1, 2], grad: [0.1, 0.1] }], 1, 'float64');
    assertClose(history[0][0], [0.7, 1.7], 1e-12, 0);
  });
});
