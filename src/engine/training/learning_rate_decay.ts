// Learning-rate schedules (tf1-semantics §5.3), built from graph ops so the rate is recomputed
// from the current global step on every run. Each returns a scalar of learning_rate's dtype,
// named after its scope ("ExponentialDecay", ...). TF builds piecewise_constant and the cycle
// of polynomial_decay with tf.cond; Select gives the same values without control flow.
import { Tensor } from '../graph/tensor';
import { getDefaultGraph } from '../graph/default_graph';
import { convertToTensor, makeOp1, isConvertible, TensorLike } from '../ops/builder';
import { valueError } from '../errors';
import { castTo } from './hyperparameters';
import type { DType } from '../dtypes';

type Scalar = number | Tensor | { toTensor(asRef?: boolean): Tensor };

const op1 = (type: string, x: Tensor, name?: string) => makeOp1(type, [x], {}, name);
const op2 = (type: string, x: Tensor, y: Tensor, name?: string) => makeOp1(type, [x, y], {}, name);

/** A number as a Const of `dtype`; a tensor cast to `dtype` (math_ops.cast). */
function asDType(v: Scalar, dtype: DType, name: string): Tensor {
  if (typeof v === 'number') return convertToTensor(v, dtype, name);
  return castTo(isConvertible(v) ? v.toTensor() : v, dtype);
}

function requireGlobalStep(gs: Scalar | null | undefined, message: string): Scalar {
  if (gs === null || gs === undefined) throw valueError(message);
  return gs;
}

/** Open name_scope(name, defaultName); `build` gets the learning rate, its dtype and the scope. */
function schedule(name: string | null | undefined, defaultName: string, learningRate: TensorLike, build: (lr: Tensor, dtype: DType, scope: string) => Tensor): Tensor {
  const g = getDefaultGraph();
  return g.withNameScope(name ?? null, defaultName, scope => {
    const lr = convertToTensor(learningRate, null, 'learning_rate');
    return build(lr, lr.dtype, scope);
  });
}

/** global_step / decay_steps, floored when staircase. */
function progress(gs: Tensor, ds: Tensor, staircase: boolean): Tensor {
  const p = op2('RealDiv', gs, ds, 'truediv');
  return staircase ? op1('Floor', p) : p;
}

/** lr · decay_rate^(global_step / decay_steps). */
export function exponentialDecay(learningRate: TensorLike, globalStep: Scalar, decaySteps: Scalar, decayRate: Scalar, staircase = false, name?: string | null): Tensor {
  const gsIn = requireGlobalStep(globalStep, 'global_step is required for exponential_decay.');
  return schedule(name, 'ExponentialDecay', learningRate, (lr, dtype, scope) => {
    const p = progress(asDType(gsIn, dtype, 'global_step'), asDType(decaySteps, dtype, 'decay_steps'), staircase);
    return op2('Mul', lr, op2('Pow', asDType(decayRate, dtype, 'decay_rate'), p), scope);
  });
}

/** lr · exp(−decay_rate · p). */
export function naturalExpDecay(learningRate: TensorLike, globalStep: Scalar, decaySteps: Scalar, decayRate: Scalar, staircase = false, name?: string | null): Tensor {
  const gsIn = requireGlobalStep(globalStep, 'global_step is required for natural_exp_decay.');
  return schedule(name, 'NaturalExpDecay', learningRate, (lr, dtype, scope) => {
    const p = progress(asDType(gsIn, dtype, 'global_step'), asDType(decaySteps, dtype, 'decay_steps'), staircase);
    const exponent = op1('Exp', op2('Mul', op1('Neg', asDType(decayRate, dtype, 'decay_rate')), p));
    return op2('Mul', lr, exponent, scope);
  });
}

/** lr / (1 + decay_rate · p). */
export function inverseTimeDecay(learningRate: TensorLike, globalStep: Scalar, decaySteps: Scalar, decayRate: Scalar, staircase = false, name?: string | null): Tensor {
  const gsIn = requireGlobalStep(globalStep, 'global_step is required for inverse_time_decay.');
  return schedule(name, 'InverseTimeDecay', learningRate, (lr, dtype, scope) => {
    const p = progress(asDType(gsIn, dtype, 'global_step'), asDType(decaySteps, dtype, 'decay_steps'), staircase);
    const denom = op2('Add', convertToTensor(1, dtype, 'Const'), op2('Mul', asDType(decayRate, dtype, 'decay_rate'), p));
    return op2('RealDiv', lr, denom, scope);
  });
}

