// tf.train functions that are not classes: learning-rate schedules (tf1-semantics §5.3) and the
// global-step helpers (§5.4). Numbers stay numbers (TF makes them Consts of the rate's dtype);
// tensors and variables are used as they are, re-read on every run.
import type { PyValue } from '../../../objects/core';
import { PyList, PyTuple } from '../../../objects/containers';
import * as tf from '../../../../engine';
import { entry, TableEntry, toTensorLike } from '../../../bind';
import { typeError } from '../../../exceptions';
import { typeOf } from '../../../runtime/type-name';
import { isEngineBacked } from '../convert';
import { out } from '../define';
import { graphArg, sessionArg } from './session';

type Scalar = number | tf.Tensor | tf.Variable;

/** A schedule's scalar argument: a Python number, or a Tensor/Variable; None stays null. */
function scalar(v: unknown, fn: string, param: string): Scalar | null {
  if (v === null || v === undefined) return null;
  const x = v as tf.TensorLike;
  if (x instanceof tf.Tensor || x instanceof tf.Variable) return x;
  if (x instanceof tf.NDArray) {
    if (x.size !== 1) throw typeError(`${fn}() argument '${param}' must be a scalar`);
    return Number(x.numeric[0]);
  }
  if (typeof x === 'number' || typeof x === 'boolean') return Number(x);
  const arr = (x as tf.PlainValue).toNDArray(null);
  if (arr.size !== 1 || arr.shape.length !== 0) throw typeError(`${fn}() argument '${param}' must be a scalar`);
  return Number(arr.numeric[0]);
}
const s = (v: unknown, fn: string, p: string) => scalar(v, fn, p) as Scalar;

const LR = { name: 'learning_rate', type: 'tensor' } as const;
const GS = { name: 'global_step', type: 'tensor', doc: 'usually the variable minimize(global_step=...) increments' } as const;
const tensor = <N extends string>(name: N) => ({ name, type: 'tensor' }) as const;
const tensorOr = <N extends string>(name: N, dflt: number) => ({ name, default: { float: dflt }, type: 'tensor' }) as const;
const STAIRCASE = { name: 'staircase', default: false, type: 'flag' } as const;
const NAME = { name: 'name', default: null, type: 'name' } as const;

function decay(pyName: string, doc: string, build: typeof tf.train.exponentialDecay): TableEntry {
  return entry({
    name: `tf.train.${pyName}`, doc,
    params: [LR, GS, tensor('decay_steps'), tensor('decay_rate'), STAIRCASE, NAME],
  }, a => out(build(a.learning_rate as tf.TensorLike, scalar(a.global_step, pyName, 'global_step') as Scalar, s(a.decay_steps, pyName, 'decay_steps'),
    s(a.decay_rate, pyName, 'decay_rate'), a.staircase as boolean, a.name as string | null)));
}

function listOf(v: PyValue, fn: string, param: string): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  throw typeError(`${fn}() argument '${param}' must be a list, not ${typeOf(v).name}`);
}
const engineOf = (v: PyValue): unknown => (isEngineBacked(v) ? v.engineValue() : v);

