// tf.train.AdagradOptimizer: accum ← accum + g²; var ← var − lr·g/sqrt(accum). Slot
// `accumulator` (`<var>/Adagrad`) starts at initial_accumulator_value.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyAdagrad } from '../ops/training/adagrad';
import { valueError } from '../errors';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom, required } from './options';

export interface AdagradOptions extends BaseOptions { learningRate: Hyperparameter; initialAccumulatorValue?: number }

export class AdagradOptimizer extends Optimizer {
  static readonly pythonArgs = ['learning_rate', 'initial_accumulator_value', 'use_locking', 'name'] as const;
  readonly learningRate: Hyperparameter;
  readonly initialAccumulatorValue: number;
  private lrT: Tensor | null = null;

  constructor(arg: AdagradOptions | Hyperparameter) {
    const o = optionsFrom(arg);
    const init = o.initialAccumulatorValue ?? 0.1;
    if (init <= 0) throw valueError(`initial_accumulator_value must be positive: ${init}`);
    super(o.useLocking ?? false, o.name ?? 'Adagrad');
    this.learningRate = required(o.learningRate, 'learning_rate', 'AdagradOptimizer');
    this.initialAccumulatorValue = init;
  }
  get typeName() { return 'AdagradOptimizer'; }

  protected override createSlots(varList: Variable[]): void {
    for (const v of varList) this.getOrMakeSlot(v, this.initialAccumulatorValue, 'accumulator');
  }
  protected override prepare(): void { this.lrT = hyperTensor(this.learningRate, 'learning_rate'); }
  protected override learningRateTensor() { return this.lrT; }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    const acc = this.slotOf(v, 'accumulator');
    return ApplyAdagrad.make([v.ref, acc.ref, castTo(this.lrT!, v.dtype), grad], { use_locking: this.useLocking, update_slots: true });
  }
}
