// tf.train.GradientDescentOptimizer: var ← var − lr·g. No slots.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import { ApplyGradientDescent } from '../ops/training/gradient_descent';
import { makeOp1 } from '../ops/builder';
import type { IndexedSlices } from '../graph/indexed_slices';
import { OpType } from '../ops/op_types';
import { ScatterSub } from '../ops/state/scatter';
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
  /** TF's GradientDescent on IndexedSlices: scatter_sub(var, indices, lr · values), the touched rows only. */
  protected override applySparse(grad: IndexedSlices, v: Variable): Operation {
    const delta = makeOp1(OpType.Mul, [grad.values, castTo(this.lrT!, v.dtype)]);
    return ScatterSub.make([v.ref, grad.indices, delta], { use_locking: this.useLocking });
  }
}
