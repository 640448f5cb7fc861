// feed_dict and fetch structures between Python and the engine's Session.
import { safeRepr } from '../../runtime/repr';
import type { PyValue } from '../../objects/core';
import { PyDict, PyList, PyTuple } from '../../objects/containers';
import { PyNamedTuple } from '../../objects/named_tuple';
import { HostObject } from '../../host';
import { Tensor, Operation, Variable, type Graph, type NDArray, type Session, type FeedKey, type FeedValue, type FetchLeaf } from '../../../engine';
import { typeError } from '../../exceptions';
import { checkIntFeed, isEngineBacked, pyToNDArray } from './convert';
import { PyNDArray, wrapArray } from '../numpy/ndarray_object';
import { stringFetch } from './strings/byte_strings';
import { PySparseTensor, sparseTensorValueClass } from './sparse/sparse_tensor_object';

export function feedsFromPy(feedDict: PyValue | undefined, graph: Graph): Array<[FeedKey, FeedValue]> | undefined {
  if (feedDict === null || feedDict === undefined) return undefined;
  if (!(feedDict instanceof PyDict)) throw typeError(`feed_dict must be a dictionary, got ${safeRepr(feedDict)}`);
  const out: Array<[FeedKey, FeedValue]> = [];
  for (const { k, v } of feedDict.map.values()) feedEntry(k, v, graph, out);
  return out;
}

/** One feed_dict entry; a tuple key (an RNN state) feeds each of its tensors from the value's parts. */
function feedEntry(k: PyValue, v: PyValue, graph: Graph, out: Array<[FeedKey, FeedValue]>): void {
  if (k instanceof PySparseTensor) { feedSparse(k, v, out); return; }
  if (k instanceof PyTuple) {
    const parts = v instanceof PyList || v instanceof PyTuple ? v.items : null;
    if (parts === null || parts.length !== k.items.length) throw typeError(`The value of a feed whose key is a tuple must be a sequence of ${k.items.length} values`);
    k.items.forEach((kk, i) => feedEntry(kk, parts[i], graph, out));
    return;
  }
  {
    let key: FeedKey;
    if (isEngineBacked(k)) {
      const e = k.engineValue();
      if (e instanceof Operation) throw typeError(`Cannot interpret feed_dict key as Tensor: Can not convert a Operation into a Tensor.`);
      key = e instanceof Variable ? e.ref : e;
    } else if (typeof k === 'string') key = graph.getTensorByName(k);
    else throw typeError(`Cannot interpret feed_dict key as Tensor: Can not convert a ${typeof k} into a Tensor.`);
    out.push([key, feedValue(v, key)]);
  }
}

/**
 * A SparseTensor key (tf.sparse_placeholder) takes a SparseTensorValue or an (indices, values,
 * dense_shape) tuple: each part feeds the matching tensor, as TF's session does.
 */
function feedSparse(k: PySparseTensor, v: PyValue, out: Array<[FeedKey, FeedValue]>): void {
  const parts = v instanceof PyTuple || v instanceof PyList ? v.items : null;
  if (parts === null || parts.length !== 3) {
    throw typeError(`The value of a feed whose key is a SparseTensor must be a SparseTensorValue or a tuple (indices, values, dense_shape), got ${safeRepr(v)}`);
  }
  k.components.forEach((t, i) => out.push([t, feedValue(parts[i], t)]));
}

function feedValue(v: PyValue, key: FeedKey): FeedValue {
  if (v instanceof PyNDArray) return v.array;
  if (isEngineBacked(v)) {
    const t = v.engineValue();
    // The session reports TF's "value of a feed cannot be a tf.Tensor" error for this.
    return (t instanceof Variable ? t.value() : t) as unknown as FeedValue;
  }
  const dtype = key instanceof Tensor ? key.dtype : undefined;
  checkIntFeed(v, dtype);
  return pyToNDArray(v, dtype);
}

export function sessionArg(v: PyValue | undefined): Session | null {
  if (v === null || v === undefined) return null;
  const s = (v as { session?: Session }).session;
  if (!s) throw typeError('session must be a tf.Session');
  return s;
}

/** Flatten a Python fetch structure into engine fetch leaves. */
export function flattenPyFetches(f: PyValue, out: FetchLeaf[] = []): FetchLeaf[] {
  if (f instanceof PyList || f instanceof PyTuple) { for (const x of f.items) flattenPyFetches(x, out); return out; }
  if (f instanceof PyDict) { for (const v of f.values()) flattenPyFetches(v, out); return out; }
  if (typeof f === 'string') { out.push(f); return out; }
  if (f instanceof PySparseTensor) { out.push(...f.components); return out; }
  if (isEngineBacked(f)) {
    const e = f.engineValue();
    out.push(e instanceof Variable ? e : e);
    return out;
  }
  if (f === null) throw typeError(`Fetch argument None has invalid type <class 'NoneType'>`);
  const tname = typeof f === 'number' ? 'int' : typeof f === 'boolean' ? 'bool' : (f as HostObject).type?.name ?? 'object';
  throw typeError(`Fetch argument ${safeRepr(f)} has invalid type <class '${tname}'>, must be a string or Tensor. (Can not convert a ${tname} into a Tensor or Operation.)`);
}

/** Rebuild the Python structure with fetched values (ndarrays, NumPy scalars, None for ops). */
export function rebuildPyFetches(f: PyValue, values: (NDArray | null)[], cursor = { i: 0 }): PyValue {
  if (f instanceof PyList) return new PyList(f.items.map(x => rebuildPyFetches(x, values, cursor)));
  if (f instanceof PyNamedTuple) return new PyNamedTuple(f.cls, f.items.map(x => rebuildPyFetches(x, values, cursor)));
  if (f instanceof PySparseTensor) return new PyNamedTuple(sparseTensorValueClass, f.components.map(() => fetchedValue(values[cursor.i++]!)));
  if (f instanceof PyTuple) return new PyTuple(f.items.map(x => rebuildPyFetches(x, values, cursor)));
  if (f instanceof PyDict) {
    const d = new PyDict();
    for (const { k, v } of f.map.values()) d.set(k, rebuildPyFetches(v, values, cursor));
    return d;
  }
  const v = values[cursor.i++];
  return v === null ? null : fetchedValue(v);
}

/** A fetched array as Python sees it: string tensors give bytes (TF1 on Python 3). */
export function fetchedValue(v: NDArray): PyValue {
  return v.dtype === 'string' ? stringFetch(v) : wrapArray(v);
}
