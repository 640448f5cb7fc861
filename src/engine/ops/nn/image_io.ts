// NHWC views of image operands for ops with a data_format attr. The image kernels compute in
// NHWC; an NCHW operand is transposed in and the result out (TF1's CPU kernels support only
// NHWC; GPU programs written for NCHW still run here, a little slower).
import { NDArray } from '../../ndarray';
import type { DType } from '../../dtypes';
import type { Operation } from '../../graph/operation';
import type { RuntimeContext } from '../../session/runtime';
import { invalidArgument } from '../../errors';
import { DataFormat, fromNHWCOrder, nchwToNHWC, nhwcToNCHWInto } from '../../kernels/nn/layout';
import { shapeText } from '../../kernels/nn/util';

/** An image operand in NHWC (a transposed copy for NCHW), after the rank check. */
export function nhwcImage(x: NDArray, format: DataFormat, what: string): NDArray {
  if (x.rank !== 4) throw invalidArgument(`${what} must be 4-dimensional${shapeText(x.shape)}`);
  return format === 'NHWC' ? x : nchwToNHWC(x);
}

/** Output `index` of an image result: filled in place for NHWC, through an NHWC temporary for NCHW. */
export function imageOutput(node: Operation, rt: RuntimeContext, dtype: DType, nhwcShape: number[], format: DataFormat,
  fill: (out: NDArray) => void, index = 0): NDArray {
  if (format === 'NHWC') { const out = rt.output(node, index, dtype, nhwcShape); fill(out); return out; }
  const tmp = NDArray.zeros(dtype, nhwcShape);
  fill(tmp);
  return nhwcToNCHWInto(tmp, rt.output(node, index, dtype, fromNHWCOrder(nhwcShape, format)));
}
