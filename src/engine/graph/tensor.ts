// A symbolic Tensor: the `index`-th output of an Operation. It holds no value; values live in
// a Session run. Static shape and dtype are inferred when the op is created.
import type { DType } from '../dtypes';
import { StaticShape, formatShapePy, mergeShapes } from '../shape';
import { valueError } from '../errors';
import type { Operation } from './operation';

export class Tensor {
  /** Unique within its graph; the session uses it to index value slots. */
  readonly id: number;
  constructor(
    readonly op: Operation,
    readonly valueIndex: number,
    readonly dtype: DType,
    public shape: StaticShape,
    /** True for a ref variable's output (dtype printed `float32_ref`). */
    readonly isRef = false,
  ) {
    this.id = op.graph.nextTensorId();
  }
  get name(): string { return `${this.op.name}:${this.valueIndex}`; }
  get graph() { return this.op.graph; }
  get dtypeName(): string { return this.isRef ? `${this.dtype}_ref` : this.dtype; }
  get rank(): number | null { return this.shape === null ? null : this.shape.length; }
  getShape(): StaticShape { return this.shape === null ? null : this.shape.slice(); }
  setShape(s: StaticShape): void {
    try { this.shape = mergeShapes(this.shape, s); } catch (e) { throw valueError((e as Error).message); }
  }
  consumers() { return this.op.graph.consumersOf(this); }
  /** TF's Tensor.__str__: the shape part is left out when the rank is unknown. */
  toString(): string { return `Tensor("${this.name}"${this.shape === null ? '' : `, shape=${formatShapePy(this.shape)}`}, dtype=${this.dtypeName})`; }
  repr(): string { return `<tf.Tensor '${this.name}' shape=${formatShapePy(this.shape)} dtype=${this.dtypeName}>`; }
}
