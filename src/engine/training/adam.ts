// tf.train.AdamOptimizer. Slots `m`, `v` (`<var>/Adam`, `<var>/Adam_1`) and the non-slot
// accumulators `beta1_power`, `beta2_power` holding β^t, advanced in `finish` after every
// variable's update.
import type { Tensor } from '../graph/tensor';
import type { Operation } from '../graph/operation';
import type { Variable } from '../variables/variable';
import type { Graph } from '../graph/graph';
import { isConvertible } from '../ops/builder';
import { makeOp1 } from '../ops/builder';
import { ApplyAdam } from '../ops/training/adam';
import { Assign } from '../ops/state/assign';
import { group } from '../ops/control';
import { Optimizer } from './optimizer';
import { Hyperparameter, hyperTensor, castTo } from './hyperparameters';
import { BaseOptions, optionsFrom } from './options';

export interface AdamOptions extends BaseOptions { learningRate?: Hyperparameter; beta1?: Hyperparameter; beta2?: Hyperparameter; epsilon?: Hyperparameter }

export class AdamOptimizer extends Optimizer {
  static readonly pythonArgs = ['learning_rate', 'beta1', 'beta2', 'epsilon', 'use_locking', 'name'] as const;
  readonly learningRate: Hyperparameter;
  readonly beta1: Hyperparameter;
  readonly beta2: Hyperparameter;
  readonly epsilon: Hyperparameter;
  private lrT: Tensor | null = null;
  private beta1T: Tensor | null = null;
  private beta2T: Tensor | null = null;
  private epsilonT: Tensor | null = null;

  constructor(arg: AdamOptions | Hyperparameter = {}) {
    const o = optionsFrom(arg);
    super(o.useLocking ?? false, o.name ?? 'Adam');
    this.learningRate = o.learningRate ?? 0.001;
    this.beta1 = o.beta1 ?? 0.9;
    this.beta2 = o.beta2 ?? 0.999;
    this.epsilon = o.epsilon ?? 1e-8;
  }
  get typeName() { return 'AdamOptimizer'; }

  protected override createSlots(varList: Variable[]): void {
    // Colocated with the first variable by name, as TF does; the name is what matters here.
    const first = varList.reduce((a, b) => (b.name < a.name ? b : a));
    this.createNonSlotVariable(initialOf(this.beta1), 'beta1_power', first);
    this.createNonSlotVariable(initialOf(this.beta2), 'beta2_power', first);
    for (const v of varList) {
      this.zerosSlot(v, 'm');
      this.zerosSlot(v, 'v');
    }
  }
  protected override prepare(): void {
    this.lrT = hyperTensor(this.learningRate, 'learning_rate');
    this.beta1T = hyperTensor(this.beta1, 'beta1');
    this.beta2T = hyperTensor(this.beta2, 'beta2');
    this.epsilonT = hyperTensor(this.epsilon, 'epsilon');
  }
  protected override learningRateTensor() { return this.lrT; }

  private betaAccumulators(g: Graph): [Variable, Variable] {
    return [this.getNonSlotVariable('beta1_power', g)!, this.getNonSlotVariable('beta2_power', g)!];
  }

  protected applyDense(grad: Tensor, v: Variable): Operation {
    const m = this.slotOf(v, 'm'), vs = this.slotOf(v, 'v');
    const [b1p, b2p] = this.betaAccumulators(v.graph);
    const d = v.dtype;
    return ApplyAdam.make([
      v.ref, m.ref, vs.ref, castTo(b1p.value(), d), castTo(b2p.value(), d),
      castTo(this.lrT!, d), castTo(this.beta1T!, d), castTo(this.beta2T!, d), castTo(this.epsilonT!, d), grad,
    ], { use_locking: this.useLocking, use_nesterov: false });
  }

  protected override finish(updateOps: Operation[], nameScope: string): Operation {
    const g = updateOps[0].graph;
    const [b1p, b2p] = this.betaAccumulators(g);
    const powers = g.withControlDependencies(updateOps, () => [
      Assign.make([b1p.ref, makeOp1('Mul', [b1p.value(), this.beta1T!], {}, 'mul')], { validate_shape: true, use_locking: this.useLocking }, 'Assign'),
      Assign.make([b2p.ref, makeOp1('Mul', [b2p.value(), this.beta2T!], {}, 'mul')], { validate_shape: true, use_locking: this.useLocking }, 'Assign'),
    ]);
    return group([...updateOps, ...powers], nameScope);
  }
}

/** The accumulator's initial value: β itself (a number gives a float32 variable). */
function initialOf(h: Hyperparameter): number | Tensor {
  const v = typeof h === 'function' ? h() : h;
  return isConvertible(v) ? v.toTensor() : v;
}
