// tf.debugging.assert_shapes (TF 1.15's check_ops; TF 1.15 has no tf.assert_shapes): shape specs
// per tensor whose dimension symbols must agree across tensors. A spec entry is an explicit
// size, a symbol ('N': every dimension it names must have the size of its first use), "any"
// (None or '.'), or, as the first entry only, "innermost" ('*' or ...: the spec applies to
// the last dimensions). A scalar and an empty spec both count as one dimension of size 1.
// What the static shapes decide is decided while the graph is built (ValueError with TF's
// text); the rest becomes Asserts that fail the run with TF's data list. TF's own order is
// kept: rank checks first (assert_rank / _rank_in / _rank_at_least), then sizes tensor by
// tensor, the group of size checks depending on the rank checks.
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import { valueError } from '../../errors';
import { formatShapePy } from '../../shape';
import { constant, convertToTensor, type TensorLike } from '../builder';
import { NDArray } from '../../ndarray';
import { inScope } from '../math/apply';
import { equal } from '../math/binary';
import { rank as rankOf, shape as shapeOf } from '../array/shape_ops';
import { stridedSlice } from '../array/strided_slice';
import { group, withControlDependencies } from '../control/group';
import { cond } from '../../control/cond';
import { assertOp } from './assert';
import { assertRank, assertRankAtLeast, assertRankIn } from './rank_asserts';

/** '*' or Ellipsis: a variable number of outer dimensions (first entry only). */
export const INNERMOST = Symbol('innermost');
/** An entry of a spec: an explicit size, a symbol's key, any size (null), or INNERMOST. */
export type ShapeSpecEntry = number | { symbol: string } | null | typeof INNERMOST;

export interface ShapeConstraint {
  x: TensorLike;
  /** The spec's entries, or what Python printed for a spec that is not iterable. */
  spec: ShapeSpecEntry[] | { notIterable: string };
}

/** A dimension's size: a number when the static shape knows it, else a scalar int32 tensor. */
type Size = number | Tensor;

interface TensorDims { x: Tensor; innermost: boolean; actual: Size[] | Tensor; symbols: Exclude<ShapeSpecEntry, typeof INNERMOST>[] }

const int32 = (v: number) => convertToTensor(v, 'int32');

/** TF's _dimension_sizes: known dims as numbers, unknown ones sliced from tf.shape(x). */
function dimensionSizes(x: Tensor): Size[] | Tensor {
  const dynamic = shapeOf(x); // TF makes it first, whatever follows
  if (x.shape !== null && x.shape.length === 0) return [1];
  if (x.shape !== null) return x.shape.map((d, i) => d ?? at(dynamic, i));
  const one = () => [constant(NDArray.from([1], 'int32'))];
  return cond(equal(rankOf(x), int32(0)), one, () => [dynamic])[0];
}

/** Python's sizes[i]: list indexing (negative from the end) or a tensor's strided slice. */
function at(sizes: Size[] | Tensor, i: number): Size {
  if (Array.isArray(sizes)) return sizes[i < 0 ? sizes.length + i : i];
  return stridedSlice(sizes, [i], [i + 1], [1], { shrinkAxisMask: 1 });
}

function parse(x: Tensor, spec: ShapeConstraint['spec'], prefix: string): TensorDims {
  if (!Array.isArray(spec)) {
    throw valueError(`${prefix}Tensor ${x.name}.  Specified shape must be an iterable.  An iterable has the attribute \`__iter__\` or \`__getitem__\`.  Received specified shape: ${spec.notIterable}`);
  }
  spec.forEach((s, i) => {
    if (s === INNERMOST && i !== 0) {
      throw valueError(`${prefix}Tensor ${x.name} specified shape index ${i}.  Symbol \`...\` or \`*\` for a variable number of unspecified dimensions is only allowed as the first entry`);
    }
  });
  const innermost = spec[0] === INNERMOST;
  const rest = (innermost ? spec.slice(1) : spec) as TensorDims['symbols'];
  return { x, innermost, actual: dimensionSizes(x), symbols: rest.length ? rest : [1] };
}

export function assertShapes(constraints: ShapeConstraint[], data: TensorLike[] | null, summarize: number | null, message: string | null, name: string | null): Operation {
  const msg = message ?? '';
  const prefix = `${msg}.  `;
  return inScope(constraints.map(c => c.x), name ?? undefined, 'assert_shapes', () => {
    const converted = constraints.map(c => ({ x: convertToTensor(c.x), spec: c.spec }));
    const tensors = converted.map(c => parse(c.x, c.spec, prefix));

    const rankAsserts: Operation[] = [];
    for (const { x, innermost, symbols } of tensors) {
      const rank = symbols.length;
      const zeroOrOne = rank <= 1;
      if (innermost && zeroOrOne) continue; // any rank has at least that many dims (a scalar counts as one)
      if (innermost) rankAsserts.push(assertRankAtLeast(x, int32(rank), data, summarize, msg, name));
      else if (zeroOrOne) rankAsserts.push(assertRankIn(x, [int32(0), int32(1)], data, summarize, msg, name));
      else rankAsserts.push(assertRank(x, int32(rank), data, summarize, msg, name));
    }

    const sizeAsserts: Operation[] = [];
    const firstUse = new Map<string, { size: Size; by: Tensor; dim: number }>();
    for (const { x, innermost, actual, symbols } of tensors) {
      symbols.forEach((symbol, i) => {
        if (symbol === null) return;
        const dim = innermost ? i - symbols.length : i;
        const known = typeof symbol === 'number' ? null : firstUse.get(symbol.symbol);
        if (typeof symbol !== 'number' && !known) {
          firstUse.set(symbol.symbol, { size: at(actual, dim), by: x, dim });
          return;
        }
        const specified = typeof symbol === 'number' ? symbol : known!.size;
        const how = typeof symbol === 'number' ? 'Specified explicitly' : `Specified by tensor ${known!.by.name} dimension ${known!.dim}`;
        const size = at(actual, dim);
        if (typeof size === 'number' && typeof specified === 'number') {
          if (size !== specified) {
            throw valueError(`${prefix}${how}.  Tensor ${x.name} dimension ${dim} must have size ${specified}.  Received size ${size}, shape ${formatShapePy(x.shape)}`);
          }
          return;
        }
        const asTensor = (s: Size) => (typeof s === 'number' ? int32(s) : s);
        const items = data ?? [msg, how, `Tensor ${x.name} dimension`, int32(dim), 'must have size', asTensor(specified), 'Received shape: ', shapeOf(x)];
        sizeAsserts.push(assertOp(equal(asTensor(size), asTensor(specified)), items, summarize));
      });
    }
    return withControlDependencies(rankAsserts, () => group(sizeAsserts));
  });
}
