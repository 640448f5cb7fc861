// tf.train.RMSPropOptimizer. Slots in creation order: `rms` (ones), `mg` (zeros, centered
// only), `momentum` (zeros): `<var>/RMSProp`, `<var>/RMSProp_1`, `<var>/RMSProp_2`.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyCenteredRMSProp, ApplyRMSProp } from '../ops/training/rmsprop';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom, required } from './options';

export interface RMSPropOptions extends BaseOptions {
  learningRate: Hyperparameter; decay?: Hyperparameter; momentum?: Hyperparameter; epsilon?: Hyperparameter; centered?: boolean;
}

export class RMSPropOptimizer extends Optimizer {
  static readonly pythonArgs = ['learning_rate', 'decay', 'momentum', 'epsilon', 'use_locking', 'centered', 'name'] as const;
  readonly learningRate: Hyperparameter;
  readonly decay: Hyperparameter;
  readonly momentum: Hyperparameter;
  readonly epsilon: Hyperparameter;
  readonly centered: boolean;
  private t: Record<'lr' | 'decay' | 'momentum' | 'epsilon', Tensor> | null = null;

  constructor(arg: RMSPropOptions | Hyperparameter) {
    const o = optionsFrom(arg);
    super(o.useLocking ?? false, o.name ?? 'RMSProp');
    this.learningRate = required(o.learningRate, 'learning_rate', 'RMSPropOptimizer');
    this.decay = o.decay ?? 0.9;
    this.momentum = o.momentum ?? 0.0;
    this.epsilon = o.epsilon ?? 1e-10;
    this.centered = o.centered ?? false;
  }
  get typeName() { return 'RMSPropOptimizer'; }

  protected override createSlots(varList: Variable[]): void {
    for (const v of varList) {
      this.getOrMakeSlot(v, 1, 'rms');
      if (this.centered) this.zerosSlot(v, 'mg');
      this.zerosSlot(v, 'momentum');
    }
  }
  protected override prepare(): void {
    this.t = {
      lr: hyperTensor(this.learningRate, 'learning_rate'),
      decay: hyperTensor(this.decay, 'decay'),
      momentum: hyperTensor(this.momentum, 'momentum'),
      epsilon: hyperTensor(this.epsilon, 'epsilon'),
    };
  }
  protected override learningRateTensor() { return this.t?.lr ?? null; }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    const d = v.dtype, t = this.t!;
    const rms = this.slotOf(v, 'rms'), mom = this.slotOf(v, 'momentum');
    const hypers = [castTo(t.lr, d), castTo(t.decay, d), castTo(t.momentum, d), castTo(t.epsilon, d)];
    const attrs = { use_locking: this.useLocking };
    if (this.centered) {
      const mg = this.slotOf(v, 'mg');
      return ApplyCenteredRMSProp.make([v.ref, mg.ref, rms.ref, mom.ref, ...hypers, grad], attrs);
    }
    return ApplyRMSProp.make([v.ref, rms.ref, mom.ref, ...hypers, grad], attrs);
  }
}
