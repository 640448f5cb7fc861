// tf.TensorArray (TF1's _GraphTensorArray): a handle and a flow tensor. Every write returns a
// new TensorArray with a new flow, which later reads depend on; the inferred element shape is
// shared by all arrays derived from one another (TF keeps it in one list they all reference).
import type { Tensor } from '../graph/tensor';
import type { DType } from '../dtypes';
import { getDefaultGraph } from '../graph/default_graph';
import { convertToTensor, TensorLike } from '../ops/builder';
import { OpType } from '../ops/op_types';
import { StaticShape, formatShapePy, mergeShapes } from '../shape';
import { valueError } from '../errors';
import {
  TensorArrayV3, TensorArrayWriteV3, TensorArrayReadV3, TensorArrayGatherV3, TensorArrayScatterV3,
  TensorArrayConcatV3, TensorArraySplitV3, TensorArraySizeV3, TensorArrayCloseV3, TensorArrayGradV3,
} from '../ops/control_flow/tensor_array';
import { makeOp1 } from '../ops/builder';
import { NDArray } from '../ndarray';

export interface TensorArrayOptions {
  dtype: DType;
  size?: TensorLike | null;
  dynamicSize?: boolean | null;
  clearAfterRead?: boolean | null;
  tensorArrayName?: string | null;
  handle?: Tensor | null;
  flow?: Tensor | null;
  inferShape?: boolean;
  elementShape?: StaticShape;
  name?: string | null;
}

/** The element shape every array derived from one TensorArray learns from writes. */
interface ShapeBox { shape: StaticShape; known: boolean }

export class TensorArray {
  readonly dtype: DType;
  readonly handle: Tensor;
  readonly flow: Tensor;
  readonly inferShape: boolean;
  private readonly box: ShapeBox;
  private readonly dynamicSize: boolean;

  constructor(opts: TensorArrayOptions, shared?: { box: ShapeBox; dynamicSize: boolean }) {
    this.dtype = opts.dtype;
    this.inferShape = opts.inferShape ?? true;
    if (opts.handle) {
      if (opts.tensorArrayName) throw valueError('Cannot construct with both handle and tensor_array_name');
      if (opts.size !== null && opts.size !== undefined) throw valueError('Cannot provide both a handle and size at the same time');
      if (opts.elementShape !== undefined && opts.elementShape !== null && !shared) throw valueError('Cannot provide both a handle and element_shape at the same time');
      if (opts.dynamicSize !== null && opts.dynamicSize !== undefined) throw valueError('Cannot provide both a handle and dynamic_size at the same time');
      if (opts.clearAfterRead !== null && opts.clearAfterRead !== undefined) throw valueError('Cannot provide both a handle and clear_after_read at the same time');
      this.handle = opts.handle;
      this.flow = opts.flow ?? opts.handle;
      this.box = shared?.box ?? { shape: null, known: false };
      this.dynamicSize = shared?.dynamicSize ?? false;
      return;
    }
    if (opts.size === null || opts.size === undefined) throw valueError('Size must be provided if handle is not provided');
    const g = getDefaultGraph();
    this.dynamicSize = opts.dynamicSize ?? false;
    this.box = { shape: opts.elementShape ?? null, known: opts.elementShape !== undefined && opts.elementShape !== null };
    const made = g.withNameScope(opts.name ?? null, 'TensorArray', scope => {
      const size = convertToTensor(opts.size!, 'int32', 'size');
      return TensorArrayV3.make([size], {
        dtype: opts.dtype, element_shape: opts.elementShape ?? null, dynamic_size: this.dynamicSize,
        clear_after_read: opts.clearAfterRead ?? true, tensor_array_name: opts.tensorArrayName ?? '',
      }, scope);
    });
    this.handle = made.outputs[0];
    this.flow = made.outputs[1];
  }

  /** The inferred element shape (None dims unknown; null: unknown rank). */
  get elementShape(): StaticShape { return this.box.shape; }

  private derived(flow: Tensor): TensorArray {
    return new TensorArray({ dtype: this.dtype, handle: this.handle, flow, inferShape: this.inferShape }, { box: this.box, dynamicSize: this.dynamicSize });
  }
  /** The same array with another flow (while_loop rebuilds arrays from their loop flows). */
  withFlow(flow: Tensor): TensorArray { return this.derived(flow); }

  private mergeShape(shape: StaticShape): void {
    if (!this.inferShape || shape === null) return;
    if (!this.box.known) { this.box.shape = shape.slice(); this.box.known = true; return; }
    try { this.box.shape = mergeShapes(this.box.shape, shape); } catch {
      throw valueError(`Inconsistent shapes: saw ${formatShapePy(shape)} but expected ${formatShapePy(this.box.shape)} `);
    }
  }

