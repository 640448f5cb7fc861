// ReverseV2(tensor, axis): the tensor read backwards along the given axes (tf.reverse), and
// ReverseSequence(input, seq_lengths): each batch row's first seq_lengths[b] steps reversed
// (tf.reverse_sequence). Each is its own gradient.
import type { Tensor } from '../../graph/tensor';
import { invalidArgument, typeError, valueError } from '../../errors';
import { stridesOf } from '../../ndarray';
import { ShapeError } from '../../kernels/registry';
import { constantInts, elementsOf, intsOf, requireRank } from '../../kernels/array/static';
import { gatherStrided } from '../../kernels/array/strided_copy';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';

function reverseAxes(axes: number[], rank: number, fail: (m: string) => Error): boolean[] {
  const flip = new Array<boolean>(rank).fill(false);
  for (const a of axes) {
    if (a < -rank || a >= rank) throw fail(`'axis'[${axes.indexOf(a)}] = ${a} is out of valid range [0, ${rank - 1}]`);
    const d = a < 0 ? a + rank : a;
    if (flip[d]) throw fail(`axis ${d} specified more than once.`);
    flip[d] = true;
  }
  return flip;
}

export const ReverseV2 = defineOp({
  type: OpType.ReverseV2, family: 'array', inputs: ['tensor', 'axis'], attrs: { Tidx: attr.type('int32') },
  infer: ([x, axisT]) => {
    requireRank(axisT.shape, 1);
    const axes = constantInts(axisT);
    if (axes !== null && x.rank !== null) reverseAxes(axes, x.rank, m => new ShapeError(m));
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  compute: ([x, axisA], node, rt) => {
    const flip = reverseAxes(intsOf(axisA), x.rank, invalidArgument);
    if (!flip.some(f => f)) return [x];
    const strides = stridesOf(x.shape);
    let offset = 0;
    const walk = strides.map((s, d) => { if (!flip[d]) return s; offset += (x.shape[d] - 1) * s; return -s; });
    const out = rt.output(node, 0, x.dtype, x.shape);
    gatherStrided(elementsOf(out), elementsOf(x), x.shape, walk, offset);
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => [ReverseV2.make1([g!, node.inputs[1]], { Tidx: node.attrs.Tidx }), null],
  tf: op('ReverseV2', 'tensor: T, axis: Tidx', 'output: T', 'Tidx: type = int32; T: type'),
});

export const ReverseSequence = defineOp({
  type: OpType.ReverseSequence, family: 'array', inputs: ['input', 'seq_lengths'],
  attrs: { seq_dim: attr.int(), batch_dim: attr.int(0), Tlen: attr.type('int64') },
  infer: ([x, lens], attrs) => {
    requireRank(lens.shape, 1);
    const { seq_dim: s, batch_dim: b } = attrs;
    if (x.rank !== null) {
      if (b === s) throw new ShapeError(`batch_dim == seq_dim == ${s}`);
      if (s >= x.rank) throw new ShapeError(`seq_dim must be < input rank ( ${s} vs. ${x.rank})`);
      if (b >= x.rank) throw new ShapeError(`batch_dim must be < input rank ( ${b} vs. ${x.rank})`);
      const n = lens.shape?.[0] ?? null, d = x.shape?.[b] ?? null;
      if (n !== null && d !== null && n !== d) throw new ShapeError(`Dimensions must be equal, but are ${d} and ${n}`);
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  compute: ([x, lensA], node, rt) => {
    const { seq_dim: s, batch_dim: b } = node.attrs;
    const lens = intsOf(lensA);
    if (lens.length !== x.shape[b]) throw invalidArgument(`Length of seq_lens != input.dims(${b}), (${lens.length} vs. ${x.shape[b]})`);
    lens.forEach((l, i) => {
      if (l < 0) throw invalidArgument(`seq_lens(${i}) < 0`);
      if (l > x.shape[s]) throw invalidArgument(`seq_lens(${i}) > input.dims(${s})`);
    });
    const out = rt.output(node, 0, x.dtype, x.shape);
    const src = elementsOf(x), dst = elementsOf(out), strides = stridesOf(x.shape);
    for (let i = 0; i < x.size; i++) {
      const bi = Math.floor(i / strides[b]) % x.shape[b], si = Math.floor(i / strides[s]) % x.shape[s];
      const len = lens[bi];
      dst[i] = si < len ? src[i + (len - 1 - 2 * si) * strides[s]] : src[i];
    }
    return [out];
  },
  gradient: (node, [g]): (Tensor | null)[] => [ReverseSequence.make1([g!, node.inputs[1]], { seq_dim: node.attrs.seq_dim, batch_dim: node.attrs.batch_dim, Tlen: node.attrs.Tlen }), null],
  tf: op('ReverseSequence', 'input: T, seq_lengths: Tlen', 'output: T', 'seq_dim: int; batch_dim: int = 0; T: type; Tlen: type = int64'),
});

export function reverse(tensor: TensorLike, axis: TensorLike, name?: string): Tensor {
  const x = convertToTensor(tensor);
  return inOpScope(name, 'ReverseV2', opName => {
    const axisT = intTensor(axis, 'axis');
    return ReverseV2.make1([x, axisT], { Tidx: axisT.dtype }, opName);
  });
}

export function reverseSequence(input: TensorLike, seqLengths: TensorLike, seqAxis: number, batchAxis = 0, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'ReverseSequence', opName => {
    const lens = intTensor(seqLengths, 'seq_lengths', 'int64');
    return ReverseSequence.make1([x, lens], { seq_dim: seqAxis, batch_dim: batchAxis, Tlen: lens.dtype }, opName);
  });
}

const either = (n: string, v: number | null, o: string, w: number | null) => {
  if (v !== null && w !== null) throw valueError(`Cannot specify both '${n}' and '${o}'`);
  return v ?? w;
};

export const REVERSE: OpGroup = {
  ops: [ReverseV2, ReverseSequence],
  api: [
    defineApi({
      name: 'tf.reverse', doc: 'Reverses specific dimensions of a tensor.',
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'axis', type: 'tensor' }, { name: 'name', default: null, type: 'name' }],
    }, a => reverse(a.tensor, a.axis, a.name ?? undefined), ['tf.reverse_v2', 'tf.manip.reverse']),
    defineApi({
      name: 'tf.reverse_sequence', doc: 'Reverses variable length slices.',
      params: [
        { name: 'input', type: 'tensor' }, { name: 'seq_lengths', type: 'tensor' },
        { name: 'seq_axis', default: null, type: 'int' }, { name: 'batch_axis', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' },
        { name: 'seq_dim', default: null, type: 'int', doc: 'deprecated spelling of seq_axis' }, { name: 'batch_dim', default: null, type: 'int', doc: 'deprecated spelling of batch_axis' },
      ],
    }, a => {
      const seq = either('seq_axis', a.seq_axis, 'seq_dim', a.seq_dim);
      if (seq === null) throw typeError("Expected int for argument 'seq_dim' not None.");
      return reverseSequence(a.input, a.seq_lengths, seq, either('batch_axis', a.batch_axis, 'batch_dim', a.batch_dim) ?? 0, a.name ?? undefined);
    }),
  ],
};
