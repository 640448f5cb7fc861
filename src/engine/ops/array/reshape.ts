// Reshape, ExpandDims, Squeeze: new shape, same data. Kernels return `x.reshape(shape)`, which
// shares the input's buffer, so these ops cost no copy. Each gradient reshapes g back to the
// input's shape.
import type { Tensor } from '../../graph/tensor';
import { invalidArgument, valueError } from '../../errors';
import { StaticShape, Dim, isFullyDefined, formatShapeCpp } from '../../shape';
import { ShapeError } from '../../kernels/registry';
import { constantInts, shapeFromTensor, requireRank, staticSize, intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope, intTensor } from './common';
import { shape as shapeOf } from './shape_ops';

const toInputShape = (node: { inputs: Tensor[] }, g: Tensor | null) => (g === null ? null : reshape(g, shapeOf(node.inputs[0])));

function inferReshape(input: StaticShape, target: StaticShape, given: number[] | null): StaticShape {
  if (target === null) return null;
  const n = staticSize(input);
  if (n === null) return target;
  const unknown = target.filter(d => d === null).length;
  const known = (target.filter(d => d !== null) as number[]).reduce((a, b) => a * b, 1);
  if (unknown === 0) {
    if (known !== n) throw new ShapeError(`Cannot reshape a tensor with ${n} elements to shape ${formatShapeCpp(target)} (${known} elements)`);
    return target;
  }
  if (unknown === 1) {
    if (known === 0 ? n !== 0 : n % known !== 0) throw new ShapeError(`Cannot reshape a tensor with ${n} elements to shape ${formatShapeCpp(given ?? target)} (${known} elements)`);
    return target.map(d => (d === null ? (known === 0 ? 0 : n / known) : d));
  }
  return target;
}

/** The concrete shape of a reshape, with TF's runtime texts for impossible requests. */
export function resolveReshape(size: number, requested: number[]): number[] {
  let inferIndex = -1, product = 1;
  requested.forEach((d, i) => {
    if (d === -1) {
      if (inferIndex >= 0) throw invalidArgument(`Only one input size may be -1, not both ${inferIndex} and ${i}`);
      inferIndex = i;
    } else if (d < 0) throw invalidArgument(`Size ${i} must be non-negative, not ${d}`);
    else product *= d;
  });
  if (inferIndex < 0) {
    if (product !== size) throw invalidArgument(`Input to reshape is a tensor with ${size} values, but the requested shape has ${product}`);
    return requested;
  }
  if (product === 0 ? size !== 0 : size % product !== 0) {
    throw invalidArgument(`Input to reshape is a tensor with ${size} values, but the requested shape requires a multiple of ${product}`);
  }
  const out = requested.slice();
  out[inferIndex] = product === 0 ? 0 : size / product;
  return out;
}

export const Reshape = defineOp({
  type: OpType.Reshape, family: 'array', inputs: ['tensor', 'shape'], attrs: {},
  infer: ([x, shapeT]) => {
    requireRank(shapeT.shape, 1);
    const given = constantInts(shapeT);
    if (given && given.filter(d => d === -1).length > 1) throw new ShapeError(`Cannot infer multiple unknown dimensions in shape ${formatShapeCpp(given)}`);
    return [{ dtype: x.dtype, shape: inferReshape(x.shape, shapeFromTensor(shapeT), given) }];
  },
  compute: ([x, shapeT]) => [x.reshape(resolveReshape(x.size, intsOf(shapeT)))],
  gradient: (node, [g]) => [toInputShape(node, g), null],
  tf: op('Reshape', 'tensor: T, shape: Tshape', 'output: T', 'T: type; Tshape: type = int32'),
});

function expandIndex(dim: number, rank: number, fail: (m: string) => Error): number {
  if (dim < -rank - 1 || dim > rank) throw fail(`Tried to expand dim index ${dim} for tensor with ${rank} dimensions.`);
  return dim < 0 ? dim + rank + 1 : dim;
}

export const ExpandDims = defineOp({
  type: OpType.ExpandDims, family: 'array', inputs: ['input', 'dim'], attrs: {},
  infer: ([x, dimT]) => {
    const dim = constantInts(dimT);
    if (dim !== null && dim.length !== 1) throw new ShapeError(`'dim' input must be a tensor with a single value`);
    if (x.shape === null) return [{ dtype: x.dtype, shape: null }];
    if (dim === null) return [{ dtype: x.dtype, shape: new Array<Dim>(x.shape.length + 1).fill(null) }];
    const out = x.shape.slice();
    out.splice(expandIndex(dim[0], x.shape.length, m => new ShapeError(m)), 0, 1);
    return [{ dtype: x.dtype, shape: out }];
  },
  compute: ([x, dimT]) => {
    if (dimT.size !== 1) throw invalidArgument(`'dim' must be a tensor with a single value`);
    const out = x.shape.slice();
    out.splice(expandIndex(Number(dimT.data[0]), x.rank, invalidArgument), 0, 1);
    return [x.reshape(out)];
  },
  gradient: (node, [g]) => [toInputShape(node, g), null],
  tf: op('ExpandDims', 'input: T, dim: Tdim', 'output: T', 'T: type; Tdim: type = int32'),
});

