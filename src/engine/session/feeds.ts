// feed_dict handling (tf1-semantics §2.3): resolve keys, convert values to the key's dtype,
// check shapes with TF's error texts.
import { Tensor } from '../graph/tensor';
import type { Graph } from '../graph/graph';
import { NDArray } from '../ndarray';
import { isCompatible, formatShapePy } from '../shape';
import { isConvertible, toNDArray, TensorLike } from '../ops/builder';
import { typeError, valueError, PyLikeError } from '../errors';

export type FeedKey = Tensor | string | { toTensor(asRef?: boolean): Tensor };
export type FeedValue = NDArray | number | boolean | readonly unknown[];
export type FeedDict = Map<FeedKey, FeedValue> | Array<[FeedKey, FeedValue]>;

export function resolveFeeds(graph: Graph, feedDict: FeedDict | undefined): Map<Tensor, NDArray> {
  const out = new Map<Tensor, NDArray>();
  if (!feedDict) return out;
  for (const [key, value] of feedDict) {
    let t: Tensor;
    try {
      const k = isConvertible(key) ? key.toTensor(true) : key;
      const el = graph.asGraphElement(k, true, false);
      t = el as Tensor;
    } catch (e) {
      throw typeError(`Cannot interpret feed_dict key as Tensor: ${(e as Error).message}`);
    }
    if (!graph.isFeedable(t)) throw valueError(`Tensor ${t.toString()} may not be fed.`);
    if (value instanceof Tensor) {
      throw typeError(`The value of a feed cannot be a tf.Tensor object. Acceptable feed values include Python scalars, strings, lists, numpy ndarrays, or TensorHandles. For reference, the tensor object was ${value.toString()} which was passed to the feed with key ${t.toString()}.`);
    }
    let arr: NDArray;
    try {
      arr = value instanceof NDArray
        ? (value.dtype === t.dtype ? value : value.astype(t.dtype))
        : NDArray.from(value as unknown, t.dtype);
    } catch (e) {
      if (e instanceof PyLikeError) throw e;
      throw valueError(`setting an array element with a sequence.`);
    }
    if (!isCompatible(t.shape, arr.shape as number[])) {
      throw valueError(`Cannot feed value of shape ${numpyShape(arr.shape)} for Tensor '${t.name}', which has shape '${formatShapePy(t.shape)}'`);
    }
    out.set(t, arr);
  }
  return out;
}

export function numpyShape(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`;
}

export { toNDArray };
export type { TensorLike };
