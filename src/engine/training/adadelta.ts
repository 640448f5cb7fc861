// tf.train.AdadeltaOptimizer. Slots `accum`, `accum_update` (zeros): `<var>/Adadelta`,
// `<var>/Adadelta_1`.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyAdadelta } from '../ops/training/adadelta';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom } from './options';

export interface AdadeltaOptions extends BaseOptions { learningRate?: Hyperparameter; rho?: Hyperparameter; epsilon?: Hyperparameter }

export class AdadeltaOptimizer extends Optimizer {
  static readonly pythonArgs = ['learning_rate', 'rho', 'epsilon', 'use_locking', 'name'] as const;
  readonly learningRate: Hyperparameter;
  readonly rho: Hyperparameter;
  readonly epsilon: Hyperparameter;
  private t: Record<'lr' | 'rho' | 'epsilon', Tensor> | null = null;

  constructor(arg: AdadeltaOptions | Hyperparameter = {}) {
    const o = optionsFrom(arg);
    super(o.useLocking ?? false, o.name ?? 'Adadelta');
    this.learningRate = o.learningRate ?? 0.001;
    this.rho = o.rho ?? 0.95;
    this.epsilon = o.epsilon ?? 1e-8;
  }
  get typeName() { return 'AdadeltaOptimizer'; }

  protected override createSlots(varList: Variable[]): void {
    for (const v of varList) {
      this.zerosSlot(v, 'accum');
      this.zerosSlot(v, 'accum_update');
    }
  }
  protected override prepare(): void {
    this.t = { lr: hyperTensor(this.learningRate, 'lr'), rho: hyperTensor(this.rho, 'rho'), epsilon: hyperTensor(this.epsilon, 'epsilon') };
  }
  protected override learningRateTensor() { return this.t?.lr ?? null; }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    const d = v.dtype, t = this.t!;
    return ApplyAdadelta.make([
      v.ref, this.slotOf(v, 'accum').ref, this.slotOf(v, 'accum_update').ref,
      castTo(t.lr, d), castTo(t.rho, d), castTo(t.epsilon, d), grad,
    ], { use_locking: this.useLocking });
  }
}