/**
 * (lr − end)·(1 − gs/ds)^power + end, with gs clamped to ds; or, with cycle, ds stretched to the
 * next multiple of itself past gs (1 multiple at gs = 0).
 */
export function polynomialDecay(learningRate: TensorLike, globalStep: Scalar, decaySteps: Scalar, endLearningRate: Scalar = 0.0001, power: Scalar = 1.0, cycle = false, name?: string | null): Tensor {
  const gsIn = requireGlobalStep(globalStep, 'global_step is required for polynomial_decay.');
  return schedule(name, 'PolynomialDecay', learningRate, (lr, dtype, scope) => {
    const end = asDType(endLearningRate, dtype, 'end_learning_rate');
    const pow = asDType(power, dtype, 'power');
    let gs = asDType(gsIn, dtype, 'global_step');
    let ds = asDType(decaySteps, dtype, 'decay_steps');
    if (cycle) {
      const isZero = op2('Equal', gs, convertToTensor(0, dtype, 'zero'));
      const multiplier = makeOp1('Select', [isZero, convertToTensor(1, dtype, 'one'), op1('Ceil', op2('RealDiv', gs, ds, 'truediv'))], {}, 'multiplier');
      ds = op2('Mul', ds, multiplier);
    } else {
      gs = op2('Minimum', gs, ds);
    }
    const p = op2('RealDiv', gs, ds, 'truediv');
    const oneMinusP = op2('Sub', convertToTensor(1, dtype, 'one'), p, 'sub');
    const decayed = op2('Mul', op2('Sub', lr, end, 'sub'), op2('Pow', oneMinusP, pow));
    return op2('Add', decayed, end, scope);
  });
}

/**
 * values[0] while x ≤ boundaries[0], values[i] while boundaries[i−1] < x ≤ boundaries[i],
 * values[last] past the last boundary.
 */
export function piecewiseConstant(x: Scalar, boundaries: Scalar[], values: TensorLike[], name?: string | null): Tensor {
  if (values.length !== boundaries.length + 1) throw valueError('The length of boundaries should be 1 less than the length of values');
  const g = getDefaultGraph();
  return g.withNameScope(name ?? null, 'PiecewiseConstant', scope => {
    const xT = isConvertible(x) ? x.toTensor() : convertToTensor(x as TensorLike);
    const bounds = boundaries.map((b, i) => {
      const t = typeof b === 'number' ? convertToTensor(b, xT.dtype, `boundary_${i}`) : (isConvertible(b) ? b.toTensor() : b);
      if (t.dtype !== xT.dtype) throw valueError(`Boundaries (${t.dtype}) must have the same dtype as x (${xT.dtype}).`);
      return t;
    });
    const vals = values.map((v, i) => convertToTensor(v, null, `value_${i}`));
    for (const v of vals) if (v.dtype !== vals[0].dtype) throw valueError(`Values must have elements all with the same dtype (${vals[0].dtype} vs ${v.dtype}).`);
    let result = vals[vals.length - 1];
    for (let i = bounds.length - 1; i >= 0; i--) {
      const inRange = op2('LessEqual', xT, bounds[i]);
      result = makeOp1('Select', [inRange, vals[i], result], {}, i === 0 ? scope : 'Select');
    }
    return result.op.name === scope.slice(0, -1) ? result : op1('Identity', result, scope);
  });
}

/** 0.5·(1 + cos(π·min(gs, ds)/ds)), blended with alpha: lr·((1 − α)·c + α). */
export function cosineDecay(learningRate: TensorLike, globalStep: Scalar, decaySteps: Scalar, alpha: Scalar = 0.0, name?: string | null): Tensor {
  const gsIn = requireGlobalStep(globalStep, 'cosine decay requires global_step');
  return schedule(name, 'CosineDecay', learningRate, (lr, dtype, scope) => {
    const ds = asDType(decaySteps, dtype, 'decay_steps');
    const gs = op2('Minimum', asDType(gsIn, dtype, 'global_step'), ds);
    const fraction = op2('RealDiv', gs, ds, 'truediv');
    const cosine = halfCosine(fraction, dtype, null);
    return op2('Mul', lr, blend(cosine, asDType(alpha, dtype, 'alpha'), dtype), scope);
  });
}

