// ReverseV2 (tf.reverse: flip along axes) and ReverseSequence (tf.reverse_sequence: flip each
// batch row's first seq_lengths[b] steps), which bidirectional RNNs use to run the backward
// direction. Each is its own gradient: the same flip applied to the incoming gradient.
import { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import { invalidArgument, valueError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { formatShapeCpp } from '../../shape';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';

/** Row-major strides of a shape. */
function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = s[i + 1] * shape[i + 1];
  return s;
}

/** out[index] = x[source(index)], with the source computed per output coordinate. */
function remap(x: NDArray, out: NDArray, source: (coord: number[]) => void): void {
  const shape = x.shape, st = strides(shape), n = x.size, rank = shape.length;
  const coord = new Array<number>(rank).fill(0);
  const src = x.data as Float32Array, dst = out.data as Float32Array;
  for (let i = 0; i < n; i++) {
    let rest = i;
    for (let d = 0; d < rank; d++) { coord[d] = Math.floor(rest / st[d]); rest -= coord[d] * st[d]; }
    source(coord);
    let j = 0;
    for (let d = 0; d < rank; d++) j += coord[d] * st[d];
    dst[i] = src[j];
  }
}

export const ReverseV2 = defineOp({
  type: OpType.ReverseV2, family: 'array', inputs: ['tensor', 'axis'], attrs: {},
  infer: ([x]) => [{ dtype: x.dtype, shape: x.shape }],
  compute: ([x, axisV], o, rt) => {
    const rank = x.shape.length;
    const axes = Array.from(axisV.numeric, a => (a < 0 ? a + rank : a));
    for (const a of axes) if (a < 0 || a >= rank) throw invalidArgument(`'axis'[0] = ${a} is out of valid range [0, ${rank - 1}`);
    const out = rt.output(o, 0, x.dtype, x.shape);
    remap(x, out, c => { for (const a of axes) c[a] = x.shape[a] - 1 - c[a]; });
    return [out];
  },
  gradient: (o, [g]): (Tensor | null)[] => [ReverseV2.make1([g!, o.inputs[1]]), null],
  tf: op('ReverseV2', 'tensor: T, axis: Tidx', 'output: T', 'Tidx: type = DT_INT32; T: type'),
});

export const ReverseSequence = defineOp({
  type: OpType.ReverseSequence, family: 'array', inputs: ['input', 'seq_lengths'],
  attrs: { seq_dim: attr.int(), batch_dim: attr.int(0) },
  infer: ([x, lengths], a) => {
    if (x.shape !== null) {
      const rank = x.shape.length;
      if (a.seq_dim >= rank || a.batch_dim >= rank) throw new ShapeError(`seq_dim must be < input rank ( ${a.seq_dim} vs. ${rank})`);
      if (lengths.shape !== null && lengths.shape.length !== 1) throw new ShapeError(`Shape must be rank 1 but is rank ${lengths.shape.length}`);
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  compute: ([x, lengths], o, rt) => {
    const { seq_dim: seq, batch_dim: batch } = o.attrs;
    if (lengths.size !== x.shape[batch]) throw invalidArgument(`Length of seq_lengths != input.dims(${batch}), (${lengths.size} vs. ${x.shape[batch]})`);
    for (let b = 0; b < lengths.size; b++) {
      if (lengths.numeric[b] > x.shape[seq]) throw invalidArgument(`seq_lens(${b}) > input.dims(${seq}), (${lengths.numeric[b]} vs. ${x.shape[seq]})`);
      if (lengths.numeric[b] < 0) throw invalidArgument(`seq_lens(${b}) < 0`);
    }
    const out = rt.output(o, 0, x.dtype, x.shape);
    remap(x, out, c => { const len = lengths.numeric[c[batch]]; if (c[seq] < len) c[seq] = len - 1 - c[seq]; });
    return [out];
  },
  gradient: (o, [g]): (Tensor | null)[] => [ReverseSequence.make1([g!, o.inputs[1]], { seq_dim: o.attrs.seq_dim, batch_dim: o.attrs.batch_dim }), null],
  tf: op('ReverseSequence', 'input: T, seq_lengths: Tlen', 'output: T', 'seq_dim: int; batch_dim: int = 0; T: type; Tlen: type = DT_INT64'),
});

/** tf.reverse (ReverseV2): flip `tensor` along `axis`. */
export function reverse(tensor: TensorLike, axis: TensorLike, name?: string | null): Tensor {
  const x = convertToTensor(tensor);
  return x.graph.withNameScope(name ?? null, 'ReverseV2', scope => ReverseV2.make1([x, convertToTensor(axis, 'int32', 'axis')], {}, scope));
}

/** tf.reverse_sequence: the first seq_lengths[b] entries of row b along seq_axis, reversed. */
export function reverseSequence(input: TensorLike, seqLengths: TensorLike, seqAxis: number, batchAxis = 0, name?: string | null): Tensor {
  const x = convertToTensor(input);
  const rank = x.shape?.length;
  const norm = (a: number) => (a < 0 && rank !== undefined ? a + rank : a);
  return x.graph.withNameScope(name ?? null, 'ReverseSequence', scope => {
    const lengths = convertToTensor(seqLengths, null, 'seq_lengths');
    return ReverseSequence.make1([x, lengths], { seq_dim: norm(seqAxis), batch_dim: norm(batchAxis) }, scope);
  });
}

export const REVERSE_OPS: OpGroup = {
  ops: [ReverseV2, ReverseSequence],
  api: [
    defineApi({
      name: 'tf.reverse', doc: 'Reverses specific dimensions of a tensor.',
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'axis', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => reverse(a.tensor, a.axis, a.name), ['tf.reverse_v2', 'tf.manip.reverse']),
    defineApi({
      name: 'tf.reverse_sequence', doc: 'Reverses variable length slices.',
      params: [
        { name: 'input', type: 'tensor' }, { name: 'seq_lengths', type: 'tensor' }, { name: 'seq_axis', default: null, type: 'int' },
        { name: 'batch_axis', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' },
        { name: 'seq_dim', default: null, type: 'int', doc: 'deprecated spelling of seq_axis' }, { name: 'batch_dim', default: null, type: 'int', doc: 'deprecated spelling of batch_axis' },
      ],
    }, a => {
      const seq = a.seq_axis ?? a.seq_dim;
      if (a.seq_axis !== null && a.seq_dim !== null) throw valueError("Cannot specify both 'seq_axis' and 'seq_dim'");
      if (seq === null) throw valueError('reverse_sequence() missing seq_axis');
      return reverseSequence(a.input, a.seq_lengths, seq, a.batch_axis ?? a.batch_dim ?? 0, a.name);
    }),
  ],
};

