// A node of the graph: an op type (TF1's names: MatMul, ApplyGradientDescent, ...), a unique
// name, data inputs, control inputs, attrs and outputs.
import type { Tensor } from './tensor';
import type { Graph } from './graph';
import type { ControlFlowContext } from './control_flow_context';
import type { OpSite } from './op_site';
import { valueError } from '../errors';

export type Attrs = Record<string, unknown>;

export class Operation {
  readonly outputs: Tensor[] = [];
  /** Op type used for gradient lookup (gradient_override_map may change it). */
  gradientType: string;
  /** The device `tf.device` asked for ('' when none); everything runs on the CPU. */
  device = '';
  /** The while body or cond branch this op was built in (null: top level). */
  controlFlowContext: ControlFlowContext | null = null;
  /** The line of user code that created the op (null when no front end said). */
  site: OpSite | null = null;
  constructor(
    readonly graph: Graph,
    /** Creation order, from 1; inputs always have smaller ids, so ids are a topological order. */
    readonly id: number,
    readonly name: string,
    readonly type: string,
    readonly inputs: Tensor[],
    readonly controlInputs: Operation[],
    readonly attrs: Attrs,
  ) {
    this.gradientType = type;
  }
  getAttr(name: string): unknown {
    if (!(name in this.attrs)) throw valueError(`No attr named '${name}' in NodeDef: ${this.name}`);
    return this.attrs[name];
  }
  /** Name scope the op lives in ("gradients/MatMul_grad" for "gradients/MatMul_grad/MatMul"). */
  get scope(): string {
    const i = this.name.lastIndexOf('/');
    return i < 0 ? '' : this.name.slice(0, i);
  }
  toString(): string { return `name: "${this.name}"\nop: "${this.type}"`; }
  repr(): string { return `<tf.Operation '${this.name}' type=${this.type}>`; }
}