/**
 * SGDR: period i lasts first_decay_steps·t_mul^i and starts at amplitude m_mul^i; within a
 * period the rate follows the cosine curve of cosine_decay.
 */
export function cosineDecayRestarts(learningRate: TensorLike, globalStep: Scalar, firstDecaySteps: Scalar, tMul = 2.0, mMul = 1.0, alpha: Scalar = 0.0, name?: string | null): Tensor {
  const gsIn = requireGlobalStep(globalStep, 'cosine decay restarts requires global_step');
  return schedule(name, 'SGDRDecay', learningRate, (lr, dtype, scope) => {
    const c = (v: number, n: string) => convertToTensor(v, dtype, n);
    let fraction = op2('RealDiv', asDType(gsIn, dtype, 'global_step'), asDType(firstDecaySteps, dtype, 'first_decay_steps'), 'truediv');
    let restart: Tensor;
    if (tMul === 1.0) {
      restart = op1('Floor', fraction);
      fraction = op2('Sub', fraction, restart, 'sub');
    } else {
      // Geometric periods: restart i = floor(log(1 − f·(1 − t_mul)) / log(t_mul)).
      const logArg = op2('Sub', c(1, 'one'), op2('Mul', fraction, c(1 - tMul, 'one_minus_t_mul')), 'sub');
      restart = op1('Floor', op2('RealDiv', op1('Log', logArg), c(Math.log(tMul), 'log_t_mul'), 'truediv'));
      const tPow = op2('Pow', c(tMul, 't_mul'), restart);
      const sumR = op2('RealDiv', op2('Sub', c(1, 'one'), tPow, 'sub'), c(1 - tMul, 'one_minus_t_mul'), 'truediv');
      fraction = op2('RealDiv', op2('Sub', fraction, sumR, 'sub'), tPow, 'truediv');
    }
    const amplitude = op2('Pow', c(mMul, 'm_mul'), restart);
    const cosine = halfCosine(fraction, dtype, amplitude);
    return op2('Mul', lr, blend(cosine, asDType(alpha, dtype, 'alpha'), dtype), scope);
  });
}

/** gs clamped to ds; lr·((α + (ds − gs)/ds)·0.5(1 + cos(2π·num_periods·gs/ds)) + β). */
export function linearCosineDecay(learningRate: TensorLike, globalStep: Scalar, decaySteps: Scalar, numPeriods: Scalar = 0.5, alpha: Scalar = 0.0, beta: Scalar = 0.001, name?: string | null): Tensor {
  const gsIn = requireGlobalStep(globalStep, 'linear cosine decay requires global_step');
  return schedule(name, 'LinearCosineDecay', learningRate, (lr, dtype, scope) => {
    const ds = asDType(decaySteps, dtype, 'decay_steps');
    const gs = op2('Minimum', asDType(gsIn, dtype, 'global_step'), ds);
    const linear = op2('RealDiv', op2('Sub', ds, gs, 'sub'), ds, 'truediv');
    const fraction = op2('Mul', op2('Mul', convertToTensor(2, dtype, 'two'), asDType(numPeriods, dtype, 'num_periods')), op2('RealDiv', gs, ds, 'truediv'));
    const cosine = halfCosine(fraction, dtype, null);
    const decayed = op2('Add', op2('Mul', op2('Add', asDType(alpha, dtype, 'alpha'), linear), cosine), asDType(beta, dtype, 'beta'));
    return op2('Mul', lr, decayed, scope);
  });
}

/** amplitude · 0.5 · (1 + cos(π·fraction)). */
function halfCosine(fraction: Tensor, dtype: DType, amplitude: Tensor | null): Tensor {
  const cos = op1('Cos', op2('Mul', convertToTensor(Math.PI, dtype, 'pi'), fraction));
  let half = op2('Mul', convertToTensor(0.5, dtype, 'half'), op2('Add', convertToTensor(1, dtype, 'one'), cos));
  if (amplitude) half = op2('Mul', amplitude, half);
  return half;
}

/** (1 − α)·c + α. */
function blend(c: Tensor, alpha: Tensor, dtype: DType): Tensor {
  return op2('Add', op2('Mul', op2('Sub', convertToTensor(1, dtype, 'one'), alpha, 'sub'), c), alpha);
}
