// tf.train.GradientDescentOptimizer: var ← var − lr·g. No slots.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyGradientDescent } from '../ops/training/gradient_descent';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom, required } from './options';

export interface GradientDescentOptions extends BaseOptions { learningRate: Hyperparameter }

export class GradientDescentOptimizer extends Optimizer {
  static readonly pythonArgs = ['learning_rate', 'use_locking', 'name'] as const;
  readonly learningRate: Hyperparameter;
  private lrT: Tensor | null = null;

  constructor(arg: GradientDescentOptions | Hyperparameter) {
    const o = optionsFrom(arg);
    super(o.useLocking ?? false, o.name ?? 'GradientDescent');
    this.learningRate = required(o.learningRate, 'learning_rate', 'GradientDescentOptimizer');
  }
  get typeName() { return 'GradientDescentOptimizer'; }

  protected override prepare(): void { this.lrT = hyperTensor(this.learningRate, 'learning_rate'); }
  protected override learningRateTensor() { return this.lrT; }
  protected applyDense(grad: Tensor, v: Variable): Operation {
    return ApplyGradientDescent.make([v.ref, castTo(this.lrT!, v.dtype), grad], { use_locking: this.useLocking });
  }
  protected override updateScaleOf(applyOp: Operation) { return applyOp.inputs[1]; }
}