  read(index: TensorLike, name?: string | null): Tensor {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArrayReadV3', scope =>
      TensorArrayReadV3.make1([this.handle, convertToTensor(index, 'int32', 'index'), this.flow], { dtype: this.dtype, element_shape: this.box.shape }, scope));
  }

  write(index: TensorLike, value: TensorLike, name?: string | null): TensorArray {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArrayWrite', () => {
      const v = convertToTensor(value, this.dtype, 'value');
      this.mergeShape(v.shape);
      const flow = TensorArrayWriteV3.make1([this.handle, convertToTensor(index, 'int32', 'index'), v, this.flow], {}, 'TensorArrayWriteV3');
      return this.derived(flow);
    });
  }

  gather(indices: TensorLike, name?: string | null): Tensor {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArrayGatherV3', scope =>
      TensorArrayGatherV3.make1([this.handle, convertToTensor(indices, 'int32', 'indices'), this.flow], { dtype: this.dtype, element_shape: this.box.shape }, scope));
  }

  stack(name?: string | null): Tensor {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArrayStack', () => {
      const size = this.size();
      const indices = makeOp1(OpType.Range, [convertToTensor(0, 'int32', 'range/start'), size, convertToTensor(1, 'int32', 'range/delta')], { Tidx: 'int32' }, 'range');
      const value = this.gather(indices, 'TensorArrayGatherV3');
      value.shape = this.box.shape === null ? null : [null, ...this.box.shape];
      return value;
    });
  }

  scatter(indices: TensorLike, value: TensorLike, name?: string | null): TensorArray {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArrayScatter', () => {
      const v = convertToTensor(value, this.dtype, 'value');
      if (v.shape !== null) this.mergeShape(v.shape.slice(1));
      const flow = TensorArrayScatterV3.make1([this.handle, convertToTensor(indices, 'int32', 'indices'), v, this.flow], {}, 'TensorArrayScatterV3');
      return this.derived(flow);
    });
  }

  unstack(value: TensorLike, name?: string | null): TensorArray {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArrayUnstack', () => {
      const v = convertToTensor(value, this.dtype, 'value');
      const rows = makeOp1(OpType.StridedSlice, [makeOp1(OpType.Shape, [v], { out_type: 'int32' }), ints([0]), ints([1]), ints([1])],
        { begin_mask: 0, end_mask: 0, ellipsis_mask: 0, new_axis_mask: 0, shrink_axis_mask: 1, Index: 'int32', T: 'int32' }, 'strided_slice');
      const indices = makeOp1(OpType.Range, [convertToTensor(0, 'int32', 'range/start'), rows, convertToTensor(1, 'int32', 'range/delta')], { Tidx: 'int32' }, 'range');
      return this.scatter(indices, v, 'TensorArrayScatter');
    });
  }

  concat(name?: string | null): Tensor {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArrayConcatV3', scope => {
      const rest = this.box.shape === null ? null : this.box.shape.slice(1);
      return TensorArrayConcatV3.make([this.handle, this.flow], { dtype: this.dtype, element_shape_except0: rest }, scope).outputs[0];
    });
  }

  split(value: TensorLike, lengths: TensorLike, name?: string | null): TensorArray {
    const g = this.handle.graph;
    return g.withNameScope(name ?? null, 'TensorArraySplit', () => {
      const v = convertToTensor(value, this.dtype, 'value');
      const l = convertToTensor(lengths, 'int64', 'lengths');
      if (v.shape !== null) this.mergeShape([null, ...v.shape.slice(1)]);
      return this.derived(TensorArraySplitV3.make1([this.handle, v, l, this.flow], {}, 'TensorArraySplitV3'));
    });
  }

  size(name?: string | null): Tensor {
    return TensorArraySizeV3.make1([this.handle, this.flow], {}, name ?? 'TensorArraySizeV3');
  }

  close(name?: string | null) { return TensorArrayCloseV3.make([this.handle], {}, name ?? 'TensorArrayCloseV3'); }

  grad(source: string, flow?: Tensor | null, name?: string | null): TensorArray {
    const g = TensorArrayGradV3.make([this.handle, flow ?? this.flow], { source }, name ?? 'TensorArrayGrad/TensorArrayGradV3');
    return new TensorArray({ dtype: this.dtype, handle: g.outputs[0], flow: g.outputs[1], inferShape: this.inferShape }, { box: this.box, dynamicSize: false });
  }

  identity(): TensorArray { return this.derived(makeOp1(OpType.Identity, [this.flow])); }
}

const ints = (values: number[]): Tensor => convertToTensor(NDArray.from(values, 'int32'));