export const TRAIN_TABLE: readonly TableEntry[] = [
  decay('exponential_decay', 'Applies exponential decay to the learning rate: lr · decay_rate^(global_step / decay_steps).', tf.train.exponentialDecay),
  decay('natural_exp_decay', 'Applies natural exponential decay: lr · exp(−decay_rate · global_step / decay_steps).', tf.train.naturalExpDecay),
  decay('inverse_time_decay', 'Applies inverse time decay: lr / (1 + decay_rate · global_step / decay_steps).', tf.train.inverseTimeDecay),
  entry({
    name: 'tf.train.polynomial_decay', doc: 'Applies a polynomial decay to the learning rate.',
    params: [LR, GS, tensor('decay_steps'), tensorOr('end_learning_rate', 0.0001), tensorOr('power', 1.0), { name: 'cycle', default: false, type: 'flag' }, NAME],
  }, a => out(tf.train.polynomialDecay(a.learning_rate, scalar(a.global_step, 'polynomial_decay', 'global_step') as Scalar, s(a.decay_steps, 'polynomial_decay', 'decay_steps'),
    s(a.end_learning_rate, 'polynomial_decay', 'end_learning_rate'), s(a.power, 'polynomial_decay', 'power'), a.cycle, a.name))),
  entry({
    name: 'tf.train.cosine_decay', doc: 'Applies cosine decay to the learning rate.',
    params: [LR, GS, tensor('decay_steps'), tensorOr('alpha', 0.0), NAME],
  }, a => out(tf.train.cosineDecay(a.learning_rate, scalar(a.global_step, 'cosine_decay', 'global_step') as Scalar, s(a.decay_steps, 'cosine_decay', 'decay_steps'),
    s(a.alpha, 'cosine_decay', 'alpha'), a.name))),
  entry({
    name: 'tf.train.cosine_decay_restarts', doc: 'Applies cosine decay with restarts (SGDR) to the learning rate.',
    params: [LR, GS, tensor('first_decay_steps'), { name: 't_mul', default: { float: 2.0 }, type: 'float' }, { name: 'm_mul', default: { float: 1.0 }, type: 'float' }, tensorOr('alpha', 0.0), NAME],
  }, a => out(tf.train.cosineDecayRestarts(a.learning_rate, scalar(a.global_step, 'cosine_decay_restarts', 'global_step') as Scalar,
    s(a.first_decay_steps, 'cosine_decay_restarts', 'first_decay_steps'), a.t_mul, a.m_mul, s(a.alpha, 'cosine_decay_restarts', 'alpha'), a.name))),
  entry({
    name: 'tf.train.linear_cosine_decay', doc: 'Applies linear cosine decay to the learning rate.',
    params: [LR, GS, tensor('decay_steps'), tensorOr('num_periods', 0.5), tensorOr('alpha', 0.0), tensorOr('beta', 0.001), NAME],
  }, a => out(tf.train.linearCosineDecay(a.learning_rate, scalar(a.global_step, 'linear_cosine_decay', 'global_step') as Scalar,
    s(a.decay_steps, 'linear_cosine_decay', 'decay_steps'), s(a.num_periods, 'linear_cosine_decay', 'num_periods'), s(a.alpha, 'linear_cosine_decay', 'alpha'),
    s(a.beta, 'linear_cosine_decay', 'beta'), a.name))),
  entry({
    name: 'tf.train.piecewise_constant', doc: 'Piecewise constant from boundaries and interval values.',
    params: [{ name: 'x', type: 'tensor' }, { name: 'boundaries' }, { name: 'values' }, NAME],
  }, a => out(tf.train.piecewiseConstant(s(a.x, 'piecewise_constant', 'x'),
    listOf(a.boundaries as PyValue, 'piecewise_constant', 'boundaries').map(b => s(toTensorLike(b), 'piecewise_constant', 'boundaries')),
    listOf(a.values as PyValue, 'piecewise_constant', 'values').map(toTensorLike), a.name)),
  { aliases: ['tf.train.piecewise_constant_decay'] }),
  entry({
    name: 'tf.train.get_global_step', doc: 'The global step tensor (GLOBAL_STEP collection, else `global_step:0`), or None.',
    params: [{ name: 'graph', default: null }],
  }, a => out(tf.train.getGlobalStep(graphArg(a.graph as PyValue)))),
  entry({
    name: 'tf.train.create_global_step', doc: 'Create an int64 scalar `global_step` variable in the graph.',
    params: [{ name: 'graph', default: null }],
  }, a => out(tf.train.createGlobalStep(graphArg(a.graph as PyValue)))),
  entry({
    name: 'tf.train.get_or_create_global_step', doc: 'The global step tensor, created if missing.',
    params: [{ name: 'graph', default: null }],
  }, a => out(tf.train.getOrCreateGlobalStep(graphArg(a.graph as PyValue)))),
  entry({
    name: 'tf.train.global_step', doc: 'The global step as a Python int, read in `sess`.',
    params: [{ name: 'sess' }, { name: 'global_step_tensor', type: 'tensor' }],
  }, a => tf.train.globalStep(sessionArg(a.sess as PyValue)!, a.global_step_tensor as tf.Tensor | tf.Variable)),
  entry({
    name: 'tf.train.assert_global_step', doc: 'Raise TypeError unless the argument is a scalar integer Variable or Tensor.',
    params: [{ name: 'global_step_tensor' }],
  }, a => { tf.train.assertGlobalStep(engineOf(a.global_step_tensor as PyValue)); return null; }),
];