function squeezeShape(shape: StaticShape, dims: number[], fail: (m: string) => Error): StaticShape {
  if (shape === null) return null;
  const rank = shape.length;
  const wanted = new Set(dims.map(d => {
    if (d < -rank || d >= rank) throw fail(`Tried to squeeze dim index ${d} for tensor with ${rank} dimensions.`);
    return d < 0 ? d + rank : d;
  }));
  // Squeezing "all size-1 dims" of a partly unknown shape: which dims go is unknown.
  if (wanted.size === 0 && !isFullyDefined(shape)) return null;
  const out: Dim[] = [];
  shape.forEach((d, i) => {
    if (wanted.size ? wanted.has(i) : d === 1) {
      if (d !== null && d !== 1) throw fail(`Can not squeeze dim[${i}], expected a dimension of 1, got ${d}`);
      return;
    }
    out.push(d);
  });
  return out;
}

export const Squeeze = defineOp({
  type: OpType.Squeeze, family: 'array', inputs: ['input'], attrs: { squeeze_dims: attr.ints([]) },
  infer: ([x], attrs) => [{ dtype: x.dtype, shape: squeezeShape(x.shape, attrs.squeeze_dims, m => new ShapeError(m)) }],
  compute: ([x], node) => [x.reshape(squeezeShape(x.shape.slice(), node.attrs.squeeze_dims, invalidArgument) as number[])],
  gradient: (node, [g]) => [toInputShape(node, g)],
  tf: op('Squeeze', 'input: T', 'output: T', 'T: type; squeeze_dims: list(int) = []'),
});

export function reshape(tensor: TensorLike, newShape: TensorLike, name?: string): Tensor {
  const x = convertToTensor(tensor);
  return inOpScope(name, 'Reshape', opName => Reshape.make1([x, intTensor(newShape, 'shape')], {}, opName));
}

export function expandDims(input: TensorLike, axis: TensorLike, name?: string): Tensor {
  const x = convertToTensor(input);
  return inOpScope(name, 'ExpandDims', opName => ExpandDims.make1([x, intTensor(axis, 'dim')], {}, opName));
}

export function squeeze(input: TensorLike, axis?: number | number[] | null, name?: string): Tensor {
  const x = convertToTensor(input);
  const dims = axis === undefined || axis === null ? [] : typeof axis === 'number' ? [axis] : axis;
  return Squeeze.make1([x], { squeeze_dims: dims }, name ?? 'Squeeze');
}

const NAME = { name: 'name', default: null, type: 'name' } as const;

export const RESHAPE: OpGroup = {
  ops: [Reshape, ExpandDims, Squeeze],
  api: [
    defineApi({ name: 'tf.reshape', doc: 'Reshapes a tensor.', params: [{ name: 'tensor', type: 'tensor' }, { name: 'shape', type: 'tensor' }, NAME] },
      a => reshape(a.tensor, a.shape, a.name ?? undefined), ['tf.manip.reshape']),
    defineApi({
      name: 'tf.expand_dims', doc: "Inserts a dimension of 1 into a tensor's shape.",
      params: [{ name: 'input', type: 'tensor' }, { name: 'axis', default: null, type: 'tensor' }, NAME, { name: 'dim', default: null, type: 'tensor', doc: 'deprecated spelling of axis' }],
    }, a => {
      if (a.axis !== null && a.dim !== null) throw valueError("Cannot specify both 'axis' and 'dim'");
      const axis = a.axis ?? a.dim;
      if (axis === null) throw valueError('Must specify an axis argument to tf.expand_dims()');
      return expandDims(a.input, axis, a.name ?? undefined);
    }),
    defineApi({
      name: 'tf.squeeze', doc: 'Removes dimensions of size 1 from the shape of a tensor.',
      params: [{ name: 'input', type: 'tensor' }, { name: 'axis', default: null, type: 'ints' }, NAME, { name: 'squeeze_dims', default: null, type: 'ints', doc: 'deprecated spelling of axis' }],
    }, a => {
      if (a.axis !== null && a.squeeze_dims !== null) throw valueError("Cannot specify both 'axis' and 'squeeze_dims'");
      return squeeze(a.input, a.axis ?? a.squeeze_dims, a.name ?? undefined);
    }),
  ],
};
