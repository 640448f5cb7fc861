// tf.train.MomentumOptimizer: accum ← momentum·accum + g; var ← var − lr·accum (or the
// Nesterov form). Slot `momentum`, named `<var>/Momentum`.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyMomentum } from '../ops/training/momentum';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom, required } from './options';

export interface MomentumOptions extends BaseOptions { learningRate: Hyperparameter; momentum: Hyperparameter; useNesterov?: boolean }

export class MomentumOptimizer extends Optimizer {
  static readonly pythonArgs = ['learning_rate', 'momentum', 'use_locking', 'name', 'use_nesterov'] as const;
  readonly learningRate: Hyperparameter;
  readonly momentum: Hyperparameter;
  readonly useNesterov: boolean;
  private lrT: Tensor | null = null;
  private momentumT: Tensor | null = null;

  constructor(arg: MomentumOptions) {
    const o = optionsFrom(arg);
    super(o.useLocking ?? false, o.name ?? 'Momentum');
    this.learningRate = required(o.learningRate, 'learning_rate', 'MomentumOptimizer');
    this.momentum = required(o.momentum, 'momentum', 'MomentumOptimizer');
    this.useNesterov = o.useNesterov ?? false;
  }
  get typeName() { return 'MomentumOptimizer'; }

  protected override createSlots(varList: Variable[]): void {
    for (const v of varList) this.zerosSlot(v, 'momentum');
  }
  protected override prepare(): void {
    this.lrT = hyperTensor(this.learningRate, 'learning_rate');
    this.momentumT = hyperTensor(this.momentum, 'momentum');
  }
  protected override learningRateTensor() { return this.lrT; }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    const accum = this.slotOf(v, 'momentum');
    return ApplyMomentum.make([v.ref, accum.ref, castTo(this.lrT!, v.dtype), grad, castTo(this.momentumT!, v.dtype)],
      { use_locking: this.useLocking, use_nesterov: this.useNesterov });
  }
}
