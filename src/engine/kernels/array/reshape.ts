// Reshape, ExpandDims, Squeeze: new shape, same data. Kernels return `x.reshape(shape)`, which
// shares the input's buffer, so these ops cost no copy.
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { StaticShape, Dim, isFullyDefined, formatShapeCpp } from '../../shape';
import { constantInts, shapeFromTensor, requireRank, staticSize, intsOf } from './static';

registerKernel({
  type: 'Reshape', family: 'array',
  infer: ([x, shapeT]) => {
    requireRank(shapeT.shape, 1);
    const given = constantInts(shapeT);
    if (given && given.filter(d => d === -1).length > 1) throw new ShapeError(`Cannot infer multiple unknown dimensions in shape ${formatShapeCpp(given)}`);
    const target = shapeFromTensor(shapeT);
    return [{ dtype: x.dtype, shape: inferReshape(x.shape, target, given) }];
  },
  compute: ([x, shapeT]) => [x.reshape(resolveReshape(x.size, intsOf(shapeT)))],
});

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

registerKernel({
  type: 'ExpandDims', family: 'array',
  infer: ([x, dimT]) => {
    const dim = constantInts(dimT);
    if (dim !== null && dim.length !== 1) throw new ShapeError(`'dim' input must be a tensor with a single value`);
    if (x.shape === null) return [{ dtype: x.dtype, shape: null }];
    if (dim === null) return [{ dtype: x.dtype, shape: new Array<Dim>(x.shape.length + 1).fill(null) }];
    const at = expandIndex(dim[0], x.shape.length, m => new ShapeError(m));
    const out = x.shape.slice();
    out.splice(at, 0, 1);
    return [{ dtype: x.dtype, shape: out }];
  },
  compute: ([x, dimT]) => {
    if (dimT.size !== 1) throw invalidArgument(`'dim' must be a tensor with a single value`);
    const at = expandIndex(Number(dimT.data[0]), x.rank, invalidArgument);
    const out = x.shape.slice();
    out.splice(at, 0, 1);
    return [x.reshape(out)];
  },
});

function expandIndex(dim: number, rank: number, fail: (m: string) => Error): number {
  if (dim < -rank - 1 || dim > rank) throw fail(`Tried to expand dim index ${dim} for tensor with ${rank} dimensions.`);
  return dim < 0 ? dim + rank + 1 : dim;
}

registerKernel({
  type: 'Squeeze', family: 'array',
  infer: ([x], attrs) => [{ dtype: x.dtype, shape: squeezeShape(x.shape, (attrs.squeeze_dims as number[]) ?? [], m => new ShapeError(m)) }],
  compute: ([x], op) => [x.reshape(squeezeShape(x.shape.slice(), (op.attrs.squeeze_dims as number[]) ?? [], invalidArgument) as number[])],
});

function squeezeShape(shape: StaticShape, dims: number[], fail: (m: string) => Error): StaticShape {
  if (shape === null) return null;
  const rank = shape.length;
  const wanted = new Set(dims.map(d => {
    if (d < -rank || d >= rank) throw fail(`Tried to squeeze dim index ${d} for tensor with ${rank} dimensions.`);
    return d < 0 ? d + rank : d;
  }));
  if (wanted.size === 0 && !isFullyDefined(shape)) {
    // Squeezing "all size-1 dims" of a partly unknown shape: which dims go is unknown.
    if (shape.some(d => d === null)) return null;
  }
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
