// tf.train.ProximalGradientDescentOptimizer and ProximalAdagradOptimizer: a gradient step
// followed by the l1/l2 proximal map. ProximalAdagrad keeps an `accumulator` slot
// (`<var>/ProximalAdagrad`).
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyProximalGradientDescent } from '../ops/training/gradient_descent';
import { ApplyProximalAdagrad } from '../ops/training/adagrad';
import { valueError } from '../errors';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom, required } from './options';

interface ProximalOptions extends BaseOptions { learningRate: Hyperparameter; l1RegularizationStrength?: number; l2RegularizationStrength?: number }
export type ProximalGradientDescentOptions = ProximalOptions;
export interface ProximalAdagradOptions extends ProximalOptions { initialAccumulatorValue?: number }

type Hypers = Record<'lr' | 'l1' | 'l2', Tensor>;

abstract class ProximalBase extends Optimizer {
  readonly learningRate: Hyperparameter;
  readonly l1: number;
  readonly l2: number;
  protected t: Hypers | null = null;
  constructor(o: Partial<ProximalOptions>, defaultName: string, ctor: string) {
    super(o.useLocking ?? false, o.name ?? defaultName);
    this.learningRate = required(o.learningRate, 'learning_rate', ctor);
    this.l1 = o.l1RegularizationStrength ?? 0;
    this.l2 = o.l2RegularizationStrength ?? 0;
  }
  protected override prepare(): void {
    this.t = {
      lr: hyperTensor(this.learningRate, 'learning_rate'),
      l1: hyperTensor(this.l1, 'l1_regularization_strength'),
      l2: hyperTensor(this.l2, 'l2_regularization_strength'),
    };
  }
  protected override learningRateTensor() { return this.t?.lr ?? null; }
  protected hypers(v: Variable): Tensor[] { const t = this.t!; return [castTo(t.lr, v.dtype), castTo(t.l1, v.dtype), castTo(t.l2, v.dtype)]; }
}

export class ProximalGradientDescentOptimizer extends ProximalBase {
  static readonly pythonArgs = ['learning_rate', 'l1_regularization_strength', 'l2_regularization_strength', 'use_locking', 'name'] as const;
  constructor(arg: ProximalGradientDescentOptions | Hyperparameter) {
    super(optionsFrom(arg), 'ProximalGradientDescent', 'ProximalGradientDescentOptimizer');
  }
  get typeName() { return 'ProximalGradientDescentOptimizer'; }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    return ApplyProximalGradientDescent.make([v.ref, ...this.hypers(v), grad], { use_locking: this.useLocking });
  }
}

export class ProximalAdagradOptimizer extends ProximalBase {
  static readonly pythonArgs = ['learning_rate', 'initial_accumulator_value', 'l1_regularization_strength', 'l2_regularization_strength', 'use_locking', 'name'] as const;
  readonly initialAccumulatorValue: number;
  constructor(arg: ProximalAdagradOptions | Hyperparameter) {
    const o = optionsFrom(arg);
    const init = o.initialAccumulatorValue ?? 0.1;
    if (init <= 0) throw valueError(`initial_accumulator_value must be positive: ${init}`);
    super(o, 'ProximalAdagrad', 'ProximalAdagradOptimizer');
    this.initialAccumulatorValue = init;
  }
  get typeName() { return 'ProximalAdagradOptimizer'; }
  protected override createSlots(varList: Variable[]): void {
    for (const v of varList) this.getOrMakeSlot(v, this.initialAccumulatorValue, 'accumulator');
  }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    const acc = this.slotOf(v, 'accumulator');
    return ApplyProximalAdagrad.make([v.ref, acc.ref, ...this.hypers(v), grad], { use_locking: this.useLocking });
  }
}
