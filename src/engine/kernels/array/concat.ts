// ConcatV2(values..., axis), ConcatOffset (its gradient's helper), Pack (tf.stack), Unpack.
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { StaticShape, Dim, formatShapeCpp } from '../../shape';
import { checkSameDType } from '../../ops/builder';
import type { Tensor } from '../../graph/tensor';
import { constantInts, intsOf } from './static';
import { joinChunks, splitChunks, prod } from './chunks';

function axisError(axis: number, rank: number, op: string): string {
  return `${op} : Expected concatenating dimensions in the range [${-rank}, ${rank}), but got ${axis}`;
}

/** Merge dims of same-rank shapes, except `skip` (TF's "Dimension 1 in both shapes ..." text). */
function mergeExcept(shapes: StaticShape[], skip: number): StaticShape {
  let acc: Dim[] | null = null;
  for (const s of shapes) {
    if (s === null) continue;
    if (acc === null) { acc = s.slice(); continue; }
    if (s.length !== acc.length) throw new ShapeError(`Shape must be rank ${acc.length} but is rank ${s.length}`);
    for (let i = 0; i < s.length; i++) {
      if (i === skip) continue;
      const a: Dim = acc[i], b: Dim = s[i];
      if (a !== null && b !== null && a !== b) throw new ShapeError(`Dimension ${i} in both shapes must be equal, but are ${a} and ${b}. Shapes are ${formatShapeCpp(acc)} and ${formatShapeCpp(s)}.`);
      acc[i] = a ?? b;
    }
  }
  return acc;
}

registerKernel({
  type: 'ConcatV2', family: 'array',
  infer: inputs => {
    const values = inputs.slice(0, -1), axisT = inputs[inputs.length - 1];
    checkSameDType('ConcatV2', values, values.map(() => 'values'));
    const axisC = constantInts(axisT);
    const known = values.map(v => v.shape).filter((s): s is Dim[] => s !== null);
    if (known.length === 0) return [{ dtype: values[0].dtype, shape: null }];
    const rank = known[0].length;
    for (const s of known) if (s.length !== rank) throw new ShapeError(`Shape must be rank ${rank} but is rank ${s.length}`);
    if (axisC === null) return [{ dtype: values[0].dtype, shape: new Array<Dim>(rank).fill(null) }];
    if (axisC[0] < -rank || axisC[0] >= rank) throw new ShapeError(axisError(axisC[0], rank, 'ConcatOp'));
    const axis = axisC[0] < 0 ? axisC[0] + rank : axisC[0];
    const out = mergeExcept(values.map(v => v.shape), axis)!;
    let total: Dim = 0;
    for (const v of values) { const d = v.shape ? v.shape[axis] : null; total = total === null || d === null ? null : total + d; }
    out[axis] = total;
    return [{ dtype: values[0].dtype, shape: out }];
  },
  compute: (inputs, op, rt) => {
    const values = inputs.slice(0, -1);
    const rank = values[0].rank;
    let axis = Number(inputs[inputs.length - 1].data[0]);
    if (axis < -rank || axis >= rank) throw invalidArgument(axisError(axis, rank, 'ConcatOp'));
    if (axis < 0) axis += rank;
    const outShape = values[0].shape.slice();
    outShape[axis] = 0;
    values.forEach((v, i) => {
      if (v.rank !== rank || v.shape.some((d, k) => k !== axis && d !== values[0].shape[k])) {
        throw invalidArgument(`ConcatOp : Dimensions of inputs should match: shape[0] = [${values[0].shape}] vs. shape[${i}] = [${v.shape}]`);
      }
      outShape[axis] += v.shape[axis];
    });
    const out = rt.output(op, 0, values[0].dtype, outShape);
    joinChunks(out, values, values.map(v => prod(v.shape, axis)), prod(outShape, 0, axis));
    return [out];
  },
});

registerKernel({
  type: 'ConcatOffset', family: 'array',
  infer: inputs => inputs.slice(1).map(s => ({ dtype: 'int32', shape: s.shape })),
  compute: (inputs, op, rt) => {
    const shapes = inputs.slice(1).map(intsOf);
    const rank = shapes[0].length;
    let axis = Number(inputs[0].data[0]);
    if (axis < 0) axis += rank;
    let offset = 0;
    return shapes.map((s, i) => {
      const out = rt.output(op, i, 'int32', [rank]);
      out.numeric.fill(0);
      out.numeric[axis] = offset;
      offset += s[axis];
      return out;
    });
  },
});

function packAxis(axis: number, rank: number, fail: (m: string) => Error): number {
  if (axis < -(rank + 1) || axis >= rank + 1) throw fail(`Invalid axis: ${axis}; must be in [${-(rank + 1)},${rank + 1})`);
  return axis < 0 ? axis + rank + 1 : axis;
}

registerKernel({
  type: 'Pack', family: 'array',
  infer: (inputs: Tensor[], attrs) => {
    checkSameDType('Pack', inputs, inputs.map(() => 'values'));
    const merged = mergeExcept(inputs.map(v => v.shape), -1);
    if (merged === null) return [{ dtype: inputs[0].dtype, shape: null }];
    const axis = packAxis((attrs.axis as number) ?? 0, merged.length, m => new ShapeError(m));
    const out = merged.slice();
    out.splice(axis, 0, inputs.length);
    return [{ dtype: inputs[0].dtype, shape: out }];
  },
  compute: (inputs, op, rt) => {
    const base = inputs[0].shape;
    const axis = packAxis((op.attrs.axis as number) ?? 0, base.length, invalidArgument);
    inputs.forEach((v, i) => {
      if (v.rank !== base.length || v.shape.some((d, k) => d !== base[k])) {
        throw invalidArgument(`Shapes of all inputs must match: values[0].shape = [${base}] != values[${i}].shape = [${v.shape}]`);
      }
    });
    const outShape = base.slice();
    outShape.splice(axis, 0, inputs.length);
    const out = rt.output(op, 0, inputs[0].dtype, outShape);
    const chunk = prod(base, axis);
    joinChunks(out, inputs, inputs.map(() => chunk), prod(base, 0, axis));
    return [out];
  },
});

registerKernel({
  type: 'Unpack', family: 'array',
  infer: ([x], attrs) => {
    const num = attrs.num as number;
    if (x.shape === null) return new Array(num).fill(0).map(() => ({ dtype: x.dtype, shape: null }));
    const rank = x.shape.length;
    const a = attrs.axis as number;
    if (a < -rank || a >= rank) throw new ShapeError(`Invalid axis: ${a}; must be in [${-rank},${rank})`);
    const axis = a < 0 ? a + rank : a;
    if (x.shape[axis] !== null && x.shape[axis] !== num) throw new ShapeError(`Dimension must be ${num} but is ${x.shape[axis]}`);
    const piece = x.shape.filter((_, i) => i !== axis);
    return new Array(num).fill(0).map(() => ({ dtype: x.dtype, shape: piece.slice() }));
  },
  compute: ([x], op, rt) => {
    const rank = x.rank;
    let axis = op.attrs.axis as number;
    if (axis < 0) axis += rank;
    const num = op.attrs.num as number;
    if (x.shape[axis] !== num) throw invalidArgument(`Input shape axis ${axis} must equal ${num}, got shape [${x.shape}]`);
    const piece = x.shape.filter((_, i) => i !== axis);
    const outs = new Array(num).fill(0).map((_, i) => rt.output(op, i, x.dtype, piece));
    const chunk = prod(x.shape, axis + 1);
    splitChunks(x, outs, outs.map(() => chunk), prod(x.shape, 0, axis));
    return outs;
  },
});
