// tf.train.FtrlOptimizer (FTRL-Proximal). Slots `accum` (initial_accumulator_value) and
// `linear` (zeros): `<var>/Ftrl`, `<var>/Ftrl_1` unless accum_name / linear_name say otherwise.
// With l2 shrinkage the update op is ApplyFtrlV2.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyFtrl, ApplyFtrlV2 } from '../ops/training/ftrl';
import { valueError } from '../errors';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom, required } from './options';

export interface FtrlOptions extends BaseOptions {
  learningRate: Hyperparameter; learningRatePower?: number; initialAccumulatorValue?: number;
  l1RegularizationStrength?: number; l2RegularizationStrength?: number;
  accumName?: string | null; linearName?: string | null; l2ShrinkageRegularizationStrength?: number;
}

const pyFloat = (x: number) => x.toFixed(6);

export class FtrlOptimizer extends Optimizer {
  static readonly pythonArgs = ['learning_rate', 'learning_rate_power', 'initial_accumulator_value', 'l1_regularization_strength',
    'l2_regularization_strength', 'use_locking', 'name', 'accum_name', 'linear_name', 'l2_shrinkage_regularization_strength'] as const;
  readonly learningRate: Hyperparameter;
  readonly learningRatePower: number;
  readonly initialAccumulatorValue: number;
  readonly l1: number;
  readonly l2: number;
  readonly l2Shrinkage: number;
  private readonly accumName: string | null;
  private readonly linearName: string | null;
  private t: Record<'lr' | 'lrPower' | 'l1' | 'l2' | 'l2Shrinkage', Tensor> | null = null;

  constructor(arg: FtrlOptions | Hyperparameter) {
    const o = optionsFrom(arg);
    super(o.useLocking ?? false, o.name ?? 'Ftrl');
    this.learningRate = required(o.learningRate, 'learning_rate', 'FtrlOptimizer');
    this.learningRatePower = o.learningRatePower ?? -0.5;
    this.initialAccumulatorValue = o.initialAccumulatorValue ?? 0.1;
    this.l1 = o.l1RegularizationStrength ?? 0;
    this.l2 = o.l2RegularizationStrength ?? 0;
    this.l2Shrinkage = o.l2ShrinkageRegularizationStrength ?? 0;
    if (this.initialAccumulatorValue < 0) throw valueError(`initial_accumulator_value ${pyFloat(this.initialAccumulatorValue)} needs to be positive or zero`);
    if (this.learningRatePower > 0) throw valueError(`learning_rate_power ${pyFloat(this.learningRatePower)} needs to be negative or zero`);
    if (this.l1 < 0) throw valueError(`l1_regularization_strength ${pyFloat(this.l1)} needs to be positive or zero`);
    if (this.l2 < 0) throw valueError(`l2_regularization_strength ${pyFloat(this.l2)} needs to be positive or zero`);
    if (this.l2Shrinkage < 0) throw valueError(`l2_shrinkage_regularization_strength ${pyFloat(this.l2Shrinkage)} needs to be positive or zero`);
    this.accumName = o.accumName ?? null;
    this.linearName = o.linearName ?? null;
  }
  get typeName() { return 'FtrlOptimizer'; }

  protected override createSlots(varList: Variable[]): void {
    for (const v of varList) {
      this.getOrMakeSlot(v, this.initialAccumulatorValue, 'accum', this.accumName ?? this.name);
      this.getOrMakeSlot(v, 0, 'linear', this.linearName ?? this.name);
    }
  }
  protected override prepare(): void {
    this.t = {
      lr: hyperTensor(this.learningRate, 'learning_rate'),
      l1: hyperTensor(this.l1, 'l1_regularization_strength'),
      l2: hyperTensor(this.l2, 'l2_regularization_strength'),
      l2Shrinkage: hyperTensor(this.l2Shrinkage, 'l2_shrinkage_regularization_strength'),
      lrPower: hyperTensor(this.learningRatePower, 'learning_rate_power'),
    };
  }
  protected override learningRateTensor() { return this.t?.lr ?? null; }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    const d = v.dtype, t = this.t!;
    const accum = this.slotOf(v, 'accum'), linear = this.slotOf(v, 'linear');
    const head = [v.ref, accum.ref, linear.ref, grad, castTo(t.lr, d), castTo(t.l1, d), castTo(t.l2, d)];
    const attrs = { use_locking: this.useLocking };
    if (this.l2Shrinkage <= 0) return ApplyFtrl.make([...head, castTo(t.lrPower, d)], attrs);
    return ApplyFtrlV2.make([...head, castTo(t.l2Shrinkage, d), castTo(t.lrPower, d)], attrs);
  }
}
