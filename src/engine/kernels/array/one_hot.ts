// OneHot(indices, depth, on_value, off_value): a new axis of length depth holding on_value at
// the index and off_value elsewhere (all off for indices outside [0, depth)).
import { registerKernel, ShapeError } from '../registry';
import { invalidArgument } from '../../errors';
import { Dim } from '../../shape';
import { checkSameDType } from '../../ops/builder';
import { constantInts, elementsOf } from './static';
import { prod } from './chunks';

registerKernel({
  type: 'OneHot', family: 'array',
  infer: ([indices, depthT, on, off], attrs) => {
    checkSameDType('OneHot', [on, off], ['on_value', 'off_value']);
    const axis = (attrs.axis as number) ?? -1;
    if (indices.shape === null) return [{ dtype: on.dtype, shape: null }];
    const r = indices.shape.length;
    if (axis < -1 || axis > r) throw new ShapeError(`Expected axis to be -1 or between [0, ${r + 1}).  But received: ${axis}`);
    const depth = constantInts(depthT);
    if (depth && depth[0] < 0) throw new ShapeError(`depth must be non-negative, got: ${depth[0]}`);
    const out: Dim[] = indices.shape.slice();
    out.splice(axis === -1 ? r : axis, 0, depth ? depth[0] : null);
    return [{ dtype: on.dtype, shape: out }];
  },
  compute: ([indices, depthA, on, off], op, rt) => {
    const depth = Number(depthA.data[0]);
    if (depth < 0) throw invalidArgument(`depth must be non-negative, got: ${depth}`);
    const r = indices.rank;
    const axisAttr = (op.attrs.axis as number) ?? -1;
    const axis = axisAttr === -1 ? r : axisAttr;
    const outShape = indices.shape.slice();
    outShape.splice(axis, 0, depth);
    const out = rt.output(op, 0, on.dtype, outShape);
    const dst = elementsOf(out), idx = indices.data as ArrayLike<number>;
    const onV = on.data[0], offV = off.data[0];
    for (let i = 0; i < out.size; i++) dst[i] = offV;
    // indices = [outer, inner] around the axis; output = [outer, depth, inner].
    const outer = prod(indices.shape, 0, axis), inner = prod(indices.shape, axis);
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < inner; j++) {
        const v = idx[o * inner + j];
        if (v >= 0 && v < depth) dst[(o * depth + v) * inner + j] = onV;
      }
    }
    return [out];
  },
});
